// Case search, as dev.sprinklr.com documents it: "Search by Entity" (POST /api/v2/search/{entityType}
// with a filter tree, sorts, page {start, size} and includeCount) and "Search by Cursor"
// (GET /api/v2/search/{entityType}?id={cursor id}, valid for five minutes). Only the documented CASE
// keys, each with its documented filter types, are accepted; everything else is refused with the
// error envelope, never ignored. Where the docs are silent the simulator decides, and says so here:
// `page.start` is a 0-based record offset (the project's reading), `page.size` is at most
// SIM_SEARCH_MAX_PAGE_SIZE, comparison and (NOT_)EQUALS conditions take exactly one value, values
// match exactly (case-sensitively), a search without sorts comes in ascending id order, equal sort
// keys fall back to ascending id, and an unknown or expired cursor is a 400 INVALID_CURSOR.
import type { SimHandler, SimResponse } from '../../../simulators/harness.js';
import { isRecord } from '../../../simulators/json.js';
import { caseSearchRequest, searchCursorQuery, simErrors } from './schemas.js';
import type { CaseSearchRequest, SearchFilter, SearchFilterType } from './schemas.js';
import { badRequest, clone, hex } from './state.js';
import type { SimCase, SimCaseQuery, SimError, SimSearchCursor, SprinklrSimState } from './state.js';

type Route = (method: string, pattern: string, handler: SimHandler) => void;

/** The most results one page may ask for (the docs name no maximum: the simulator's own). */
export const SIM_SEARCH_MAX_PAGE_SIZE = 100;
/** "The cursor id is only valid for five minutes" [D: search-by-cursor]. */
export const SIM_SEARCH_CURSOR_TTL_MS = 5 * 60_000;

/** The entity types search-by-entity supports; the simulator searches cases only. */
const ENTITY_TYPES: ReadonlySet<string> = new Set([
  'MESSAGE',
  'CASE',
  'USER',
  'OUTBOUND_MESSAGE',
  'CAMPAIGN',
  'SUB_CAMPAIGN',
  'COMMENT',
  'SOCIAL_ASSET',
  'TASK',
  'AUDIENCE_ACTIVITY',
  'PROFILE',
  'CUSTOM_FIELD',
  'TRANSACTION',
]);

type Scalar = string | number | boolean;
type Kind = 'string' | 'number' | 'boolean';

interface KeyRule {
  kind: Kind;
  types: readonly SearchFilterType[];
  /** The case's values under the key (none when it has none). */
  read(c: SimCase): Scalar[];
}

const ALL = ['IN', 'NIN', 'EQUALS', 'NOT_EQUALS', 'LT', 'LTE', 'GT', 'GTE'] as const;
const SETS = ['IN', 'NIN', 'EQUALS', 'NOT_EQUALS'] as const;
const TIMES = ['LT', 'LTE', 'GT', 'GTE', 'EQUALS'] as const;
const present = <T>(v: T | undefined | null): T[] => (v === undefined || v === null ? [] : [v]);

/** "Supported CASE filters" [D: search-by-entity]: each key and the filter types it takes. */
const CASE_KEYS: Readonly<Record<string, KeyRule>> = {
  id: { kind: 'string', types: ALL, read: (c) => [c.id] },
  caseNumber: { kind: 'number', types: ALL, read: (c) => [c.caseNumber] },
  'externalCase.caseNumber': {
    kind: 'string',
    types: ALL,
    read: (c) => present(c.externalCase?.caseNumber).map(String),
  },
  modifiedTime: { kind: 'number', types: ALL, read: (c) => [c.modifiedTime] },
  'contact.channelId': { kind: 'string', types: SETS, read: (c) => present(c.contact.channelId) },
  createdTime: { kind: 'number', types: TIMES, read: (c) => [c.createdTime] },
  deleted: { kind: 'boolean', types: ['EQUALS', 'NOT_EQUALS'], read: (c) => [c.deleted] },
  'externalCase.channelType': {
    kind: 'string',
    types: SETS,
    read: (c) => present(c.externalCase?.channelType).map(String),
  },
  'workflow.queues.queueId': { kind: 'number', types: SETS, read: (c) => c.workflow.queues.map((q) => q.queueId) },
  // The simulated cases carry no profile AUM time: the key is accepted and no case has a value.
  latestProfileAUMSnCreatedTime: { kind: 'number', types: TIMES, read: () => [] },
};
const PROPERTY_PREFIX = 'workflow.customProperties.';

function keyRule(key: string): KeyRule | undefined {
  if (Object.hasOwn(CASE_KEYS, key)) return CASE_KEYS[key];
  if (key.startsWith(PROPERTY_PREFIX) && key.length > PROPERTY_PREFIX.length) {
    const property = key.slice(PROPERTY_PREFIX.length);
    return { kind: 'string', types: SETS, read: (c) => c.workflow.customProperties[property] ?? [] };
  }
  return undefined;
}

/** Keys a search may sort by: the scalar keys every case has. */
const SORT_KEYS: Readonly<Record<string, (c: SimCase) => string | number>> = {
  id: (c) => c.id,
  caseNumber: (c) => c.caseNumber,
  createdTime: (c) => c.createdTime,
  modifiedTime: (c) => c.modifiedTime,
};

const LOGICAL: ReadonlySet<SearchFilterType> = new Set(['AND', 'OR', 'NOT']);
const SINGLE: ReadonlySet<SearchFilterType> = new Set(['EQUALS', 'NOT_EQUALS', 'LT', 'LTE', 'GT', 'GTE']);

/** A condition's value in its key's kind, or undefined when it is not one. */
function valueOf(kind: Kind, v: Scalar): Scalar | undefined {
  switch (kind) {
    case 'string':
      return typeof v === 'string' ? v : undefined;
    case 'number':
      if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
      return typeof v === 'string' && /^-?\d{1,16}$/.test(v) ? Number(v) : undefined;
    case 'boolean':
      if (typeof v === 'boolean') return v;
      return v === 'true' ? true : v === 'false' ? false : undefined;
  }
}

const compareScalars = (a: Scalar, b: Scalar): number => (a < b ? -1 : a > b ? 1 : 0);

type Matcher = (c: SimCase) => boolean;

/** A filter node as a matcher, or the errors that make it no filter (each at its dotted field). */
function compile(node: SearchFilter, field: string, errors: SimError[]): Matcher {
  const fail = (message: string, at = field): Matcher => {
    errors.push({ code: 'INVALID_FILTER', message, field: at });
    return () => false;
  };
  if (LOGICAL.has(node.type)) {
    if (node.key !== undefined || node.values !== undefined) {
      return fail(`A ${node.type} filter takes nested filters, not a key and values.`);
    }
    if (!node.filters || node.filters.length === 0) return fail(`A ${node.type} filter needs nested filters.`);
    const parts = node.filters.map((f, i) => compile(f, `${field}.filters.${i}`, errors));
    if (node.type === 'AND') return (c) => parts.every((m) => m(c));
    if (node.type === 'OR') return (c) => parts.some((m) => m(c));
    return (c) => !parts.some((m) => m(c));
  }
  if (node.filters !== undefined) return fail(`A ${node.type} filter takes a key and values, not nested filters.`);
  if (node.key === undefined || node.key === '') return fail(`A ${node.type} filter needs a key.`, `${field}.key`);
  const rule = keyRule(node.key);
  if (!rule) return fail(`${JSON.stringify(node.key)} is not a CASE filter key.`, `${field}.key`);
  if (!rule.types.includes(node.type)) {
    return fail(`${node.key} takes ${rule.types.join(', ')}, not ${node.type}.`, `${field}.type`);
  }
  const raw = node.values ?? [];
  if (raw.length === 0) return fail(`A ${node.type} filter needs values.`, `${field}.values`);
  if (SINGLE.has(node.type) && raw.length !== 1) {
    return fail(`A ${node.type} filter takes exactly one value.`, `${field}.values`);
  }
  const values: Scalar[] = [];
  for (const [i, v] of raw.entries()) {
    const value = valueOf(rule.kind, v);
    if (value === undefined)
      return fail(`${node.key} values are ${rule.kind}s: ${JSON.stringify(v)} is not one.`, `${field}.values.${i}`);
    values.push(value);
  }
  const [one = ''] = values;
  const has = (c: SimCase, test: (v: Scalar) => boolean): boolean => rule.read(c).some(test);
  switch (node.type) {
    case 'IN':
      return (c) => has(c, (v) => values.includes(v));
    case 'NIN':
      return (c) => !has(c, (v) => values.includes(v));
    case 'EQUALS':
      return (c) => has(c, (v) => v === one);
    case 'NOT_EQUALS':
      return (c) => !has(c, (v) => v === one);
    case 'GT':
      return (c) => has(c, (v) => compareScalars(v, one) > 0);
    case 'GTE':
      return (c) => has(c, (v) => compareScalars(v, one) >= 0);
    case 'LT':
      return (c) => has(c, (v) => compareScalars(v, one) < 0);
    case 'LTE':
      return (c) => has(c, (v) => compareScalars(v, one) <= 0);
    // Never reached: no CASE key takes these, and the logical types were handled above.
    case 'AND':
    case 'OR':
    case 'NOT':
    case 'CONTAINS':
    case 'SEARCH':
    case 'EXISTS':
    case 'BETWEEN':
      return fail(`${node.type} is not a CASE filter type.`, `${field}.type`);
  }
}

/** A posted search, checked: the query, or the errors that refuse it. */
function caseQuery(body: CaseSearchRequest): { query: SimCaseQuery } | { errors: SimError[] } {
  const errors: SimError[] = [];
  const matches = compile(body.filter, 'filter', errors);
  const sorts = (body.sorts ?? []).map((s, i) => {
    const read = Object.hasOwn(SORT_KEYS, s.key) ? SORT_KEYS[s.key] : undefined;
    if (!read) {
      errors.push({
        code: 'INVALID_SORT',
        message: `CASE results sort by ${Object.keys(SORT_KEYS).join(', ')}, not ${JSON.stringify(s.key)}.`,
        field: `sorts.${i}.key`,
      });
    }
    return { read, sign: s.order === 'DESC' ? -1 : 1 };
  });
  if (body.page.size > SIM_SEARCH_MAX_PAGE_SIZE) {
    errors.push({
      code: 'INVALID_PAGE_SIZE',
      message: `page.size is at most ${SIM_SEARCH_MAX_PAGE_SIZE}; it was ${body.page.size}.`,
      field: 'page.size',
    });
  }
  if (errors.length > 0) return { errors };
  const compare = (a: SimCase, b: SimCase): number => {
    for (const { read, sign } of sorts) {
      if (!read) continue;
      const order = compareScalars(read(a), read(b));
      if (order !== 0) return sign * order;
    }
    return compareScalars(a.id, b.id);
  };
  return { query: { matches, compare } };
}

export interface SearchControls {
  /** Expires every cursor issued so far, as five minutes passing would. */
  expireSearchCursors(): void;
}

export function registerSearchRoutes(route: Route, state: SprinklrSimState): SearchControls {
  /** The page at `start` and, while more follow, a new cursor for the page after it. */
  function answer(
    entityType: string,
    query: SimCaseQuery,
    start: number,
    size: number,
    includeCount: boolean,
  ): SimResponse {
    const now = Date.now();
    for (const [id, issued] of state.searchCursors) if (issued.expiresAt <= now) state.searchCursors.delete(id);
    const all = [...state.cases.values()].filter((c) => query.matches(c)).sort((a, b) => query.compare(a, b));
    const results = all.slice(start, start + size).map(clone);
    let cursor: string | undefined;
    if (start + size < all.length) {
      cursor = hex(12);
      const next: SimSearchCursor = {
        entityType,
        query,
        start: start + size,
        size,
        includeCount,
        expiresAt: now + SIM_SEARCH_CURSOR_TTL_MS,
      };
      state.searchCursors.set(cursor, next);
    }
    return {
      status: 200,
      json: {
        data: {
          results,
          ...(cursor !== undefined ? { cursor: `id=${cursor}` } : {}),
          ...(includeCount ? { count: all.length } : {}),
        },
        errors: [],
      },
    };
  }

  /** An entity type the docs name but the simulator does not search, or one they do not name. */
  function entityTypeRefusal(entityType: string): SimResponse | undefined {
    if (entityType === 'CASE') return undefined;
    if (ENTITY_TYPES.has(entityType)) {
      return {
        status: 501,
        json: {
          data: null,
          errors: [{ code: 'NOT_SIMULATED', message: `The simulator searches CASE only, not ${entityType}.` }],
        },
      };
    }
    return badRequest([
      {
        code: 'INVALID_VALUE',
        message: `${JSON.stringify(entityType)} is not a search entity type.`,
        field: 'entityType',
      },
    ]);
  }

  route('POST', 'api/v2/search/:entityType', (req) => {
    const entityType = req.params.entityType ?? '';
    const refused = entityTypeRefusal(entityType);
    if (refused) return refused;
    if (!isRecord(req.json)) {
      return badRequest([{ code: 'INVALID_REQUEST', message: 'The request body must be a JSON object.' }]);
    }
    const parsed = caseSearchRequest.safeParse(req.json);
    if (!parsed.success) return badRequest(simErrors(parsed.error, req.json));
    const checked = caseQuery(parsed.data);
    if ('errors' in checked) return badRequest(checked.errors);
    const { page, includeCount } = parsed.data;
    return answer(entityType, checked.query, page.start ?? 0, page.size, includeCount === true);
  });

  route('GET', 'api/v2/search/:entityType', (req) => {
    const entityType = req.params.entityType ?? '';
    const refused = entityTypeRefusal(entityType);
    if (refused) return refused;
    const parsed = searchCursorQuery.safeParse(req.query);
    if (!parsed.success) return badRequest(simErrors(parsed.error, req.query));
    const cursor = state.searchCursors.get(parsed.data.id);
    if (!cursor || cursor.expiresAt <= Date.now() || cursor.entityType !== entityType) {
      if (cursor && cursor.expiresAt <= Date.now()) state.searchCursors.delete(parsed.data.id);
      return badRequest([
        {
          code: 'INVALID_CURSOR',
          message: 'The cursor id is not valid or has expired (a cursor lives five minutes): search again.',
          field: 'id',
        },
      ]);
    }
    return answer(entityType, cursor.query, cursor.start, cursor.size, cursor.includeCount);
  });

  return {
    expireSearchCursors() {
      for (const cursor of state.searchCursors.values()) cursor.expiresAt = 0;
    },
  };
}
