// PLACEHOLDER until the Talkdesk list request lands: Talkdesk cannot list cases yet.
import { listingSupportOf, unlistable } from '../shared/listing.js';

export const talkdeskListingRules = unlistable('Not implemented yet.');
export const talkdeskListing = listingSupportOf(talkdeskListingRules);
