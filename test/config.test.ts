import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONFIG_TABLE_END, CONFIG_TABLE_FILE, CONFIG_TABLE_START, configTableRows } from '../scripts/configTable.js';
import { readRepoFile, tableRowsBetween } from './helpers/markdown.js';
import { VARIABLES, loadConfig } from '../src/config.js';
import { PROVIDER_MODULES } from '../src/providers/registry.js';

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
    const outcome = loadConfig({ NODE_ENV: 'production', CASEGRAPH_PROVIDERS: 'TALKDESK', CASEGRAPH_AUTH: 'none' });
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

  it('reads the resilience, deadline, idempotency and Redis settings, with defaults', () => {
    const defaults = loadConfig({});
    if (!defaults.ok) throw new Error(defaults.problems.join('; '));
    expect(defaults.config).toMatchObject({ deadlineMs: 15_000, idempotencyTtlMs: 86_400_000, redisUrl: undefined });
    expect(defaults.config.resilience).toMatchObject({ attempts: 4, breakerFailures: 5, retryAfterCeilingMs: 5_000 });

    const set = loadConfig({
      CASEGRAPH_DEADLINE_MS: '2000',
      CASEGRAPH_IDEMPOTENCY_TTL_SECONDS: '60',
      REDIS_URL: 'redis://:secret@127.0.0.1:6380/2',
      CASEGRAPH_RETRY_ATTEMPTS: '1',
      CASEGRAPH_BREAKER_HALF_OPEN_MS: '750',
    });
    if (!set.ok) throw new Error(set.problems.join('; '));
    expect(set.config).toMatchObject({
      deadlineMs: 2_000,
      idempotencyTtlMs: 60_000,
      redisUrl: 'redis://:secret@127.0.0.1:6380/2',
    });
    expect(set.config.resilience).toMatchObject({ attempts: 1, breakerHalfOpenMs: 750 });

    const bad = loadConfig({ REDIS_URL: 'http://user:hunter2@redis:6379' });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems).toEqual(['REDIS_URL must be a redis:// or rediss:// URL.']);
  });

  it('reads the simulators’ fault injection, and refuses what it cannot inject', () => {
    const on = loadConfig({
      CASEGRAPH_SIMULATOR_FAILURE_RATE: '0.1',
      CASEGRAPH_SIMULATOR_FAULT: '500',
      CASEGRAPH_SIMULATOR_FAULT_ON: 'writes',
      CASEGRAPH_SIMULATOR_STORE_THEN_FAIL: 'true',
    });
    if (!on.ok) throw new Error(on.problems.join('; '));
    expect(on.config.simulatorFaults).toEqual({
      rate: 0.1,
      fault: { kind: 'respond', response: { status: 500, text: 'injected fault' } },
      on: 'writes',
      afterHandling: true,
    });
    expect(loadConfig({ CASEGRAPH_SIMULATOR_FAILURE_RATE: '1', CASEGRAPH_SIMULATOR_FAULT: 'hang' })).toMatchObject({
      ok: true,
      config: { simulatorFaults: { fault: { kind: 'hang' }, on: 'all', afterHandling: false } },
    });
    for (const env of [
      { CASEGRAPH_SIMULATOR_FAILURE_RATE: '1.5' },
      { CASEGRAPH_SIMULATOR_FAILURE_RATE: '0.5', CASEGRAPH_SIMULATOR_FAULT: 'explode' },
      { CASEGRAPH_SIMULATOR_FAILURE_RATE: '0.5', CASEGRAPH_SIMULATOR_FAULT_ON: 'sometimes' },
    ]) {
      expect(loadConfig(env).ok).toBe(false);
    }
  });

  it('sets the HTTP server limits explicitly, and refuses limits Node would not keep', () => {
    const defaults = loadConfig({});
    if (!defaults.ok) throw new Error(defaults.problems.join('; '));
    expect(defaults.config.server).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
      maxConnections: 1_024,
    });
    const inverted = loadConfig({
      CASEGRAPH_SERVER_HEADERS_TIMEOUT_MS: '5000',
      CASEGRAPH_SERVER_REQUEST_TIMEOUT_MS: '1000',
    });
    expect(inverted.ok).toBe(false);
    expect(loadConfig({ CASEGRAPH_SERVER_MAX_CONNECTIONS: '0' }).ok).toBe(false);
  });

  it('grants no browser origin in production unless CASEGRAPH_CORS_ORIGINS lists it; any while developing', () => {
    const prodEnv = {
      NODE_ENV: 'production',
      CASEGRAPH_PROVIDERS: 'THALAMUS',
      THALAMUS_BASE_URL: 'https://t.example',
      THALAMUS_TOUCHPOINT: 't',
      THALAMUS_TOKEN: 'x',
      CASEGRAPH_API_KEYS: 'frontend=0123456789abcdef0123456789abcdef',
    };
    const production = loadConfig(prodEnv);
    if (!production.ok) throw new Error(production.problems.join('; '));
    expect(production.config.corsOrigins).toEqual([]);
    const listed = loadConfig({ ...prodEnv, CASEGRAPH_CORS_ORIGINS: 'https://app.example' });
    expect(listed.ok && listed.config.corsOrigins).toEqual(['https://app.example']);
    const development = loadConfig({});
    expect(development.ok && development.config.corsOrigins).toEqual(['*']);
  });

  it('refuses a value that would switch a safeguard off, or that casegraph cannot use, naming the variable', () => {
    const bad = loadConfig({
      CASEGRAPH_HTTP_HEADERS_TIMEOUT_MS: '0',
      CASEGRAPH_DEADLINE_MS: '0',
      CASEGRAPH_RETRY_ATTEMPTS: '0',
      LOG_LEVEL: 'verbose',
      CASEGRAPH_METRICS_PORT: '70000',
      CASEGRAPH_AUDIT_LOG: 'sometimes',
    });
    if (bad.ok) throw new Error('accepted');
    expect(bad.problems).toHaveLength(6);
    expect(bad.problems).toEqual(
      expect.arrayContaining([
        'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose".',
        'CASEGRAPH_HTTP_HEADERS_TIMEOUT_MS must be at least 1 (0 would mean no timeout), got "0".',
        'CASEGRAPH_RETRY_ATTEMPTS must be from 1 to 10, got "0".',
        'CASEGRAPH_DEADLINE_MS must be at least 1 (0 would mean no deadline), got "0".',
        'CASEGRAPH_METRICS_PORT must be from 0 to 65535, got "70000".',
        'CASEGRAPH_AUDIT_LOG must be true or false, got "sometimes".',
      ]),
    );
  });

  it('reads the operations settings: a metrics port of its own, the readiness delay, the audit log', () => {
    const defaults = loadConfig({ HOST: '127.0.0.1' });
    if (!defaults.ok) throw new Error(defaults.problems.join('; '));
    expect(defaults.config).toMatchObject({ metrics: undefined, shutdownReadinessDelayMs: 0, auditLog: true });
    const set = loadConfig({
      HOST: '127.0.0.1',
      CASEGRAPH_METRICS_PORT: '9464',
      CASEGRAPH_SHUTDOWN_READINESS_DELAY_MS: '5000',
      CASEGRAPH_AUDIT_LOG: 'off',
    });
    if (!set.ok) throw new Error(set.problems.join('; '));
    expect(set.config).toMatchObject({
      metrics: { port: 9464, host: '127.0.0.1' },
      shutdownReadinessDelayMs: 5000,
      auditLog: false,
    });
  });

  it('reads vendor quotas: a real vendor’s documented limits by default, none on a simulator, off when asked', () => {
    const sprinklr = { SPRINKLR_ACCESS_TOKEN: 'token', SPRINKLR_API_KEY: 'key' };
    const real = loadConfig(sprinklr);
    if (!real.ok) throw new Error(real.problems.join('; '));
    expect(real.config.rateLimits.vendors.get('SPRINKLR')).toEqual([
      { limit: 10, ms: 1_000 },
      { limit: 1_000, ms: 3_600_000 },
    ]);
    expect(real.config.rateLimits.vendors.get('THALAMUS')).toEqual([]);
    const off = loadConfig({ ...sprinklr, SPRINKLR_RATE_LIMIT: 'off', THALAMUS_RATE_LIMIT: '20/1s' });
    if (!off.ok) throw new Error(off.problems.join('; '));
    expect(off.config.rateLimits.vendors.get('SPRINKLR')).toEqual([]);
    expect(off.config.rateLimits.vendors.get('THALAMUS')).toEqual([{ limit: 20, ms: 1_000 }]);
    expect(loadConfig({ TALKDESK_RATE_LIMIT: '20 a second' })).toEqual({
      ok: false,
      problems: [
        'TALKDESK_RATE_LIMIT must be requests per window such as 600/1m or 1000/1h,10/1s, or off, got "20 a second".',
      ],
    });
  });

  it('limits authenticated callers by default and the anonymous one only when asked', () => {
    const defaults = loadConfig({});
    if (!defaults.ok) throw new Error(defaults.problems.join('; '));
    expect(defaults.config.rateLimits).toMatchObject({
      queue: 100,
      localShare: 0.5,
      callers: {
        requests: [{ limit: 600, ms: 60_000 }],
        vendorCalls: [{ limit: 600, ms: 60_000 }],
        anonymous: { requests: [], vendorCalls: [] },
      },
    });
    const set = loadConfig({ CASEGRAPH_CALLER_RATE_LIMIT: '60/1m', CASEGRAPH_RATE_LIMIT_LOCAL_SHARE: '0.25' });
    if (!set.ok) throw new Error(set.problems.join('; '));
    expect(set.config.rateLimits).toMatchObject({
      localShare: 0.25,
      callers: {
        requests: [{ limit: 60, ms: 60_000 }],
        anonymous: { requests: [{ limit: 60, ms: 60_000 }], vendorCalls: [] },
      },
    });
    expect(loadConfig({ CASEGRAPH_RATE_LIMIT_LOCAL_SHARE: '0' }).ok).toBe(false);
  });

  it('has every variable it reads in the docs/configuration.md table, as VARIABLES describes it (npm run docs:config)', () => {
    const rows = tableRowsBetween(readRepoFile(CONFIG_TABLE_FILE), CONFIG_TABLE_START, CONFIG_TABLE_END);
    expect(rows).toEqual(configTableRows());
  });

  it('documents every vendor variable, and only those: each module’s table rows are its envVars', () => {
    for (const module of PROVIDER_MODULES) {
      expect(module.variables.map((v) => v.name).sort()).toEqual([...module.envVars].sort());
      for (const required of module.requiredEnvVars)
        expect(module.variables.find((v) => v.name === required)?.type).toMatch(/required/);
    }
  });

  it('reads no environment variable that is not documented: src/ names only VARIABLES and the vendors’ own', () => {
    const documented = new Set([
      ...Object.values(VARIABLES).map((v) => v.name),
      ...PROVIDER_MODULES.flatMap((m) => m.envVars),
    ]);
    const named = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'generated' && entry.name !== 'simulator') walk(path);
        } else if (entry.name.endsWith('.ts')) {
          const source = readFileSync(path, 'utf8');
          for (const m of source.matchAll(
            /\benv(?:\.|\[')([A-Z][A-Z0-9_]{2,})|readEnv\(env, '([A-Z0-9_]+)'\)|'((?:CASEGRAPH|OTEL|REDIS)_[A-Z0-9_]+)'/g,
          ))
            named.add(m[1] ?? m[2] ?? m[3] ?? '');
        }
      }
    };
    walk(fileURLToPath(new URL('../src', import.meta.url)));
    expect(named.size).toBeGreaterThan(20);
    expect([...named].filter((name) => !documented.has(name))).toEqual([]);
  });
});
