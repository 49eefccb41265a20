// The one list of vendors. A new vendor is a folder under src/providers/ plus one line here (and its
// CaseProvider value in the schema: docs/adding-a-vendor.md).
import type { CaseProvider, ProviderCapabilities } from '../domain/model.js';
import type { ProviderModule } from './types.js';
import type { ListingSupport } from '../domain/listing.js';
import { khoros } from './khoros/index.js';
import { sprinklr } from './sprinklr/index.js';
import { talkdesk } from './talkdesk/index.js';
import { thalamus } from './thalamus/index.js';

export const PROVIDER_MODULES: readonly ProviderModule<unknown>[] = [khoros, sprinklr, thalamus, talkdesk];

/** What Query.providers serves for one provider. */
export interface ProviderInfoModel extends ProviderCapabilities {
  provider: CaseProvider;
  simulated: boolean;
  listing: ListingSupport;
}
