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

/**
 * A change to a case that a vendor may make a custom field required for: `CustomFieldDefinition.requiredFor`
 * lists the actions that cannot happen without a value for the field.
 */
export type CaseAction =
  /** Creating a case (`createCase`). */
  | 'CREATE'
  /**
   * Resolving a case: an `updateCase` that sets `status: RESOLVED` (Talkdesk's "solved"). The value may
   * be sent with that update or already be on the case.
   */
  | 'RESOLVE'
  /** Any change to an existing case (`updateCase`), whatever the new status. */
  | 'UPDATE';

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

/** How a provider applies one filter or order of `Query.cases`. */
export type ListSupport =
  /** casegraph applies it over what the vendor returned, up to the scan limit (`CASEGRAPH_LIST_SCAN_LIMIT`). */
  | 'EMULATED'
  /** The vendor applies it: the list request carries it. */
  | 'NATIVE'
  /** It cannot be applied: naming the provider with it is a `ValidationError`; by default the provider is left out with a warning. */
  | 'UNSUPPORTED';

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

export type InboxCasesQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  orderBy?: CaseOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InboxCasesQuery = { cases:
    | { __typename: 'AuthenticationError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'CaseConnection', totalCount: number | null, edges: Array<{ cursor: string, node: { id: string, vendorId: string, provider: CaseProvider, number: string | null, title: string | null, status: CaseStatus | null, vendorStatus: string | null, priority: CasePriority | null, createdAt: string | null, updatedAt: string | null, requester: { id: string | null, name: string | null, email: string | null } | null, assignee: { id: string, vendorId: string, name: string | null } | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, warnings: Array<{ message: string, path: Array<string>, code: ErrorCode }> }
    | { __typename: 'ForbiddenError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ProviderUnavailableError', retryAfterSeconds: number | null, provider: CaseProvider | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, retriable: boolean, fields: Array<{ path: Array<string>, message: string, vendorCode: string | null }> }
   };

export type CaseCommentsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseCommentsQuery = { case:
    | { __typename: 'AuthenticationError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'Case', id: string, commentsConnection: { totalCount: number | null, edges: Array<{ cursor: string, node: { id: string, vendorId: string | null, body: string, createdAt: string | null, author: { id: string | null, vendorId: string | null, service: string | null, serviceId: string | null, handle: string | null, name: string | null, email: string | null, phone: string | null, brandOwned: boolean | null } | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } }
    | { __typename: 'ForbiddenError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ProviderUnavailableError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'RateLimitedError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, retriable: boolean }
   };

export type CustomerCasesQueryVariables = Exact<{
  email: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CustomerCasesQuery = { cases:
    | { __typename: 'AuthenticationError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'CaseConnection', totalCount: number | null, nodes: Array<{ id: string, vendorId: string, provider: CaseProvider, number: string | null, title: string | null, status: CaseStatus | null, vendorStatus: string | null, priority: CasePriority | null, createdAt: string | null, updatedAt: string | null, requester: { id: string | null, name: string | null, email: string | null } | null, assignee: { id: string, vendorId: string, name: string | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, warnings: Array<{ path: Array<string>, message: string, code: ErrorCode }> }
    | { __typename: 'ForbiddenError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ProviderUnavailableError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'RateLimitedError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, retriable: boolean, fields: Array<{ path: Array<string>, message: string }> }
   };

export type CreateCaseMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type CreateCaseMutation = { createCase:
    | { __typename: 'AuthenticationError', provider: CaseProvider | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ConflictError', provider: CaseProvider | null, retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'CreateCaseSuccess', case: { id: string, vendorId: string, provider: CaseProvider, number: string | null, title: string | null, description: string | null, status: CaseStatus | null, vendorStatus: string | null, priority: CasePriority | null, vendorPriority: string | null, url: string | null, createdAt: string | null, updatedAt: string | null, requester: { id: string | null, vendorId: string | null, service: string | null, serviceId: string | null, handle: string | null, name: string | null, email: string | null, phone: string | null, brandOwned: boolean | null } | null, assignee: { id: string, vendorId: string, name: string | null } | null, interactions: Array<{ id: string, vendorId: string | null, body: string | null, createdAt: string | null, linkUrl: string | null, service: string | null, serviceId: string | null, contentType: string | null, author: { id: string | null, vendorId: string | null, service: string | null, serviceId: string | null, handle: string | null, name: string | null, email: string | null, phone: string | null, brandOwned: boolean | null } }>, notes: Array<{ id: string, vendorId: string | null, title: string | null, body: string, public: boolean }>, comments: Array<{ id: string, vendorId: string | null, body: string, createdAt: string | null, author: { id: string | null, vendorId: string | null, service: string | null, serviceId: string | null, handle: string | null, name: string | null, email: string | null, phone: string | null, brandOwned: boolean | null } | null }>, customFields: Array<{ key: string, label: string | null, type: CustomFieldType, value: unknown }> }, warnings: Array<{ path: Array<string>, message: string, code: ErrorCode }> }
    | { __typename: 'ForbiddenError', provider: CaseProvider | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'OutcomeUnknownError', provider: CaseProvider | null, idempotencyKey: string | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ProviderUnavailableError', provider: CaseProvider | null, retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'RateLimitedError', provider: CaseProvider | null, retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ValidationError', provider: CaseProvider | null, message: string, code: ErrorCode, retriable: boolean, fields: Array<{ path: Array<string>, message: string, vendorCode: string | null }> }
   };

export type CustomFieldDefinitionsQueryVariables = Exact<{
  provider: CaseProvider;
}>;


export type CustomFieldDefinitionsQuery = { customFieldDefinitions:
    | { __typename: 'AuthenticationError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'CustomFieldDefinitions', provider: CaseProvider, fields: Array<{ key: string, label: string | null, type: CustomFieldType, required: boolean, options: Array<{ value: string, label: string | null }> }> }
    | { __typename: 'ForbiddenError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ProviderUnavailableError', retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
   };

export type CustomFieldRequirementsQueryVariables = Exact<{
  provider: CaseProvider;
}>;


export type CustomFieldRequirementsQuery = { customFieldDefinitions:
    | { __typename: 'AuthenticationError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'CustomFieldDefinitions', fields: Array<{ key: string, label: string | null, required: boolean, requiredFor: Array<CaseAction> }> }
    | { __typename: 'ForbiddenError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ProviderUnavailableError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'RateLimitedError', message: string, code: ErrorCode, retriable: boolean }
   };

export type AuthorFieldsFragment = { id: string | null, vendorId: string | null, service: string | null, serviceId: string | null, handle: string | null, name: string | null, email: string | null, phone: string | null, brandOwned: boolean | null };

export type InteractionFieldsFragment = { id: string, vendorId: string | null, body: string | null, createdAt: string | null, linkUrl: string | null, service: string | null, serviceId: string | null, contentType: string | null, author: { id: string | null, vendorId: string | null, service: string | null, serviceId: string | null, handle: string | null, name: string | null, email: string | null, phone: string | null, brandOwned: boolean | null } };

export type NoteFieldsFragment = { id: string, vendorId: string | null, title: string | null, body: string, public: boolean };

export type CommentFieldsFragment = { id: string, vendorId: string | null, body: string, createdAt: string | null, author: { id: string | null, vendorId: string | null, service: string | null, serviceId: string | null, handle: string | null, name: string | null, email: string | null, phone: string | null, brandOwned: boolean | null } | null };

export type CaseFieldsFragment = { id: string, vendorId: string, provider: CaseProvider, number: string | null, title: string | null, description: string | null, status: CaseStatus | null, vendorStatus: string | null, priority: CasePriority | null, vendorPriority: string | null, url: string | null, createdAt: string | null, updatedAt: string | null, requester: { id: string | null, vendorId: string | null, service: string | null, serviceId: string | null, handle: string | null, name: string | null, email: string | null, phone: string | null, brandOwned: boolean | null } | null, assignee: { id: string, vendorId: string, name: string | null } | null, interactions: Array<{ id: string, vendorId: string | null, body: string | null, createdAt: string | null, linkUrl: string | null, service: string | null, serviceId: string | null, contentType: string | null, author: { id: string | null, vendorId: string | null, service: string | null, serviceId: string | null, handle: string | null, name: string | null, email: string | null, phone: string | null, brandOwned: boolean | null } }>, notes: Array<{ id: string, vendorId: string | null, title: string | null, body: string, public: boolean }>, comments: Array<{ id: string, vendorId: string | null, body: string, createdAt: string | null, author: { id: string | null, vendorId: string | null, service: string | null, serviceId: string | null, handle: string | null, name: string | null, email: string | null, phone: string | null, brandOwned: boolean | null } | null }>, customFields: Array<{ key: string, label: string | null, type: CustomFieldType, value: unknown }> };

type ErrorFields_AuthenticationError_Fragment = { __typename: 'AuthenticationError', message: string, code: ErrorCode, retriable: boolean };

type ErrorFields_ConflictError_Fragment = { __typename: 'ConflictError', message: string, code: ErrorCode, retriable: boolean };

type ErrorFields_ForbiddenError_Fragment = { __typename: 'ForbiddenError', message: string, code: ErrorCode, retriable: boolean };

type ErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', message: string, code: ErrorCode, retriable: boolean };

type ErrorFields_OutcomeUnknownError_Fragment = { __typename: 'OutcomeUnknownError', message: string, code: ErrorCode, retriable: boolean };

type ErrorFields_ProviderUnavailableError_Fragment = { __typename: 'ProviderUnavailableError', message: string, code: ErrorCode, retriable: boolean };

type ErrorFields_RateLimitedError_Fragment = { __typename: 'RateLimitedError', message: string, code: ErrorCode, retriable: boolean };

type ErrorFields_ValidationError_Fragment = { __typename: 'ValidationError', message: string, code: ErrorCode, retriable: boolean };

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

export type WarningFieldsFragment = { path: Array<string>, message: string, code: ErrorCode };

export type CaseSummaryFieldsFragment = { id: string, vendorId: string, provider: CaseProvider, number: string | null, title: string | null, status: CaseStatus | null, vendorStatus: string | null, priority: CasePriority | null, createdAt: string | null, updatedAt: string | null, requester: { id: string | null, name: string | null, email: string | null } | null, assignee: { id: string, vendorId: string, name: string | null } | null };

export type GetCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type GetCaseQuery = { case:
    | { __typename: 'AuthenticationError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'Case', id: string, vendorId: string, provider: CaseProvider, number: string | null, title: string | null, description: string | null, status: CaseStatus | null, vendorStatus: string | null, priority: CasePriority | null, vendorPriority: string | null, url: string | null, createdAt: string | null, updatedAt: string | null, requester: { id: string | null, vendorId: string | null, service: string | null, serviceId: string | null, handle: string | null, name: string | null, email: string | null, phone: string | null, brandOwned: boolean | null } | null, assignee: { id: string, vendorId: string, name: string | null } | null, interactions: Array<{ id: string, vendorId: string | null, body: string | null, createdAt: string | null, linkUrl: string | null, service: string | null, serviceId: string | null, contentType: string | null, author: { id: string | null, vendorId: string | null, service: string | null, serviceId: string | null, handle: string | null, name: string | null, email: string | null, phone: string | null, brandOwned: boolean | null } }>, notes: Array<{ id: string, vendorId: string | null, title: string | null, body: string, public: boolean }>, comments: Array<{ id: string, vendorId: string | null, body: string, createdAt: string | null, author: { id: string | null, vendorId: string | null, service: string | null, serviceId: string | null, handle: string | null, name: string | null, email: string | null, phone: string | null, brandOwned: boolean | null } | null }>, customFields: Array<{ key: string, label: string | null, type: CustomFieldType, value: unknown }> }
    | { __typename: 'ForbiddenError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'NotFoundError', id: string, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ProviderUnavailableError', retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, retriable: boolean, fields: Array<{ path: Array<string>, message: string, vendorCode: string | null }> }
   };

export type GetCaseByVendorIdQueryVariables = Exact<{
  provider: CaseProvider;
  vendorId: string | number;
}>;


export type GetCaseByVendorIdQuery = { caseByVendorId:
    | { __typename: 'AuthenticationError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'Case', id: string, vendorId: string, provider: CaseProvider, number: string | null, title: string | null, description: string | null, status: CaseStatus | null, vendorStatus: string | null, priority: CasePriority | null, vendorPriority: string | null, url: string | null, createdAt: string | null, updatedAt: string | null, requester: { id: string | null, vendorId: string | null, service: string | null, serviceId: string | null, handle: string | null, name: string | null, email: string | null, phone: string | null, brandOwned: boolean | null } | null, assignee: { id: string, vendorId: string, name: string | null } | null, interactions: Array<{ id: string, vendorId: string | null, body: string | null, createdAt: string | null, linkUrl: string | null, service: string | null, serviceId: string | null, contentType: string | null, author: { id: string | null, vendorId: string | null, service: string | null, serviceId: string | null, handle: string | null, name: string | null, email: string | null, phone: string | null, brandOwned: boolean | null } }>, notes: Array<{ id: string, vendorId: string | null, title: string | null, body: string, public: boolean }>, comments: Array<{ id: string, vendorId: string | null, body: string, createdAt: string | null, author: { id: string | null, vendorId: string | null, service: string | null, serviceId: string | null, handle: string | null, name: string | null, email: string | null, phone: string | null, brandOwned: boolean | null } | null }>, customFields: Array<{ key: string, label: string | null, type: CustomFieldType, value: unknown }> }
    | { __typename: 'ForbiddenError', message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'NotFoundError', id: string, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ProviderUnavailableError', retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, retriable: boolean }
   };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'Case', id: string, vendorId: string, provider: CaseProvider, number: string | null, title: string | null, description: string | null, status: CaseStatus | null, vendorStatus: string | null, priority: CasePriority | null, vendorPriority: string | null, url: string | null, createdAt: string | null, updatedAt: string | null, requester: { id: string | null, vendorId: string | null, service: string | null, serviceId: string | null, handle: string | null, name: string | null, email: string | null, phone: string | null, brandOwned: boolean | null } | null, assignee: { id: string, vendorId: string, name: string | null } | null, interactions: Array<{ id: string, vendorId: string | null, body: string | null, createdAt: string | null, linkUrl: string | null, service: string | null, serviceId: string | null, contentType: string | null, author: { id: string | null, vendorId: string | null, service: string | null, serviceId: string | null, handle: string | null, name: string | null, email: string | null, phone: string | null, brandOwned: boolean | null } }>, notes: Array<{ id: string, vendorId: string | null, title: string | null, body: string, public: boolean }>, comments: Array<{ id: string, vendorId: string | null, body: string, createdAt: string | null, author: { id: string | null, vendorId: string | null, service: string | null, serviceId: string | null, handle: string | null, name: string | null, email: string | null, phone: string | null, brandOwned: boolean | null } | null }>, customFields: Array<{ key: string, label: string | null, type: CustomFieldType, value: unknown }> }
    | { __typename: 'Comment', id: string }
    | { __typename: 'Interaction', id: string }
    | { __typename: 'Note', id: string }
   | null };

export type InteractionNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type InteractionNodeQuery = { node:
    | { __typename: 'Case', id: string }
    | { __typename: 'Comment', id: string }
    | { __typename: 'Interaction', id: string, vendorId: string | null, body: string | null, createdAt: string | null, linkUrl: string | null, service: string | null, serviceId: string | null, contentType: string | null, author: { id: string | null, vendorId: string | null, service: string | null, serviceId: string | null, handle: string | null, name: string | null, email: string | null, phone: string | null, brandOwned: boolean | null } }
    | { __typename: 'Note', id: string }
   | null };

export type NoteNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NoteNodeQuery = { node:
    | { __typename: 'Case', id: string }
    | { __typename: 'Comment', id: string }
    | { __typename: 'Interaction', id: string }
    | { __typename: 'Note', id: string, vendorId: string | null, title: string | null, body: string, public: boolean }
   | null };

export type CommentNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type CommentNodeQuery = { node:
    | { __typename: 'Case', id: string }
    | { __typename: 'Comment', id: string, vendorId: string | null, body: string, createdAt: string | null, author: { id: string | null, vendorId: string | null, service: string | null, serviceId: string | null, handle: string | null, name: string | null, email: string | null, phone: string | null, brandOwned: boolean | null } | null }
    | { __typename: 'Interaction', id: string }
    | { __typename: 'Note', id: string }
   | null };

export type ProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersQuery = { providers: Array<{ provider: CaseProvider, name: string, simulated: boolean, interactions: FeatureSupport, notes: FeatureSupport, comments: FeatureSupport, customFields: FeatureSupport, requiredCreateFields: Array<string>, requiredUpdateFields: Array<string>, unsupportedCreateFields: Array<string>, unsupportedUpdateFields: Array<string>, listing: { requiredFilters: Array<string>, totalCount: boolean, filters: Array<{ filter: string, support: ListSupport, detail: string }>, orders: Array<{ field: CaseOrderField, support: ListSupport, detail: string }> } }> };

export type UpdateCaseMutationVariables = Exact<{
  input: UpdateCaseInput;
}>;


export type UpdateCaseMutation = { updateCase:
    | { __typename: 'AuthenticationError', provider: CaseProvider | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ConflictError', provider: CaseProvider | null, retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ForbiddenError', provider: CaseProvider | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'NotFoundError', provider: CaseProvider | null, id: string, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'OutcomeUnknownError', provider: CaseProvider | null, idempotencyKey: string | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'ProviderUnavailableError', provider: CaseProvider | null, retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'RateLimitedError', provider: CaseProvider | null, retryAfterSeconds: number | null, message: string, code: ErrorCode, retriable: boolean }
    | { __typename: 'UpdateCaseSuccess', case: { id: string, vendorId: string, provider: CaseProvider, number: string | null, title: string | null, description: string | null, status: CaseStatus | null, vendorStatus: string | null, priority: CasePriority | null, vendorPriority: string | null, url: string | null, createdAt: string | null, updatedAt: string | null, requester: { id: string | null, vendorId: string | null, service: string | null, serviceId: string | null, handle: string | null, name: string | null, email: string | null, phone: string | null, brandOwned: boolean | null } | null, assignee: { id: string, vendorId: string, name: string | null } | null, interactions: Array<{ id: string, vendorId: string | null, body: string | null, createdAt: string | null, linkUrl: string | null, service: string | null, serviceId: string | null, contentType: string | null, author: { id: string | null, vendorId: string | null, service: string | null, serviceId: string | null, handle: string | null, name: string | null, email: string | null, phone: string | null, brandOwned: boolean | null } }>, notes: Array<{ id: string, vendorId: string | null, title: string | null, body: string, public: boolean }>, comments: Array<{ id: string, vendorId: string | null, body: string, createdAt: string | null, author: { id: string | null, vendorId: string | null, service: string | null, serviceId: string | null, handle: string | null, name: string | null, email: string | null, phone: string | null, brandOwned: boolean | null } | null }>, customFields: Array<{ key: string, label: string | null, type: CustomFieldType, value: unknown }> }, warnings: Array<{ path: Array<string>, message: string, code: ErrorCode }> }
    | { __typename: 'ValidationError', provider: CaseProvider | null, message: string, code: ErrorCode, retriable: boolean, fields: Array<{ path: Array<string>, message: string, vendorCode: string | null }> }
   };

export const AuthorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Author"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"brandOwned"}}]}}]} as unknown as DocumentNode<AuthorFieldsFragment, unknown>;
export const InteractionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InteractionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkUrl"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Author"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"brandOwned"}}]}}]} as unknown as DocumentNode<InteractionFieldsFragment, unknown>;
export const NoteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Note"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"public"}}]}}]} as unknown as DocumentNode<NoteFieldsFragment, unknown>;
export const CommentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Author"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"brandOwned"}}]}}]} as unknown as DocumentNode<CommentFieldsFragment, unknown>;
export const CaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"vendorPriority"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InteractionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Author"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"brandOwned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InteractionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkUrl"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Note"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"public"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorFields"}}]}}]}}]} as unknown as DocumentNode<CaseFieldsFragment, unknown>;
export const ErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retriable"}}]}}]} as unknown as DocumentNode<ErrorFieldsFragment, unknown>;
export const WarningFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OperationWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<WarningFieldsFragment, unknown>;
export const CaseSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CaseSummaryFieldsFragment, unknown>;
export const InboxCasesDocument = {"__meta__":{"hash":"sha256:ba037508bb062c5dcbaf7c0327416d9c72d8e1bba52587dc17bcf3f084010a1a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retriable"}}]}}]} as unknown as DocumentNode<InboxCasesQuery, InboxCasesQueryVariables>;
export const CaseCommentsDocument = {"__meta__":{"hash":"sha256:f09535b540d110bd46337aff8c27eb25dac2cc1a5f2c58a312ae5d9ed28e4d6b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseComments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commentsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Author"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"brandOwned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retriable"}}]}}]} as unknown as DocumentNode<CaseCommentsQuery, CaseCommentsQueryVariables>;
export const CustomerCasesDocument = {"__meta__":{"hash":"sha256:0afec9583aa608522066b004fcd78ea947d141a61ceba6cc242fedc0acefaa71"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requesterEmail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WarningFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OperationWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retriable"}}]}}]} as unknown as DocumentNode<CustomerCasesQuery, CustomerCasesQueryVariables>;
export const CreateCaseDocument = {"__meta__":{"hash":"sha256:2af0096e80e49bf211aefd34eae3657d09556c05b8a4a1f8634bf0d67b1a4e2c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCaseSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WarningFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Author"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"brandOwned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InteractionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkUrl"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Note"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"public"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"vendorPriority"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InteractionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OperationWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retriable"}}]}}]} as unknown as DocumentNode<CreateCaseMutation, CreateCaseMutationVariables>;
export const CustomFieldDefinitionsDocument = {"__meta__":{"hash":"sha256:3a6159d66d4c5d173da267482eec55cbaa90024e660e9753d52c4ee207ad04c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomFieldDefinitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseProvider"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFieldDefinitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomFieldDefinitions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retriable"}}]}}]} as unknown as DocumentNode<CustomFieldDefinitionsQuery, CustomFieldDefinitionsQueryVariables>;
export const CustomFieldRequirementsDocument = {"__meta__":{"hash":"sha256:6154be57e2d71942e5a4f9e08733c302f06ca78394c44dde13a671d1dbcb0cb2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomFieldRequirements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseProvider"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFieldDefinitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomFieldDefinitions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"requiredFor"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retriable"}}]}}]} as unknown as DocumentNode<CustomFieldRequirementsQuery, CustomFieldRequirementsQueryVariables>;
export const GetCaseDocument = {"__meta__":{"hash":"sha256:b51a412434b303c26e7b0ec0e58c3f0a8b268cce7f01bc1d121cf1d3f425e8a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Author"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"brandOwned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InteractionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkUrl"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Note"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"public"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"vendorPriority"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InteractionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retriable"}}]}}]} as unknown as DocumentNode<GetCaseQuery, GetCaseQueryVariables>;
export const GetCaseByVendorIdDocument = {"__meta__":{"hash":"sha256:8b62fffd5f7910761c249597dcb2f3300058a0825484440cb0b3803df52aded0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetCaseByVendorId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseProvider"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vendorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseByVendorId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"vendorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vendorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Author"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"brandOwned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InteractionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkUrl"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Note"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"public"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"vendorPriority"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InteractionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retriable"}}]}}]} as unknown as DocumentNode<GetCaseByVendorIdQuery, GetCaseByVendorIdQueryVariables>;
export const NodeDocument = {"__meta__":{"hash":"sha256:abc0e90189ba7836ce5032008f6c7f8cbc9ee34295fc6c6ec86269902c9dfa95"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Author"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"brandOwned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InteractionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkUrl"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Note"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"public"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"vendorPriority"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InteractionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const InteractionNodeDocument = {"__meta__":{"hash":"sha256:f51e128aeb59d86cff4e6e98c75368c1927249329cb2b964ae64a59b3480658d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InteractionNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InteractionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Author"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"brandOwned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InteractionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkUrl"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorFields"}}]}}]}}]} as unknown as DocumentNode<InteractionNodeQuery, InteractionNodeQueryVariables>;
export const NoteNodeDocument = {"__meta__":{"hash":"sha256:92f3f29c6a01189cd74c2af7c1bd719a64c1d661b77516b59ffc2dbd5d566935"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoteNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Note"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Note"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"public"}}]}}]} as unknown as DocumentNode<NoteNodeQuery, NoteNodeQueryVariables>;
export const CommentNodeDocument = {"__meta__":{"hash":"sha256:29c6d81431e290b54af5c7efde999301c0b6ceca08aa39760b0b49cfda59d287"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommentNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Author"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"brandOwned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorFields"}}]}}]}}]} as unknown as DocumentNode<CommentNodeQuery, CommentNodeQueryVariables>;
export const ProvidersDocument = {"__meta__":{"hash":"sha256:a3c1c261a125ce75a99b46555d9b3fdc2b6070a0a11c73e61f70e8c629a7821a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"simulated"}},{"kind":"Field","name":{"kind":"Name","value":"interactions"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"requiredCreateFields"}},{"kind":"Field","name":{"kind":"Name","value":"requiredUpdateFields"}},{"kind":"Field","name":{"kind":"Name","value":"unsupportedCreateFields"}},{"kind":"Field","name":{"kind":"Name","value":"unsupportedUpdateFields"}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredFilters"}},{"kind":"Field","name":{"kind":"Name","value":"filters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filter"}},{"kind":"Field","name":{"kind":"Name","value":"support"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"support"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<ProvidersQuery, ProvidersQueryVariables>;
export const UpdateCaseDocument = {"__meta__":{"hash":"sha256:65afe44e13a6a6c0f9cee04f738a4f5370504a6513ec20bd75c70ae4fa63c3df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCaseSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WarningFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"vendorCode"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderUnavailableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknownError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Author"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"brandOwned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InteractionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkUrl"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Note"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"public"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"vendorStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"vendorPriority"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InteractionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OperationWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"retriable"}}]}}]} as unknown as DocumentNode<UpdateCaseMutation, UpdateCaseMutationVariables>;