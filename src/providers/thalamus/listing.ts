// PLACEHOLDER until the Thalamus list request lands: Thalamus cannot list cases yet.
import { listingSupportOf, unlistable } from '../shared/listing.js';

export const thalamusListingRules = unlistable('Not implemented yet.');
export const thalamusListing = listingSupportOf(thalamusListingRules);
