import type { Logger } from 'pino';
import type { Access, Caller } from './auth/caller.js';
import type { CaseProvider } from './domain/model.js';
import type { Idempotency } from './idempotency/idempotency.js';
import type { CaseDataSource } from './providers/types.js';
import type { ProviderInfoModel } from './providers/registry.js';

/** Per-request state handed to every resolver. */
export interface RequestContext {
  /** The request's id, from the caller's `x-request-id` or generated; echoed in the response. */
  requestId: string;
  /** Who is calling (authenticated before GraphQL ran), or the anonymous caller when auth is off. */
  caller: Caller;
  /**
   * The datasource for a provider, created on first use and kept for the rest of the request. Every
   * vendor call starts here, so this is where access is checked: a caller without the scope gets a
   * ForbiddenError and no vendor call.
   */
  dataSource(provider: CaseProvider, access: Access): CaseDataSource;
  /** Every provider, as Query.providers reports it. */
  providers: readonly ProviderInfoModel[];
  /** A logger that stamps every line with the request id and the caller. */
  logger: Logger;
  /** Holds mutations' idempotency keys, shared by every request (and, with Redis, every instance). */
  idempotency: Idempotency;
}
