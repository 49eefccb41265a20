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
import type { VariableDoc } from './providers/shared/env.js';
import { z } from 'zod';
import type { Fault } from './simulators/harness.js';
import type { DocumentPolicy } from './graphql/trustedDocuments.js';
import { formatRateWindows, parseRateWindows } from './http/rateLimit.js';
import type { RateWindow } from './http/rateLimit.js';
import type { RateLimitSettings } from './server/rateLimits.js';

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
  /** Which documents callers may run (CASEGRAPH_DOCUMENTS) and where the trusted ones are (CASEGRAPH_TRUSTED_DOCUMENTS). */
  documents: DocumentSettings;
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
  /** The most vendor cases one provider's part of a `Query.cases` page looks through where casegraph filters or orders itself. */
  listScanLimit: number;
  /** How long idempotency keys and their outcomes are kept. */
  idempotencyTtlMs: number;
  /** Shared idempotency store for every instance; in-process memory when absent. */
  redisUrl: string | undefined;
  /** Vendor quotas, caller limits, and how they behave without Redis (docs/operating.md, "Quotas and rate limits"). */
  rateLimits: RateLimitSettings;
  providers: ProviderSetup[];
}

export interface DocumentSettings {
  policy: DocumentPolicy;
  /** Manifest files, or directories of them (`*.json`), each `{ "sha256:<hex>": "<document>" }`. */
  manifests: string[];
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
// Every variable casegraph reads, with its type, default, an example and what it does: loadConfig
// parses its own with zod; caller authentication (src/auth/authenticate.ts) and the OpenTelemetry
// SDK read theirs. `npm run docs:config` writes the configuration table (docs/configuration.md) from this list
// and test/config.test.ts fails when they differ. Vendor variables live with their vendors
// (src/providers/*/config.ts) and have tables of their own.

/** A variable casegraph reads: how it is read, and what the configuration table (docs/configuration.md) says of it. */
export interface Variable<T> extends VariableDoc {
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

/** Read and checked elsewhere (caller authentication, the OpenTelemetry SDK): listed here for the table. */
const text = z.string();

const NO_TIMEOUT = ' (0 would mean no timeout)';
const v = <T>(variable: Variable<T>): Variable<T> => variable;

/** Requests per window (`600/1m`, `1000/1h,10/1s`) or `off`, as ./http/rateLimit.ts reads them. */
const rate = z.string().transform((text, ctx) => {
  const parsed = parseRateWindows(text);
  if (parsed.ok) return parsed.windows;
  ctx.addIssue({ code: 'custom', message: parsed.problem });
  return z.NEVER;
});

/**
 * The limits vendors document for their APIs, applied to a real vendor unless <VENDOR>_RATE_LIMIT
 * says otherwise (never to a simulator, which enforces none). Only Sprinklr states any: 1,000
 * requests an hour and 10 a second per API key (sprinklr-api-rate-limiting, through
 * API-Evangelist's summary; /work/shared/vendor-apis.md §2.5). Khoros's CRM spec, Thalamus and
 * Talkdesk's Case API state none.
 */
export const DOCUMENTED_RATE_LIMITS: Partial<Record<CaseProvider, readonly RateWindow[]>> = {
  SPRINKLR: [
    { limit: 10, ms: 1_000 },
    { limit: 1_000, ms: 3_600_000 },
  ],
};

/** The caller limits when authentication is on and nothing is set: ten a second, on average over a minute. */
const DEFAULT_CALLER_LIMIT: readonly RateWindow[] = [{ limit: 600, ms: 60_000 }];

function vendorRateLimit(provider: CaseProvider, vendorName: string) {
  const documented = DOCUMENTED_RATE_LIMITS[provider];
  return v({
    name: `${provider}_RATE_LIMIT`,
    type: 'requests per window, comma-separated, or off',
    shownDefault: documented
      ? `${formatRateWindows(documented)} against the real vendor (its documented limits); off on the simulator`
      : 'off (none documented)',
    example: documented ? '500/1h,5/1s' : '20/1s',
    meaning: `${vendorName}'s quota for casegraph's account, kept by every replica together (through Redis when REDIS_URL is set); a call beyond it waits or is refused unsent`,
    schema: rate,
  });
}

export const VARIABLES = {
  nodeEnv: v({
    name: 'NODE_ENV',
    type: '`production` or other',
    shownDefault: '—',
    example: 'production',
    meaning:
      'production: no simulators, caller authentication required, https: vendor URLs, introspection and Sandbox off',
    schema: z.string().trim(),
  }),
  port: v({
    name: 'PORT',
    type: 'port 0–65535 (0: any free one)',
    shownDefault: '4000',
    example: '8080',
    meaning: 'where GraphQL (/graphql), /healthz, /readyz and, by default, /metrics are served',
    schema: wholeNumber(0, 65_535),
  }),
  host: v({
    name: 'HOST',
    type: 'interface address',
    shownDefault: '0.0.0.0',
    example: '127.0.0.1',
    meaning: 'the interface to listen on',
    schema: z.string().trim(),
  }),
  logLevel: v({
    name: 'LOG_LEVEL',
    type: 'fatal, error, warn, info, debug, trace or silent',
    shownDefault: 'info',
    example: 'warn',
    meaning: 'pino level: info writes one line per operation; credentials are redacted',
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    }),
  }),
  providers: v({
    name: 'CASEGRAPH_PROVIDERS',
    type: 'comma-separated providers',
    shownDefault: 'all four',
    example: 'TALKDESK,KHOROS',
    meaning: 'the providers to serve',
    schema: list,
  }),
  introspection: v({
    name: 'CASEGRAPH_INTROSPECTION',
    type: 'true/false',
    shownDefault: 'true; false in production',
    example: 'false',
    meaning: 'introspection and the Apollo Sandbox landing page',
    schema: bool,
  }),
  documents: v({
    name: 'CASEGRAPH_DOCUMENTS',
    type: 'any, trusted-preferred or trusted-only',
    shownDefault: 'any',
    example: 'trusted-only',
    meaning:
      'which documents run: any (ad-hoc and automatic persisted queries); trusted-preferred (trusted documents, ad-hoc only with the documents:any scope); trusted-only',
    schema: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(
        z.enum(['any', 'trusted-preferred', 'trusted-only'], {
          error: 'must be any, trusted-preferred or trusted-only',
        }),
      ),
  }),
  trustedDocuments: v({
    name: 'CASEGRAPH_TRUSTED_DOCUMENTS',
    type: 'comma-separated files or directories',
    shownDefault: 'none',
    example: '/etc/casegraph/documents',
    meaning:
      "trusted-document manifests (the client preset's persisted-documents.json; a directory: every *.json in it), validated at start-up, reloaded on SIGHUP",
    schema: list,
  }),
  corsOrigins: v({
    name: 'CASEGRAPH_CORS_ORIGINS',
    type: 'comma-separated origins, or *',
    shownDefault: '*; none in production',
    example: 'https://app.example.com',
    meaning: 'browser origins allowed to call; the allowed request headers are a fixed list',
    schema: list,
  }),
  auth: v({
    name: 'CASEGRAPH_AUTH',
    type: '`none`',
    shownDefault: 'on when keys or a JWKS are set',
    example: 'none',
    meaning: 'none: run production without caller authentication (logged as a warning)',
    schema: text,
  }),
  apiKeys: v({
    name: 'CASEGRAPH_API_KEYS',
    type: 'name=key[;scopes=…] entries, or a file path',
    shownDefault: '—',
    example: 'frontend=sha256:9f86d0…;scopes=cases:read',
    meaning: 'callers’ API keys, at least 32 characters or their SHA-256 ([Security](security.md#callers))',
    schema: text,
  }),
  jwksUrl: v({
    name: 'CASEGRAPH_JWT_JWKS_URL',
    type: 'https URL',
    shownDefault: '—',
    example: 'https://idp.example.com/.well-known/jwks.json',
    meaning: 'accept JWTs signed by these keys; needs the issuer and audience too',
    schema: text,
  }),
  jwtIssuer: v({
    name: 'CASEGRAPH_JWT_ISSUER',
    type: 'string',
    shownDefault: '—',
    example: 'https://idp.example.com/',
    meaning: 'the `iss` a JWT must carry',
    schema: text,
  }),
  jwtAudience: v({
    name: 'CASEGRAPH_JWT_AUDIENCE',
    type: 'string',
    shownDefault: '—',
    example: 'casegraph',
    meaning: 'the `aud` a JWT must carry',
    schema: text,
  }),
  jwtClockSkew: v({
    name: 'CASEGRAPH_JWT_CLOCK_SKEW_SECONDS',
    type: 'whole number 0–300 (s)',
    shownDefault: '30',
    example: '60',
    meaning: 'tolerance on a JWT’s exp, nbf and iat',
    schema: text,
  }),
  gatewaySecret: v({
    name: 'CASEGRAPH_GATEWAY_SECRET',
    type: 'string of ≥ 32 characters',
    shownDefault: '—',
    example: '(a random 48-character string)',
    meaning: 'then every request must carry it in x-casegraph-gateway-secret',
    schema: text,
  }),
  maxVendorCalls: v({
    name: 'CASEGRAPH_MAX_VENDOR_CALLS',
    type: 'whole number ≥ 1',
    shownDefault: '100',
    example: '40',
    meaning: 'vendor requests one GraphQL request may cause, retries included',
    schema: wholeNumber(1),
  }),
  listScanLimit: v({
    name: 'CASEGRAPH_LIST_SCAN_LIMIT',
    type: 'whole number ≥ 1',
    shownDefault: '1000',
    example: '5000',
    meaning:
      'vendor cases `Query.cases` filters and orders itself per provider and page (Thalamus, a Khoros customer); more are left out with a warning',
    schema: wholeNumber(1),
  }),
  allowHttpUrls: v({
    name: ALLOW_HTTP_URLS,
    type: 'true/false',
    shownDefault: 'false',
    example: 'true',
    meaning: 'let production use http: vendor and JWKS URLs (e.g. a TLS sidecar on localhost)',
    schema: bool,
  }),
  connectTimeoutMs: v({
    name: 'CASEGRAPH_HTTP_CONNECT_TIMEOUT_MS',
    type: 'whole number ≥ 1 (ms)',
    shownDefault: String(DEFAULT_TIMEOUTS.connectMs),
    example: '2000',
    meaning: 'time to connect to a vendor (undici’s own default is 10 s)',
    schema: wholeNumber(1, undefined, NO_TIMEOUT),
  }),
  headersTimeoutMs: v({
    name: 'CASEGRAPH_HTTP_HEADERS_TIMEOUT_MS',
    type: 'whole number ≥ 1 (ms)',
    shownDefault: String(DEFAULT_TIMEOUTS.headersMs),
    example: '5000',
    meaning: 'time for a vendor’s response headers (undici’s own default is 300 s)',
    schema: wholeNumber(1, undefined, NO_TIMEOUT),
  }),
  bodyTimeoutMs: v({
    name: 'CASEGRAPH_HTTP_BODY_TIMEOUT_MS',
    type: 'whole number ≥ 1 (ms)',
    shownDefault: String(DEFAULT_TIMEOUTS.bodyMs),
    example: '5000',
    meaning: 'longest silence while a vendor’s body arrives',
    schema: wholeNumber(1, undefined, NO_TIMEOUT),
  }),
  retryAttempts: v({
    name: 'CASEGRAPH_RETRY_ATTEMPTS',
    type: 'whole number 1–10',
    shownDefault: String(DEFAULT_RESILIENCE.attempts),
    example: '2',
    meaning: 'attempts per vendor call, the first included (1: no retries)',
    schema: wholeNumber(1, 10),
  }),
  retryBaseDelayMs: v({
    name: 'CASEGRAPH_RETRY_BASE_DELAY_MS',
    type: 'whole number ≥ 0 (ms)',
    shownDefault: String(DEFAULT_RESILIENCE.baseDelayMs),
    example: '50',
    meaning: 'first backoff ceiling; it doubles per retry (full jitter below it)',
    schema: wholeNumber(0),
  }),
  retryMaxDelayMs: v({
    name: 'CASEGRAPH_RETRY_MAX_DELAY_MS',
    type: 'whole number ≥ 0 (ms)',
    shownDefault: String(DEFAULT_RESILIENCE.maxDelayMs),
    example: '1000',
    meaning: 'largest backoff ceiling',
    schema: wholeNumber(0),
  }),
  retryAfterCeilingSeconds: v({
    name: 'CASEGRAPH_RETRY_AFTER_CEILING_SECONDS',
    type: 'whole number ≥ 0 (s)',
    shownDefault: String(DEFAULT_RESILIENCE.retryAfterCeilingMs / 1000),
    example: '2',
    meaning: 'longest Retry-After waited for; longer is a RateLimitedError at once',
    schema: wholeNumber(0),
  }),
  breakerFailures: v({
    name: 'CASEGRAPH_BREAKER_FAILURES',
    type: 'whole number ≥ 1',
    shownDefault: String(DEFAULT_RESILIENCE.breakerFailures),
    example: '10',
    meaning: 'consecutive failed attempts that open a vendor’s circuit',
    schema: wholeNumber(1),
  }),
  breakerHalfOpenMs: v({
    name: 'CASEGRAPH_BREAKER_HALF_OPEN_MS',
    type: 'whole number ≥ 1 (ms)',
    shownDefault: String(DEFAULT_RESILIENCE.breakerHalfOpenMs),
    example: '10000',
    meaning: 'how long an open circuit fails fast before one probe',
    schema: wholeNumber(1),
  }),
  vendorConcurrency: v({
    name: 'CASEGRAPH_VENDOR_CONCURRENCY',
    type: 'whole number ≥ 1',
    shownDefault: String(DEFAULT_RESILIENCE.concurrency),
    example: '64',
    meaning: 'calls in flight per vendor origin',
    schema: wholeNumber(1),
  }),
  vendorQueue: v({
    name: 'CASEGRAPH_VENDOR_QUEUE',
    type: 'whole number ≥ 0',
    shownDefault: String(DEFAULT_RESILIENCE.queue),
    example: '128',
    meaning: 'calls waiting beyond them; more fail fast',
    schema: wholeNumber(0),
  }),
  deadlineMs: v({
    name: 'CASEGRAPH_DEADLINE_MS',
    type: 'whole number ≥ 1 (ms)',
    shownDefault: '15000',
    example: '8000',
    meaning: 'each GraphQL request’s overall deadline, retries included',
    schema: wholeNumber(1, undefined, ' (0 would mean no deadline)'),
  }),
  idempotencyTtlSeconds: v({
    name: 'CASEGRAPH_IDEMPOTENCY_TTL_SECONDS',
    type: 'whole number ≥ 1 (s)',
    shownDefault: '86400',
    example: '3600',
    meaning: 'how long idempotency keys and their outcomes are kept',
    schema: wholeNumber(1),
  }),
  redisUrl: v({
    name: 'REDIS_URL',
    type: 'redis:// or rediss:// URL',
    shownDefault: '— (process memory)',
    example: 'redis://redis:6379/0',
    meaning:
      'idempotency keys, rate-limit counters and vendor back-offs shared by every instance; readiness fails while it is unreachable',
    // The URL may carry a password: the message says what is wrong without echoing it.
    schema: z
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
  }),
  khorosRateLimit: vendorRateLimit('KHOROS', 'Khoros'),
  sprinklrRateLimit: vendorRateLimit('SPRINKLR', 'Sprinklr'),
  thalamusRateLimit: vendorRateLimit('THALAMUS', 'Thalamus'),
  talkdeskRateLimit: vendorRateLimit('TALKDESK', 'Talkdesk'),
  rateLimitQueue: v({
    name: 'CASEGRAPH_RATE_LIMIT_QUEUE',
    type: 'whole number ≥ 0',
    shownDefault: '100',
    example: '500',
    meaning:
      'calls that may wait for one vendor’s quota at once, per replica; more are refused unsent (RateLimitedError)',
    schema: wholeNumber(0),
  }),
  rateLimitLocalShare: v({
    name: 'CASEGRAPH_RATE_LIMIT_LOCAL_SHARE',
    type: 'number above 0, at most 1',
    shownDefault: '0.5',
    example: '0.25',
    meaning:
      'while Redis cannot be asked, the share of every quota and caller limit each replica allows itself (1 / replicas keeps the fleet within them)',
    schema: z
      .string()
      .trim()
      .transform(Number)
      .refine((n) => Number.isFinite(n) && n > 0 && n <= 1, 'must be a number above 0 and at most 1'),
  }),
  callerRateLimit: v({
    name: 'CASEGRAPH_CALLER_RATE_LIMIT',
    type: 'requests per window, comma-separated, or off',
    shownDefault: '600/1m per authenticated caller; off without caller authentication',
    example: '120/1m',
    meaning:
      'GraphQL requests per caller (API key, JWT subject), across replicas; beyond it HTTP 429 with Retry-After and RateLimit fields; `;rate=` on an API key overrides it',
    schema: rate,
  }),
  callerVendorRateLimit: v({
    name: 'CASEGRAPH_CALLER_VENDOR_RATE_LIMIT',
    type: 'requests per window, comma-separated, or off',
    shownDefault: '600/1m per authenticated caller; off without caller authentication',
    example: '300/1m',
    meaning:
      'vendor calls per caller, retries included, across replicas; beyond it a call is refused unsent (RateLimitedError); `;vendor-rate=` on an API key overrides it',
    schema: rate,
  }),
  serverHeadersTimeoutMs: v({
    name: 'CASEGRAPH_SERVER_HEADERS_TIMEOUT_MS',
    type: 'whole number ≥ 100 (ms)',
    shownDefault: '10000',
    example: '5000',
    meaning: 'time a client has to send its request headers (then HTTP 408)',
    schema: wholeNumber(100, undefined, NO_TIMEOUT),
  }),
  serverRequestTimeoutMs: v({
    name: 'CASEGRAPH_SERVER_REQUEST_TIMEOUT_MS',
    type: 'whole number ≥ 100 (ms), ≥ the headers timeout',
    shownDefault: '30000',
    example: '20000',
    meaning: 'time a client has to send its whole request',
    schema: wholeNumber(100, undefined, NO_TIMEOUT),
  }),
  serverKeepAliveTimeoutMs: v({
    name: 'CASEGRAPH_SERVER_KEEP_ALIVE_TIMEOUT_MS',
    type: 'whole number ≥ 0 (ms)',
    shownDefault: '5000',
    example: '65000',
    meaning: 'how long an idle keep-alive connection is kept (0: none); above your load balancer’s',
    schema: wholeNumber(0),
  }),
  serverMaxConnections: v({
    name: 'CASEGRAPH_SERVER_MAX_CONNECTIONS',
    type: 'whole number ≥ 1',
    shownDefault: '1024',
    example: '4096',
    meaning: 'open client connections at once; more are refused',
    schema: wholeNumber(1),
  }),
  shutdownGraceMs: v({
    name: 'CASEGRAPH_SHUTDOWN_GRACE_MS',
    type: 'whole number ≥ 0 (ms)',
    shownDefault: '10000',
    example: '25000',
    meaning: 'how long SIGTERM/SIGINT let in-flight requests finish',
    schema: wholeNumber(0),
  }),
  shutdownReadinessDelayMs: v({
    name: 'CASEGRAPH_SHUTDOWN_READINESS_DELAY_MS',
    type: 'whole number ≥ 0 (ms)',
    shownDefault: '0',
    example: '5000',
    meaning: 'after SIGTERM, how long /readyz fails while requests are still served, before draining',
    schema: wholeNumber(0),
  }),
  metricsPort: v({
    name: 'CASEGRAPH_METRICS_PORT',
    type: 'port 0–65535',
    shownDefault: '— (/metrics on PORT)',
    example: '9464',
    meaning: 'serve /metrics on this port instead, to whoever reaches it',
    schema: wholeNumber(0, 65_535),
  }),
  metricsHost: v({
    name: 'CASEGRAPH_METRICS_HOST',
    type: 'interface address',
    shownDefault: 'HOST',
    example: '0.0.0.0',
    meaning: 'the interface of the metrics port',
    schema: z.string().trim(),
  }),
  auditLog: v({
    name: 'CASEGRAPH_AUDIT_LOG',
    type: 'true/false',
    shownDefault: 'true',
    example: 'false',
    meaning: 'an info line per write attempt and outcome, at any LOG_LEVEL but silent',
    schema: bool,
  }),
  otlpEndpoint: v({
    name: 'OTEL_EXPORTER_OTLP_ENDPOINT',
    type: 'URL',
    shownDefault: '— (no tracing)',
    example: 'http://otel-collector:4318',
    meaning: 'export traces over OTLP; the SDK’s other OTEL_* variables apply (protocol, headers, sampler)',
    schema: text,
  }),
  otlpTracesEndpoint: v({
    name: 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
    type: 'URL',
    shownDefault: '—',
    example: 'http://otel-collector:4318/v1/traces',
    meaning: 'the traces endpoint alone, instead of the one above',
    schema: text,
  }),
  otlpProtocol: v({
    name: 'OTEL_EXPORTER_OTLP_PROTOCOL',
    type: 'http/protobuf, http/json or grpc',
    shownDefault: 'http/protobuf',
    example: 'grpc',
    meaning: 'how spans are sent',
    schema: text,
  }),
  otelServiceName: v({
    name: 'OTEL_SERVICE_NAME',
    type: 'string',
    shownDefault: 'casegraph',
    example: 'casegraph-eu',
    meaning: 'service.name on every span',
    schema: text,
  }),
  otelSdkDisabled: v({
    name: 'OTEL_SDK_DISABLED',
    type: 'true/false',
    shownDefault: 'false',
    example: 'true',
    meaning: 'no tracing even with an endpoint set',
    schema: text,
  }),
  simulatorLatencyMs: v({
    name: 'CASEGRAPH_SIMULATOR_LATENCY_MS',
    type: 'whole number ≥ 0 (ms)',
    shownDefault: '0',
    example: '200',
    meaning: 'delay added to every embedded simulator answer (a slow vendor)',
    schema: wholeNumber(0),
  }),
  simulatorFailureRate: v({
    name: 'CASEGRAPH_SIMULATOR_FAILURE_RATE',
    type: 'number 0–1',
    shownDefault: '— (no faults)',
    example: '0.1',
    meaning: 'share of embedded simulator requests that fail ([Fault injection](operating.md#fault-injection))',
    schema: z
      .string()
      .trim()
      .transform(Number)
      .refine((n) => Number.isFinite(n) && n >= 0 && n <= 1, 'must be a number from 0 to 1'),
  }),
  simulatorFault: v({
    name: 'CASEGRAPH_SIMULATOR_FAULT',
    type: 'HTTP status, hang or reset',
    shownDefault: '503',
    example: 'hang',
    meaning: 'how they fail',
    schema: z
      .string()
      .trim()
      .toLowerCase()
      .refine(
        (f) => f === 'hang' || f === 'reset' || /^[45]\d\d$/.test(f),
        'must be an HTTP status (e.g. 503), hang or reset',
      ),
  }),
  simulatorFaultOn: v({
    name: 'CASEGRAPH_SIMULATOR_FAULT_ON',
    type: 'all, reads or writes',
    shownDefault: 'all',
    example: 'writes',
    meaning: 'which requests fail',
    schema: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(['all', 'reads', 'writes'], { error: 'must be all, reads or writes' })),
  }),
  simulatorStoreThenFail: v({
    name: 'CASEGRAPH_SIMULATOR_STORE_THEN_FAIL',
    type: 'true/false',
    shownDefault: 'false',
    example: 'true',
    meaning: 'the simulator does the write, then fails to answer',
    schema: bool,
  }),
} as const;

/** Each provider's quota variable; a Record, so a provider added to the schema cannot be left without one. */
export const RATE_LIMIT_VARIABLES: Record<CaseProvider, Variable<RateWindow[]>> = {
  KHOROS: VARIABLES.khorosRateLimit,
  SPRINKLR: VARIABLES.sprinklrRateLimit,
  THALAMUS: VARIABLES.thalamusRateLimit,
  TALKDESK: VARIABLES.talkdeskRateLimit,
};

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

/**
 * Vendor quotas as configured, else a real vendor's documented limits; caller limits as configured,
 * else the default for authenticated callers and none for the anonymous one.
 */
function rateLimits(read: Read, providers: readonly ProviderSetup[]): RateLimitSettings {
  const vendors = new Map<CaseProvider, readonly RateWindow[]>();
  for (const provider of ALL_PROVIDERS) {
    const configured = read(RATE_LIMIT_VARIABLES[provider]);
    const setup = providers.find((p) => p.provider === provider);
    if (!setup) continue;
    vendors.set(provider, configured ?? (setup.mode === 'vendor' ? (DOCUMENTED_RATE_LIMITS[provider] ?? []) : []));
  }
  const requests = read(VARIABLES.callerRateLimit);
  const vendorCalls = read(VARIABLES.callerVendorRateLimit);
  return {
    vendors,
    queue: read(VARIABLES.rateLimitQueue) ?? 100,
    localShare: read(VARIABLES.rateLimitLocalShare) ?? 0.5,
    callers: {
      requests: requests ?? DEFAULT_CALLER_LIMIT,
      vendorCalls: vendorCalls ?? DEFAULT_CALLER_LIMIT,
      anonymous: { requests: requests ?? [], vendorCalls: vendorCalls ?? [] },
    },
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

  const documents: DocumentSettings = {
    policy: read(VARIABLES.documents) ?? 'any',
    manifests: read(VARIABLES.trustedDocuments) ?? [],
  };
  if (documents.policy !== 'any' && documents.manifests.length === 0) {
    problems.push(
      `CASEGRAPH_DOCUMENTS=${documents.policy} needs CASEGRAPH_TRUSTED_DOCUMENTS (the manifests to trust).`,
    );
  }

  const config: AppConfig = {
    production,
    host,
    port: read(VARIABLES.port) ?? 4000,
    introspection: read(VARIABLES.introspection) ?? !production,
    documents,
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
    listScanLimit: read(VARIABLES.listScanLimit) ?? 1000,
    idempotencyTtlMs: (read(VARIABLES.idempotencyTtlSeconds) ?? 86_400) * 1000,
    redisUrl: read(VARIABLES.redisUrl),
    rateLimits: rateLimits(read, providers),
    providers,
  };
  if (enabled.length === 0 && problems.length === 0) problems.push('CASEGRAPH_PROVIDERS enables no provider.');
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config };
}
