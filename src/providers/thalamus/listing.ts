// How Thalamus finds cases: `GET /api/v4/cases` answers every case of the touchpoint's operator or
// party at once, unpaged and unfiltered [D: get-cases], so casegraph filters, counts and pages that
// whole list itself (`emulatedPage`). A Thalamus case carries an id, its category and type codes, a
// status and resolution name, comments and caseData, and nothing else: no priority, no people and no
// times, so filters and orders on those cannot be applied and are said to be unavailable.
import { listingSupportOf } from '../shared/listing.js';
import type { ListingRules } from '../shared/listing.js';

/**
 * The list request takes no parameter at all (get-cases documents none but the credentials), so no
 * rule is NATIVE and there is no request for a rule to put anything on.
 */
export type ThalamusListRequest = never;

export const thalamusListingRules: ListingRules<ThalamusListRequest> = {
  requiredFilters: [],
  filters: {
    status: {
      support: 'EMULATED',
      detail:
        'casegraph keeps the cases of GET /api/v4/cases whose `status` name reads as a requested status ' +
        '(THALAMUS_STATUS_NAMES, then the built-in names: Created, Open, In Progress, Pending, On Hold, Resolved, Closed)',
    },
    priority: { support: 'UNSUPPORTED', detail: 'Thalamus cases have no priority' },
    requesterEmail: {
      support: 'UNSUPPORTED',
      detail:
        'Thalamus cases name no requester: GET /api/v4/cases answers only the cases of the touchpoint’s own operator or party',
    },
    assigneeId: { support: 'UNSUPPORTED', detail: 'Thalamus cases name no assignee' },
    createdAt: { support: 'UNSUPPORTED', detail: 'Thalamus cases carry no creation time' },
    updatedAt: { support: 'UNSUPPORTED', detail: 'Thalamus cases carry no update time' },
    text: {
      support: 'EMULATED',
      detail:
        'casegraph matches the title, which is the case’s `typeCode` (Thalamus cases have no title or description), ' +
        'case-insensitively, over GET /api/v4/cases',
    },
    customFields: {
      support: 'EMULATED',
      detail:
        'casegraph matches `caseData` values, read with their THALAMUS_CASE_DATA_FIELDS types, over GET /api/v4/cases',
    },
  },
  // The merge puts cases without the order's time after every case that has one, with a warning.
  orders: {
    CREATED_AT: {
      support: 'UNSUPPORTED',
      detail: 'Thalamus cases carry no creation time; casegraph lists them in id order',
    },
    UPDATED_AT: {
      support: 'UNSUPPORTED',
      detail: 'Thalamus cases carry no update time; casegraph lists them in id order',
    },
  },
  // casegraph counts the whole list; null when the scan limit cut it short.
  totalCount: true,
};

export const thalamusListing = listingSupportOf(thalamusListingRules);
