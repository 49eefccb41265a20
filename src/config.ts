// Reads casegraph's configuration from the environment. A vendor with no variables set runs on
// its embedded simulator (outside production); a vendor with some but not all is an error that
// names the missing variable, in every mode, because half a configuration is never intended.
import { readAuthConfig } from './auth/authenticate.js';
import type { AuthConfig } from './auth/authenticate.js';
import type { CaseProvider } from './domain/model.js';
import { DEFAULT_TIMEOUTS } from './http/client.js';
import type { HttpTimeouts } from './http/client.js';
import { DEFAULT_RESILIENCE } from './http/resilience.js';
import type { ResilienceSettings } from './http/resilience.js';
import { PROVIDER_MODULES } from './providers/registry.js';
import { ALLOW_HTTP_URLS, FALSE_WORDS, TRUE_WORDS } from './providers/shared/env.js';
import { z } from 'zod';
import type { Fault } from './simulators/harness.js';

/** Every provider this build can serve: the registry's, so a registered vendor can never be left out. */
export const ALL_PROVIDERS: readonly CaseProvider[] = PROVIDER_MODULES.map((m) => m.provider);

export interface ProviderSetup {
  provider: CaseProvider;
  /** 'vendor' with its config, or 'simulator' when casegraph should start the embedded one. */
  mode: 'vendor' | 'simulator';
  config?: unknown;
}

export interface AppConfig {
  production: boolean;
  host: string;
  port: number;
  introspection: boolean;
  corsOrigins: string[];
  /** Who may call: API keys, JWTs, a gateway's shared secret; off only outside production. */
  auth: AuthConfig;
  logLevel: string;
  timeouts: HttpTimeouts;
  resilience: ResilienceSettings;
  /** Limits on the client side of the HTTP server, so slow or idle clients cannot hold sockets. */
  server: ServerLimits;
  /** How long SIGTERM/SIGINT lets in-flight requests finish before connections are cut. */
  shutdownGraceMs: number;
  /** After SIGTERM, how long `/readyz` fails while requests are still served, before draining starts. */
  shutdownReadinessDelayMs: number;
  /** `/metrics` on a port of its own, open to whoever reaches it; on the GraphQL port (scope `metrics:read`) when absent. */
  metrics: { port: number; host: string } | undefined;
  /** One info line per write attempt and outcome (who, which case, which key), whatever LOG_LEVEL says. */
  auditLog: boolean;
  /** Added to every embedded simulator answer, to watch casegraph against a slow vendor. */
  simulatorLatencyMs: number;
  /** Faults the embedded simulators inject at random, to watch retries, breakers and idempotency work. */
  simulatorFaults: SimulatorFaults | undefined;
  /** Each GraphQL request's overall deadline: retries and sequential vendor calls all fit inside it. */
  deadlineMs: number;
  /** Vendor requests one GraphQL request may cause, retries included; estimated before it runs too. */
  maxVendorCalls: number;
  /** How long idempotency keys and their outcomes are kept. */
  idempotencyTtlMs: number;
  /** Shared idempotency store for every instance; in-process memory when absent. */
  redisUrl: string | undefined;
  providers: ProviderSetup[];
}

export interface SimulatorFaults {
  /** Share of vendor requests that fail, 0 to 1. */
  rate: number;
  /** How they fail: an HTTP status, a hang (no answer), or a dropped connection. */
  fault: Fault;
  /** Which requests: all of them, only reads (GET), or only writes. */
  on: 'all' | 'reads' | 'writes';
  /** The vendor does the work first (stores the case), then fails to answer. */
  afterHandling: boolean;
}

export interface ServerLimits {
  /** Time a client has to send its request headers. */
  headersTimeoutMs: number;
  /** Time a client has to send its whole request, body included. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection is kept. */
  keepAliveTimeoutMs: number;
  /** Open client connections at once; more are refused. */
  maxConnections: number;
}

export type ConfigOutcome = { ok: true; config: AppConfig } | { ok: false; problems: string[] };

// ---- the variables ------------------------------------------------------------------------------
// Every variable casegraph reads itself, with its type, default and an example: loadConfig parses
// them with zod, and the README's configuration table is checked against this list
// (test/config.test.ts). Vendor variables live with their vendors (src/providers/*/config.ts),
// caller authentication's in src/auth/authenticate.ts.

/** A variable: how it is read, and what the README says of it. */
export interface Variable<T> {
  name: string;
  /** What it is, for the README: "whole number ≥ 1", "true/false", "URL". */
  type: string;
  /** The default, as the README shows it ("—" when absent means "off"). */
  shownDefault: string;
  example: string;
  schema: z.ZodType<T>;
}

/** A whole number from `min` to `max`; `why` says what a smaller value would mean (0 = no timeout). */
function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER, why = '') {
  return z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .refine(
      (n) => n >= min && n <= max,
      max === Number.MAX_SAFE_INTEGER ? `must be at least ${min}${why}` : `must be from ${min} to ${max}${why}`,
    );
}

const bool = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => TRUE_WORDS.includes(v) || FALSE_WORDS.includes(v), 'must be true or false')
  .transform((v) => TRUE_WORDS.includes(v));

const list = z.string().transform((v) =>
  v
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== ''),
);

const NO_TIMEOUT = ' (0 would mean no timeout)';

function variable<T>(
  name: string,
  type: string,
  shownDefault: string,
  example: string,
  schema: z.ZodType<T>,
): Variable<T> {
  return { name, type, shownDefault, example, schema };
}

export const VARIABLES = {
  nodeEnv: variable('NODE_ENV', '`production` or other', 'development', 'production', z.string().trim()),
  port: variable('PORT', 'whole number 0–65535 (0: any free port)', '4000', '8080', wholeNumber(0, 65_535)),
  host: variable('HOST', 'interface address', '0.0.0.0', '127.0.0.1', z.string().trim()),
  logLevel: variable(
    'LOG_LEVEL',
    'fatal, error, warn, info, debug, trace or silent',
    'info',
    'warn',
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    }),
  ),
  providers: variable('CASEGRAPH_PROVIDERS', 'comma-separated providers', 'all four', 'THALAMUS,TALKDESK', list),
  introspection: variable('CASEGRAPH_INTROSPECTION', 'true/false', 'true, false in production', 'false', bool),
  corsOrigins: variable(
    'CASEGRAPH_CORS_ORIGINS',
    'comma-separated origins, or *',
    '*, none in production',
    'https://app.example.com',
    list,
  ),
  connectTimeoutMs: variable(
    'CASEGRAPH_HTTP_CONNECT_TIMEOUT_MS',
    'whole number ≥ 1 (ms)',
    String(DEFAULT_TIMEOUTS.connectMs),
    '2000',
    wholeNumber(1, undefined, NO_TIMEOUT),
  ),
  headersTimeoutMs: variable(
    'CASEGRAPH_HTTP_HEADERS_TIMEOUT_MS',
    'whole number ≥ 1 (ms)',
    String(DEFAULT_TIMEOUTS.headersMs),
    '5000',
    wholeNumber(1, undefined, NO_TIMEOUT),
  ),
  bodyTimeoutMs: variable(
    'CASEGRAPH_HTTP_BODY_TIMEOUT_MS',
    'whole number ≥ 1 (ms)',
    String(DEFAULT_TIMEOUTS.bodyMs),
    '5000',
    wholeNumber(1, undefined, NO_TIMEOUT),
  ),
  retryAttempts: variable(
    'CASEGRAPH_RETRY_ATTEMPTS',
    'whole number 1–10 (1: no retries)',
    String(DEFAULT_RESILIENCE.attempts),
    '2',
    wholeNumber(1, 10),
  ),
  retryBaseDelayMs: variable(
    'CASEGRAPH_RETRY_BASE_DELAY_MS',
    'whole number ≥ 0 (ms)',
    String(DEFAULT_RESILIENCE.baseDelayMs),
    '50',
    wholeNumber(0),
  ),
  retryMaxDelayMs: variable(
    'CASEGRAPH_RETRY_MAX_DELAY_MS',
    'whole number ≥ 0 (ms)',
    String(DEFAULT_RESILIENCE.maxDelayMs),
    '1000',
    wholeNumber(0),
  ),
  retryAfterCeilingSeconds: variable(
    'CASEGRAPH_RETRY_AFTER_CEILING_SECONDS',
    'whole number ≥ 0 (s)',
    String(DEFAULT_RESILIENCE.retryAfterCeilingMs / 1000),
    '2',
    wholeNumber(0),
  ),
  breakerFailures: variable(
    'CASEGRAPH_BREAKER_FAILURES',
    'whole number ≥ 1',
    String(DEFAULT_RESILIENCE.breakerFailures),
    '10',
    wholeNumber(1),
  ),
  breakerHalfOpenMs: variable(
    'CASEGRAPH_BREAKER_HALF_OPEN_MS',
    'whole number ≥ 1 (ms)',
    String(DEFAULT_RESILIENCE.breakerHalfOpenMs),
    '10000',
    wholeNumber(1),
  ),
  vendorConcurrency: variable(
    'CASEGRAPH_VENDOR_CONCURRENCY',
    'whole number ≥ 1',
    String(DEFAULT_RESILIENCE.concurrency),
    '64',
    wholeNumber(1),
  ),
  vendorQueue: variable(
    'CASEGRAPH_VENDOR_QUEUE',
    'whole number ≥ 0',
    String(DEFAULT_RESILIENCE.queue),
    '128',
    wholeNumber(0),
  ),
  serverHeadersTimeoutMs: variable(
    'CASEGRAPH_SERVER_HEADERS_TIMEOUT_MS',
    'whole number ≥ 100 (ms)',
    '10000',
    '5000',
    wholeNumber(100, undefined, NO_TIMEOUT),
  ),
  serverRequestTimeoutMs: variable(
    'CASEGRAPH_SERVER_REQUEST_TIMEOUT_MS',
    'whole number ≥ 100 (ms), ≥ the headers timeout',
    '30000',
    '20000',
    wholeNumber(100, undefined, NO_TIMEOUT),
  ),
  serverKeepAliveTimeoutMs: variable(
    'CASEGRAPH_SERVER_KEEP_ALIVE_TIMEOUT_MS',
    'whole number ≥ 0 (ms; 0: no keep-alive)',
    '5000',
    '65000',
    wholeNumber(0),
  ),
  serverMaxConnections: variable(
    'CASEGRAPH_SERVER_MAX_CONNECTIONS',
    'whole number ≥ 1',
    '1024',
    '4096',
    wholeNumber(1),
  ),
  shutdownGraceMs: variable('CASEGRAPH_SHUTDOWN_GRACE_MS', 'whole number ≥ 0 (ms)', '10000', '25000', wholeNumber(0)),
  shutdownReadinessDelayMs: variable(
    'CASEGRAPH_SHUTDOWN_READINESS_DELAY_MS',
    'whole number ≥ 0 (ms)',
    '0',
    '5000',
    wholeNumber(0),
  ),
  deadlineMs: variable(
    'CASEGRAPH_DEADLINE_MS',
    'whole number ≥ 1 (ms)',
    '15000',
    '8000',
    wholeNumber(1, undefined, ' (0 would mean no deadline)'),
  ),
  maxVendorCalls: variable('CASEGRAPH_MAX_VENDOR_CALLS', 'whole number ≥ 1', '100', '40', wholeNumber(1)),
  idempotencyTtlSeconds: variable(
    'CASEGRAPH_IDEMPOTENCY_TTL_SECONDS',
    'whole number ≥ 1 (s)',
    '86400',
    '3600',
    wholeNumber(1),
  ),
  redisUrl: variable(
    'REDIS_URL',
    'redis:// or rediss:// URL',
    '— (in-process memory)',
    'redis://redis:6379/0',
    // The URL may carry a password: the message says what is wrong without echoing it.
    z
      .string()
      .trim()
      .refine((raw) => {
        try {
          const { protocol } = new URL(raw);
          return protocol === 'redis:' || protocol === 'rediss:';
        } catch {
          return false;
        }
      }, 'must be a redis:// or rediss:// URL'),
  ),
  allowHttpUrls: variable(ALLOW_HTTP_URLS, 'true/false', 'false', 'true', bool),
  metricsPort: variable(
    'CASEGRAPH_METRICS_PORT',
    'whole number 0–65535',
    '— (/metrics on the GraphQL port)',
    '9464',
    wholeNumber(0, 65_535),
  ),
  metricsHost: variable('CASEGRAPH_METRICS_HOST', 'interface address', 'HOST', '0.0.0.0', z.string().trim()),
  auditLog: variable('CASEGRAPH_AUDIT_LOG', 'true/false', 'true', 'false', bool),
  simulatorLatencyMs: variable('CASEGRAPH_SIMULATOR_LATENCY_MS', 'whole number ≥ 0 (ms)', '0', '200', wholeNumber(0)),
  simulatorFailureRate: variable(
    'CASEGRAPH_SIMULATOR_FAILURE_RATE',
    'number 0–1',
    '— (no faults)',
    '0.1',
    z
      .string()
      .trim()
      .transform(Number)
      .refine((n) => Number.isFinite(n) && n >= 0 && n <= 1, 'must be a number from 0 to 1'),
  ),
  simulatorFault: variable(
    'CASEGRAPH_SIMULATOR_FAULT',
    'HTTP status, hang or reset',
    '503',
    'hang',
    z
      .string()
      .trim()
      .toLowerCase()
      .refine(
        (v) => v === 'hang' || v === 'reset' || /^[45]\d\d$/.test(v),
        'must be an HTTP status (e.g. 503), hang or reset',
      ),
  ),
  simulatorFaultOn: variable(
    'CASEGRAPH_SIMULATOR_FAULT_ON',
    'all, reads or writes',
    'all',
    'writes',
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(['all', 'reads', 'writes'], { error: 'must be all, reads or writes' })),
  ),
  simulatorStoreThenFail: variable('CASEGRAPH_SIMULATOR_STORE_THEN_FAIL', 'true/false', 'false', 'true', bool),
} as const;

type Read = <T>(variable: Variable<T>) => T | undefined;

/** Reads one variable at a time; each problem names its variable and, unless it may hold a secret, the value. */
function reader(env: NodeJS.ProcessEnv, problems: string[]): Read {
  return <T>(variable: Variable<T>): T | undefined => {
    const raw = env[variable.name];
    if (raw === undefined || raw.trim() === '') return undefined;
    const parsed = variable.schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    const message = parsed.error.issues[0]?.message ?? 'is invalid';
    const shown = variable === VARIABLES.redisUrl ? '' : `, got ${JSON.stringify(raw)}`;
    problems.push(`${variable.name} ${message}${shown}.`);
    return undefined;
  };
}

function simulatorFaults(read: Read): SimulatorFaults | undefined {
  const rate = read(VARIABLES.simulatorFailureRate);
  if (rate === undefined) return undefined;
  const kind = read(VARIABLES.simulatorFault) ?? '503';
  const fault: Fault =
    kind === 'hang'
      ? { kind: 'hang', ms: 60_000 }
      : kind === 'reset'
        ? { kind: 'reset' }
        : { kind: 'respond', response: { status: Number(kind), text: 'injected fault' } };
  return {
    rate,
    fault,
    on: read(VARIABLES.simulatorFaultOn) ?? 'all',
    afterHandling: read(VARIABLES.simulatorStoreThenFail) ?? false,
  };
}

export function loadConfig(env: NodeJS.ProcessEnv): ConfigOutcome {
  const problems: string[] = [];
  const read = reader(env, problems);
  const production = read(VARIABLES.nodeEnv) === 'production';

  let enabled: CaseProvider[] = [...ALL_PROVIDERS];
  const named = read(VARIABLES.providers);
  if (named !== undefined && named.length > 0) {
    enabled = [];
    for (const name of named.map((s) => s.toUpperCase())) {
      const known = ALL_PROVIDERS.find((p) => p === name);
      if (known) enabled.push(known);
      else
        problems.push(
          `CASEGRAPH_PROVIDERS names an unknown provider ${JSON.stringify(name)}; use ${ALL_PROVIDERS.join(', ')}.`,
        );
    }
  }

  const providers: ProviderSetup[] = [];
  for (const module of PROVIDER_MODULES) {
    if (!enabled.includes(module.provider)) continue;
    const result = module.readConfig(env);
    switch (result.kind) {
      case 'ok':
        providers.push({ provider: module.provider, mode: 'vendor', config: result.config });
        break;
      case 'absent':
        if (production) {
          problems.push(
            `${module.provider} is not configured and NODE_ENV=production forbids simulators: set ${module.requiredEnvVars.join(', ')} ` +
              `(or leave ${module.provider} out of CASEGRAPH_PROVIDERS).`,
          );
        } else {
          providers.push({ provider: module.provider, mode: 'simulator' });
        }
        break;
      case 'incomplete':
        problems.push(`${module.provider} is partly configured: missing ${result.missing.join(', ')}.`);
        break;
      case 'invalid':
        problems.push(...result.problems.map((p) => `${module.provider}: ${p}`));
        break;
    }
  }

  const server: ServerLimits = {
    headersTimeoutMs: read(VARIABLES.serverHeadersTimeoutMs) ?? 10_000,
    requestTimeoutMs: read(VARIABLES.serverRequestTimeoutMs) ?? 30_000,
    keepAliveTimeoutMs: read(VARIABLES.serverKeepAliveTimeoutMs) ?? 5_000,
    maxConnections: read(VARIABLES.serverMaxConnections) ?? 1_024,
  };
  // Node requires the request timeout to cover the headers timeout.
  if (server.requestTimeoutMs < server.headersTimeoutMs) {
    problems.push('CASEGRAPH_SERVER_REQUEST_TIMEOUT_MS must be at least CASEGRAPH_SERVER_HEADERS_TIMEOUT_MS.');
  }
  const host = read(VARIABLES.host) ?? '0.0.0.0';
  const retryAfterCeilingSeconds = read(VARIABLES.retryAfterCeilingSeconds);
  const metricsPort = read(VARIABLES.metricsPort);
  // Read by every vendor's URL check (providers/shared/env.ts); a misspelt value is reported here, once.
  read(VARIABLES.allowHttpUrls);

  const config: AppConfig = {
    production,
    host,
    port: read(VARIABLES.port) ?? 4000,
    introspection: read(VARIABLES.introspection) ?? !production,
    // Any browser origin while developing; in production only the origins listed.
    corsOrigins: read(VARIABLES.corsOrigins) ?? (production ? [] : ['*']),
    auth: readAuthConfig(env, production, problems),
    logLevel: read(VARIABLES.logLevel) ?? 'info',
    timeouts: {
      connectMs: read(VARIABLES.connectTimeoutMs) ?? DEFAULT_TIMEOUTS.connectMs,
      headersMs: read(VARIABLES.headersTimeoutMs) ?? DEFAULT_TIMEOUTS.headersMs,
      bodyMs: read(VARIABLES.bodyTimeoutMs) ?? DEFAULT_TIMEOUTS.bodyMs,
    },
    resilience: {
      ...DEFAULT_RESILIENCE,
      attempts: read(VARIABLES.retryAttempts) ?? DEFAULT_RESILIENCE.attempts,
      baseDelayMs: read(VARIABLES.retryBaseDelayMs) ?? DEFAULT_RESILIENCE.baseDelayMs,
      maxDelayMs: read(VARIABLES.retryMaxDelayMs) ?? DEFAULT_RESILIENCE.maxDelayMs,
      retryAfterCeilingMs:
        retryAfterCeilingSeconds === undefined
          ? DEFAULT_RESILIENCE.retryAfterCeilingMs
          : retryAfterCeilingSeconds * 1000,
      breakerFailures: read(VARIABLES.breakerFailures) ?? DEFAULT_RESILIENCE.breakerFailures,
      breakerHalfOpenMs: read(VARIABLES.breakerHalfOpenMs) ?? DEFAULT_RESILIENCE.breakerHalfOpenMs,
      concurrency: read(VARIABLES.vendorConcurrency) ?? DEFAULT_RESILIENCE.concurrency,
      queue: read(VARIABLES.vendorQueue) ?? DEFAULT_RESILIENCE.queue,
    },
    server,
    shutdownGraceMs: read(VARIABLES.shutdownGraceMs) ?? 10_000,
    shutdownReadinessDelayMs: read(VARIABLES.shutdownReadinessDelayMs) ?? 0,
    metrics: metricsPort === undefined ? undefined : { port: metricsPort, host: read(VARIABLES.metricsHost) ?? host },
    auditLog: read(VARIABLES.auditLog) ?? true,
    simulatorLatencyMs: read(VARIABLES.simulatorLatencyMs) ?? 0,
    simulatorFaults: simulatorFaults(read),
    deadlineMs: read(VARIABLES.deadlineMs) ?? 15_000,
    maxVendorCalls: read(VARIABLES.maxVendorCalls) ?? 100,
    idempotencyTtlMs: (read(VARIABLES.idempotencyTtlSeconds) ?? 86_400) * 1000,
    redisUrl: read(VARIABLES.redisUrl),
    providers,
  };
  if (enabled.length === 0 && problems.length === 0) problems.push('CASEGRAPH_PROVIDERS enables no provider.');
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config };
}
