import type { Logger } from 'pino';
import type { CaseProvider } from './domain/model.js';
import type { Idempotency } from './idempotency/idempotency.js';
import type { CaseDataSource } from './providers/types.js';
import type { ProviderInfoModel } from './providers/registry.js';

/** Per-request state handed to every resolver. */
export interface RequestContext {
  /** The request's id, from the caller's `x-request-id` or generated; echoed in the response. */
  requestId: string;
  /** The datasource for a provider, created on first use and kept for the rest of the request. */
  dataSource(provider: CaseProvider): CaseDataSource;
  /** Every provider, as Query.providers reports it. */
  providers: readonly ProviderInfoModel[];
  /** A logger that stamps every line with the request id. */
  logger: Logger;
  /** Holds mutations' idempotency keys, shared by every request (and, with Redis, every instance). */
  idempotency: Idempotency;
}
