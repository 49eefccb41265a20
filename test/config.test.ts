import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('simulates every provider when nothing is configured outside production', () => {
    const outcome = loadConfig({});
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.config.providers.map((p) => [p.provider, p.mode])).toEqual([
      ['KHOROS', 'simulator'],
      ['SPRINKLR', 'simulator'],
      ['THALAMUS', 'simulator'],
      ['TALKDESK', 'simulator'],
    ]);
    expect(outcome.config).toMatchObject({ port: 4000, introspection: true, production: false });
    expect(outcome.config.timeouts).toEqual({ connectMs: 3000, headersMs: 10000, bodyMs: 10000 });
  });

  it('refuses simulators in production and names the variables to set', () => {
    const outcome = loadConfig({ NODE_ENV: 'production', CASEGRAPH_PROVIDERS: 'TALKDESK' });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toHaveLength(1);
    expect(outcome.problems[0]).toContain('TALKDESK is not configured and NODE_ENV=production forbids simulators');
    expect(outcome.problems[0]).toContain('set TALKDESK_TOKEN_URL, TALKDESK_CLIENT_ID, TALKDESK_CLIENT_SECRET ');
  });

  it('refuses a partial vendor configuration in any mode, naming what is missing', () => {
    const outcome = loadConfig({ TALKDESK_CLIENT_ID: 'abc' });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.join('\n')).toMatch(/TALKDESK is partly configured: missing .*TALKDESK_CLIENT_SECRET/);
  });

  it('serves only the providers CASEGRAPH_PROVIDERS names and rejects unknown names', () => {
    const subset = loadConfig({ CASEGRAPH_PROVIDERS: 'khoros, talkdesk' });
    expect(subset.ok && subset.config.providers.map((p) => p.provider)).toEqual(['KHOROS', 'TALKDESK']);
    const unknown = loadConfig({ CASEGRAPH_PROVIDERS: 'KHOROS,ZENDESK' });
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.problems[0]).toContain('unknown provider "ZENDESK"');
  });

  it('turns introspection off in production unless asked, and validates numbers and flags', () => {
    const bad = loadConfig({
      PORT: 'eighty',
      CASEGRAPH_INTROSPECTION: 'maybe',
      CASEGRAPH_HTTP_HEADERS_TIMEOUT_MS: '-1',
    });
    expect(!bad.ok && bad.problems).toEqual([
      'PORT must be a whole number, got "eighty".',
      'CASEGRAPH_INTROSPECTION must be true or false, got "maybe".',
      'CASEGRAPH_HTTP_HEADERS_TIMEOUT_MS must be a whole number, got "-1".',
    ]);
    const timeouts = loadConfig({ CASEGRAPH_HTTP_HEADERS_TIMEOUT_MS: '250' });
    expect(timeouts.ok && timeouts.config.timeouts.headersMs).toBe(250);
  });
});
