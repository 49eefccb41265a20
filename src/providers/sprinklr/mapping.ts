// Pure translations between casegraph's model and Sprinklr's wire formats. No I/O here.
import type {
  AuthorModel,
  CaseModel,
  CasePriority,
  CaseStatus,
  CommentInput,
  CommentModel,
  CreateCaseInput,
  CustomFieldDefinitionModel,
  CustomFieldScalar,
  CustomFieldType,
  CustomFieldValueModel,
  InteractionModel,
  UpdateCaseInput,
} from '../../domain/model.js';
import type { CheckedCustomField } from '../shared/validation.js';
import type {
  SprinklrBulkFetchRequest,
  SprinklrCaseSearchRequest,
  SprinklrCaseSearchResponse,
  SprinklrCaseWire,
  SprinklrCommentRequest,
  SprinklrCommentSearchRequest,
  SprinklrCommentWire,
  SprinklrCreateCaseRequest,
  SprinklrCustomFieldSearchRequest,
  SprinklrCustomFieldWire,
  SprinklrMessageWire,
  SprinklrSearchCondition,
  SprinklrSearchNode,
  SprinklrSearchSort,
  SprinklrSearchedCommentWire,
  SprinklrUpdateAction,
  SprinklrUpdateCaseRequest,
} from './wire.js';

export const STATUS_PROPERTY = 'spr_uc_status';
export const PRIORITY_PROPERTY = 'spr_uc_priority';
export const TYPE_PROPERTY = 'spr_uc_type';
/** Properties casegraph surfaces as `status` and `priority` rather than as custom fields. */
export const SURFACED_PROPERTIES: ReadonlySet<string> = new Set([STATUS_PROPERTY, PRIORITY_PROPERTY]);

// ---------------------------------------------------------------- status and priority

/** The Sprinklr status name casegraph writes for each unified status (Sprinklr's default case statuses). */
const STATUS_TO_SPRINKLR: Record<Exclude<CaseStatus, 'OTHER'>, string> = {
  NEW: 'New',
  OPEN: 'Open',
  PENDING: 'Awaiting Response',
  ON_HOLD: 'On Hold',
  RESOLVED: 'Resolved',
  CLOSED: 'Closed',
};

/** The Sprinklr status name for a unified status; null for OTHER, which names no status. */
export function toSprinklrStatus(status: CaseStatus): string | null {
  return status === 'OTHER' ? null : STATUS_TO_SPRINKLR[status];
}

/** Normalises a Sprinklr status name (New, Open, Assigned, Awaiting Response, Closed, Archived, …). */
export function fromSprinklrStatus(vendor: string | null | undefined): CaseStatus | null {
  if (vendor === null || vendor === undefined || vendor.trim() === '') return null;
  const s = vendor
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
  if (s === 'new') return 'NEW';
  if (['open', 'assigned', 'in progress', 'in process', 'reopened', 're opened', 'working'].includes(s)) return 'OPEN';
  if (/^(awaiting|pending|waiting)\b/.test(s)) return 'PENDING';
  if (s === 'on hold' || s === 'hold' || s === 'parked') return 'ON_HOLD';
  if (s === 'resolved' || s === 'solved') return 'RESOLVED';
  if (/^(closed|archived)\b/.test(s)) return 'CLOSED';
  return 'OTHER';
}

const PRIORITY_TO_SPRINKLR: Record<CasePriority, string> = {
  LOW: 'low',
  NORMAL: 'medium',
  HIGH: 'high',
  URGENT: 'critical',
};

/** The case's `priority` field: lower case, as in Sprinklr's example (`"priority": "high"`). */
export function toSprinklrPriority(priority: CasePriority): string {
  return PRIORITY_TO_SPRINKLR[priority];
}

/** The `spr_uc_priority` property value: capitalised, as in the example (`"spr_uc_priority": ["High"]`). */
export function toSprinklrPriorityProperty(priority: CasePriority): string {
  const value = PRIORITY_TO_SPRINKLR[priority];
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** Normalises Sprinklr's low/medium/high/critical, in any case. */
export function fromSprinklrPriority(vendor: string | null | undefined): CasePriority | null {
  switch ((vendor ?? '').trim().toLowerCase()) {
    case 'low':
      return 'LOW';
    case 'medium':
    case 'normal':
      return 'NORMAL';
    case 'high':
      return 'HIGH';
    case 'critical':
    case 'urgent':
      return 'URGENT';
    default:
      return null;
  }
}

export const toEpochMs = (date: Date): number => date.getTime();
const fromEpochMs = (ms: number | null | undefined): Date | null =>
  ms === null || ms === undefined ? null : new Date(ms);

// ---------------------------------------------------------------- custom fields

/** The asset class of cases in Custom Field Search and comment search. */
export const SPRINKLR_CASE_ASSET_CLASS = 'UNIVERSAL_CASE';
/** Asset classes a case field may be listed under: `UNIVERSAL_CASE`, or "Case" as the field table names it. */
const CASE_ASSET_CLASSES: ReadonlySet<string> = new Set([SPRINKLR_CASE_ASSET_CLASS, 'CASE']);

/** One page of the enabled case fields: `page` counts from 0, as in the documented example. */
export function toSprinklrCustomFieldSearchBody(page: number, size: number): SprinklrCustomFieldSearchRequest {
  return { assetClassList: [SPRINKLR_CASE_ASSET_CLASS], isEnabled: true, page: { page, size } };
}

/**
 * The case property key of a custom field: case bodies key `workflow.customProperties` by
 * `_c_<24 hex>`, while the search names a field by its bare 24-hex id; a name already in the
 * property form is kept as it is.
 */
export function sprinklrPropertyKey(fieldName: string): string {
  return /^[0-9a-f]{24}$/i.test(fieldName) ? `_c_${fieldName}` : fieldName;
}

/**
 * A Sprinklr field type as casegraph's type. The field table spells them with spaces
 * ("PICKLIST MULTISELECT", "TEXT AREA"), the example with underscores. NUMBER is read as a decimal:
 * the docs do not say it is whole. A type casegraph does not know is a list of strings, which is
 * what every case property holds on the wire.
 */
export function fromSprinklrFieldType(fieldType: string | null | undefined): CustomFieldType {
  switch (
    (fieldType ?? '')
      .trim()
      .toUpperCase()
      .replace(/[\s-]+/g, '_')
  ) {
    case 'PICKLIST':
      return 'SINGLE_SELECT';
    case 'PICKLIST_MULTISELECT':
      return 'MULTI_SELECT';
    case 'NUMBER':
      return 'DECIMAL';
    case 'DATE':
      return 'DATE';
    case 'TEXT':
      return 'TEXT';
    case 'TEXTAREA':
    case 'TEXT_AREA':
      return 'TEXTAREA';
    default:
      return 'STRING_LIST';
  }
}

const isCaseField = (field: SprinklrCustomFieldWire): boolean =>
  field.enabled !== false && (field.assetClassList ?? []).some((c) => CASE_ASSET_CLASSES.has(c.toUpperCase()));

/** The enabled case fields among a search's results, as definitions keyed by their case property key. */
export function fromSprinklrCustomFields(fields: readonly SprinklrCustomFieldWire[]): CustomFieldDefinitionModel[] {
  return fields.filter(isCaseField).map((field) => {
    const type = fromSprinklrFieldType(field.fieldType);
    const selectable = type === 'SINGLE_SELECT' || type === 'MULTI_SELECT';
    return {
      key: sprinklrPropertyKey(field.fieldName),
      label: blankToNull(field.name),
      type,
      required: field.required === true,
      requiredFor: field.required === true ? ['CREATE'] : [],
      options: selectable ? (field.options ?? []).map((o) => ({ value: String(o), label: String(o) })) : [],
    };
  });
}

/**
 * The definitions casegraph checks against: the configured properties (Sprinklr's own `spr_uc_*`
 * properties, which the search does not list, and any the operator adds), with what the search says
 * about a field taking the place of its configured entry.
 */
export function mergeSprinklrDefinitions(
  configured: readonly CustomFieldDefinitionModel[],
  searched: readonly CustomFieldDefinitionModel[],
): CustomFieldDefinitionModel[] {
  const found = new Map(searched.map((d) => [d.key, d]));
  const merged = configured.map((d) => found.get(d.key) ?? d);
  const kept = new Set(merged.map((d) => d.key));
  return [...merged, ...searched.filter((d) => !kept.has(d.key))];
}

/**
 * A checked custom-field value as the case property's list of strings. Numbers go as their text and
 * dates as epoch milliseconds, like every other Sprinklr time.
 */
export function toSprinklrPropertyValues(field: CheckedCustomField): string[] {
  const { value } = field;
  if (value === null) return [];
  if (Array.isArray(value)) return [...value];
  switch (field.definition.type) {
    case 'DATE':
      return typeof value === 'string' ? [String(Date.parse(value))] : [String(value)];
    case 'TEXT':
    case 'TEXTAREA':
    case 'NUMBER':
    case 'DECIMAL':
    case 'BOOLEAN':
    case 'SINGLE_SELECT':
    case 'MULTI_SELECT':
    case 'DEPENDENT':
    case 'STRING_LIST':
      return [String(value)];
  }
}

/** A single value of a case property as its definition's type, or undefined when it is not one. */
function typedValue(type: CustomFieldType, value: string): CustomFieldScalar | undefined {
  switch (type) {
    case 'TEXT':
    case 'TEXTAREA':
    case 'SINGLE_SELECT':
      return value;
    case 'NUMBER':
    case 'DECIMAL': {
      const n = Number(value);
      return value.trim() !== '' && Number.isFinite(n) && (type === 'DECIMAL' || Number.isInteger(n)) ? n : undefined;
    }
    case 'DATE':
      return /^\d{1,15}$/.test(value) ? new Date(Number(value)).toISOString() : undefined;
    case 'BOOLEAN':
      return value === 'true' ? true : value === 'false' ? false : undefined;
    case 'MULTI_SELECT':
    case 'DEPENDENT':
    case 'STRING_LIST':
      return undefined;
  }
}

/**
 * A case property as a custom field value, typed by its definition. A property without a
 * definition, a list where one value belongs, or a value its type cannot hold is served as the list
 * of strings it is on the wire, so nothing Sprinklr holds is lost.
 */
export function fromSprinklrPropertyValues(
  key: string,
  values: readonly string[],
  definition: CustomFieldDefinitionModel | undefined,
): CustomFieldValueModel {
  const label = definition?.label ?? null;
  const asList: CustomFieldValueModel = { key, label, type: 'STRING_LIST', value: [...values] };
  if (!definition) return asList;
  const { type } = definition;
  if (type === 'MULTI_SELECT' || type === 'DEPENDENT' || type === 'STRING_LIST') return { ...asList, type };
  if (values.length === 0) return { key, label, type, value: null };
  const [only] = values;
  const value = values.length === 1 && only !== undefined ? typedValue(type, only) : undefined;
  return value === undefined ? asList : { key, label, type, value };
}

// ---------------------------------------------------------------- requests

/**
 * `POST /api/v2/case`. Status, priority and type also go into `workflow.customProperties` as the
 * documented example does; a custom field named the same as a derived property wins.
 */
export function toSprinklrCreateBody(
  input: CreateCaseInput,
  customFields: readonly CheckedCustomField[],
): SprinklrCreateCaseRequest {
  const spr = input.sprinklr;
  const customProperties: Record<string, string[]> = {};
  if (input.status) {
    const status = toSprinklrStatus(input.status);
    if (status !== null) customProperties[STATUS_PROPERTY] = [status];
  }
  if (input.priority) customProperties[PRIORITY_PROPERTY] = [toSprinklrPriorityProperty(input.priority)];
  if (spr?.caseType) customProperties[TYPE_PROPERTY] = [spr.caseType];
  for (const field of customFields) customProperties[field.definition.key] = toSprinklrPropertyValues(field);

  const ext = spr?.externalCase;
  const requesterId = input.requester?.id;
  // Key order as in Sprinklr's example, with workflow last and queues after customProperties.
  return {
    ...(input.title != null ? { subject: input.title } : {}),
    ...(input.description != null ? { description: input.description } : {}),
    firstMessageId: spr?.firstMessageId ?? '',
    ...(input.priority ? { priority: toSprinklrPriority(input.priority) } : {}),
    ...(spr?.summary != null ? { summary: spr.summary } : {}),
    ...(spr?.caseType != null ? { caseType: spr.caseType } : {}),
    ...(spr?.dueDate ? { dueDate: toEpochMs(spr.dueDate) } : {}),
    ...(ext
      ? {
          externalCase: {
            id: ext.id,
            ...(ext.caseNumber != null ? { caseNumber: ext.caseNumber } : {}),
            channelType: ext.channelType,
            ...(ext.permalink ? { permalink: ext.permalink.toString() } : {}),
          },
        }
      : {}),
    ...(requesterId != null
      ? { contact: { id: requesterId, ...(input.requester?.name != null ? { name: input.requester.name } : {}) } }
      : {}),
    workflow: {
      ...(input.assigneeId != null ? { assignment: { assigneeId: Number(input.assigneeId) } } : {}),
      customProperties,
      queues: [...(spr?.queueIds ?? [])],
    },
  };
}

/**
 * `PUT /api/v2/case` for one case, with only the update actions the change needs. Returns null when
 * the input changes nothing on the case itself (comments go through the comment API).
 */
export function toSprinklrUpdateBody(
  input: UpdateCaseInput,
  customFields: readonly CheckedCustomField[],
): SprinklrUpdateCaseRequest | null {
  const actions: SprinklrUpdateAction[] = [];
  const body: Omit<SprinklrUpdateCaseRequest, 'updateActions'> = { caseIds: [input.id] };
  if (input.title != null) {
    actions.push('EDIT_SUBJECT');
    body.subject = input.title;
  }
  if (input.description != null) {
    actions.push('EDIT_DESCRIPTION');
    body.description = input.description;
  }
  if (input.sprinklr?.dueDate) {
    actions.push('SET_DUE_DATE');
    body.dueDate = toEpochMs(input.sprinklr.dueDate);
  }
  if (input.assigneeId != null) {
    actions.push('ASSIGN_TO_USER');
    body.assignedTo = Number(input.assigneeId);
  }
  if (input.sprinklr?.addQueueIds && input.sprinklr.addQueueIds.length > 0) {
    actions.push('ADD_QUEUES');
    body.addedQueues = [...input.sprinklr.addQueueIds];
  }
  const synced: Record<string, string[]> = {};
  if (input.status) {
    const status = toSprinklrStatus(input.status);
    if (status !== null) synced[STATUS_PROPERTY] = [status];
  }
  if (input.priority) synced[PRIORITY_PROPERTY] = [toSprinklrPriorityProperty(input.priority)];
  for (const field of customFields) synced[field.definition.key] = toSprinklrPropertyValues(field);
  if (Object.keys(synced).length > 0) {
    actions.push('SYNC_SELECTED_PROPERTIES');
    body.syncedSelectedCustomProperties = synced;
  }
  if (actions.length === 0) return null;
  const { caseIds, ...fields } = body;
  return { caseIds, updateActions: actions, ...fields };
}

export const toSprinklrCommentBody = (comment: CommentInput): SprinklrCommentRequest => ({ text: comment.body });

export function toSprinklrCommentSearchBody(
  caseNumber: number,
  start: number,
  rows: number,
): SprinklrCommentSearchRequest {
  return {
    assetClass: 'UNIVERSAL_CASE',
    assetId: String(caseNumber),
    commentPaginationInfo: { start, rows, sortKey: 'commentCreationTime', sortDirection: 'ASC' },
  };
}

// ---------------------------------------------------------------- responses

const propertyStrings = (values: ReadonlyArray<string | number | boolean | null>): string[] =>
  values.filter((v): v is string | number | boolean => v !== null).map(String);

const blankToNull = (s: string | null | undefined): string | null =>
  s === undefined || s === null || s === '' ? null : s;

/** The channel whose contacts are e-mail addresses: their `channelId` is the address. */
export const SPRINKLR_EMAIL_CHANNEL = 'EMAIL';

/**
 * `contact` → the requester; an empty contact (`{}` in Sprinklr's example) is no requester. A
 * contact on the Email channel is an address (`EMAIL_searching123@gmail.com`, channelId
 * `searching123@gmail.com`), which is the requester's e-mail.
 */
function contactAuthor(contact: SprinklrCaseWire['contact']): AuthorModel | null {
  if (!contact || (blankToNull(contact.id) === null && blankToNull(contact.name) === null)) return null;
  const channelId = blankToNull(contact.channelId);
  const isEmail = contact.channelType?.toUpperCase() === SPRINKLR_EMAIL_CHANNEL && channelId?.includes('@') === true;
  return {
    id: blankToNull(contact.id),
    name: blankToNull(contact.name),
    service: blankToNull(contact.channelType),
    serviceId: channelId,
    ...(isEmail ? { email: channelId } : {}),
  };
}

/** What a case read gathers besides the case itself. */
export interface SprinklrCaseParts {
  comments: CommentModel[];
  /** The case's messages, oldest first (see `fromSprinklrMessages`). */
  interactions: InteractionModel[];
}

export function fromSprinklrCase(
  wire: SprinklrCaseWire,
  parts: SprinklrCaseParts,
  definitions: readonly CustomFieldDefinitionModel[] = [],
): CaseModel {
  const properties = wire.workflow?.customProperties ?? {};
  const firstValue = (key: string): string | null => {
    const values = properties[key];
    const first = values ? propertyStrings(values)[0] : undefined;
    return first ?? null;
  };
  const vendorStatus = blankToNull(wire.status) ?? firstValue(STATUS_PROPERTY);
  const vendorPriority = blankToNull(wire.priority) ?? firstValue(PRIORITY_PROPERTY);
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const customFields: CustomFieldValueModel[] = Object.entries(properties)
    .filter(([key]) => !SURFACED_PROPERTIES.has(key))
    .map(([key, values]) => fromSprinklrPropertyValues(key, propertyStrings(values), byKey.get(key)));
  const assigneeId = wire.workflow?.assignment?.assigneeId;
  return {
    id: wire.id,
    provider: 'SPRINKLR',
    number: String(wire.caseNumber),
    title: blankToNull(wire.subject),
    description: blankToNull(wire.description),
    status: fromSprinklrStatus(vendorStatus),
    vendorStatus,
    priority: fromSprinklrPriority(vendorPriority),
    vendorPriority,
    url: null,
    createdAt: fromEpochMs(wire.createdTime),
    updatedAt: fromEpochMs(wire.modifiedTime),
    requester: contactAuthor(wire.contact),
    assignee: assigneeId === null || assigneeId === undefined || assigneeId === '' ? null : { id: String(assigneeId) },
    interactions: parts.interactions,
    notes: [],
    comments: parts.comments,
    customFields,
  };
}

// ---------------------------------------------------------------- messages (interactions)

/**
 * "Read Messages (Bulk)" takes a list of ids and documents no upper bound; casegraph sends at most
 * 50 ids per call, a common client practice that keeps each request and response small.
 */
export const BULK_FETCH_CHUNK_SIZE = 50;

/** Every Sprinklr message is a "message"; the channel it came from is in `service`. */
export const SPRINKLR_INTERACTION_CONTENT_TYPE = 'message';

export interface SprinklrMessageIdParts {
  sourceType: string;
  sourceId: string;
  channelCreatedTime: number;
  channelType: string;
  messageType: string;
  channelMessageId: string;
}

/** sourceType_sourceId_channelCreatedTime_channelType_messageType_channelMessageId (channel types are letters and `_`). */
const MESSAGE_ID = /^([A-Z]+(?:_[A-Z]+)*)_(\d+)_(\d+)_([A-Z]+(?:_[A-Z]+)*)_(\d+)_(.+)$/;

/** Reads the documented message-id format; null for an id that does not follow it. */
export function parseSprinklrMessageId(id: string): SprinklrMessageIdParts | null {
  const m = MESSAGE_ID.exec(id);
  if (!m) return null;
  const [, sourceType, sourceId, time, channelType, messageType, channelMessageId] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return { sourceType, sourceId, channelCreatedTime: Number(time), channelType, messageType, channelMessageId };
}

/**
 * The message ids to read for a case: `firstMessageId` first (kept even when the associated-messages
 * list omits it), then the listed ids in Sprinklr's order, each once.
 */
export function sprinklrCaseMessageIds(firstMessageId: string | null | undefined, listed: readonly string[]): string[] {
  const ids = [firstMessageId, ...listed].filter((id): id is string => typeof id === 'string' && id.trim() !== '');
  return [...new Set(ids)];
}

/** The bulk-fetch bodies for some ids: JSON arrays of at most `BULK_FETCH_CHUNK_SIZE` ids each. */
export function toSprinklrBulkFetchBodies(
  ids: readonly string[],
  size: number = BULK_FETCH_CHUNK_SIZE,
): SprinklrBulkFetchRequest[] {
  const bodies: SprinklrBulkFetchRequest[] = [];
  for (let i = 0; i < ids.length; i += size) bodies.push(ids.slice(i, i + size));
  return bodies;
}

const idString = (value: string | number | null | undefined): string | null =>
  value === null || value === undefined || value === '' ? null : String(value);

/**
 * One message → one interaction. `body` is the text, else the title (e-mail subjects), else null
 * (calls and media carry an attachment only); `createdAt` is when the message was created on its
 * channel; the author is the sender's profile, `brandOwned` when the brand sent it.
 */
export function fromSprinklrMessage(wire: SprinklrMessageWire): InteractionModel {
  const sender = wire.senderProfile;
  return {
    id: wire.messageId,
    serviceId: wire.messageId,
    body: blankToNull(wire.content?.text) ?? blankToNull(wire.content?.title),
    createdAt: fromEpochMs(wire.channelCreatedTime ?? wire.createdTime) ?? messageIdTime(wire.messageId),
    linkUrl: blankToNull(wire.permalink),
    service: blankToNull(wire.channelType),
    contentType: SPRINKLR_INTERACTION_CONTENT_TYPE,
    author: {
      service: blankToNull(sender?.channelType),
      serviceId: idString(sender?.channelId),
      handle: blankToNull(sender?.username),
      name: blankToNull(sender?.name),
      brandOwned: wire.brandPost ?? null,
    },
  };
}

function messageIdTime(id: string): Date | null {
  const time = parseSprinklrMessageId(id)?.channelCreatedTime;
  return time === undefined ? null : new Date(time);
}

/** A message id Sprinklr did not return: only its id, and the time its id carries. */
export function sprinklrMessageStub(id: string): InteractionModel {
  return { id, serviceId: id, body: null, createdAt: messageIdTime(id), author: {} };
}

/**
 * The case's interactions: each id with the message bulk-fetch returned for it, or a stub when it
 * returned none, oldest first (ties keep the id order). A message is matched by its `messageId`, or
 * else by channel type and channel message id, since Sprinklr may answer an id whose time part
 * differs from the one asked for (as "Read Message by ID" example 1 does).
 */
export function fromSprinklrMessages(
  ids: readonly string[],
  messages: readonly SprinklrMessageWire[],
): InteractionModel[] {
  const byId = new Map(messages.map((m) => [m.messageId, m]));
  const byChannel = new Map<string, SprinklrMessageWire>();
  for (const m of messages) {
    const channelMessageId = idString(m.channelMessageId);
    if (m.channelType && channelMessageId !== null) byChannel.set(`${m.channelType}\u0000${channelMessageId}`, m);
  }
  const used = new Set<SprinklrMessageWire>();
  const interactions = ids.map((id) => {
    const parts = parseSprinklrMessageId(id);
    const found =
      byId.get(id) ?? (parts ? byChannel.get(`${parts.channelType}\u0000${parts.channelMessageId}`) : undefined);
    if (!found || used.has(found)) return sprinklrMessageStub(id);
    used.add(found);
    return fromSprinklrMessage(found);
  });
  const time = (i: InteractionModel): number => i.createdAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return interactions
    .map((interaction, index) => ({ interaction, index }))
    .sort((a, b) => time(a.interaction) - time(b.interaction) || a.index - b.index)
    .map((e) => e.interaction);
}

const commentAuthor = (user: string | number | null | undefined): AuthorModel | null =>
  user === null || user === undefined || user === '' ? null : { id: String(user) };

/** A comment as `POST /api/v2/comment/CASE/{caseNumber}` returns it. */
export function fromSprinklrComment(wire: SprinklrCommentWire): CommentModel {
  return {
    id: wire.id,
    body: wire.text,
    createdAt: fromEpochMs(wire.createdTime),
    author: commentAuthor(wire.commentingUser),
  };
}

/** A comment as the v1 comment search returns it; its text arrives wrapped in line breaks, which are trimmed. */
export function fromSprinklrSearchedComment(wire: SprinklrSearchedCommentWire): CommentModel {
  return {
    id: wire.id,
    body: wire.comment.trim(),
    createdAt: fromEpochMs(wire.commentedOnDate),
    author: commentAuthor(wire.commentingUser),
  };
}

// ---------------------------------------------------------------- case search

/**
 * The Sprinklr status names casegraph reads as each status (what `fromSprinklrStatus` normalises):
 * Sprinklr's default case statuses and the usual alternatives. A status filter asks for these names;
 * an instance's own status names read as OTHER.
 */
export const SPRINKLR_STATUS_NAMES: Readonly<Record<Exclude<CaseStatus, 'OTHER'>, readonly string[]>> = {
  NEW: ['New'],
  OPEN: ['Open', 'Assigned', 'In Progress', 'In Process', 'Reopened', 'Working'],
  PENDING: ['Awaiting Response', 'Awaiting Assignment', 'Pending', 'Waiting'],
  ON_HOLD: ['On Hold', 'Hold', 'Parked'],
  RESOLVED: ['Resolved', 'Solved'],
  CLOSED: ['Closed', 'Archived'],
};

/**
 * The values of the priority property that casegraph reads as each priority. Sprinklr's examples
 * spell the case's own priority in lower case (`"priority": "high"`) and the property capitalised
 * (`"spr_uc_priority": ["High"]`), and a create copies the former into the latter: both are asked for.
 */
export const SPRINKLR_PRIORITY_VALUES: Readonly<Record<CasePriority, readonly string[]>> = {
  LOW: ['Low', 'low'],
  NORMAL: ['Medium', 'medium', 'Normal', 'normal'],
  HIGH: ['High', 'high'],
  URGENT: ['Critical', 'critical', 'Urgent', 'urgent'],
};

/** The search key of a case property (`workflow.customProperties.{customProperty id}` [D: search-by-entity]). */
export const sprinklrPropertySearchKey = (property: string): string => `workflow.customProperties.${property}`;

/** What the listing rules put on a case search: its conditions and its sort. */
export interface SprinklrSearchBody {
  filters: SprinklrSearchNode[];
  sorts: SprinklrSearchSort[];
}

export const emptySprinklrSearchBody = (): SprinklrSearchBody => ({ filters: [], sorts: [] });

const knownStatusNames = (): string[] => Object.values(SPRINKLR_STATUS_NAMES).flat();

/**
 * The status condition: `IN` the names of the statuses asked for; OTHER is `NIN` every name casegraph
 * knows, and both together are an `OR` of the two.
 */
export function sprinklrStatusCondition(statuses: readonly CaseStatus[]): SprinklrSearchNode {
  const key = sprinklrPropertySearchKey(STATUS_PROPERTY);
  const named = [...new Set(statuses)].flatMap((s) => (s === 'OTHER' ? [] : SPRINKLR_STATUS_NAMES[s]));
  const known: SprinklrSearchCondition = { type: 'IN', key, values: named };
  if (!statuses.includes('OTHER')) return known;
  const other: SprinklrSearchCondition = { type: 'NIN', key, values: knownStatusNames() };
  return named.length === 0 ? other : { type: 'OR', filters: [known, other] };
}

export function sprinklrPriorityCondition(priorities: readonly CasePriority[]): SprinklrSearchCondition {
  return {
    type: 'IN',
    key: sprinklrPropertySearchKey(PRIORITY_PROPERTY),
    values: [...new Set(priorities)].flatMap((p) => SPRINKLR_PRIORITY_VALUES[p]),
  };
}

/** The address as given and in lower case: an exact match at Sprinklr, a case-insensitive one in casegraph. */
export function sprinklrEmailCondition(email: string): SprinklrSearchCondition {
  return { type: 'IN', key: 'contact.channelId', values: [...new Set([email, email.toLowerCase()])] };
}

/** An inclusive time range on `createdTime` or `modifiedTime`, in epoch milliseconds (either end open). */
export function sprinklrTimeConditions(
  key: 'createdTime' | 'modifiedTime',
  range: { from?: Date | null | undefined; to?: Date | null | undefined },
): SprinklrSearchCondition[] {
  return [
    ...(range.from ? [{ type: 'GTE' as const, key, values: [toEpochMs(range.from)] }] : []),
    ...(range.to ? [{ type: 'LTE' as const, key, values: [toEpochMs(range.to)] }] : []),
  ];
}

/** The cases whose property holds the value (for a list property: among its values). */
export function sprinklrPropertyCondition(property: string, value: string): SprinklrSearchCondition {
  return { type: 'IN', key: sprinklrPropertySearchKey(property), values: [value] };
}

/**
 * The whole search request for one page: the rules' conditions and, always, `deleted EQUALS false`
 * (a deleted case is no case to list); the rules' sort and then `id` ascending, so cases with the same
 * time come in one order on every page; `page.start` the 0-based offset of the first case wanted.
 */
export function toSprinklrCaseSearchBody(
  body: SprinklrSearchBody,
  page: { start: number; size: number },
): SprinklrCaseSearchRequest {
  return {
    filter: { type: 'AND', filters: [{ type: 'EQUALS', key: 'deleted', values: ['false'] }, ...body.filters] },
    sorts: [...body.sorts, { key: 'id', order: 'ASC' }],
    page: { start: page.start, size: page.size },
    includeCount: true,
  };
}

/**
 * The id to pass as `?id=` from a search answer's `cursor`: `"id=5dd2699aaf47f50001d3299d"` in the
 * examples, the whole next-page URL on the cursor page; null for anything else.
 */
export function sprinklrCursorId(cursor: string | null | undefined): string | null {
  if (!cursor) return null;
  const query = cursor.includes('?') ? cursor.slice(cursor.indexOf('?') + 1) : cursor;
  const id = new URLSearchParams(query).get('id');
  return id !== null && /^[A-Za-z0-9._~-]{1,200}$/.test(id) ? id : null;
}

/** One page of a case search, in casegraph's terms. */
export interface SprinklrSearchPage {
  /** The cases, without comments or messages (`complete: false`: read whole on demand). */
  cases: CaseModel[];
  /** The cursor id of the next page, while there is one. */
  cursorId: string | null;
  /** Every match, when the search counted them. */
  count: number | null;
}

export function fromSprinklrSearchPage(
  answer: SprinklrCaseSearchResponse,
  definitions: readonly CustomFieldDefinitionModel[] = [],
): SprinklrSearchPage {
  return {
    cases: (answer.data.results ?? []).map((wire) => ({
      ...fromSprinklrCase(wire, { comments: [], interactions: [] }, definitions),
      complete: false,
    })),
    cursorId: sprinklrCursorId(answer.data.cursor),
    count: answer.data.count ?? null,
  };
}
