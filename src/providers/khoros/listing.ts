// PLACEHOLDER until the Khoros list request lands: Khoros cannot list cases yet.
import { listingSupportOf, unlistable } from '../shared/listing.js';

export const khorosListingRules = unlistable('Not implemented yet.');
export const khorosListing = listingSupportOf(khorosListingRules);
