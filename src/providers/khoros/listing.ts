// Finding Khoros cases. The Custom CRM spec has no case list: only findCases
// (`GET /customer/{id}/cases`, one customer's cases, unpaged, no parameters). So a list needs the
// requester's email, which finds the customer (searchCustomers on the customer object's searchable
// email field, or bestmatchCustomers), and casegraph filters, orders and pages that customer's cases.
import { badPosition } from '../../domain/listing.js';
import type { ProviderPosition } from '../../domain/listing.js';
import { listingSupportOf } from '../shared/listing.js';
import type { ListingRules } from '../shared/listing.js';
import type { KhorosCustomerQuery } from './mapping.js';
import { isKhorosCustomerId } from './validation.js';

const over = (what: string): string =>
  `casegraph filters the customer's cases (findCases \`GET /customer/{id}/cases\` takes no parameters) on ${what}`;

export const khorosListingRules: ListingRules<KhorosCustomerQuery> = {
  requiredFilters: ['requesterEmail'],
  filters: {
    status: { support: 'EMULATED', detail: over('`status` (`open`, `closed`)') },
    priority: { support: 'UNSUPPORTED', detail: 'Khoros cases have no priority: the Custom CRM case object has none.' },
    requesterEmail: {
      support: 'NATIVE',
      detail:
        'searchCustomers `POST /customers` on the searchable email field that `/meta/object/customer` declares ' +
        '(bestmatchCustomers `POST /customer/bestmatch` `{email}` where none is), then findCases ' +
        '`GET /customer/{id}/cases` for the first customer found (a warning when several match).',
      apply(request, filter) {
        if (filter.requesterEmail != null) request.email = filter.requesterEmail;
      },
    },
    assigneeId: {
      support: 'UNSUPPORTED',
      detail: 'Khoros cases have no assignee: the Custom CRM case object has none.',
    },
    createdAt: { support: 'EMULATED', detail: over('`created`') },
    updatedAt: { support: 'EMULATED', detail: over('`lastUpdated`') },
    text: { support: 'EMULATED', detail: over('`title` and `description`') },
    customFields: { support: 'EMULATED', detail: over('the custom case properties `/meta/object/case` declares') },
  },
  orders: {
    CREATED_AT: { support: 'EMULATED', detail: "casegraph orders the customer's cases by `created`." },
    UPDATED_AT: { support: 'EMULATED', detail: "casegraph orders the customer's cases by `lastUpdated`." },
  },
  // casegraph counts the customer's whole (unpaged) list.
  totalCount: true,
};

export const khorosListing = listingSupportOf(khorosListingRules);

/**
 * Where a Khoros list continues: the customer the first page found (so later pages skip the
 * search) and the offset into casegraph's filtered, ordered copy of that customer's cases.
 */
export interface KhorosPosition {
  offset: number;
  customerId: string;
}

export const toKhorosPosition = (at: KhorosPosition): ProviderPosition => ({
  offset: at.offset,
  customerId: at.customerId,
});

/**
 * The position a cursor carries back, checked: exactly `{offset, customerId}`, a non-negative
 * offset and a customer id casegraph would put in a URL path. Anything else was not written here.
 */
export function khorosPositionOf(position: ProviderPosition | null): KhorosPosition | null {
  if (position === null) return null;
  const { offset, customerId } = position;
  const keys = Object.keys(position);
  if (
    keys.length !== 2 ||
    typeof offset !== 'number' ||
    !Number.isSafeInteger(offset) ||
    offset < 0 ||
    typeof customerId !== 'string' ||
    !isKhorosCustomerId(customerId)
  ) {
    throw badPosition();
  }
  return { offset, customerId };
}
