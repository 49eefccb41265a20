// Prometheus metrics (prom-client): one registry per process, as Prometheus scrapes a process.
// Labels hold only values casegraph chooses (providers, vendor operations, schema type names,
// statuses); the one a client chooses, the GraphQL operation name, is bounded below.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export const registry = new Registry();
collectDefaultMetrics({ register: registry });

/** Latency buckets in seconds, from a cached read (~1 ms) to a deadline (15 s). */
const SECONDS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15];

export const metrics = {
  graphqlOperations: new Counter({
    name: 'casegraph_graphql_operations_total',
    help: 'GraphQL operations served, by operation name, type and outcome (success, a result-union error type, or a GraphQL error code).',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [registry],
  }),
  graphqlDuration: new Histogram({
    name: 'casegraph_graphql_operation_duration_seconds',
    help: 'Time from a GraphQL request being read to its response being ready.',
    labelNames: ['operation', 'type'] as const,
    buckets: SECONDS,
    registers: [registry],
  }),
  trustedDocumentRequests: new Counter({
    name: 'casegraph_trusted_document_requests_total',
    help: 'Requests that named a trusted document, by path: `plan` (its precompiled plan ran) or `apollo` (handed to Apollo: an unusual Accept header, a trace asked for, variables that do not coerce, an estimate over the vendor-call limit).',
    labelNames: ['path'] as const,
    registers: [registry],
  }),
  providerOperations: new Counter({
    name: 'casegraph_provider_operations_total',
    help: 'Root fields settled against a provider (createCase, updateCase, case, customFieldDefinitions), by outcome type.',
    labelNames: ['provider', 'operation', 'outcome'] as const,
    registers: [registry],
  }),
  vendorCalls: new Counter({
    name: 'casegraph_vendor_calls_total',
    help: 'HTTP requests sent to vendors (every attempt), by provider, vendor operation and HTTP status, or the transport failure (timeout, connection, deadline) when there was none.',
    labelNames: ['provider', 'operation', 'status'] as const,
    registers: [registry],
  }),
  vendorDuration: new Histogram({
    name: 'casegraph_vendor_call_duration_seconds',
    help: 'Time of one attempt of a vendor call, from sending to the answer being read.',
    labelNames: ['provider', 'operation'] as const,
    buckets: SECONDS,
    registers: [registry],
  }),
  vendorRetries: new Counter({
    name: 'casegraph_vendor_retries_total',
    help: 'Vendor calls repeated after a failure a retry may cure.',
    labelNames: ['provider', 'operation'] as const,
    registers: [registry],
  }),
  vendorRefusals: new Counter({
    name: 'casegraph_vendor_calls_refused_total',
    help: 'Vendor calls casegraph did not send: circuit open, too many in flight, the request deadline or its vendor-call budget spent, the vendor quota spent (rate_limited), the vendor’s back-off (vendor_backoff), too many waiting for the quota (quota_queue_full), the caller’s own vendor-call limit (caller_vendor_calls).',
    labelNames: ['provider', 'operation', 'reason'] as const,
    registers: [registry],
  }),
  quotaWaits: new Histogram({
    name: 'casegraph_vendor_quota_wait_seconds',
    help: 'Time a vendor call waited for its turn at the vendor quota or for the vendor’s back-off to end, for calls that waited and were then sent.',
    labelNames: ['provider'] as const,
    buckets: SECONDS,
    registers: [registry],
  }),
  vendorBackoffs: new Counter({
    name: 'casegraph_vendor_backoffs_total',
    help: 'Back-offs a vendor asked for (429, or 503 with Retry-After) that this replica started obeying: heard from the vendor itself (source vendor) or from another replica through Redis (source fleet).',
    labelNames: ['provider', 'source'] as const,
    registers: [registry],
  }),
  callerLimited: new Counter({
    name: 'casegraph_caller_rate_limited_total',
    help: 'Requests refused with HTTP 429 (limit requests) and vendor calls refused unsent (limit vendor_calls) because the caller was over its own limit.',
    labelNames: ['limit'] as const,
    registers: [registry],
  }),
  rateLimitLocalDecisions: new Counter({
    name: 'casegraph_rate_limit_local_decisions_total',
    help: 'Rate-limit decisions made in this replica, at its share of each limit, because the configured Redis could not be asked.',
    registers: [registry],
  }),
  circuitOpened: new Counter({
    name: 'casegraph_vendor_circuit_opened_total',
    help: 'Times a vendor circuit breaker opened.',
    labelNames: ['provider', 'api'] as const,
    registers: [registry],
  }),
  idempotency: new Counter({
    name: 'casegraph_idempotency_total',
    help: 'Writes with an idempotency key, by what the key did: first (ran the write), replayed, conflict (still running), reused (another input), unknown (outcome held unknown), reconciled (a lost outcome found at the vendor).',
    labelNames: ['provider', 'operation', 'result'] as const,
    registers: [registry],
  }),
  tokenRefreshes: new Counter({
    name: 'casegraph_token_refreshes_total',
    help: 'OAuth token requests to a vendor token service, by outcome (success or the error type).',
    labelNames: ['provider', 'outcome'] as const,
    registers: [registry],
  }),
};

/** The state of every vendor circuit, read at scrape time: 0 closed, 1 half-open, 2 open. */
export const circuitState = new Gauge({
  name: 'casegraph_vendor_circuit_state',
  help: 'Vendor circuit breaker state: 0 closed (calls flow), 1 half-open (one probe), 2 open (failing fast).',
  labelNames: ['provider', 'api'] as const,
  registers: [registry],
  collect() {
    this.reset();
    for (const source of circuitSources) {
      const { provider, api, state } = source();
      this.set({ provider, api }, state === 'closed' ? 0 : state === 'half-open' ? 1 : 2);
    }
  },
});

/** Whether rate limits are counted in process memory, at each replica's share, because Redis failed: 1 while so. */
export const rateLimitDegraded = new Gauge({
  name: 'casegraph_rate_limit_degraded',
  help: 'Whether the configured Redis cannot be asked and rate limits apply per replica at CASEGRAPH_RATE_LIMIT_LOCAL_SHARE of each: 1 while so, else 0.',
  registers: [registry],
});

/** Seconds until each vendor back-off ends, read at scrape time. */
export const backoffRemaining = new Gauge({
  name: 'casegraph_vendor_backoff_seconds',
  help: 'Seconds until the back-off a vendor asked for ends (0 when none): no replica calls it meanwhile.',
  labelNames: ['provider'] as const,
  registers: [registry],
  collect() {
    this.reset();
    for (const source of backoffSources) {
      const { provider, until } = source();
      this.set({ provider }, Math.max(0, (until - Date.now()) / 1000));
    }
  },
});

type BackoffSource = () => { provider: string; until: number };
const backoffSources = new Set<BackoffSource>();

/** Reports a vendor's back-off at every scrape until the returned function is called. */
export function watchBackoff(source: BackoffSource): () => void {
  backoffSources.add(source);
  return () => backoffSources.delete(source);
}

export type CircuitStateName = 'closed' | 'half-open' | 'open';
type CircuitSource = () => { provider: string; api: string; state: CircuitStateName };
const circuitSources = new Set<CircuitSource>();

/** Reports a breaker's state at every scrape until the returned function is called. */
export function watchCircuit(source: CircuitSource): () => void {
  circuitSources.add(source);
  return () => circuitSources.delete(source);
}

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_NAMES = 200;
const seenOperationNames = new Set<string>();

/**
 * The operation-name label: clients choose names, so a hostile or careless client could mint a
 * time series per request. The first 200 well-formed names are kept; later ones and anonymous
 * operations are `other` and `anonymous`.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (seenOperationNames.has(name)) return name;
  if (!OPERATION_NAME.test(name) || seenOperationNames.size >= MAX_OPERATION_NAMES) return 'other';
  seenOperationNames.add(name);
  return name;
}
