// The requests the simulated Sprinklr accepts, written from dev.sprinklr.com (create-case,
// case-update, add-comment, comment-search-v1, case-associated-messages, read-messages-bulk) and
// kept apart from casegraph's own wire.ts, so the simulator judges casegraph's requests
// independently. What a schema cannot know (which messages, users, queues and properties the
// instance has) is checked by the routes.
import { z } from 'zod';
import type { SimError } from './state.js';

/** Every Sprinklr time is epoch milliseconds. */
const epochMs = z.number().int().nonnegative();

/** Queue ids: `List[String]` on dev.sprinklr.com, `List[Long]` in the help article. */
const queueId = z.union([z.string().regex(/^\d+$/), z.number().int()]);

/** `customProperties`: property name to list of values. */
const propertyMap = z.record(z.string(), z.array(z.string()));

/** `externalCase` on create, `externalCases` on update. */
const externalCase = z.strictObject({
  id: z.string().optional(),
  caseNumber: z.union([z.number().int(), z.string()]).optional(),
  channelType: z.string().optional(),
  permalink: z.string().optional(),
  createdTime: epochMs.optional(),
  modifiedTime: epochMs.optional(),
});

/** POST /api/v2/case [D: create-case]: `firstMessageId` and `workflow.customProperties` are required. */
export const createCaseRequest = z.strictObject({
  subject: z.string().optional(),
  description: z.string().optional(),
  firstMessageId: z.string().min(1),
  priority: z.string().optional(),
  caseType: z.string().optional(),
  summary: z.string().optional(),
  dueDate: epochMs.optional(),
  externalCase: externalCase.optional(),
  contact: z.strictObject({ id: z.string().min(1), name: z.string().optional() }).optional(),
  queues: z.array(queueId).optional(),
  workflow: z.strictObject({
    assignment: z
      .strictObject({
        assigneeId: z.number().int(),
        assigneeType: z.string().optional(),
        assignedById: z.number().int().optional(),
        assignmentTime: epochMs.optional(),
      })
      .optional(),
    customProperties: propertyMap,
    queues: z.array(queueId).optional(),
  }),
});
export type CreateCaseRequest = z.infer<typeof createCaseRequest>;

/** Each update action and the field(s) that must come with it [D: case-update, "Update Actions"]. */
export const ACTION_FIELDS = {
  SET_DUE_DATE: ['dueDate'],
  ASSIGN_TO_USER: ['assignedTo'],
  ADD_PROPERTIES: ['addedCustomProperties'],
  SYNC_PROPERTIES: ['syncedCustomProperties'],
  SYNC_SELECTED_PROPERTIES: ['syncedSelectedCustomProperties'],
  REMOVE_PROPERTIES: ['removedCustomProperties'],
  ADD_QUEUES: ['addedQueues'],
  SYNC_QUEUES: ['syncedQueues'],
  REMOVE_QUEUES: ['removedQueues'],
  EDIT_SUBJECT: ['subject'],
  EDIT_DESCRIPTION: ['description'],
  UPDATE_CHANNEL_DETAILS: ['externalCases'],
  UPDATE_CHANNEL_CASE_ID: ['externalCases'],
  SET_EXTERNAL_CASES: ['externalCases'],
  SYNC_CHANNEL_CUSTOM_PROPERTIES: ['syncedChannelCustomProperties'],
  UPDATE_INSTALLED_APP_DETAILS: ['installedAppUserId', 'installedAppId', 'installedAppOrgId'],
  INCREMENT_PROPERTIES: ['incrementCustomProperties'],
} as const;
export type UpdateAction = keyof typeof ACTION_FIELDS;
type ActionField = (typeof ACTION_FIELDS)[UpdateAction][number];

export const isUpdateAction = (name: string): name is UpdateAction => Object.hasOwn(ACTION_FIELDS, name);
const ACTION_FIELD_NAMES: ReadonlySet<string> = new Set(Object.values(ACTION_FIELDS).flat());

const updateCaseShape = z.strictObject({
  caseIds: z.array(z.string().min(1)).min(1).optional(),
  caseNumbers: z
    .array(z.union([z.number().int(), z.string().regex(/^\d+$/)]))
    .min(1)
    .optional(),
  updateActions: z.array(z.string()),
  subject: z.string().optional(),
  description: z.string().optional(),
  dueDate: epochMs.optional(),
  assignedTo: z.number().int().optional(),
  addedCustomProperties: propertyMap.optional(),
  syncedCustomProperties: propertyMap.optional(),
  syncedSelectedCustomProperties: propertyMap.optional(),
  removedCustomProperties: propertyMap.optional(),
  incrementCustomProperties: z.record(z.string(), z.union([z.number(), z.string().regex(/^-?\d+$/)])).optional(),
  addedQueues: z.array(queueId).optional(),
  syncedQueues: z.array(queueId).optional(),
  removedQueues: z.array(queueId).optional(),
  externalCases: externalCase.optional(),
  syncedChannelCustomProperties: z.record(z.string(), z.unknown()).optional(),
  installedAppUserId: z.string().optional(),
  installedAppId: z.string().optional(),
  installedAppOrgId: z.string().optional(),
});

/**
 * PUT /api/v2/case [D: case-update]: the cases by `caseIds` or `caseNumbers`, distinct documented
 * `updateActions`, each with its field, and no action field without its action.
 */
export const updateCaseRequest = updateCaseShape.superRefine((body, ctx) => {
  if (body.caseIds === undefined && body.caseNumbers === undefined) {
    ctx.addIssue({ code: 'custom', path: ['caseIds'], message: 'caseIds or caseNumbers is required.' });
  }
  const actions = body.updateActions;
  if (actions.length === 0 || !actions.every(isUpdateAction) || new Set(actions).size !== actions.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['updateActions'],
      message: 'updateActions must be a list of distinct update actions.',
    });
    return;
  }
  const present = (field: ActionField): boolean => body[field] !== undefined;
  for (const action of actions.filter(isUpdateAction)) {
    for (const field of ACTION_FIELDS[action]) {
      if (!present(field)) ctx.addIssue({ code: 'custom', path: [field], message: `${action} requires ${field}.` });
    }
  }
  const used = new Set<string>(actions.filter(isUpdateAction).flatMap((a) => ACTION_FIELDS[a]));
  for (const field of Object.keys(body).filter((k) => ACTION_FIELD_NAMES.has(k) && !used.has(k))) {
    ctx.addIssue({
      code: 'custom',
      path: [field],
      message: `${field} was sent without the update action that uses it.`,
      params: { code: 'INVALID_REQUEST' },
    });
  }
});
export type UpdateCaseRequest = z.infer<typeof updateCaseRequest>;

/** POST /api/v2/comment/CASE/{caseNumber} [D: add-comment]. */
export const addCommentRequest = z.strictObject({ text: z.string().regex(/\S/) });

/** The asset classes comment-search-v1 names. */
export const COMMENT_ASSET_CLASSES = ['UNIVERSAL_CASE', 'MESSAGE_WORKFLOW', 'PROFILE_WORKFLOW', 'MEDIA_ASSET'] as const;

/** POST /api/v1/generic/comment/search/{assetClass}/{assetId} [D: comment-search-v1]. */
export const commentSearchRequest = z.strictObject({
  assetClass: z.enum(COMMENT_ASSET_CLASSES).optional(),
  assetId: z.string().optional(),
  commentPaginationInfo: z
    .strictObject({
      sinceDate: epochMs.optional(),
      untilDate: epochMs.optional(),
      start: epochMs.optional(),
      rows: z.number().int().min(1).max(100).optional(),
      sortKey: z.literal('commentCreationTime').optional(),
      sortDirection: z.enum(['ASC', 'DESC']).optional(),
    })
    .optional(),
});

/** GET /api/v2/case/associated-messages?id={caseId}[&cursor={epoch ms}] [D3: case-associated-messages]. */
export const associatedMessagesQuery = z.strictObject({
  id: z.string().min(1),
  cursor: z
    .string()
    .regex(/^\d{1,15}$/)
    .optional(),
});

/** POST /api/v2/message/bulk-fetch [D: read-messages-bulk]: a bare JSON array of message ids. */
export const bulkFetchRequest = z.array(z.string().regex(/\S/)).min(1);

const isBlank = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = body;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = Object.entries(current).find(([k]) => k === String(key))?.[1];
  }
  return current;
}

/**
 * A failed parse as Sprinklr-style error items: an unknown field is `UNKNOWN_FIELD`, a missing or
 * blank one `MISSING_FIELD`, anything else malformed `INVALID_VALUE`, each with its dotted field
 * (under `root` when the body is a bare list). Unknown fields come first, as a strict reader meets them.
 */
export function simErrors(error: z.ZodError, body: unknown, root?: string): SimError[] {
  const fieldOf = (path: readonly PropertyKey[]): string => [root, ...path.map(String)].filter((p) => p).join('.');
  const unknown: SimError[] = [];
  const others: SimError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const field = fieldOf([...issue.path, key]);
        unknown.push({ code: 'UNKNOWN_FIELD', message: `Unrecognized field "${field}".`, field });
      }
      continue;
    }
    const field = fieldOf(issue.path);
    if (field === '') {
      others.push({ code: 'INVALID_REQUEST', message: `The request body is malformed: ${issue.message}` });
      continue;
    }
    const custom: unknown = issue.code === 'custom' ? issue.params?.code : undefined;
    const code =
      typeof custom === 'string' ? custom : isBlank(valueAt(body, issue.path)) ? 'MISSING_FIELD' : 'INVALID_VALUE';
    const message =
      issue.code === 'custom'
        ? issue.message
        : code === 'MISSING_FIELD'
          ? `${field} is required.`
          : `${field}: ${issue.message}`;
    others.push({ code, message, field });
  }
  return [...unknown, ...others];
}

/**
 * `POST /api/v1/customfield/search` (custom-field-search-v1): every field optional, an empty body
 * returns every field; nothing else is accepted.
 */
export const customFieldSearchRequest = z.strictObject({
  clientIds: z.array(z.string()).optional(),
  assetClassList: z.array(z.string()).optional(),
  fieldNames: z.array(z.string()).optional(),
  fieldTypes: z.array(z.string()).optional(),
  keyword: z.string().optional(),
  sort: z.unknown().optional(),
  page: z.strictObject({ page: z.number().int().min(0), size: z.number().int().min(1).max(1000) }).optional(),
  isGlobal: z.boolean().optional(),
  isEnabled: z.boolean().optional(),
});

// ---------------------------------------------------------------- case search

/** The filter types search-by-entity lists (SEARCH and EXISTS appear in other entities' key tables). */
export const SEARCH_FILTER_TYPES = [
  'AND',
  'OR',
  'NOT',
  'IN',
  'GT',
  'GTE',
  'LT',
  'LTE',
  'NIN',
  'EQUALS',
  'NOT_EQUALS',
  'CONTAINS',
  'SEARCH',
  'EXISTS',
  'BETWEEN',
] as const;
export type SearchFilterType = (typeof SEARCH_FILTER_TYPES)[number];

/** A value in a condition: strings in the CASE example, numbers for times in the CAMPAIGN example. */
const searchValue = z.union([z.string(), z.number(), z.boolean()]);

export interface SearchFilter {
  type: SearchFilterType;
  key?: string | undefined;
  values?: (string | number | boolean)[] | undefined;
  filters?: SearchFilter[] | undefined;
}

/** A filter node: `type` with `key` and `values` (a condition) or with nested `filters` (AND, OR, NOT). */
export const searchFilter: z.ZodType<SearchFilter> = z.lazy(() =>
  z.strictObject({
    type: z.enum(SEARCH_FILTER_TYPES),
    key: z.string().optional(),
    values: z.array(searchValue).optional(),
    filters: z.array(searchFilter).optional(),
  }),
);

/**
 * POST /api/v2/search/{entityType} [D: search-by-entity]: `filter` and `page.size` required, `sorts`
 * documented as required but absent from the CASE example (so optional here), `page.start` the
 * 0-based offset, `includeCount` documented for CASE. `timeFilter` is documented for MESSAGE only.
 */
export const caseSearchRequest = z.strictObject({
  filter: searchFilter,
  sorts: z.array(z.strictObject({ key: z.string().min(1), order: z.enum(['ASC', 'DESC']).optional() })).optional(),
  page: z.strictObject({ start: z.number().int().nonnegative().optional(), size: z.number().int().positive() }),
  includeCount: z.boolean().optional(),
});
export type CaseSearchRequest = z.infer<typeof caseSearchRequest>;

/** GET /api/v2/search/{entityType}?id={cursor id} [D: search-by-cursor]. */
export const searchCursorQuery = z.strictObject({ id: z.string().min(1) });
