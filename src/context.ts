import type { Logger } from 'pino';
import type { CaseProvider } from './domain/model.js';
import type { CaseDataSource } from './providers/types.js';
import type { ProviderInfoModel } from './providers/registry.js';

/** Per-request state handed to every resolver. */
export interface RequestContext {
  /** The datasource for a provider, created on first use and kept for the rest of the request. */
  dataSource(provider: CaseProvider): CaseDataSource;
  /** Every provider, as Query.providers reports it. */
  providers: readonly ProviderInfoModel[];
  logger: Logger;
}
