// Sprinklr's wire formats, declared once. Vendor JSON enters casegraph only through these schemas.
// Sources: dev.sprinklr.com create-case, case-update, read-case-by-case-id, add-comment,
// comment-search-v1, case-associated-messages, read-messages-bulk, read-message-by-id,
// rest-api-error-and-status-codes, custom-field-search-v1; the help-center "Case creation API" article.
import { z } from 'zod';

/** Epoch milliseconds, as every Sprinklr timestamp is. */
const epochMs = z.number().int();

/** A custom-property value list. Documented as strings; numbers or booleans are read as their text. */
const propertyValues = z.array(z.union([z.string(), z.number(), z.boolean(), z.null()]));

// ---------------------------------------------------------------- requests

export const SprinklrExternalCaseWire = z.object({
  id: z.string().optional(),
  caseNumber: z.number().int().optional(),
  channelType: z.string().optional(),
  permalink: z.string().optional(),
  createdTime: epochMs.optional(),
  modifiedTime: epochMs.optional(),
});
export type SprinklrExternalCaseWire = z.infer<typeof SprinklrExternalCaseWire>;

/** `POST /api/v2/case`. `firstMessageId` and `workflow.customProperties` are required. */
export const SprinklrCreateCaseRequest = z.object({
  subject: z.string().optional(),
  description: z.string().optional(),
  firstMessageId: z.string(),
  priority: z.string().optional(),
  summary: z.string().optional(),
  caseType: z.string().optional(),
  dueDate: epochMs.optional(),
  externalCase: SprinklrExternalCaseWire.optional(),
  contact: z.object({ id: z.string(), name: z.string().optional() }).optional(),
  workflow: z.object({
    assignment: z.object({ assigneeId: z.number().int() }).optional(),
    customProperties: z.record(z.string(), z.array(z.string())),
    queues: z.array(z.string()).optional(),
  }),
});
export type SprinklrCreateCaseRequest = z.infer<typeof SprinklrCreateCaseRequest>;

export const SPRINKLR_UPDATE_ACTIONS = [
  'SET_DUE_DATE',
  'ASSIGN_TO_USER',
  'ADD_PROPERTIES',
  'SYNC_PROPERTIES',
  'SYNC_SELECTED_PROPERTIES',
  'REMOVE_PROPERTIES',
  'ADD_QUEUES',
  'SYNC_QUEUES',
  'REMOVE_QUEUES',
  'EDIT_SUBJECT',
  'EDIT_DESCRIPTION',
  'UPDATE_CHANNEL_DETAILS',
  'UPDATE_CHANNEL_CASE_ID',
  'SYNC_CHANNEL_CUSTOM_PROPERTIES',
  'UPDATE_INSTALLED_APP_DETAILS',
  'INCREMENT_PROPERTIES',
  'SET_EXTERNAL_CASES',
] as const;
export const SprinklrUpdateAction = z.enum(SPRINKLR_UPDATE_ACTIONS);
export type SprinklrUpdateAction = z.infer<typeof SprinklrUpdateAction>;

/** `PUT /api/v2/case`: the cases by `caseIds` (or `caseNumbers`) and one field per update action. */
export const SprinklrUpdateCaseRequest = z.object({
  caseIds: z.array(z.string()).optional(),
  caseNumbers: z.array(z.number().int()).optional(),
  updateActions: z.array(SprinklrUpdateAction),
  subject: z.string().optional(),
  description: z.string().optional(),
  dueDate: epochMs.optional(),
  assignedTo: z.number().int().optional(),
  addedQueues: z.array(z.string()).optional(),
  syncedSelectedCustomProperties: z.record(z.string(), z.array(z.string())).optional(),
});
export type SprinklrUpdateCaseRequest = z.infer<typeof SprinklrUpdateCaseRequest>;

/** `POST /api/v2/comment/CASE/{caseNumber}`. */
export const SprinklrCommentRequest = z.object({ text: z.string() });
export type SprinklrCommentRequest = z.infer<typeof SprinklrCommentRequest>;

/** `POST /api/v1/generic/comment/search/UNIVERSAL_CASE/{caseNumber}`. */
export const SprinklrCommentSearchRequest = z.object({
  assetClass: z.literal('UNIVERSAL_CASE'),
  assetId: z.string(),
  commentPaginationInfo: z.object({
    start: z.number().int(),
    rows: z.number().int(),
    sortKey: z.literal('commentCreationTime'),
    sortDirection: z.enum(['ASC', 'DESC']),
  }),
});
export type SprinklrCommentSearchRequest = z.infer<typeof SprinklrCommentSearchRequest>;

/** `POST /api/v2/message/bulk-fetch`: the body is a bare JSON array of message ids. */
export const SprinklrBulkFetchRequest = z.array(z.string().min(1)).min(1);
export type SprinklrBulkFetchRequest = z.infer<typeof SprinklrBulkFetchRequest>;

// ---------------------------------------------------------------- responses

export const SprinklrCaseWire = z.looseObject({
  id: z.string().min(1),
  caseNumber: z.number().int(),
  subject: z.string().nullish(),
  description: z.string().nullish(),
  version: z.number().int().nullish(),
  status: z.string().nullish(),
  priority: z.string().nullish(),
  caseType: z.string().nullish(),
  externalCase: z.looseObject({}).nullish(),
  workflow: z
    .looseObject({
      assignment: z
        .looseObject({
          // A string in responses although requests send an integer.
          assigneeId: z.union([z.string(), z.number()]).nullish(),
          assigneeType: z.string().nullish(),
          assignedById: z.number().nullish(),
          assignmentTime: epochMs.nullish(),
        })
        .nullish(),
      customProperties: z.record(z.string(), propertyValues).nullish(),
      queues: z.array(z.looseObject({ queueId: z.union([z.number(), z.string()]) })).nullish(),
    })
    .nullish(),
  contact: z
    .looseObject({
      id: z.string().nullish(),
      name: z.string().nullish(),
      channelType: z.string().nullish(),
      channelId: z.string().nullish(),
    })
    .nullish(),
  dueDate: epochMs.nullish(),
  summary: z.union([z.string(), z.number()]).nullish(),
  createdTime: epochMs.nullish(),
  modifiedTime: epochMs.nullish(),
  firstMessageId: z.string().nullish(),
  firstMessageAssociatedTime: epochMs.nullish(),
  deleted: z.boolean().nullish(),
});
export type SprinklrCaseWire = z.infer<typeof SprinklrCaseWire>;

/** An item of `errors[]`: application errors and the gateway's `{id, code: int, message}` alike. */
export const SprinklrErrorItem = z.looseObject({
  id: z.string().nullish(),
  code: z.union([z.string(), z.number()]).nullish(),
  message: z.string().nullish(),
  /** The request field the error is about (dotted, e.g. `workflow.customProperties.spr_uc_status`). */
  field: z.string().nullish(),
  details: z.looseObject({}).nullish(),
});
export type SprinklrErrorItem = z.infer<typeof SprinklrErrorItem>;

const errorsList = z.array(SprinklrErrorItem).nullish();

/** `{data, errors}`; the 429 body `{success:false, errors}` and the gateway's `{data:[], errors}` parse too. */
export const SprinklrErrorBody = z.looseObject({
  success: z.boolean().nullish(),
  data: z.unknown().optional(),
  errors: errorsList,
});
export type SprinklrErrorBody = z.infer<typeof SprinklrErrorBody>;

export const SprinklrCaseEnvelope = z.looseObject({ data: SprinklrCaseWire, errors: errorsList });
export const SprinklrCaseListEnvelope = z.looseObject({ data: z.array(SprinklrCaseWire), errors: errorsList });

export const SprinklrCommentWire = z.looseObject({
  id: z.string().min(1),
  text: z.string(),
  commentingUser: z.union([z.number(), z.string()]).nullish(),
  createdTime: epochMs.nullish(),
  modifiedTime: epochMs.nullish(),
  entityType: z.string().nullish(),
  entityId: z.string().nullish(),
});
export type SprinklrCommentWire = z.infer<typeof SprinklrCommentWire>;
export const SprinklrCommentEnvelope = z.looseObject({ data: SprinklrCommentWire, errors: errorsList });

/** One comment as the v1 comment search returns it (different names from the v2 comment object). */
export const SprinklrSearchedCommentWire = z.looseObject({
  id: z.string().min(1),
  comment: z.string(),
  commentingUser: z.union([z.number(), z.string()]).nullish(),
  commentedOnDate: epochMs.nullish(),
  commentUpdateDate: epochMs.nullish(),
  onAsset: z.string().nullish(),
  assetId: z.string().nullish(),
  deleted: z.boolean().nullish(),
});
export type SprinklrSearchedCommentWire = z.infer<typeof SprinklrSearchedCommentWire>;

export const SprinklrCommentSearchResponse = z.looseObject({
  data: z.array(SprinklrSearchedCommentWire).nullish(),
  hasMore: z.boolean().nullish(),
  totalComments: z.number().int().nullish(),
  lastProcessedCommentTime: epochMs.nullish(),
});
export type SprinklrCommentSearchResponse = z.infer<typeof SprinklrCommentSearchResponse>;

/**
 * `GET /api/v2/case/associated-messages?id={caseId}`: the ids of the messages associated with the case.
 * The documented example shows only `data`; the usual `errors` may come along.
 */
export const SprinklrAssociatedMessagesResponse = z.looseObject({
  data: z.array(z.string().min(1)),
  errors: errorsList,
});
export type SprinklrAssociatedMessagesResponse = z.infer<typeof SprinklrAssociatedMessagesResponse>;

/** A sender, receiver or mentioned profile on a message. `channelId` is a string in examples, "Integer" in one table. */
export const SprinklrMessageProfileWire = z.looseObject({
  name: z.string().nullish(),
  channelType: z.string().nullish(),
  channelId: z.union([z.string(), z.number()]).nullish(),
  username: z.string().nullish(),
  permalink: z.string().nullish(),
  avatarUrl: z.string().nullish(),
  profileImageUrl: z.string().nullish(),
});
export type SprinklrMessageProfileWire = z.infer<typeof SprinklrMessageProfileWire>;

/**
 * One message as "Read Messages (Bulk)" and "Read Message by ID" return it. Only `messageId` is
 * relied on to exist; everything else is read where present. `permalink` (the conversation's URI)
 * is documented on "Read Message by ID", which returns the same message object.
 */
export const SprinklrMessageWire = z.looseObject({
  messageId: z.string().min(1),
  sourceType: z.string().nullish(),
  sourceId: z.union([z.string(), z.number()]).nullish(),
  content: z
    .looseObject({
      title: z.string().nullish(),
      text: z.string().nullish(),
      attachment: z.looseObject({}).nullish(),
      isRichText: z.boolean().nullish(),
    })
    .nullish(),
  channelMessageId: z.union([z.string(), z.number()]).nullish(),
  channelType: z.string().nullish(),
  accountType: z.string().nullish(),
  channelCreatedTime: epochMs.nullish(),
  senderProfile: SprinklrMessageProfileWire.nullish(),
  receiverProfile: SprinklrMessageProfileWire.nullish(),
  permalink: z.string().nullish(),
  language: z.string().nullish(),
  // A string in "Read Messages (Bulk)", an integer in "Read Message by ID".
  postId: z.union([z.string(), z.number()]).nullish(),
  brandPost: z.boolean().nullish(),
  createdTime: epochMs.nullish(),
  modifiedTime: epochMs.nullish(),
  parentMessageId: z.string().nullish(),
  conversationId: z.union([z.string(), z.number()]).nullish(),
  autoImported: z.boolean().nullish(),
  autoResponse: z.boolean().nullish(),
});
export type SprinklrMessageWire = z.infer<typeof SprinklrMessageWire>;

/** `POST /api/v2/message/bulk-fetch` → `{data: [message], errors}`. */
export const SprinklrBulkFetchResponse = z.looseObject({
  data: z.array(SprinklrMessageWire).nullish(),
  errors: errorsList,
});
export type SprinklrBulkFetchResponse = z.infer<typeof SprinklrBulkFetchResponse>;

// ---------------------------------------------------------------- custom field definitions

/**
 * `POST /api/v1/customfield/search` [D: custom-field-search-v1]: every field optional; casegraph
 * asks for the enabled case fields, a page at a time.
 */
export const SprinklrCustomFieldSearchRequest = z.object({
  assetClassList: z.array(z.string()),
  isEnabled: z.boolean(),
  page: z.object({ page: z.number().int(), size: z.number().int() }),
});
export type SprinklrCustomFieldSearchRequest = z.infer<typeof SprinklrCustomFieldSearchRequest>;

/**
 * One custom field as the search returns it. `fieldName` is its key: a bare 24-hex id in the
 * documented example, `_c_<24 hex>` in case bodies. `options` are the picklist values.
 */
export const SprinklrCustomFieldWire = z.looseObject({
  id: z.string().nullish(),
  fieldName: z.string().min(1),
  name: z.string().nullish(),
  fieldType: z.string().nullish(),
  options: z.array(z.union([z.string(), z.number()])).nullish(),
  required: z.boolean().nullish(),
  enabled: z.boolean().nullish(),
  assetClassList: z.array(z.string()).nullish(),
});
export type SprinklrCustomFieldWire = z.infer<typeof SprinklrCustomFieldWire>;

/** The search's answer: `{totalFound, customFields}`, without the `{data, errors}` envelope. */
export const SprinklrCustomFieldSearchResponse = z.looseObject({
  totalFound: z.number().int().nullish(),
  customFields: z.array(SprinklrCustomFieldWire).nullish(),
});
export type SprinklrCustomFieldSearchResponse = z.infer<typeof SprinklrCustomFieldSearchResponse>;

// ---------------------------------------------------------------- case search

/**
 * One condition of a search filter [D: search-by-entity]: a filter type on a documented key with its
 * values (strings in the CASE example, numbers for times in the CAMPAIGN example).
 */
export const SprinklrSearchCondition = z.object({
  type: z.enum(['IN', 'NIN', 'EQUALS', 'NOT_EQUALS', 'GT', 'GTE', 'LT', 'LTE']),
  key: z.string().min(1),
  values: z.array(z.union([z.string(), z.number()])).min(1),
});
export type SprinklrSearchCondition = z.infer<typeof SprinklrSearchCondition>;

/** `OR` over conditions: a status list that names both known statuses and OTHER. */
export const SprinklrSearchAnyOf = z.object({
  type: z.literal('OR'),
  filters: z.array(SprinklrSearchCondition).min(1),
});
export type SprinklrSearchAnyOf = z.infer<typeof SprinklrSearchAnyOf>;

export const SprinklrSearchNode = z.union([SprinklrSearchCondition, SprinklrSearchAnyOf]);
export type SprinklrSearchNode = z.infer<typeof SprinklrSearchNode>;

export const SprinklrSearchSort = z.object({ key: z.string().min(1), order: z.enum(['ASC', 'DESC']) });
export type SprinklrSearchSort = z.infer<typeof SprinklrSearchSort>;

/**
 * `POST /api/v2/search/CASE` [D: search-by-entity, "Example 3: Entity Type - CASE"]: an `AND` of
 * conditions, the sorts, the page (`start` a 0-based record offset, `size` the page size: the project's
 * reading) and `includeCount` (documented for CASE only).
 */
export const SprinklrCaseSearchRequest = z.object({
  filter: z.object({ type: z.literal('AND'), filters: z.array(SprinklrSearchNode).min(1) }),
  sorts: z.array(SprinklrSearchSort),
  page: z.object({ start: z.number().int().nonnegative(), size: z.number().int().positive() }),
  includeCount: z.boolean(),
});
export type SprinklrCaseSearchRequest = z.infer<typeof SprinklrCaseSearchRequest>;

/**
 * The search's answer, for the POST and for the cursor's `GET /api/v2/search/CASE?id=…` alike:
 * `data.results` (cases as a case read returns them, without comments or messages), `data.cursor`
 * (`"id=<cursor id>"` in the examples; the cursor page says it may be the whole next-page URL) while
 * more results follow, and `data.count` (every match) when `includeCount` was set.
 */
export const SprinklrCaseSearchResponse = z.looseObject({
  data: z.looseObject({
    results: z.array(SprinklrCaseWire).nullish(),
    cursor: z.string().nullish(),
    count: z.number().int().nonnegative().nullish(),
  }),
  errors: errorsList,
});
export type SprinklrCaseSearchResponse = z.infer<typeof SprinklrCaseSearchResponse>;
