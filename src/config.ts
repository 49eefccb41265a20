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

function simulatorFaults(env: NodeJS.ProcessEnv, problems: string[]): SimulatorFaults | undefined {
  const rawRate = env.CASEGRAPH_SIMULATOR_FAILURE_RATE;
  if (rawRate === undefined || rawRate === '') return undefined;
  const rate = Number(rawRate);
  if (!Number.isFinite(rate) || rate < 0 || rate > 1) {
    problems.push(`CASEGRAPH_SIMULATOR_FAILURE_RATE must be a number from 0 to 1, got ${JSON.stringify(rawRate)}.`);
    return undefined;
  }
  const kind = (env.CASEGRAPH_SIMULATOR_FAULT ?? '503').trim().toLowerCase();
  let fault: Fault;
  if (kind === 'hang') fault = { kind: 'hang', ms: 60_000 };
  else if (kind === 'reset') fault = { kind: 'reset' };
  else if (/^[45]\d\d$/.test(kind))
    fault = { kind: 'respond', response: { status: Number(kind), text: 'injected fault' } };
  else {
    problems.push(
      `CASEGRAPH_SIMULATOR_FAULT must be an HTTP status (e.g. 503), hang or reset, got ${JSON.stringify(kind)}.`,
    );
    return undefined;
  }
  const on = (env.CASEGRAPH_SIMULATOR_FAULT_ON ?? 'all').trim().toLowerCase();
  if (on !== 'all' && on !== 'reads' && on !== 'writes') {
    problems.push(`CASEGRAPH_SIMULATOR_FAULT_ON must be all, reads or writes, got ${JSON.stringify(on)}.`);
    return undefined;
  }
  return { rate, fault, on, afterHandling: flag(env, 'CASEGRAPH_SIMULATOR_STORE_THEN_FAIL', false, problems) };
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

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    problems.push(`${name} must be a whole number, got ${JSON.stringify(raw)}.`);
    return fallback;
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (TRUE_WORDS.includes(raw)) return true;
  if (FALSE_WORDS.includes(raw)) return false;
  problems.push(`${name} must be true or false, got ${JSON.stringify(env[name])}.`);
  return fallback;
}

function serverLimits(env: NodeJS.ProcessEnv, problems: string[]): ServerLimits {
  const limits: ServerLimits = {
    headersTimeoutMs: positiveInt(env, 'CASEGRAPH_SERVER_HEADERS_TIMEOUT_MS', 10_000, problems),
    requestTimeoutMs: positiveInt(env, 'CASEGRAPH_SERVER_REQUEST_TIMEOUT_MS', 30_000, problems),
    keepAliveTimeoutMs: positiveInt(env, 'CASEGRAPH_SERVER_KEEP_ALIVE_TIMEOUT_MS', 5_000, problems),
    maxConnections: positiveInt(env, 'CASEGRAPH_SERVER_MAX_CONNECTIONS', 1_024, problems),
  };
  // Node requires the request timeout to cover the headers timeout; 0 would mean "no limit".
  if (limits.headersTimeoutMs < 100 || limits.requestTimeoutMs < limits.headersTimeoutMs) {
    problems.push(
      'CASEGRAPH_SERVER_HEADERS_TIMEOUT_MS must be at least 100 and at most CASEGRAPH_SERVER_REQUEST_TIMEOUT_MS.',
    );
  }
  if (limits.maxConnections < 1) problems.push('CASEGRAPH_SERVER_MAX_CONNECTIONS must be at least 1.');
  return limits;
}

function redisUrl(raw: string | undefined, problems: string[]): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  try {
    const { protocol } = new URL(raw);
    if (protocol === 'redis:' || protocol === 'rediss:') return raw;
  } catch {
    // reported below
  }
  // The URL may carry a password: say what is wrong without echoing it.
  problems.push('REDIS_URL must be a redis:// or rediss:// URL.');
  return undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv): ConfigOutcome {
  const problems: string[] = [];
  const production = env.NODE_ENV === 'production';

  let enabled: CaseProvider[] = [...ALL_PROVIDERS];
  if (env.CASEGRAPH_PROVIDERS && env.CASEGRAPH_PROVIDERS.trim() !== '') {
    enabled = [];
    for (const name of env.CASEGRAPH_PROVIDERS.split(',').map((s) => s.trim().toUpperCase())) {
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

  const config: AppConfig = {
    production,
    host: env.HOST && env.HOST !== '' ? env.HOST : '0.0.0.0',
    port: positiveInt(env, 'PORT', 4000, problems),
    introspection: flag(env, 'CASEGRAPH_INTROSPECTION', !production, problems),
    // Any browser origin while developing; in production only the origins listed.
    corsOrigins: (env.CASEGRAPH_CORS_ORIGINS ?? (production ? '' : '*'))
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    auth: readAuthConfig(env, production, problems),
    logLevel: env.LOG_LEVEL && env.LOG_LEVEL !== '' ? env.LOG_LEVEL : 'info',
    timeouts: {
      connectMs: positiveInt(env, 'CASEGRAPH_HTTP_CONNECT_TIMEOUT_MS', DEFAULT_TIMEOUTS.connectMs, problems),
      headersMs: positiveInt(env, 'CASEGRAPH_HTTP_HEADERS_TIMEOUT_MS', DEFAULT_TIMEOUTS.headersMs, problems),
      bodyMs: positiveInt(env, 'CASEGRAPH_HTTP_BODY_TIMEOUT_MS', DEFAULT_TIMEOUTS.bodyMs, problems),
    },
    resilience: {
      ...DEFAULT_RESILIENCE,
      attempts: Math.max(1, positiveInt(env, 'CASEGRAPH_RETRY_ATTEMPTS', DEFAULT_RESILIENCE.attempts, problems)),
      baseDelayMs: positiveInt(env, 'CASEGRAPH_RETRY_BASE_DELAY_MS', DEFAULT_RESILIENCE.baseDelayMs, problems),
      maxDelayMs: positiveInt(env, 'CASEGRAPH_RETRY_MAX_DELAY_MS', DEFAULT_RESILIENCE.maxDelayMs, problems),
      retryAfterCeilingMs:
        positiveInt(
          env,
          'CASEGRAPH_RETRY_AFTER_CEILING_SECONDS',
          DEFAULT_RESILIENCE.retryAfterCeilingMs / 1000,
          problems,
        ) * 1000,
      breakerFailures: Math.max(
        1,
        positiveInt(env, 'CASEGRAPH_BREAKER_FAILURES', DEFAULT_RESILIENCE.breakerFailures, problems),
      ),
      breakerHalfOpenMs: positiveInt(
        env,
        'CASEGRAPH_BREAKER_HALF_OPEN_MS',
        DEFAULT_RESILIENCE.breakerHalfOpenMs,
        problems,
      ),
      concurrency: Math.max(
        1,
        positiveInt(env, 'CASEGRAPH_VENDOR_CONCURRENCY', DEFAULT_RESILIENCE.concurrency, problems),
      ),
      queue: positiveInt(env, 'CASEGRAPH_VENDOR_QUEUE', DEFAULT_RESILIENCE.queue, problems),
    },
    server: serverLimits(env, problems),
    shutdownGraceMs: positiveInt(env, 'CASEGRAPH_SHUTDOWN_GRACE_MS', 10_000, problems),
    simulatorLatencyMs: positiveInt(env, 'CASEGRAPH_SIMULATOR_LATENCY_MS', 0, problems),
    simulatorFaults: simulatorFaults(env, problems),
    deadlineMs: positiveInt(env, 'CASEGRAPH_DEADLINE_MS', 15_000, problems),
    maxVendorCalls: Math.max(1, positiveInt(env, 'CASEGRAPH_MAX_VENDOR_CALLS', 100, problems)),
    idempotencyTtlMs: positiveInt(env, 'CASEGRAPH_IDEMPOTENCY_TTL_SECONDS', 86_400, problems) * 1000,
    redisUrl: redisUrl(env.REDIS_URL, problems),
    providers,
  };
  // Read by every vendor's URL check (providers/shared/env.ts); a misspelt value is reported here, once.
  flag(env, ALLOW_HTTP_URLS, false, problems);
  if (enabled.length === 0 && problems.length === 0) problems.push('CASEGRAPH_PROVIDERS enables no provider.');
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config };
}
