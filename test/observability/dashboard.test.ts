// The Grafana dashboard (deploy/grafana/casegraph-dashboard.json) queries only metrics casegraph
// exports: a renamed metric fails here, not as an empty panel in production.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registry } from '../../src/observability/metrics.js';

interface Panel {
  title: string;
  targets: { expr: string }[];
}

const dashboard: unknown = JSON.parse(
  readFileSync(new URL('../../deploy/grafana/casegraph-dashboard.json', import.meta.url), 'utf8'),
);
const panels: Panel[] =
  typeof dashboard === 'object' && dashboard !== null && 'panels' in dashboard && Array.isArray(dashboard.panels)
    ? dashboard.panels.filter(
        (p: unknown): p is Panel =>
          typeof p === 'object' && p !== null && 'targets' in p && Array.isArray(p.targets) && 'title' in p,
      )
    : [];

describe('the Grafana dashboard', () => {
  it('has a panel per concern, each filtered by provider where the metric has one', () => {
    expect(panels.length).toBeGreaterThanOrEqual(10);
    for (const panel of panels) {
      for (const { expr } of panel.targets) {
        if (/casegraph_(vendor|provider|idempotency|token)/.test(expr)) expect(expr).toContain('provider=~"$provider"');
      }
    }
  });

  it('queries only metrics the registry exports', async () => {
    const exported = new Map((await registry.getMetricsAsJSON()).map((m) => [m.name, m]));
    const queried = new Set<string>();
    for (const panel of panels) {
      for (const { expr } of panel.targets) {
        for (const [, name] of expr.matchAll(/\b((?:casegraph|process|nodejs)_[a-z0-9_]+)/g)) {
          const base = name!.replace(/_(bucket|count|sum)$/, '');
          queried.add(exported.has(name!) ? name! : base);
        }
      }
    }
    expect([...queried].filter((name) => !exported.has(name))).toEqual([]);
    expect(queried.size).toBeGreaterThanOrEqual(12);
  });
});
