// The contract every vendor folder fulfils. Adding a vendor means a folder under src/providers/
// that exports a ProviderModule, one line in registry.ts and its CaseProvider value in the schema
// (docs/adding-a-vendor.md).
import type { Deadline } from '../http/deadline.js';
import type { VendorApi } from '../http/vendorApi.js';
import type { VendorQuota } from '../http/vendorQuota.js';
import type { VariableDoc } from './shared/env.js';
import type { ResilienceSettings } from '../http/resilience.js';
import type { HttpTimeouts } from '../http/client.js';
import type { SimulatorServer } from '../simulators/harness.js';
import type { CaseProvider, ProviderCapabilities } from '../domain/model.js';
import type { VendorDataSource } from './shared/dataSource.js';
import type { ListingSupport } from '../domain/listing.js';

// The per-request datasource contract lives with the base every datasource extends (the lower
// module), so this file and shared/dataSource.ts do not import each other.
export type { CaseDataSource, CommentsPage } from './shared/dataSource.js';

/** Settings shared by every provider's HTTP client. */
export interface SharedSettings {
  timeouts: HttpTimeouts;
  /** Retries, circuit breaker and bulkhead for every VendorApi the provider opens. */
  resilience?: Partial<ResilienceSettings>;
  /**
   * The vendor account's quota and back-off (<VENDOR>_RATE_LIMIT, shared through Redis), for the
   * VendorApi of its cases API; absent when neither a quota nor Redis is configured.
   */
  quota?: VendorQuota | undefined;
}

/**
 * Long-lived state for one vendor (its HTTP pool, cached token, cached field definitions),
 * created once per process. `dataSource()` is called once per GraphQL request.
 */
export interface ProviderConnection {
  /**
   * A VendorDataSource for one request, so the shared input checks cannot be skipped by a new
   * vendor; every vendor call it makes runs within the request's deadline and call budget.
   */
  dataSource(deadline?: Deadline): VendorDataSource;
  /** Every vendor origin this connection calls: readiness reports their circuit breakers. */
  readonly vendorApis: readonly VendorApi[];
  close(): Promise<void>;
}

/** The outcome of reading a vendor's configuration from the environment. */
export type ConfigResult<C> =
  | { kind: 'absent' }
  | { kind: 'incomplete'; missing: string[] }
  | { kind: 'invalid'; problems: string[] }
  | { kind: 'ok'; config: C };

/** A running embedded simulator, with the configuration that points a provider at it. */
export interface RunningSimulator<C> {
  /** Configuration that points this vendor's provider at the simulator. */
  config: C;
  /** The simulator's base URL, e.g. http://127.0.0.1:41234. */
  url: string;
  /** The underlying server: request log and fault injection, for tests. */
  server: SimulatorServer;
  close(): Promise<void>;
}

// Methods (not function-typed properties) so a ProviderModule<TalkdeskConfig> can sit in the
// registry as a ProviderModule<unknown>; the registry only ever feeds a module its own config.
export interface ProviderModule<C> {
  readonly provider: CaseProvider;
  readonly capabilities: ProviderCapabilities;
  /** What `Query.cases` can ask of this vendor: built from the table its list request is built from (listing.ts). */
  readonly listing: ListingSupport;
  /** The environment variables this vendor reads, for the configuration table and for error messages. */
  readonly envVars: readonly string[];
  /** envVars as the configuration table (docs/configuration.md) shows them: type, default, example, meaning. */
  readonly variables: readonly VariableDoc[];
  /** The ones that must be set to talk to the real vendor. */
  readonly requiredEnvVars: readonly string[];
  /** Config keys that hold credentials (`satisfies (keyof C)[]` at the module): the logger redacts them wherever a log line carries a config. */
  readonly secrets: readonly string[];
  /** Request headers (lower case) that carry credentials besides `authorization`, redacted likewise. */
  readonly secretHeaders?: readonly string[];
  readConfig(env: NodeJS.ProcessEnv): ConfigResult<C>;
  connect(config: C, shared: SharedSettings): ProviderConnection;
  startSimulator(options?: { port?: number }): Promise<RunningSimulator<C>>;
}
