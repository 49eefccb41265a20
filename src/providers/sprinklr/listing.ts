// PLACEHOLDER until the Sprinklr list request lands: Sprinklr cannot list cases yet.
import { listingSupportOf, unlistable } from '../shared/listing.js';

export const sprinklrListingRules = unlistable('Not implemented yet.');
export const sprinklrListing = listingSupportOf(sprinklrListingRules);
