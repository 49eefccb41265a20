// The one shape every vendor's listing.ts takes: a rule per filter and per order, saying whether the
// vendor applies it (NATIVE, with the function that puts it on the vendor request), casegraph does
// (EMULATED) or neither can (UNSUPPORTED, with why). `ProviderInfo.listing` is derived from these
// same rules and the vendor's list request is built by running them, so the two cannot disagree.
import type {
  CaseFilterKey,
  CaseListFilter,
  CaseListOrder,
  CaseOrderField,
  ListingSupport,
  OrderDirection,
  SupportEntry,
} from '../../domain/listing.js';
import { filterKeysSet } from '../../domain/listing.js';

/** How one filter reaches the vendor request `R` (a query-string map, a search body, ...). */
export type FilterRule<R> =
  | {
      support: 'NATIVE';
      detail: string;
      apply(request: R, filter: CaseListFilter): void;
      /** Why this value cannot be sent although the filter can (one status per request), else undefined. */
      refuses?: (filter: CaseListFilter) => string | undefined;
    }
  | { support: 'EMULATED'; detail: string }
  | { support: 'UNSUPPORTED'; detail: string };

/** How one order reaches the vendor request `R`. */
export type OrderRule<R> =
  | { support: 'NATIVE'; detail: string; apply(request: R, direction: OrderDirection): void }
  | { support: 'EMULATED'; detail: string }
  | { support: 'UNSUPPORTED'; detail: string };

export interface ListingRules<R> {
  requiredFilters: readonly CaseFilterKey[];
  filters: Readonly<Record<CaseFilterKey, FilterRule<R>>>;
  orders: Readonly<Record<CaseOrderField, OrderRule<R>>>;
  totalCount: boolean;
}

const entry = (rule: FilterRule<unknown> | OrderRule<unknown>): SupportEntry => ({
  support: rule.support,
  detail: rule.detail,
  ...('refuses' in rule && rule.refuses ? { refuses: rule.refuses } : {}),
});

/** What `ProviderInfo.listing` serves: the rules without their request builders. */
export function listingSupportOf<R>(rules: ListingRules<R>): ListingSupport {
  const f = rules.filters;
  return {
    requiredFilters: rules.requiredFilters,
    filters: {
      status: entry(f.status),
      priority: entry(f.priority),
      requesterEmail: entry(f.requesterEmail),
      assigneeId: entry(f.assigneeId),
      createdAt: entry(f.createdAt),
      updatedAt: entry(f.updatedAt),
      text: entry(f.text),
      customFields: entry(f.customFields),
    },
    orders: { CREATED_AT: entry(rules.orders.CREATED_AT), UPDATED_AT: entry(rules.orders.UPDATED_AT) },
    totalCount: rules.totalCount,
  };
}

/**
 * Puts every set filter the vendor applies, and the order when it applies it, on `request`. The
 * resolver has already refused or left out providers for filters they do not support.
 */
export function applyNativeRules<R>(
  rules: ListingRules<R>,
  request: R,
  filter: CaseListFilter,
  order: CaseListOrder,
): R {
  for (const key of filterKeysSet(filter)) {
    const rule = rules.filters[key];
    if (rule.support === 'NATIVE') rule.apply(request, filter);
  }
  const orderRule = rules.orders[order.field];
  if (orderRule.support === 'NATIVE') orderRule.apply(request, order.direction);
  return request;
}

/** A listing for a vendor with no way to list cases: every filter and order unsupported, with why. */
export function unlistable(detail: string): ListingRules<never> {
  const rule = { support: 'UNSUPPORTED', detail } as const;
  return {
    requiredFilters: [],
    filters: {
      status: rule,
      priority: rule,
      requesterEmail: rule,
      assigneeId: rule,
      createdAt: rule,
      updatedAt: rule,
      text: rule,
      customFields: rule,
    },
    orders: { CREATED_AT: rule, UPDATED_AT: rule },
    totalCount: false,
  };
}
