// Finding cases, in vendor-neutral terms: the filter and order a caller asks for, what a provider can
// do with each (its vendor applies it, casegraph applies it over what the vendor returned, or it
// cannot be applied), and the pure functions that apply a filter and an order in casegraph. The
// merge across providers lives in src/resolvers/listing.ts; each vendor's list request in its folder.
import { validationError } from './errors.js';
import type { CaseModel, CasePriority, CaseProvider, CaseStatus, OperationWarningModel } from './model.js';
import type { CaseOrderField, ListSupport, OrderDirection } from '../generated/graphql.js';

export type { CaseOrderField, ListSupport, OrderDirection };

export interface DateRange {
  from?: Date | null | undefined;
  to?: Date | null | undefined;
}

export interface CustomFieldCondition {
  key: string;
  value: string;
}

/** `CaseFilter` without `providers` (which picks the providers, not the cases). */
export interface CaseListFilter {
  status?: readonly CaseStatus[] | null | undefined;
  priority?: readonly CasePriority[] | null | undefined;
  requesterEmail?: string | null | undefined;
  /** The agent's vendor id (the resolver decodes the global `Assignee.id`). */
  assigneeId?: string | null | undefined;
  createdAt?: DateRange | null | undefined;
  updatedAt?: DateRange | null | undefined;
  text?: string | null | undefined;
  customFields?: readonly CustomFieldCondition[] | null | undefined;
}

export type CaseFilterKey = keyof CaseListFilter;

/** Every filter, in the schema's order: what `ProviderInfo.listing.filters` lists. */
export const CASE_FILTER_KEYS = [
  'status',
  'priority',
  'requesterEmail',
  'assigneeId',
  'createdAt',
  'updatedAt',
  'text',
  'customFields',
] as const satisfies readonly CaseFilterKey[];

export const CASE_ORDER_FIELDS = ['CREATED_AT', 'UPDATED_AT'] as const satisfies readonly CaseOrderField[];

export interface CaseListOrder {
  field: CaseOrderField;
  direction: OrderDirection;
}

/** A customer of another subgraph, as casegraph knows it: by the email its `@key` names. */
export interface CustomerModel {
  email: string;
}

export const DEFAULT_CASE_ORDER: CaseListOrder = { field: 'UPDATED_AT', direction: 'DESC' };

/** How one filter or order is applied for one provider, and in whose terms. */
export interface SupportEntry {
  support: ListSupport;
  /** How (the vendor's parameter) or why not: served as `detail`, and the reason in warnings and errors. */
  detail: string;
  /**
   * Why this particular value cannot be applied although the filter can (Talkdesk's `status` takes
   * one status per request), or undefined when it can: the provider is then refused or left out for
   * this request as for an unsupported filter.
   */
  refuses?: ((filter: CaseListFilter) => string | undefined) | undefined;
}

/**
 * What a provider can do with `Query.cases`. Each vendor's listing.ts builds it from the same table
 * its list request is built from, so what `ProviderInfo.listing` says is what the request does.
 */
export interface ListingSupport {
  /** Filters the provider cannot list without (Khoros lists one customer's cases: `requesterEmail`). */
  requiredFilters: readonly CaseFilterKey[];
  filters: Readonly<Record<CaseFilterKey, SupportEntry>>;
  orders: Readonly<Record<CaseOrderField, SupportEntry>>;
  /** The vendor reports how many cases match (Talkdesk `total`, Sprinklr `includeCount`), or casegraph counts them all. */
  totalCount: boolean;
}

/**
 * A provider's place in a list, as it stores it in the connection's cursor: plain JSON, read back
 * only by the same provider (which must check its shape: a cursor comes from the client).
 */
export type ProviderPosition = Readonly<Record<string, string | number | boolean | null>>;

/** One provider's part of one page, as the merge asks for it. */
export interface ProviderListRequest {
  /** Only the filters that are set and that this provider applies (NATIVE or EMULATED). */
  filter: CaseListFilter;
  order: CaseListOrder;
  /** The most cases the page can take from this provider: return this many when the vendor has them. */
  first: number;
  /** Where to continue; null from the start of the list. */
  position: ProviderPosition | null;
  /** The most vendor cases casegraph looks through where it filters or orders itself. */
  scanLimit: number;
}

/** One provider's answer: its next cases in the requested order. */
export interface ProviderListPage {
  /** The provider's next cases, in order, from the requested position; up to `first`. */
  cases: CaseModel[];
  /**
   * Where the list continues after the first `taken` of `cases` (0 ≤ taken ≤ cases.length), or
   * null when nothing is left after them. The merge takes a prefix and stores this in the cursor.
   */
  positionAfter(taken: number): ProviderPosition | null;
  /** How many cases match in all (the vendor's count, or casegraph's over the whole list); null when unknown. */
  totalCount: number | null;
  /** What the provider could not do fully, e.g. a scan cut short at the scan limit. */
  warnings: OperationWarningModel[];
}

// ---- applying filters and orders in casegraph ---------------------------------------------------

const lower = (s: string | null | undefined): string => (s ?? '').toLowerCase();

const inRange = (at: Date | null | undefined, range: DateRange | null | undefined): boolean => {
  if (!range) return true;
  if (!at) return false;
  const t = at.getTime();
  return (!range.from || t >= range.from.getTime()) && (!range.to || t <= range.to.getTime());
};

function customFieldHolds(c: CaseModel, condition: CustomFieldCondition): boolean {
  const field = c.customFields.find((f) => f.key === condition.key);
  if (!field || field.value === null) return false;
  if (Array.isArray(field.value)) return field.value.includes(condition.value);
  return String(field.value).toLowerCase() === condition.value.toLowerCase();
}

/** Whether a case passes one filter, as casegraph applies it (EMULATED) and the simulators mirror. */
export function matchesFilter(c: CaseModel, key: CaseFilterKey, filter: CaseListFilter): boolean {
  switch (key) {
    case 'status':
      return !filter.status || (c.status != null && filter.status.includes(c.status));
    case 'priority':
      return !filter.priority || (c.priority != null && filter.priority.includes(c.priority));
    case 'requesterEmail':
      return filter.requesterEmail == null || lower(c.requester?.email) === lower(filter.requesterEmail);
    case 'assigneeId':
      return filter.assigneeId == null || c.assignee?.id === filter.assigneeId;
    case 'createdAt':
      return inRange(c.createdAt, filter.createdAt);
    case 'updatedAt':
      return inRange(c.updatedAt, filter.updatedAt);
    case 'text': {
      if (filter.text == null) return true;
      const text = lower(filter.text);
      return lower(c.title).includes(text) || lower(c.description).includes(text);
    }
    case 'customFields':
      return (filter.customFields ?? []).every((condition) => customFieldHolds(c, condition));
  }
}

/** The filter keys that are set (a list filter with no values sets nothing). */
export function filterKeysSet(filter: CaseListFilter): CaseFilterKey[] {
  return CASE_FILTER_KEYS.filter((key) => {
    const value = filter[key];
    if (value === null || value === undefined) return false;
    if (Array.isArray(value)) return value.length > 0;
    if (key === 'createdAt' || key === 'updatedAt') {
      const range = filter[key];
      return Boolean(range?.from || range?.to);
    }
    return true;
  });
}

/** The instant a case sorts by, or null when it has none (it then sorts after every dated case). */
export const orderKeyOf = (c: CaseModel, field: CaseOrderField): number | null => {
  const at = field === 'CREATED_AT' ? c.createdAt : c.updatedAt;
  return at ? at.getTime() : null;
};

/**
 * The order within one provider's list where casegraph orders it (EMULATED): by the field, cases
 * without it last, ties by vendor id (numerically when both are numbers) so every walk is the same.
 */
export function compareCases(a: CaseModel, b: CaseModel, order: CaseListOrder): number {
  const byKey = compareKeys(orderKeyOf(a, order.field), orderKeyOf(b, order.field), order.direction);
  if (byKey !== 0) return byKey;
  const na = Number(a.id);
  const nb = Number(b.id);
  if (Number.isSafeInteger(na) && Number.isSafeInteger(nb)) return na - nb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Two order keys in `direction`, a missing key after every present one whichever the direction. */
export function compareKeys(a: number | null, b: number | null, direction: OrderDirection): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return direction === 'ASC' ? a - b : b - a;
}

/**
 * Filters, orders and pages a whole list that a vendor returned unpaged (Thalamus's case list, a
 * Khoros customer's cases): the page a provider answers when casegraph does the vendor's work.
 * At most `scanLimit` vendor cases are looked at, and the warning says so when there were more.
 */
export function emulatedPage(
  provider: CaseProvider,
  vendorName: string,
  all: readonly CaseModel[],
  request: ProviderListRequest,
): ProviderListPage {
  const scanned = all.slice(0, request.scanLimit);
  const warnings: OperationWarningModel[] = [];
  if (all.length > scanned.length) {
    warnings.push({
      path: ['cases'],
      code: 'LIST_TRUNCATED',
      message:
        `${vendorName} returned ${all.length} cases; casegraph filtered and ordered only the first ${scanned.length} ` +
        `(CASEGRAPH_LIST_SCAN_LIMIT), so ${provider} cases beyond them are missing from this list.`,
    });
  }
  const keys = filterKeysSet(request.filter);
  const matching = scanned
    .filter((c) => keys.every((key) => matchesFilter(c, key, request.filter)))
    .sort((a, b) => compareCases(a, b, request.order));
  const offset = offsetOf(request.position);
  const cases = matching.slice(offset, offset + request.first);
  return {
    cases,
    positionAfter: (taken) => (offset + taken < matching.length ? { offset: offset + taken } : null),
    totalCount: all.length > scanned.length ? null : matching.length,
    warnings,
  };
}

/**
 * The `{offset}` position of providers that page by counting (emulated lists, Talkdesk's pages): 0
 * from the start. A position that is not one came from a tampered cursor: a ValidationError at `after`.
 */
export function offsetOf(position: ProviderPosition | null): number {
  if (position === null) return 0;
  const offset = position.offset;
  if (typeof offset === 'number' && Number.isSafeInteger(offset) && offset >= 0) return offset;
  throw badPosition();
}

/** The error for a provider position that the provider did not write. */
export const badPosition = () =>
  validationError(
    [{ path: ['after'], message: 'This cursor was not issued by casegraph for this list.' }],
    'The `after` cursor is not valid for this list: pass `pageInfo.endCursor` as it was returned, with the same filter and order.',
  );
