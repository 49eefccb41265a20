// Pure translations between casegraph's model and Talkdesk's wire formats. No I/O here.
import { CaseError, validationError } from '../../domain/errors.js';
import type { FieldErrorModel } from '../../domain/errors.js';
import type { CaseListFilter, CaseListOrder, CustomFieldCondition, DateRange } from '../../domain/listing.js';
import type {
  AssigneeModel,
  AuthorModel,
  CaseModel,
  CasePriority,
  CaseStatus,
  CreateCaseInput,
  CustomFieldDefinitionModel,
  CustomFieldScalar,
  CustomFieldType,
  CustomFieldValueModel,
  NoteInput,
  NoteModel,
  UpdateCaseInput,
} from '../../domain/model.js';
import { applyNativeRules } from '../shared/listing.js';
import type { ListingRules } from '../shared/listing.js';
import type { CheckedCustomField } from '../shared/validation.js';
import type {
  TalkdeskCase,
  TalkdeskCaseList,
  TalkdeskCreateCaseRequest,
  TalkdeskCustomFieldCondition,
  TalkdeskDictEntry,
  TalkdeskFieldDefinition,
  TalkdeskFilterPriority,
  TalkdeskFilterStatus,
  TalkdeskFlatCustomValue,
  TalkdeskListQuery,
  TalkdeskNote,
  TalkdeskNoteRequest,
  TalkdeskObjectCustomValue,
  TalkdeskRequestPriority,
  TalkdeskRequestStatus,
  TalkdeskResponseCustomValue,
  TalkdeskUpdateCaseRequest,
} from './wire.js';

export const TALKDESK_VENDOR_NAME = 'Talkdesk';
export const DEFAULT_REQUESTER_TYPE = 'Contact';

// ---------------------------------------------------------------------------------------------
// OAuth
// ---------------------------------------------------------------------------------------------

/** `Authorization: Basic base64(client_id:client_secret)`, as the cc-basic page shows it. */
export function talkdeskBasicAuthorization(clientId: string, clientSecret: string): string {
  return `Basic ${Buffer.from(`${clientId}:${clientSecret}`, 'utf8').toString('base64')}`;
}

/** The form body of the client-credentials token request. */
export function toTalkdeskTokenRequestBody(scopes: readonly string[]): string {
  return new URLSearchParams({ grant_type: 'client_credentials', scope: scopes.join(' ') }).toString();
}

/**
 * How long to keep a token: until `expires_in` minus a margin of 10% of its lifetime, at most 30 s,
 * so that a request never leaves with a token about to expire.
 */
export function talkdeskTokenRefreshDelayMs(expiresInSeconds: number): number {
  const lifetimeMs = expiresInSeconds * 1000;
  return lifetimeMs - Math.min(30_000, lifetimeMs * 0.1);
}

// ---------------------------------------------------------------------------------------------
// Status and priority
// ---------------------------------------------------------------------------------------------

const STATUS_FROM_TALKDESK: Record<string, CaseStatus> = {
  new: 'NEW',
  open: 'OPEN',
  pending: 'PENDING',
  'on-hold': 'ON_HOLD',
  onhold: 'ON_HOLD',
  resolved: 'RESOLVED',
  solved: 'RESOLVED',
  closed: 'CLOSED',
};

/** Talkdesk's status in any casing (`ON-HOLD`, `On-hold`, `on_hold`) → CaseStatus; unknown → OTHER. */
export function fromTalkdeskStatus(status: string | null | undefined): CaseStatus | null {
  if (status === null || status === undefined || status.trim() === '') return null;
  const normalised = status
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return STATUS_FROM_TALKDESK[normalised] ?? 'OTHER';
}

const STATUS_TO_TALKDESK: Record<Exclude<CaseStatus, 'OTHER'>, TalkdeskRequestStatus> = {
  NEW: 'NEW',
  OPEN: 'OPEN',
  PENDING: 'PENDING',
  ON_HOLD: 'ON-HOLD',
  RESOLVED: 'RESOLVED',
  CLOSED: 'CLOSED',
};

/** CaseStatus → the upper-case spelling of the update sample (`ON-HOLD`); OTHER has no Talkdesk value. */
export function toTalkdeskStatus(status: CaseStatus): TalkdeskRequestStatus | null {
  return status === 'OTHER' ? null : STATUS_TO_TALKDESK[status];
}

/** Talkdesk's priority in any casing (`LOW`, `Low`) → CasePriority; unknown → null (kept in vendorPriority). */
export function fromTalkdeskPriority(priority: string | null | undefined): CasePriority | null {
  switch ((priority ?? '').trim().toUpperCase()) {
    case 'LOW':
      return 'LOW';
    case 'NORMAL':
      return 'NORMAL';
    case 'HIGH':
      return 'HIGH';
    case 'URGENT':
      return 'URGENT';
    default:
      return null;
  }
}

/** CasePriority → the upper-case spelling of the request samples. */
export function toTalkdeskPriority(priority: CasePriority): TalkdeskRequestPriority {
  return priority;
}

// ---------------------------------------------------------------------------------------------
// Timestamps
// ---------------------------------------------------------------------------------------------

/** A vendor ISO-8601 timestamp → Date, or null when absent or unreadable. */
export function fromTalkdeskTimestamp(value: string | null | undefined): Date | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms);
}

/**
 * An ISO date or date-time → Talkdesk's `2022-04-21T06:30:21Z` (UTC, seconds). A date without a
 * time is midnight UTC; a date-time without a zone is read as UTC.
 */
export function toTalkdeskTimestamp(value: string): string {
  let iso = value.trim().replace(' ', 'T');
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) iso = `${iso}T00:00:00Z`;
  else if (!/(?:Z|[+-]\d{2}:?\d{2})$/i.test(iso)) iso = `${iso}Z`;
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// ---------------------------------------------------------------------------------------------
// Custom-field definitions
// ---------------------------------------------------------------------------------------------

/** Key prefixes the create page lists, longest first so `multi_line_text` wins over `text`. */
const PREFIX_TYPES: ReadonlyArray<readonly [string, CustomFieldType]> = [
  ['multi_line_text', 'TEXTAREA'],
  ['dependent_field', 'DEPENDENT'],
  ['multi_select', 'MULTI_SELECT'],
  ['drop_down', 'SINGLE_SELECT'], // the spelling of the fields-list and update samples
  ['dropdown', 'SINGLE_SELECT'],
  ['checkbox', 'BOOLEAN'],
  ['numeric', 'NUMBER'],
  ['decimal', 'DECIMAL'],
  ['date', 'DATE'],
  ['text', 'TEXT'],
];

/**
 * A field's type from its key prefix (`text1` → TEXT), falling back to a `type` that names a prefix.
 * The docs' own `type` values are opaque codes (`"001"`), so the key decides. Null when neither matches.
 */
export function talkdeskFieldType(key: string, type?: string | null): CustomFieldType | null {
  const byPrefix = (s: string) => PREFIX_TYPES.find(([prefix]) => s.toLowerCase().startsWith(prefix))?.[1] ?? null;
  return byPrefix(key) ?? (type ? (PREFIX_TYPES.find(([prefix]) => type.toLowerCase() === prefix)?.[1] ?? null) : null);
}

/** A `dict_list` entry with its label read from `value` or the docs' `lable`. */
export interface TalkdeskDictNode {
  key: string;
  label: string | null;
  children: TalkdeskDictNode[];
}

/** Field definitions in casegraph's form, plus the option trees needed for labels and dependent paths. */
export interface TalkdeskFieldCatalog {
  definitions: CustomFieldDefinitionModel[];
  trees: ReadonlyMap<string, TalkdeskDictNode[]>;
}

function toDictNodes(entries: readonly TalkdeskDictEntry[] | null | undefined): TalkdeskDictNode[] {
  return (entries ?? []).map((e) => ({
    key: e.key,
    label: e.value ?? e.lable ?? null,
    children: toDictNodes(e.children),
  }));
}

/**
 * `GET /cm/meta/va/fields` → definitions. Inactive fields and fields whose type cannot be told are
 * not offered. Talkdesk's `required` means "agents must enter a value in the field to change the
 * case status to solved" (get-a-list-of-case-fields): it is required to resolve, never on create.
 */
export function fromTalkdeskFieldDefinitions(fields: readonly TalkdeskFieldDefinition[]): TalkdeskFieldCatalog {
  const definitions: CustomFieldDefinitionModel[] = [];
  const trees = new Map<string, TalkdeskDictNode[]>();
  for (const field of fields) {
    if (!field.active) continue;
    const type = talkdeskFieldType(field.key, field.type);
    if (!type) continue;
    const nodes = toDictNodes(field.dict_list);
    trees.set(field.key, nodes);
    const hasOptions = type === 'SINGLE_SELECT' || type === 'MULTI_SELECT' || type === 'DEPENDENT';
    definitions.push({
      key: field.key,
      label: field.name,
      type,
      required: false,
      requiredFor: field.required ? ['RESOLVE'] : [],
      options: hasOptions ? nodes.map((n) => ({ value: n.key, label: n.label })) : [],
    });
  }
  return { definitions, trees };
}

/** Labels of the options a select value names, or null when any of them has none. */
function optionLabels(nodes: readonly TalkdeskDictNode[], values: readonly string[]): string[] | null {
  const labels = values.map((v) => nodes.find((n) => n.key === v)?.label ?? null);
  return labels.every((l): l is string => l !== null) ? labels : null;
}

/** Labels along a dependent-field path (each value a child of the one before), or null when it is not a path. */
export function dependentPathLabels(
  nodes: readonly TalkdeskDictNode[],
  values: readonly string[],
): (string | null)[] | null {
  const labels: (string | null)[] = [];
  let level: readonly TalkdeskDictNode[] = nodes;
  for (const value of values) {
    const node = level.find((n) => n.key === value);
    if (!node) return null;
    labels.push(node.label);
    level = node.children;
  }
  return labels;
}

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

/** A select option key as the create sample sends it: `"dropdown1": 1` for key "1", but "001" stays a string. */
function selectWireValue(key: string): string | number {
  return /^(?:0|[1-9]\d{0,14})$/.test(key) ? Number(key) : key;
}

/** A checked custom-field value in the flat form of the create body. */
export function toTalkdeskFlatCustomValue(field: CheckedCustomField): TalkdeskFlatCustomValue {
  const { definition, value } = field;
  switch (definition.type) {
    case 'DATE':
      return toTalkdeskTimestamp(String(value));
    case 'SINGLE_SELECT':
      return selectWireValue(String(value));
    case 'MULTI_SELECT':
    case 'DEPENDENT':
    case 'STRING_LIST':
      return Array.isArray(value) ? value : [String(value)];
    // The shared validator already checked the JS type.
    case 'TEXT':
    case 'TEXTAREA':
    case 'NUMBER':
    case 'DECIMAL':
    case 'BOOLEAN':
      return value ?? '';
  }
}

/** A checked custom-field value in the `{value, label}` form of the update body, labels from the definitions. */
export function toTalkdeskObjectCustomValue(
  field: CheckedCustomField,
  catalog: TalkdeskFieldCatalog,
): TalkdeskObjectCustomValue {
  const { definition, value } = field;
  const tree = catalog.trees.get(definition.key) ?? [];
  switch (definition.type) {
    case 'DATE':
      return { value: toTalkdeskTimestamp(String(value)) };
    case 'SINGLE_SELECT': {
      const key = String(value);
      const labels = optionLabels(tree, [key]);
      return labels?.[0] === undefined ? { value: key } : { label: labels[0], value: key };
    }
    case 'MULTI_SELECT': {
      const keys = Array.isArray(value) ? value : [String(value)];
      const labels = optionLabels(tree, keys);
      return labels ? { label: labels, value: keys } : { value: keys };
    }
    case 'DEPENDENT': {
      const keys = Array.isArray(value) ? value : [String(value)];
      const labels = dependentPathLabels(tree, keys);
      return labels?.every((l): l is string => l !== null) ? { label: labels, value: keys } : { value: keys };
    }
    case 'TEXT':
    case 'TEXTAREA':
    case 'NUMBER':
    case 'DECIMAL':
    case 'BOOLEAN':
    case 'STRING_LIST':
      return { value: toTalkdeskFlatCustomValue(field) };
  }
}

function toTalkdeskNote(note: NoteInput): TalkdeskNoteRequest {
  return {
    ...(note.title != null ? { note_title: note.title } : {}),
    note_body: note.body,
    public: note.public ?? false,
  };
}

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/** CreateCaseInput → `POST /cm/core/va/cases` body. Only keys with values are sent; custom fields are flat. */
export function toTalkdeskCreateBody(
  input: CreateCaseInput,
  customFields: readonly CheckedCustomField[],
): TalkdeskCreateCaseRequest {
  const body: TalkdeskCreateCaseRequest = { title: input.title ?? '', description: input.description ?? '' };
  if (present(input.talkdesk?.parentId)) body.parent_id = input.talkdesk.parentId;
  if (present(input.assigneeId)) body.owner_id = input.assigneeId;
  if (present(input.priority)) body.priority = toTalkdeskPriority(input.priority);
  if (present(input.requester?.email)) body.requester_email = input.requester.email;
  if (present(input.requester?.name)) body.requester_name = input.requester.name;
  body.requester_type = input.talkdesk?.requesterType ?? DEFAULT_REQUESTER_TYPE;
  if (customFields.length > 0) {
    body.custom_fields = Object.fromEntries(customFields.map((f) => [f.definition.key, toTalkdeskFlatCustomValue(f)]));
  }
  if (input.notes && input.notes.length > 0) body.notes = input.notes.map(toTalkdeskNote);
  return body;
}

/** UpdateCaseInput → `PATCH /cm/core/va/cases/{id}` body. Custom fields in object form; notes are appended. */
export function toTalkdeskUpdateBody(
  input: UpdateCaseInput,
  customFields: readonly CheckedCustomField[],
  catalog: TalkdeskFieldCatalog,
): TalkdeskUpdateCaseRequest {
  const body: TalkdeskUpdateCaseRequest = {};
  if (present(input.talkdesk?.parentId)) body.parent_id = input.talkdesk.parentId;
  if (present(input.title)) body.title = input.title;
  if (present(input.description)) body.description = input.description;
  if (present(input.assigneeId)) body.owner_id = input.assigneeId;
  if (present(input.priority)) body.priority = toTalkdeskPriority(input.priority);
  if (present(input.talkdesk?.type)) body.type = input.talkdesk.type;
  if (present(input.status)) {
    const status = toTalkdeskStatus(input.status);
    if (status) body.status = status;
  }
  if (present(input.talkdesk?.resolution)) body.resolution = input.talkdesk.resolution;
  if (customFields.length > 0) {
    body.custom_fields = Object.fromEntries(
      customFields.map((f) => [f.definition.key, toTalkdeskObjectCustomValue(f, catalog)]),
    );
  }
  if (input.notes && input.notes.length > 0) body.notes = input.notes.map(toTalkdeskNote);
  if (present(input.talkdesk?.groupId)) body.group_id = input.talkdesk.groupId;
  return body;
}

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

/** A response custom-field value (flat or `{value, label}`) in casegraph's normalised form, or undefined to skip it. */
function fromTalkdeskCustomValue(
  raw: TalkdeskResponseCustomValue,
  type: CustomFieldType,
): CustomFieldScalar | undefined {
  const value = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw.value : raw;
  if (value === null) return undefined;
  switch (type) {
    case 'BOOLEAN':
      return typeof value === 'boolean' ? value : undefined;
    case 'NUMBER':
    case 'DECIMAL': {
      const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
      return Number.isFinite(n) ? n : undefined;
    }
    case 'SINGLE_SELECT':
      return Array.isArray(value) || typeof value === 'boolean' ? undefined : String(value);
    case 'MULTI_SELECT':
    case 'DEPENDENT':
    case 'STRING_LIST':
      return Array.isArray(value) ? value.map(String) : typeof value === 'boolean' ? undefined : [String(value)];
    case 'TEXT':
    case 'TEXTAREA':
    case 'DATE':
      return typeof value === 'string' ? value : undefined;
  }
}

function guessType(raw: TalkdeskResponseCustomValue): CustomFieldType {
  const value = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw.value : raw;
  if (typeof value === 'boolean') return 'BOOLEAN';
  if (typeof value === 'number') return 'DECIMAL';
  if (Array.isArray(value)) return 'STRING_LIST';
  return 'TEXT';
}

/** `custom_fields` of a case → typed values: by definition where known, else by key prefix, else by value. */
export function fromTalkdeskCustomFields(
  customFields: Record<string, TalkdeskResponseCustomValue> | null | undefined,
  catalog?: TalkdeskFieldCatalog,
): CustomFieldValueModel[] {
  const out: CustomFieldValueModel[] = [];
  for (const [key, raw] of Object.entries(customFields ?? {})) {
    const definition = catalog?.definitions.find((d) => d.key === key);
    const type = definition?.type ?? talkdeskFieldType(key) ?? guessType(raw);
    const value = fromTalkdeskCustomValue(raw, type);
    if (value === undefined) continue;
    out.push({ key, label: definition?.label ?? null, type, value });
  }
  return out;
}

function fromTalkdeskNote(note: TalkdeskNote): NoteModel {
  return { id: note.id ?? null, title: note.note_title ?? null, body: note.note_body, public: note.public ?? false };
}

function requesterOf(wire: TalkdeskCase): AuthorModel | null {
  const author: AuthorModel = {
    id: wire.requester_id ?? null,
    name: wire.requester_name ?? null,
    email: wire.requester_email ?? null,
    phone: wire.requester_phone ?? null,
  };
  return Object.values(author).some((v) => v !== null && v !== '') ? author : null;
}

function assigneeOf(wire: TalkdeskCase): AssigneeModel | null {
  if (wire.owner_id) {
    const name = !wire.agent_id || wire.agent_id === wire.owner_id ? (wire.agent_name ?? null) : null;
    return { id: wire.owner_id, name };
  }
  if (wire.agent_id) return { id: wire.agent_id, name: wire.agent_name ?? null };
  return null;
}

/** A Talkdesk case (create, update or get response) → CaseModel. Interactions and comments are always empty. */
export function fromTalkdeskCase(wire: TalkdeskCase, catalog?: TalkdeskFieldCatalog): CaseModel {
  return {
    id: wire.id,
    provider: 'TALKDESK',
    number: wire.id,
    title: wire.title ?? null,
    description: wire.description ?? null,
    status: fromTalkdeskStatus(wire.status),
    vendorStatus: wire.status ?? null,
    priority: fromTalkdeskPriority(wire.priority),
    vendorPriority: wire.priority ?? null,
    url: null,
    createdAt: fromTalkdeskTimestamp(wire.create_at),
    updatedAt: fromTalkdeskTimestamp(wire.update_at),
    requester: requesterOf(wire),
    assignee: assigneeOf(wire),
    interactions: [],
    notes: (wire.notes ?? []).map(fromTalkdeskNote),
    comments: [],
    customFields: fromTalkdeskCustomFields(wire.custom_fields, catalog),
  };
}

// ---------------------------------------------------------------------------------------------
// The case list (GET /cm/core/va/cases, docs.talkdesk.com/reference/get-case-list)
// ---------------------------------------------------------------------------------------------

/** get-case-list's date-time form: UTC with whole seconds, as the request sample and the case bodies have it. */
export const toTalkdeskListTime = (at: Date): string => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The largest `per_page` get-case-list takes. */
export const TALKDESK_MAX_PER_PAGE = 500;
/**
 * What an open end of a `create_at`/`update_at` range is sent as: the page documents only the
 * two-element `["from","to"]` form, so an open end is the earliest or latest instant that form can
 * write, which every case time lies between (a constant, so every page of one walk sends the same).
 */
export const TALKDESK_OPEN_RANGE_FROM = '1970-01-01T00:00:00Z';
export const TALKDESK_OPEN_RANGE_TO = '9999-12-31T23:59:59Z';

const FILTER_STATUS: Record<Exclude<CaseStatus, 'OTHER'>, TalkdeskFilterStatus> = {
  NEW: 'New',
  OPEN: 'Open',
  PENDING: 'Pending',
  ON_HOLD: 'On-hold',
  RESOLVED: 'Resolved',
  CLOSED: 'Closed',
};

const FILTER_PRIORITY: Record<CasePriority, TalkdeskFilterPriority> = {
  LOW: 'Low',
  NORMAL: 'Normal',
  HIGH: 'High',
  URGENT: 'Urgent',
};

/**
 * Why a `status` filter cannot be sent, or undefined when it can. get-case-list takes one Title-case
 * status (the sample's `status=Open`; unlike `priority`, `type` and `ids` the page never shows it as
 * a JSON array), so several statuses cannot go in one request; OTHER (a custom status, which
 * Talkdesk files under one of its own categories) has no value to send.
 */
export function talkdeskStatusRefusal(statuses: readonly CaseStatus[]): string | undefined {
  const distinct = [...new Set(statuses)];
  if (distinct.includes('OTHER')) {
    return 'its case list filters by its own statuses (New, Open, Pending, On-hold, Resolved, Closed), and OTHER, a custom status, is none of them';
  }
  if (distinct.length > 1) {
    return `its case list takes one status per request (get-case-list \`status=Open\`), and ${distinct.length} were given`;
  }
  return undefined;
}

/** The `status` filter value; a status it cannot send (see talkdeskStatusRefusal) is a ValidationError at `filter.status`. */
export function toTalkdeskStatusFilter(statuses: readonly CaseStatus[]): string {
  const refusal = talkdeskStatusRefusal(statuses);
  const [only] = statuses;
  if (refusal !== undefined || only === undefined || only === 'OTHER') {
    throw validationError([
      { path: ['filter', 'status'], message: `Talkdesk cannot filter by this status: ${refusal ?? 'none was given'}.` },
    ]);
  }
  return FILTER_STATUS[only];
}

/** The `priority` filter value: a JSON array of Title-case priorities, as the sample's `["Normal","High"]`. */
export function toTalkdeskPriorityFilter(priorities: readonly CasePriority[]): string {
  return JSON.stringify([...new Set(priorities)].map((p) => FILTER_PRIORITY[p]));
}

/**
 * A `create_at`/`update_at` filter value: `["from","to"]`, inclusive, in whole UTC seconds. A `from`
 * inside a second is rounded up and a `to` down, so that the whole-second case times it keeps are
 * exactly those casegraph's inclusive range holds; an open end is sent as the widest documented value.
 */
export function toTalkdeskListRange(range: DateRange): string {
  const from = range.from
    ? toTalkdeskListTime(new Date(Math.ceil(range.from.getTime() / 1000) * 1000))
    : TALKDESK_OPEN_RANGE_FROM;
  const to = range.to
    ? toTalkdeskListTime(new Date(Math.floor(range.to.getTime() / 1000) * 1000))
    : TALKDESK_OPEN_RANGE_TO;
  return JSON.stringify([from, to]);
}

/** A custom-field condition's value typed as the field stores it (by the key's documented prefix), or why it cannot be. */
function customConditionValue(
  condition: CustomFieldCondition,
): { value: string | number | boolean } | { problem: string } {
  const raw = condition.value;
  const type = talkdeskFieldType(condition.key);
  switch (type) {
    case 'BOOLEAN': {
      const lowered = raw.trim().toLowerCase();
      if (lowered === 'true' || lowered === 'false') return { value: lowered === 'true' };
      return { problem: `${condition.key} is a checkbox field: its value must be true or false.` };
    }
    case 'NUMBER':
    case 'DECIMAL': {
      const n = raw.trim() === '' ? NaN : Number(raw);
      if (Number.isFinite(n) && (type === 'DECIMAL' || Number.isInteger(n))) return { value: n };
      return {
        problem: `${condition.key} is a ${type === 'NUMBER' ? 'numeric' : 'decimal'} field: its value must be a number.`,
      };
    }
    case 'DATE':
      return Number.isNaN(Date.parse(raw))
        ? { problem: `${condition.key} is a date field: its value must be an ISO-8601 date-time.` }
        : { value: toTalkdeskTimestamp(raw) };
    case 'SINGLE_SELECT':
    case 'MULTI_SELECT':
    case 'DEPENDENT':
    case 'STRING_LIST':
    case 'TEXT':
    case 'TEXTAREA':
    case null:
      return { value: raw };
  }
}

/** Why a `customFields` filter cannot be sent (a value its field's type cannot hold), or undefined when it can. */
export function talkdeskCustomFieldsRefusal(conditions: readonly CustomFieldCondition[]): string | undefined {
  const problems = conditions.flatMap((condition) => {
    const typed = customConditionValue(condition);
    return 'problem' in typed ? [typed.problem] : [];
  });
  return problems.length > 0 ? problems.join(' ') : undefined;
}

/**
 * The `custom_fields` filter value: a JSON array of `{label, value}` with the field's key as `label`
 * and the value in the field's type (the sample's `[{"label": "checkbox31", "value": false}]`). A
 * value that the field's type cannot hold is a ValidationError: it could never match.
 */
export function toTalkdeskCustomFieldsFilter(conditions: readonly CustomFieldCondition[]): string {
  const out: TalkdeskCustomFieldCondition[] = [];
  const problems: FieldErrorModel[] = [];
  conditions.forEach((condition, index) => {
    const typed = customConditionValue(condition);
    if ('problem' in typed)
      problems.push({ path: ['filter', 'customFields', String(index), 'value'], message: typed.problem });
    else out.push({ label: condition.key, value: typed.value });
  });
  if (problems.length > 0) throw validationError(problems);
  return JSON.stringify(out);
}

/** The get-case-list page that holds a run of cases: `page` (from 1) of `perPage`, and where the run starts in it. */
export interface TalkdeskListWindow {
  page: number;
  perPage: number;
  /** How many cases of the page come before `offset`. */
  skip: number;
}

/**
 * The page to ask for the `first` cases from `offset` (0-based, in the list's order) in one call:
 * the smallest `per_page` from `first` up to 500 whose page holds all of them. Such a size exists
 * below 2·first for every offset; should none, the page of 500 holding `offset` gives as many as it can.
 */
export function talkdeskListWindow(offset: number, first: number): TalkdeskListWindow {
  const last = offset + first - 1;
  for (let perPage = Math.min(first, TALKDESK_MAX_PER_PAGE); perPage <= TALKDESK_MAX_PER_PAGE; perPage += 1) {
    const index = Math.floor(offset / perPage);
    if (index === Math.floor(last / perPage)) return { page: index + 1, perPage, skip: offset - index * perPage };
  }
  const index = Math.floor(offset / TALKDESK_MAX_PER_PAGE);
  return { page: index + 1, perPage: TALKDESK_MAX_PER_PAGE, skip: offset - index * TALKDESK_MAX_PER_PAGE };
}

/** The list request: the filters and order the rules apply, on the page the window names. */
export function toTalkdeskListQuery(
  rules: ListingRules<TalkdeskListQuery>,
  request: { filter: CaseListFilter; order: CaseListOrder },
  window: TalkdeskListWindow,
): TalkdeskListQuery {
  const query: TalkdeskListQuery = { page: String(window.page), per_page: String(window.perPage) };
  return applyNativeRules(rules, query, request.filter, request.order);
}

/**
 * The cases of a list answer from the window's start, up to `first`, each whole (list items carry
 * notes and custom fields as get-case-details does), with `total`. An answer for another page than
 * the one asked for cannot be placed in the list: a ProviderUnavailableError rather than a wrong slice.
 */
export function fromTalkdeskCaseList(
  list: TalkdeskCaseList,
  window: TalkdeskListWindow,
  first: number,
  catalog?: TalkdeskFieldCatalog,
): { cases: CaseModel[]; total: number } {
  if (list.page !== window.page || list.per_page !== window.perPage) {
    throw new CaseError(
      'ProviderUnavailableError',
      `Talkdesk answered page ${list.page} of ${list.per_page} cases when asked for page ${window.page} of ${window.perPage}.`,
    );
  }
  const cases = list._embedded.data
    .slice(window.skip, window.skip + first)
    .map((item) => fromTalkdeskCase(item, catalog));
  return { cases, total: list.total };
}
