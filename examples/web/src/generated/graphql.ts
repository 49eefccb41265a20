/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The author of a social message. */
export type AuthorInput = {
  /** True when the author is one of the brand's own accounts. */
  brandOwned: boolean;
  /** The author's handle on that service. */
  handle: string;
  /** The author's display name. */
  name: string;
  /** The author's social service, e.g. `facebook`. */
  service: string;
  /** The author's id on that service. */
  serviceId: string;
};

/** Which cases `Query.cases` returns. Unset fields do not filter. */
export type CaseFilter = {
  /** Cases assigned to this agent: an `Assignee.id` as casegraph served it. */
  assigneeId?: string | number | null | undefined;
  /** Cases created within this range. */
  createdAt?: DateTimeRange | null | undefined;
  /** Cases whose custom field `key` holds `value` (for a list field: contains it). All pairs must hold. */
  customFields?: Array<CustomFieldFilter> | null | undefined;
  /** Cases with any of these priorities. */
  priority?: Array<CasePriority> | null | undefined;
  /** Only these providers. By default every provider this instance has configured and the caller may read; a provider named here that cannot honour a filter is a `ValidationError`, a provider included by default is left out with a warning instead. */
  providers?: Array<CaseProvider> | null | undefined;
  /** Cases raised by this requester (compared case-insensitively). */
  requesterEmail?: string | null | undefined;
  /** Cases in any of these statuses. */
  status?: Array<CaseStatus> | null | undefined;
  /** Cases whose title or description contains this text (case-insensitive). */
  text?: string | null | undefined;
  /** Cases last changed within this range. */
  updatedAt?: DateTimeRange | null | undefined;
};

/** The order of a case list. */
export type CaseOrder = {
  /** Ascending or descending. */
  direction: OrderDirection;
  /** What to order by. */
  field: CaseOrderField;
};

/** What a case list can be ordered by. */
export type CaseOrderField =
  /** `Case.createdAt`. */
  | 'CREATED_AT'
  /** `Case.updatedAt`. */
  | 'UPDATED_AT';

/** How urgently a case must be handled, normalised across vendors (Talkdesk `LOW`..`URGENT`, Sprinklr `low`..`critical`). */
export type CasePriority =
  /** High urgency. */
  | 'HIGH'
  /** Low urgency. */
  | 'LOW'
  /** Normal urgency. */
  | 'NORMAL'
  /** Must be handled first. */
  | 'URGENT';

/** The four vendor case systems casegraph talks to. */
export type CaseProvider =
  /** Any CRM implementing the Khoros Custom CRM API spec (`POST /case`, `PATCH /case/{id}`, `GET /case/{id}`). */
  | 'KHOROS'
  /** Sprinklr Case API v2 (`/api/v2/case`). */
  | 'SPRINKLR'
  /** Talkdesk Cases API (`/cm/core/va/cases`). */
  | 'TALKDESK'
  /** Thalamus REST JSON v4 user-assistance cases (`/api/v4/cases`). */
  | 'THALAMUS';

/**
 * A case status normalised across vendors. The vendor's own status string is always kept in `Case.vendorStatus`.
 * Khoros knows only `open`/`closed`; Talkdesk, Sprinklr and Thalamus statuses are mapped by name, and anything unrecognised becomes `OTHER`.
 */
export type CaseStatus =
  /** Closed. */
  | 'CLOSED'
  /** Created and not yet worked on. */
  | 'NEW'
  /** Parked by the agent. */
  | 'ON_HOLD'
  /** Being worked on. */
  | 'OPEN'
  /** A vendor status with no unified equivalent; see `Case.vendorStatus`. */
  | 'OTHER'
  /** Waiting on the requester or a third party. */
  | 'PENDING'
  /** Solved, not yet closed. */
  | 'RESOLVED';

/** A comment to add to a case. */
export type CommentInput = {
  /** The comment text (Sprinklr `text`, Thalamus `description`). */
  body: string;
};

/**
 * A new case. Fill the common fields; `Query.providers` lists, per provider, which input paths are required and which are unsupported.
 * An unsupported field is rejected with a `ValidationError` rather than silently dropped.
 * Every string is at most 10,000 characters (less where `ProviderInfo.maxLengths` says so) and has no control characters other than tab, line feed and carriage return.
 */
export type CreateCaseInput = {
  /** The agent to assign the case to: an `Assignee.id` as casegraph served it (`Case.assignee.id`), or the vendor's agent id (`Assignee.vendorId`) for an agent casegraph has not served. Talkdesk `owner_id`, Sprinklr `workflow.assignment.assigneeId`. */
  assigneeId?: string | number | null | undefined;
  /** Comments to add (Sprinklr case comments, Thalamus `comments`). At most 20 per request. */
  comments?: Array<CommentInput> | null | undefined;
  /** Custom-field values, checked against the vendor's field definitions (`Query.customFieldDefinitions`). At most 50 per request. */
  customFields?: Array<CustomFieldInput> | null | undefined;
  /** The long-form description. Talkdesk/Sprinklr `description`. Required by Talkdesk. */
  description?: string | null | undefined;
  /** A key of your choosing (a UUID v4 is best, at most 255 characters) that makes retrying this create safe. Retried with the same key and the same input, casegraph answers what the first attempt answered, and never calls the vendor a second time: a finished attempt's result is replayed, an attempt still running answers `ConflictError` with `retryAfterSeconds`, and an attempt whose outcome was lost answers `OutcomeUnknownError`. The same key with a different input is a `ValidationError` at `idempotencyKey`. Keys are scoped to the provider and expire after `CASEGRAPH_IDEMPOTENCY_TTL_SECONDS` (24 hours by default). */
  idempotencyKey?: string | null | undefined;
  /** Social messages to attach (Khoros `interactions`). At most 20 per request. */
  interactions?: Array<InteractionInput> | null | undefined;
  /** What only Khoros has. */
  khoros?: KhorosCaseInput | null | undefined;
  /** Notes to add (Talkdesk `notes`). At most 20 per request. */
  notes?: Array<NoteInput> | null | undefined;
  /** The priority. Talkdesk `priority`, Sprinklr `priority` plus the `spr_uc_priority` custom property. */
  priority?: CasePriority | null | undefined;
  /** The vendor system to create the case in. */
  provider: CaseProvider;
  /** Who raised the case. Khoros `customerId` (from `id`), Talkdesk `requester_name`/`requester_email`, Sprinklr `contact`. */
  requester?: RequesterInput | null | undefined;
  /** What only Sprinklr has. */
  sprinklr?: SprinklrCreateInput | null | undefined;
  /** The initial status. Sprinklr `spr_uc_status`, Thalamus `status` (by name). */
  status?: CaseStatus | null | undefined;
  /** What only Talkdesk has. */
  talkdesk?: TalkdeskCaseInput | null | undefined;
  /** What only Thalamus has. */
  thalamus?: ThalamusCaseInput | null | undefined;
  /** The case subject. Khoros/Talkdesk `title`, Sprinklr `subject`. Required by Khoros and Talkdesk. */
  title?: string | null | undefined;
};

/** One custom-field condition of a `CaseFilter`. */
export type CustomFieldFilter = {
  /** The field's key, as in `CustomFieldValue.key`. */
  key: string;
  /** The value it must hold, as text (`true`, `42`, `2024-05-01`, an option's value). */
  value: string;
};

/** A custom-field value to set. */
export type CustomFieldInput = {
  /** The field key, as listed by `Query.customFieldDefinitions`. */
  key: string;
  /** The value: a string, number, boolean, ISO date, or list of at most 100 strings, matching the field's type. Whole numbers beyond 2^53 are refused, since JSON cannot carry them exactly. */
  value: unknown;
};

/** The type of a custom field, normalised across vendors. */
export type CustomFieldType =
  /** True or false. */
  | 'BOOLEAN'
  /** A calendar date or date-time. */
  | 'DATE'
  /** A decimal number. */
  | 'DECIMAL'
  /** A path through a tree of dependent options (Talkdesk `dependent_field`). */
  | 'DEPENDENT'
  /** Several values from a fixed list. */
  | 'MULTI_SELECT'
  /** A whole number. */
  | 'NUMBER'
  /** One value from a fixed list. */
  | 'SINGLE_SELECT'
  /** A list of strings (Sprinklr custom properties). */
  | 'STRING_LIST'
  /** Single-line text. */
  | 'TEXT'
  /** Multi-line text. */
  | 'TEXTAREA';

/** A range of instants; either end may be left open. Both ends are inclusive. */
export type DateTimeRange = {
  /** From this instant on. */
  from?: string | null | undefined;
  /** Up to this instant. */
  to?: string | null | undefined;
};

/** Machine-readable error codes, one per error type. */
export type ErrorCode =
  /** The vendor rejected casegraph's credentials. */
  | 'AUTHENTICATION_FAILED'
  /** The case changed concurrently or the request conflicts with its state. */
  | 'CONFLICT'
  /** The caller is authenticated but may not do this (a missing scope, or a provider it may not use). */
  | 'FORBIDDEN'
  /** Only in `OperationWarning`: a list is incomplete because casegraph stopped looking (a scan limit was reached). */
  | 'LIST_TRUNCATED'
  /** No case with that id exists (or this account may not see it). */
  | 'NOT_FOUND'
  /** A write may or may not have happened at the vendor: its answer was lost. */
  | 'OUTCOME_UNKNOWN'
  /** The vendor timed out, failed or could not be reached. */
  | 'PROVIDER_UNAVAILABLE'
  /** The vendor is rate limiting; retry after `retryAfterSeconds`. */
  | 'RATE_LIMITED'
  /** The input is missing something the vendor requires, or has a value it rejects. */
  | 'VALIDATION_FAILED';

/** How far a provider supports a part of the case model. */
export type FeatureSupport =
  /** Read back on cases, but cannot be written through casegraph. */
  | 'READ_ONLY'
  /** Read and written. */
  | 'READ_WRITE'
  /** The vendor has no such thing; the list is always empty and input is rejected. */
  | 'UNSUPPORTED';

/** A social message to attach to a case (Khoros interaction: every field is required there). */
export type InteractionInput = {
  /** Who wrote the message. */
  author: AuthorInput;
  /** The text of the message. */
  body: string;
  /** The kind of content, e.g. `post`, `comment`. Defaults to `post`, as in the Khoros spec. */
  contentType?: string | null | undefined;
  /** When the message was created on its origin service. */
  createdAt: string;
  /** A direct link to the message on its origin service. */
  linkUrl: string;
  /** The service the message came from. Defaults to `facebook`, as in the Khoros spec. */
  service?: string | null | undefined;
  /** The id of the message on its origin service. */
  serviceId: string;
};

/** Khoros-only inputs. */
export type KhorosCaseInput = {
  /** The Khoros agent email sent as `x-sf-email`/`x-sf-user-email`; defaults to the configured `KHOROS_AGENT_EMAIL`. */
  agentEmail?: string | null | undefined;
};

/** A note to add to a case. */
export type NoteInput = {
  /** The note text. */
  body: string;
  /** True to show the note to the requester (Talkdesk `public`). Defaults to false. */
  public?: boolean | null | undefined;
  /** The note title (Talkdesk `note_title`). */
  title?: string | null | undefined;
};

/** Which way an order runs. */
export type OrderDirection =
  /** Oldest first. */
  | 'ASC'
  /** Newest first. */
  | 'DESC';

/** Who raised a case. */
export type RequesterInput = {
  /** The requester's email (Talkdesk `requester_email`). */
  email?: string | null | undefined;
  /** The requester: a `Case.requester.id` as casegraph served it, or the vendor's id for the requester (`Author.vendorId`) for one casegraph has not served (Khoros `customerId`, Sprinklr `contact.id`). */
  id?: string | number | null | undefined;
  /** The requester's name (Talkdesk `requester_name`, Sprinklr `contact.name`). */
  name?: string | null | undefined;
};

/** Sprinklr-only inputs for a new case. */
export type SprinklrCreateInput = {
  /** The case type, e.g. `Incident` (`caseType` and the `spr_uc_type` custom property). */
  caseType?: string | null | undefined;
  /** When the case must be resolved (`dueDate`, epoch ms on the wire). */
  dueDate?: string | null | undefined;
  /** A third-party case this case mirrors (`externalCase`). */
  externalCase?: SprinklrExternalCaseInput | null | undefined;
  /** The id of an existing Sprinklr message to open the case on (`firstMessageId`). Required. */
  firstMessageId: string;
  /** Ids of the queues to put the case in (`workflow.queues`). At most 10 per request. */
  queueIds?: Array<string> | null | undefined;
  /** The case summary (`summary`). */
  summary?: string | null | undefined;
};

/** A third-party case linked to a Sprinklr case. */
export type SprinklrExternalCaseInput = {
  /** The case number in the other system. */
  caseNumber?: number | null | undefined;
  /** The other system, e.g. `salesforce`, `zendesk`. */
  channelType: string;
  /** The case id in the other system. */
  id: string;
  /** A link to the case in the other system. */
  permalink?: string | null | undefined;
};

/** Sprinklr-only inputs for an update. */
export type SprinklrUpdateInput = {
  /** Queues to add the case to (`ADD_QUEUES`). At most 10 per request. */
  addQueueIds?: Array<string> | null | undefined;
  /** A new due date (`SET_DUE_DATE`). */
  dueDate?: string | null | undefined;
};

/** Talkdesk-only inputs. */
export type TalkdeskCaseInput = {
  /** The group id (`group_id`, up to 255 characters). Update only. */
  groupId?: string | null | undefined;
  /** The parent case, by its global id (`Case.id`); sent to Talkdesk as its own id (`parent_id`), on create and on update. Deprecated: Talkdesk's own case id (`Case.vendorId`) is still accepted here. */
  parentId?: string | number | null | undefined;
  /** The requester type (`requester_type`). Defaults to `Contact`. */
  requesterType?: string | null | undefined;
  /** The resolution (`resolution`); Talkdesk requires it when the status becomes `RESOLVED`. Update only. */
  resolution?: string | null | undefined;
  /** The case type (`type`), e.g. `QUESTION`. Update only. */
  type?: string | null | undefined;
};

/** Thalamus-only inputs. */
export type ThalamusCaseInput = {
  /** The case category code (`categoryCode`), e.g. `Reclamo`. Required on create; on update it defaults to the case's current one. */
  categoryCode?: string | null | undefined;
  /** The resolution name (`resolution`), e.g. `Resolved`. */
  resolution?: string | null | undefined;
  /** The case type code (`typeCode`), e.g. `Telefonico`. Required on create; on update it defaults to the case's current one. */
  typeCode?: string | null | undefined;
};

/**
 * A change to an existing case. Only the fields you set are changed; lists (interactions, notes, comments) are appended, never replaced.
 * Strings follow the same limits as on `CreateCaseInput`.
 */
export type UpdateCaseInput = {
  /** A new assignee: an `Assignee.id` as casegraph served it (`Case.assignee.id`), or the vendor's agent id (`Assignee.vendorId`) for an agent casegraph has not served. Talkdesk `owner_id`, Sprinklr `ASSIGN_TO_USER`. */
  assigneeId?: string | number | null | undefined;
  /** Comments to append (Sprinklr case comments, Thalamus `comments`). At most 20 per request. */
  comments?: Array<CommentInput> | null | undefined;
  /** Custom-field values to set; fields not named keep their values. At most 50 per request. */
  customFields?: Array<CustomFieldInput> | null | undefined;
  /** A new description. Talkdesk `description`, Sprinklr `EDIT_DESCRIPTION`. */
  description?: string | null | undefined;
  /** The case's global id, as returned in `Case.id` (it names the provider too). Holding only a vendor id? Read the case with `Query.caseByVendorId` first. */
  id: string | number;
  /** A key of your choosing (a UUID v4 is best, at most 255 characters) that makes retrying this update safe. Retried with the same key and the same input, casegraph answers what the first attempt answered, and never calls the vendor a second time: a finished attempt's result is replayed, an attempt still running answers `ConflictError` with `retryAfterSeconds`, and an attempt whose outcome was lost answers `OutcomeUnknownError`. The same key with a different input is a `ValidationError` at `idempotencyKey`. Keys are scoped to the provider and expire after `CASEGRAPH_IDEMPOTENCY_TTL_SECONDS` (24 hours by default). */
  idempotencyKey?: string | null | undefined;
  /** Social messages to append (Khoros `interactions`). At most 20 per request. */
  interactions?: Array<InteractionInput> | null | undefined;
  /** What only Khoros has. */
  khoros?: KhorosCaseInput | null | undefined;
  /** Notes to append (Talkdesk `notes`). At most 20 per request. */
  notes?: Array<NoteInput> | null | undefined;
  /** A new priority. Talkdesk `priority`, Sprinklr `spr_uc_priority` via `SYNC_SELECTED_PROPERTIES`. */
  priority?: CasePriority | null | undefined;
  /** What only Sprinklr has. */
  sprinklr?: SprinklrUpdateInput | null | undefined;
  /** A new status. Talkdesk `status`, Sprinklr `spr_uc_status`, Thalamus status transition. */
  status?: CaseStatus | null | undefined;
  /** What only Talkdesk has. */
  talkdesk?: TalkdeskCaseInput | null | undefined;
  /** What only Thalamus has. */
  thalamus?: ThalamusCaseInput | null | undefined;
  /** A new subject. Khoros/Talkdesk `title`, Sprinklr `EDIT_SUBJECT`. */
  title?: string | null | undefined;
};

export type CasePageQueryVariables = Exact<{
  id: string | number;
}>;


export type CasePageQuery = { __typename: 'Query', case:
    | { __typename: 'AuthenticationError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'Case', vendorId: string, description: string | null, vendorStatus: string | null, priority: CasePriority | null, url: string | null, createdAt: string | null, id: string, provider: CaseProvider, number: string | null, title: string | null, status: CaseStatus | null, updatedAt: string | null, requester: { __typename: 'Author', id: string | null, name: string | null, handle: string | null, email: string | null } | null, assignee: { __typename: 'Assignee', id: string, vendorId: string, name: string | null } | null, customFields: Array<{ __typename: 'CustomFieldValue', key: string, label: string | null, type: CustomFieldType, value: unknown }>, commentsConnection: { __typename: 'CommentConnection', totalCount: number | null, edges: Array<{ __typename: 'CommentEdge', cursor: string, node: { __typename: 'Comment', id: string, body: string, createdAt: string | null, author: { __typename: 'Author', id: string | null, name: string | null, handle: string | null, email: string | null } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, notesConnection: { __typename: 'NoteConnection', totalCount: number | null, edges: Array<{ __typename: 'NoteEdge', cursor: string, node: { __typename: 'Note', id: string, title: string | null, body: string, public: boolean } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, interactionsConnection: { __typename: 'InteractionConnection', totalCount: number | null, edges: Array<{ __typename: 'InteractionEdge', cursor: string, node: { __typename: 'Interaction', id: string, body: string | null, createdAt: string | null, service: string | null, linkUrl: string | null, author: { __typename: 'Author', id: string | null, name: string | null, handle: string | null, email: string | null } } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } }
    | { __typename: 'ForbiddenError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ProviderUnavailableError', retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, retriable: boolean, fields: Array<{ __typename: 'FieldError', path: Array<string>, message: string }> }
   };

export type AddToCaseMutationVariables = Exact<{
  input: UpdateCaseInput;
}>;


export type AddToCaseMutation = { __typename: 'Mutation', updateCase:
    | { __typename: 'AuthenticationError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ConflictError', retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ForbiddenError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'OutcomeUnknownError', idempotencyKey: string | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ProviderUnavailableError', retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'UpdateCaseSuccess', case: { __typename: 'Case', vendorId: string, description: string | null, vendorStatus: string | null, priority: CasePriority | null, url: string | null, createdAt: string | null, id: string, provider: CaseProvider, number: string | null, title: string | null, status: CaseStatus | null, updatedAt: string | null, requester: { __typename: 'Author', id: string | null, name: string | null, handle: string | null, email: string | null } | null, assignee: { __typename: 'Assignee', id: string, vendorId: string, name: string | null } | null, customFields: Array<{ __typename: 'CustomFieldValue', key: string, label: string | null, type: CustomFieldType, value: unknown }>, commentsConnection: { __typename: 'CommentConnection', totalCount: number | null, edges: Array<{ __typename: 'CommentEdge', cursor: string, node: { __typename: 'Comment', id: string, body: string, createdAt: string | null, author: { __typename: 'Author', id: string | null, name: string | null, handle: string | null, email: string | null } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, notesConnection: { __typename: 'NoteConnection', totalCount: number | null, edges: Array<{ __typename: 'NoteEdge', cursor: string, node: { __typename: 'Note', id: string, title: string | null, body: string, public: boolean } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, interactionsConnection: { __typename: 'InteractionConnection', totalCount: number | null, edges: Array<{ __typename: 'InteractionEdge', cursor: string, node: { __typename: 'Interaction', id: string, body: string | null, createdAt: string | null, service: string | null, linkUrl: string | null, author: { __typename: 'Author', id: string | null, name: string | null, handle: string | null, email: string | null } } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } }, warnings: Array<{ __typename: 'OperationWarning', path: Array<string>, message: string }> }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, retriable: boolean, fields: Array<{ __typename: 'FieldError', path: Array<string>, message: string }> }
   };

type ErrorFields_AuthenticationError_Fragment = { __typename: 'AuthenticationError', message: string, code: ErrorCode, retriable: boolean };

type ErrorFields_ConflictError_Fragment = { __typename: 'ConflictError', retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean };

type ErrorFields_ForbiddenError_Fragment = { __typename: 'ForbiddenError', message: string, code: ErrorCode, retriable: boolean };

type ErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', message: string, code: ErrorCode, retriable: boolean };

type ErrorFields_OutcomeUnknownError_Fragment = { __typename: 'OutcomeUnknownError', idempotencyKey: string | null, message: string, code: ErrorCode, retriable: boolean };

type ErrorFields_ProviderUnavailableError_Fragment = { __typename: 'ProviderUnavailableError', retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean };

type ErrorFields_RateLimitedError_Fragment = { __typename: 'RateLimitedError', retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean };

type ErrorFields_ValidationError_Fragment = { __typename: 'ValidationError', message: string, code: ErrorCode, retriable: boolean, fields: Array<{ __typename: 'FieldError', path: Array<string>, message: string }> };

export type ErrorFieldsFragment =
  | ErrorFields_AuthenticationError_Fragment
  | ErrorFields_ConflictError_Fragment
  | ErrorFields_ForbiddenError_Fragment
  | ErrorFields_NotFoundError_Fragment
  | ErrorFields_OutcomeUnknownError_Fragment
  | ErrorFields_ProviderUnavailableError_Fragment
  | ErrorFields_RateLimitedError_Fragment
  | ErrorFields_ValidationError_Fragment
;

export type FieldErrorsFragment = { __typename: 'ValidationError', fields: Array<{ __typename: 'FieldError', path: Array<string>, message: string }> };

export type InboxRowFragment = { __typename: 'Case', id: string, provider: CaseProvider, number: string | null, title: string | null, status: CaseStatus | null, updatedAt: string | null };

export type AuthorSummaryFragment = { __typename: 'Author', id: string | null, name: string | null, handle: string | null, email: string | null };

export type CaseDetailFragment = { __typename: 'Case', vendorId: string, description: string | null, vendorStatus: string | null, priority: CasePriority | null, url: string | null, createdAt: string | null, id: string, provider: CaseProvider, number: string | null, title: string | null, status: CaseStatus | null, updatedAt: string | null, requester: { __typename: 'Author', id: string | null, name: string | null, handle: string | null, email: string | null } | null, assignee: { __typename: 'Assignee', id: string, vendorId: string, name: string | null } | null, customFields: Array<{ __typename: 'CustomFieldValue', key: string, label: string | null, type: CustomFieldType, value: unknown }>, commentsConnection: { __typename: 'CommentConnection', totalCount: number | null, edges: Array<{ __typename: 'CommentEdge', cursor: string, node: { __typename: 'Comment', id: string, body: string, createdAt: string | null, author: { __typename: 'Author', id: string | null, name: string | null, handle: string | null, email: string | null } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, notesConnection: { __typename: 'NoteConnection', totalCount: number | null, edges: Array<{ __typename: 'NoteEdge', cursor: string, node: { __typename: 'Note', id: string, title: string | null, body: string, public: boolean } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, interactionsConnection: { __typename: 'InteractionConnection', totalCount: number | null, edges: Array<{ __typename: 'InteractionEdge', cursor: string, node: { __typename: 'Interaction', id: string, body: string | null, createdAt: string | null, service: string | null, linkUrl: string | null, author: { __typename: 'Author', id: string | null, name: string | null, handle: string | null, email: string | null } } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type InboxQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  orderBy?: CaseOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InboxQuery = { __typename: 'Query', cases:
    | { __typename: 'AuthenticationError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'CaseConnection', totalCount: number | null, edges: Array<{ __typename: 'CaseEdge', cursor: string, node: { __typename: 'Case', id: string, provider: CaseProvider, number: string | null, title: string | null, status: CaseStatus | null, updatedAt: string | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, warnings: Array<{ __typename: 'OperationWarning', path: Array<string>, message: string }> }
    | { __typename: 'ForbiddenError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ProviderUnavailableError', retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, retriable: boolean, fields: Array<{ __typename: 'FieldError', path: Array<string>, message: string }> }
   };

export type ProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersQuery = { __typename: 'Query', providers: Array<{ __typename: 'ProviderInfo', provider: CaseProvider, name: string, simulated: boolean, comments: FeatureSupport, notes: FeatureSupport, requiredCreateFields: Array<string>, unsupportedCreateFields: Array<string>, maxLengths: Array<{ __typename: 'InputMaxLength', path: string, maxLength: number }> }> };

export type CustomFieldsQueryVariables = Exact<{
  provider: CaseProvider;
}>;


export type CustomFieldsQuery = { __typename: 'Query', customFieldDefinitions:
    | { __typename: 'AuthenticationError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'CustomFieldDefinitions', provider: CaseProvider, fields: Array<{ __typename: 'CustomFieldDefinition', key: string, label: string | null, type: CustomFieldType, required: boolean, options: Array<{ __typename: 'CustomFieldOption', value: string, label: string | null }> }> }
    | { __typename: 'ForbiddenError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ProviderUnavailableError', retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
   };

export type NewCaseMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type NewCaseMutation = { __typename: 'Mutation', createCase:
    | { __typename: 'AuthenticationError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ConflictError', retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'CreateCaseSuccess', case: { __typename: 'Case', vendorId: string, description: string | null, vendorStatus: string | null, priority: CasePriority | null, url: string | null, createdAt: string | null, id: string, provider: CaseProvider, number: string | null, title: string | null, status: CaseStatus | null, updatedAt: string | null, requester: { __typename: 'Author', id: string | null, name: string | null, handle: string | null, email: string | null } | null, assignee: { __typename: 'Assignee', id: string, vendorId: string, name: string | null } | null, customFields: Array<{ __typename: 'CustomFieldValue', key: string, label: string | null, type: CustomFieldType, value: unknown }>, commentsConnection: { __typename: 'CommentConnection', totalCount: number | null, edges: Array<{ __typename: 'CommentEdge', cursor: string, node: { __typename: 'Comment', id: string, body: string, createdAt: string | null, author: { __typename: 'Author', id: string | null, name: string | null, handle: string | null, email: string | null } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, notesConnection: { __typename: 'NoteConnection', totalCount: number | null, edges: Array<{ __typename: 'NoteEdge', cursor: string, node: { __typename: 'Note', id: string, title: string | null, body: string, public: boolean } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, interactionsConnection: { __typename: 'InteractionConnection', totalCount: number | null, edges: Array<{ __typename: 'InteractionEdge', cursor: string, node: { __typename: 'Interaction', id: string, body: string | null, createdAt: string | null, service: string | null, linkUrl: string | null, author: { __typename: 'Author', id: string | null, name: string | null, handle: string | null, email: string | null } } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } }, warnings: Array<{ __typename: 'OperationWarning', path: Array<string>, message: string }> }
    | { __typename: 'ForbiddenError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'OutcomeUnknownError', idempotencyKey: string | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ProviderUnavailableError', retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, retriable: boolean, fields: Array<{ __typename: 'FieldError', path: Array<string>, message: string }> }
   };

export const FieldErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<FieldErrorsFragment, unknown>;
export const ErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retriable"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ErrorFieldsFragment, unknown>;
export const InboxRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<InboxRowFragment, unknown>;
export const AuthorSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Author"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<AuthorSummaryFragment, unknown>;
export const CaseDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxRow"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentsConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorSummary"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notesConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"public"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interactionsConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"linkUrl"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorSummary"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Author"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<CaseDetailFragment, unknown>;
export const CasePageDocument = {"__meta__":{"hash":"sha256:67c8a0c40ca45b50a9bd7e4c6d89a48539965c4c0314f4faf6b577ac65f69ec8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetail"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Author"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxRow"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentsConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorSummary"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notesConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"public"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interactionsConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"linkUrl"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorSummary"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retriable"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}}]} as unknown as DocumentNode<CasePageQuery, CasePageQueryVariables>;
export const AddToCaseDocument = {"__meta__":{"hash":"sha256:554b023d308eeed26267ed7dbbf6138158a7e648b2511263711d8809c45e4ea3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddToCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCaseSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Author"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxRow"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentsConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorSummary"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notesConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"public"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interactionsConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"linkUrl"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorSummary"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retriable"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}}]} as unknown as DocumentNode<AddToCaseMutation, AddToCaseMutationVariables>;
export const InboxDocument = {"__meta__":{"hash":"sha256:fe1ac3410cd73914b481f11588fb250f4add8eff922db9b3ea082c8ed2f4561f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retriable"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const ProvidersDocument = {"__meta__":{"hash":"sha256:de592789c4d198c4fe983cf7aaf784fcc031ae9836fd1bd45bddbb7368e83a6e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"simulated"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"requiredCreateFields"}},{"kind":"Field","name":{"kind":"Name","value":"unsupportedCreateFields"}},{"kind":"Field","name":{"kind":"Name","value":"maxLengths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}}]}}]}}]} as unknown as DocumentNode<ProvidersQuery, ProvidersQueryVariables>;
export const CustomFieldsDocument = {"__meta__":{"hash":"sha256:7210014fc4b2dffdddb07264543b8857782b4214020304463c6a7b57d4902d5c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseProvider"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"customFieldDefinitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomFieldDefinitions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retriable"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}}]} as unknown as DocumentNode<CustomFieldsQuery, CustomFieldsQueryVariables>;
export const NewCaseDocument = {"__meta__":{"hash":"sha256:21cc640bd885e8f20c4b681e3704941bfbc3a251f868b68bf847b1d72a53f623"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCaseSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Author"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxRow"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentsConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorSummary"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notesConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"public"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interactionsConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"linkUrl"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorSummary"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retriable"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldErrors"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}}]} as unknown as DocumentNode<NewCaseMutation, NewCaseMutationVariables>;