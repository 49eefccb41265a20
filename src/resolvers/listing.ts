// `Query.cases` and `Customer.cases`: one Relay connection over every provider a filter involves.
// Each page asks every provider that still has cases for its next `first` (one vendor list call
// each), merges their answers in the requested order (a k-way merge), and keeps in the cursor where
// each provider's list continues, so a walk over unchanging data yields every case once, in order.
import { createHash } from 'node:crypto';
import { may } from '../auth/caller.js';
import type { RequestContext } from '../context.js';
import { CaseError, isErrorResult, toErrorResult, validationError } from '../domain/errors.js';
import type { ErrorResult, FieldErrorModel } from '../domain/errors.js';
import { fromGlobalId } from '../domain/globalId.js';
import { isRecord } from '../domain/json.js';
import { CASE_FILTER_KEYS, DEFAULT_CASE_ORDER, compareKeys, filterKeysSet, orderKeyOf } from '../domain/listing.js';
import type {
  CaseFilterKey,
  CaseListFilter,
  CaseListOrder,
  ProviderListPage,
  ProviderPosition,
} from '../domain/listing.js';
import type { CaseModel, CaseProvider, OperationWarningModel } from '../domain/model.js';
import type { CaseFilter, CaseOrder } from '../generated/graphql.js';
import type { ProviderInfoModel } from '../providers/registry.js';
import { settle } from './settle.js';

/** `first` takes at most this many: each page costs a vendor list call per provider. */
export const MAX_PAGE_SIZE = 100;

export interface CasesArgs {
  filter?: CaseFilter | null | undefined;
  orderBy?: CaseOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}

export interface CaseEdgeModel {
  cursor: string;
  node: CaseModel;
}

export interface CaseConnectionModel {
  edges: CaseEdgeModel[];
  nodes: CaseModel[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number | null;
  warnings: OperationWarningModel[];
}

/** Where one provider's list stands: not started (null), at a position, or exhausted. */
type Standing = ProviderPosition | null | 'done';

interface CursorState {
  /** Fingerprint of the providers, filter and order the cursor belongs to. */
  list: string;
  /** Each provider's standing. */
  at: Partial<Record<CaseProvider, Standing>>;
  /** Each provider's total, once it reported one (a provider whose list ended is not asked again). */
  totals: Partial<Record<CaseProvider, number | null>>;
}

/** One provider's part of a page: what it answered, or the warning for its failure. */
type Part =
  | { provider: CaseProvider; info: ProviderInfoModel; page: ProviderListPage }
  | { provider: CaseProvider; info: ProviderInfoModel; failed: ErrorResult };

/** The list a request asks for, once checked: every provider it involves and what each is sent. */
interface Plan {
  providers: { provider: CaseProvider; info: ProviderInfoModel; filter: CaseListFilter }[];
  order: CaseListOrder;
  first: number;
  warnings: OperationWarningModel[];
  fingerprint: string;
}

/** What a list refused before any vendor call can be (the CasesResult union's errors). */
const LIST_ERRORS = ['ValidationError', 'ForbiddenError'] as const;

/** A vendor detail inside a sentence of ours: without its closing full stop. */
const sentence = (detail: string): string => detail.replace(/\.\s*$/, '');

const fail = (fields: FieldErrorModel[], message?: string) => validationError(fields, message);

/** A list refused before any vendor call for a reason no provider is behind. */
export const refusedList = (fields: FieldErrorModel[]): ErrorResult => ({
  ...toErrorResult(fail(fields), 'KHOROS', LIST_ERRORS),
  provider: null,
});

/**
 * A page of cases, or the typed error that stopped it before any vendor call (a bad argument, a
 * named provider that cannot honour the filter, a caller without read access), or the error of
 * every provider when all of them failed.
 */
export async function casesConnection(
  ctx: RequestContext,
  args: CasesArgs,
): Promise<CaseConnectionModel | ErrorResult> {
  let plan: Plan;
  let state: CursorState;
  try {
    plan = planList(ctx, args);
    state = args.after == null ? { list: plan.fingerprint, at: {}, totals: {} } : decodeCursor(args.after, plan);
  } catch (err) {
    if (!(err instanceof CaseError)) throw err;
    // Refused before any vendor call: no vendor is involved unless the filter named exactly one.
    const named = args.filter?.providers ?? [];
    return {
      ...toErrorResult(err, named[0] ?? 'KHOROS', LIST_ERRORS),
      provider: named.length === 1 ? (named[0] ?? null) : null,
    };
  }

  const active = plan.providers.filter(({ provider }) => state.at[provider] !== 'done');
  const parts: Part[] = await Promise.all(
    active.map(async ({ provider, info, filter }): Promise<Part> => {
      const standing = state.at[provider];
      const position = standing === undefined || standing === 'done' ? null : standing;
      const result = await settle(ctx, 'cases', provider, undefined, () =>
        ctx.dataSource(provider, 'read').listCases({
          filter,
          order: plan.order,
          first: plan.first,
          position,
          scanLimit: ctx.listScanLimit,
        }),
      );
      return isErrorResult(result) ? { provider, info, failed: result } : { provider, info, page: result };
    }),
  );

  const answered = parts.filter((p): p is Extract<Part, { page: ProviderListPage }> => 'page' in p);
  const failed = parts.filter((p): p is Extract<Part, { failed: ErrorResult }> => 'failed' in p);
  const [firstFailure] = failed;
  // Nothing answered at all: the failure is the answer, as it would be for a single read.
  if (firstFailure && answered.length === 0) return firstFailure.failed;

  const warnings = [...plan.warnings];
  for (const { info, failed: error } of failed) {
    warnings.push({
      path: ['cases'],
      code: error.code,
      message:
        `${info.name} failed (${error.__typename}) and its cases are missing from this page: ${error.message} ` +
        'The next page asks it again from where it stood.',
    });
  }
  for (const { page } of answered) warnings.push(...page.warnings);

  const taken = merge(answered, plan);
  const totals = { ...state.totals };
  for (const { provider, page } of answered) totals[provider] = page.totalCount;

  const standingAfter = (counts: ReadonlyMap<CaseProvider, number>): CursorState => {
    const at = { ...state.at };
    for (const { provider, page } of answered) {
      const next = page.positionAfter(counts.get(provider) ?? 0);
      at[provider] = next === null ? 'done' : next;
    }
    return { list: plan.fingerprint, at, totals };
  };

  const counts = new Map<CaseProvider, number>();
  const edges = taken.map(({ provider, node }) => {
    counts.set(provider, (counts.get(provider) ?? 0) + 1);
    return { cursor: encodeCursor(standingAfter(counts)), node };
  });
  const final = standingAfter(counts);
  const hasNextPage = plan.providers.some(({ provider }) => final.at[provider] !== 'done');
  const everyTotal = plan.providers.map(({ provider }) => totals[provider]);
  const totalCount =
    failed.length === 0 && everyTotal.every((t): t is number => typeof t === 'number')
      ? everyTotal.reduce((sum, t) => sum + t, 0)
      : null;

  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage,
      hasPreviousPage: args.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
    warnings,
  };
}

/**
 * The k-way merge: repeatedly the provider whose next case comes first in the order (ties: the
 * registry's provider order), until `first` are taken. A provider that answered cases and still has
 * more at the vendor stops the merge when its answered cases run out: its next case is unknown
 * without a second call, and taking another provider's case instead could put it out of order.
 */
function merge(
  answered: readonly { provider: CaseProvider; page: ProviderListPage }[],
  plan: Plan,
): { provider: CaseProvider; node: CaseModel }[] {
  const heads = answered.map(({ provider, page }) => ({ provider, page, next: 0 }));
  const out: { provider: CaseProvider; node: CaseModel }[] = [];
  while (out.length < plan.first) {
    let best: (typeof heads)[number] | undefined;
    let bestCase: CaseModel | undefined;
    let blocked = false;
    for (const head of heads) {
      const candidate = head.page.cases[head.next];
      if (candidate === undefined) {
        if (head.page.cases.length > 0 && head.page.positionAfter(head.next) !== null) blocked = true;
        continue;
      }
      if (
        bestCase === undefined ||
        compareKeys(
          orderKeyOf(candidate, plan.order.field),
          orderKeyOf(bestCase, plan.order.field),
          plan.order.direction,
        ) < 0
      ) {
        best = head;
        bestCase = candidate;
      }
    }
    if (blocked || !best || !bestCase) break;
    out.push({ provider: best.provider, node: bestCase });
    best.next += 1;
  }
  return out;
}

// ---- the request, checked ---------------------------------------------------------------------

function planList(ctx: RequestContext, args: CasesArgs): Plan {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw fail([{ path: ['first'], message: `first must be from 1 to ${MAX_PAGE_SIZE}; it was ${first}.` }]);
  }
  const order: CaseListOrder = args.orderBy ?? DEFAULT_CASE_ORDER;
  const input = args.filter ?? {};
  const { filter, assigneeProvider } = listFilterOf(ctx, input);
  const keys = filterKeysSet(filter);

  const named = input.providers && input.providers.length > 0 ? [...new Set(input.providers)] : undefined;
  const problems: FieldErrorModel[] = [];
  const warnings: OperationWarningModel[] = [];
  const providers: Plan['providers'] = [];
  // The registry's order, so the tie-break between providers is the same on every page.
  for (const info of ctx.providers) {
    const { provider, listing, name } = info;
    const explicit = named?.includes(provider) ?? false;
    if (named && !explicit) continue;
    if (!named && !may(ctx.caller, 'read', provider)) continue;
    // An assignee belongs to one provider: the others have no case it could be assigned.
    if (assigneeProvider && assigneeProvider !== provider) continue;
    const missing = listing.requiredFilters.filter((key) => !keys.includes(key));
    const refused = keys.flatMap((key) => {
      const rule = listing.filters[key];
      const why = rule.support === 'UNSUPPORTED' ? rule.detail : rule.refuses?.(filter);
      return why === undefined ? [] : [{ key, why }];
    });
    if (missing.length === 0 && refused.length === 0) {
      providers.push({ provider, info, filter: onlyKeys(filter, keys) });
      const orderRule = listing.orders[order.field];
      if (orderRule.support === 'UNSUPPORTED') {
        warnings.push({
          path: ['orderBy', 'field'],
          code: 'VALIDATION_FAILED',
          message: `${name} cannot order by ${order.field} (${sentence(orderRule.detail)}): its cases come after every case that has one.`,
        });
      }
      continue;
    }
    const reasons = [
      ...missing.map((key) => ({
        key,
        why: `${name} lists cases only with filter.${key}: ${sentence(listing.filters[key].detail)}`,
      })),
      ...refused.map(({ key, why }) => ({ key, why: `${name} cannot filter by ${key}: ${sentence(why)}` })),
    ];
    if (explicit) {
      problems.push(...reasons.map(({ key, why }) => ({ path: ['filter', key], message: why })));
    } else {
      for (const { key, why } of reasons) {
        warnings.push({
          path: ['filter', key],
          code: 'VALIDATION_FAILED',
          message: `${why}. ${name} was left out of this list; name it in filter.providers to be told as an error.`,
        });
      }
    }
  }
  if (named) {
    for (const provider of named) {
      if (!ctx.providers.some((p) => p.provider === provider)) {
        problems.push({
          path: ['filter', 'providers'],
          message: `${provider} is not enabled on this casegraph instance.`,
        });
      } else if (!may(ctx.caller, 'read', provider)) {
        throw new CaseError(
          'ForbiddenError',
          `This caller may not read ${provider} cases (it needs the cases:read scope).`,
        );
      }
    }
  }
  if (problems.length > 0) throw fail(problems);

  const fingerprint = createHash('sha256')
    .update(JSON.stringify({ p: providers.map((p) => p.provider), f: canonical(filter), o: order }))
    .digest('base64url')
    .slice(0, 16);
  return { providers, order, first, warnings, fingerprint };
}

/** The GraphQL filter in the domain's terms; the assignee's global id decoded to its vendor id. */
function listFilterOf(
  ctx: RequestContext,
  input: CaseFilter,
): { filter: CaseListFilter; assigneeProvider: CaseProvider | undefined } {
  let assigneeId: string | undefined;
  let assigneeProvider: CaseProvider | undefined;
  if (input.assigneeId != null) {
    const parsed = fromGlobalId(
      input.assigneeId,
      ctx.providers.map((p) => p.provider),
    );
    const [vendorId] = parsed?.keys ?? [];
    if (parsed?.type !== 'Assignee' || vendorId === undefined) {
      throw fail([
        {
          path: ['filter', 'assigneeId'],
          message: `${JSON.stringify(input.assigneeId)} is not an assignee id: pass \`Assignee.id\` as casegraph served it.`,
        },
      ]);
    }
    assigneeId = vendorId;
    assigneeProvider = parsed.provider;
  }
  for (const [key, range] of [
    ['createdAt', input.createdAt],
    ['updatedAt', input.updatedAt],
  ] as const) {
    if (range?.from && range.to && range.from.getTime() > range.to.getTime()) {
      throw fail([{ path: ['filter', key], message: `${key}.from is after ${key}.to: no case can match.` }]);
    }
  }
  if (input.text != null && input.text.trim() === '') {
    throw fail([{ path: ['filter', 'text'], message: 'text must not be blank.' }]);
  }
  if (input.requesterEmail != null && input.requesterEmail.trim() === '') {
    throw fail([{ path: ['filter', 'requesterEmail'], message: 'requesterEmail must not be blank.' }]);
  }
  return {
    filter: {
      status: input.status,
      priority: input.priority,
      requesterEmail: input.requesterEmail?.trim(),
      assigneeId,
      createdAt: input.createdAt,
      updatedAt: input.updatedAt,
      text: input.text?.trim(),
      customFields: input.customFields,
    },
    assigneeProvider,
  };
}

/** The filter with only `keys` set: a provider is sent exactly the filters that are set. */
function onlyKeys(filter: CaseListFilter, keys: readonly CaseFilterKey[]): CaseListFilter {
  const out: CaseListFilter = {};
  for (const key of keys) copyKey(out, filter, key);
  return out;
}

function copyKey<K extends CaseFilterKey>(to: CaseListFilter, from: CaseListFilter, key: K): void {
  to[key] = from[key];
}

/** The filter as stable JSON (ranges as ISO strings, lists sorted) for the cursor's fingerprint. */
function canonical(filter: CaseListFilter): unknown {
  const range = (r: CaseListFilter['createdAt']) =>
    r ? [r.from?.toISOString() ?? null, r.to?.toISOString() ?? null] : null;
  return CASE_FILTER_KEYS.map((key) => {
    if (key === 'createdAt' || key === 'updatedAt') return range(filter[key]);
    const value: unknown = filter[key];
    if (Array.isArray(value)) return value.map((v: unknown) => JSON.stringify(v)).sort();
    return value ?? null;
  });
}

// ---- cursors ----------------------------------------------------------------------------------

const CURSOR_VERSION = 1;

function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify({ v: CURSOR_VERSION, ...state }), 'utf8').toString('base64url');
}

const badCursor = (why: string) =>
  fail(
    [{ path: ['after'], message: why }],
    `The \`after\` cursor is not valid for this list: ${why} Pass \`pageInfo.endCursor\` as it was returned, with the same filter and order.`,
  );

function decodeCursor(cursor: string, plan: Plan): CursorState {
  let parsed: unknown;
  try {
    parsed = /^[A-Za-z0-9_-]{1,8192}$/.test(cursor)
      ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
      : undefined;
  } catch {
    parsed = undefined;
  }
  if (!isRecord(parsed) || parsed.v !== CURSOR_VERSION || !isRecord(parsed.at) || !isRecord(parsed.totals)) {
    throw badCursor('it is not a casegraph cursor.');
  }
  if (parsed.list !== plan.fingerprint)
    throw badCursor('it belongs to a list with another filter, order or providers.');
  const at: CursorState['at'] = {};
  const totals: CursorState['totals'] = {};
  for (const { provider } of plan.providers) {
    const standing = parsed.at[provider];
    if (standing === 'done' || standing === null || standing === undefined) at[provider] = standing ?? null;
    else if (isPosition(standing)) at[provider] = standing;
    else throw badCursor('it is not a casegraph cursor.');
    const total = parsed.totals[provider];
    if (typeof total === 'number' || total === null) totals[provider] = total;
  }
  return { list: plan.fingerprint, at, totals };
}

function isPosition(value: unknown): value is ProviderPosition {
  return (
    isRecord(value) &&
    Object.values(value).every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))
  );
}
