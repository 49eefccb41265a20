// Pure translations between casegraph's model and Thalamus REST JSON v4 wire formats. No I/O here.
import type { VendorFailure, VendorFieldFailure } from '../../http/failure.js';
import type { HttpResponse } from '../../http/client.js';
import type {
  CaseModel,
  CaseStatus,
  CommentInput,
  CommentModel,
  CreateCaseInput,
  CustomFieldDefinitionModel,
  CustomFieldScalar,
  CustomFieldType,
  CustomFieldValueModel,
  NoteInput,
  NoteModel,
  UpdateCaseInput,
} from '../../domain/model.js';
import type { CheckedCustomField } from '../shared/validation.js';
import type { NamedCaseStatus } from './config.js';
import {
  THALAMUS_FAILED_TEXT,
  thalamusErrorBodySchema,
  type ThalamusCase,
  type ThalamusCaseData,
  type ThalamusCaseDataValue,
  type ThalamusComment,
  type ThalamusCommentInput,
  type ThalamusCreateBody,
  type ThalamusNoteBody,
  type ThalamusTransitionBody,
  type ThalamusTypeCategory,
  type ThalamusUpdateBody,
} from './wire.js';

// ---------------------------------------------------------------------------------------------
// Statuses

export type ThalamusStatusNames = Record<NamedCaseStatus, string>;

/**
 * PROJECT DECISION: the status names casegraph sends for each unified status, on create (`status`) and
 * through transitions (`statusName`). The docs' examples are "Created", "Open", "In Progress",
 * "Resolved" and "Closed"; status names are configured per case type in each instance, so every entry
 * can be overridden with THALAMUS_STATUS_NAMES (`OPEN=In Progress,NEW=Nuevo`).
 */
export const DEFAULT_THALAMUS_STATUS_NAMES: ThalamusStatusNames = {
  NEW: 'Created',
  OPEN: 'Open',
  PENDING: 'Pending',
  ON_HOLD: 'On Hold',
  RESOLVED: 'Resolved',
  CLOSED: 'Closed',
};

export function resolveThalamusStatusNames(overrides?: Partial<ThalamusStatusNames>): ThalamusStatusNames {
  return { ...DEFAULT_THALAMUS_STATUS_NAMES, ...overrides };
}

/** The Thalamus status name to send for a unified status; undefined for OTHER, which has none. */
export function toThalamusStatusName(status: CaseStatus, names: ThalamusStatusNames): string | undefined {
  return status === 'OTHER' ? undefined : names[status];
}

const statusKey = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

const INBOUND_STATUS: Record<string, CaseStatus> = {
  created: 'NEW',
  new: 'NEW',
  open: 'OPEN',
  'in progress': 'OPEN',
  pending: 'PENDING',
  'on hold': 'ON_HOLD',
  resolved: 'RESOLVED',
  closed: 'CLOSED',
};

/**
 * A Thalamus status name, normalised: compared case-insensitively with `_`/`-` read as spaces (the
 * transitions page writes `in_progress`). Configured names win over the built-in ones; the rest is OTHER.
 */
export function fromThalamusStatus(
  name: string,
  names: ThalamusStatusNames = DEFAULT_THALAMUS_STATUS_NAMES,
): CaseStatus {
  const key = statusKey(name);
  for (const [status, configured] of Object.entries(names) as [NamedCaseStatus, string][]) {
    if (statusKey(configured) === key) return status;
  }
  return INBOUND_STATUS[key] ?? 'OTHER';
}

// ---------------------------------------------------------------------------------------------
// Custom fields (`caseData`)

/** The vendor's caseData type names → casegraph's types. Unknown type names are not offered as fields. */
export function fromThalamusFieldType(type: string): CustomFieldType | undefined {
  switch (type.trim().toLowerCase()) {
    case 'boolean':
      return 'BOOLEAN';
    case 'decimal':
      return 'DECIMAL';
    case 'number':
    case 'integer':
      return 'NUMBER';
    case 'date':
      return 'DATE';
    case 'text':
    case 'string':
      return 'TEXT';
    default:
      return undefined;
  }
}

/** The caseData field definitions of one case type (category + type), from its typecategory entry. */
export function fromThalamusFieldDefinitions(entry: ThalamusTypeCategory): CustomFieldDefinitionModel[] {
  const out: CustomFieldDefinitionModel[] = [];
  for (const field of entry.caseDataFields ?? []) {
    const type = fromThalamusFieldType(field.type);
    if (!type) continue;
    const required = field.required ?? false;
    out.push({
      key: field.name,
      label: field.label ?? null,
      type,
      required,
      requiredFor: required ? ['CREATE'] : [],
      options: [],
    });
  }
  return out;
}

/**
 * PROJECT DECISION: `Query.customFieldDefinitions` for Thalamus is the union over every case type the
 * touchpoint may use. A key keeps its first definition; it is `required` only when every case type
 * requires it (each mutation is checked against its own case type's definitions anyway).
 */
export function unionThalamusFieldDefinitions(entries: readonly ThalamusTypeCategory[]): CustomFieldDefinitionModel[] {
  const perType = entries.map(fromThalamusFieldDefinitions);
  const byKey = new Map<string, CustomFieldDefinitionModel>();
  for (const defs of perType) {
    for (const def of defs) if (!byKey.has(def.key)) byKey.set(def.key, { ...def });
  }
  for (const def of byKey.values()) {
    def.required = perType.every((defs) => defs.some((d) => d.key === def.key && d.required));
    def.requiredFor = def.required ? ['CREATE'] : [];
  }
  return [...byKey.values()];
}

/** The typecategory entry for a category + type pair (the vendor's unique key), if the touchpoint sees it. */
export function findThalamusTypeCategory(
  entries: readonly ThalamusTypeCategory[],
  categoryCode: string,
  typeCode: string,
): ThalamusTypeCategory | undefined {
  return entries.find((e) => e.caseCategoryCode === categoryCode && e.caseTypeCode === typeCode);
}

/** A date for Thalamus: `YYYY-MM-DD`, the calendar date as written in the ISO input. */
export function toThalamusDate(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (!match?.[1]) throw new Error(`Not an ISO date: ${value}`);
  return match[1];
}

/**
 * A Thalamus date (`YYYY-MM-DD` or a unix-timestamp string) as `YYYY-MM-DD`. Timestamps of 12 digits or
 * more are read as milliseconds, shorter ones as seconds (the docs do not say which). Null for anything else.
 */
export function fromThalamusDate(value: unknown): string | null {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value.trim())) return value.trim().slice(0, 10);
  const digits =
    typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isFinite(digits)) return null;
  const ms = digits >= 1e11 ? digits : digits * 1000;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

export function toThalamusCaseDataValue(field: CheckedCustomField): ThalamusCaseDataValue {
  const { definition, value } = field;
  if (value === null) return null;
  if (definition.type === 'DATE' && typeof value === 'string') return toThalamusDate(value);
  if (Array.isArray(value)) return value.join(',');
  return value;
}

/** Checked custom-field inputs as a `caseData` object. */
export function toThalamusCaseData(fields: readonly CheckedCustomField[]): ThalamusCaseData {
  return Object.fromEntries(fields.map((f) => [f.definition.key, toThalamusCaseDataValue(f)]));
}

/** `links` inside caseData is the vendor's link list (the docs' example: `"caseData": {"links": []}`), not a field. */
const CASE_DATA_RESERVED = new Set(['links']);

const isScalar = (v: unknown): v is ThalamusCaseDataValue =>
  v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/**
 * The complete `caseData` an update must send (the vendor rejects a partial one with invalidCaseField):
 * every field of the case type, current values kept, the changes applied. When the case type stays the
 * same, current keys without a definition are kept too; when it changes, only the new type's fields go.
 */
export function mergeThalamusCaseData(
  current: Record<string, unknown> | null | undefined,
  changes: ThalamusCaseData,
  definitions: readonly CustomFieldDefinitionModel[],
  sameCaseType: boolean,
): ThalamusCaseData {
  const out: ThalamusCaseData = {};
  const currentData = current ?? {};
  if (sameCaseType) {
    for (const [key, value] of Object.entries(currentData)) {
      if (!CASE_DATA_RESERVED.has(key) && isScalar(value)) out[key] = value;
    }
  }
  for (const def of definitions) {
    if (out[def.key] !== undefined) continue;
    const value = currentData[def.key];
    out[def.key] = isScalar(value) ? value : null;
  }
  return { ...out, ...changes };
}

function inferValue(key: string, raw: unknown): CustomFieldValueModel | null {
  if (raw === null) return { key, label: null, type: 'TEXT', value: null };
  if (typeof raw === 'boolean') return { key, label: null, type: 'BOOLEAN', value: raw };
  if (typeof raw === 'number')
    return { key, label: null, type: Number.isInteger(raw) ? 'NUMBER' : 'DECIMAL', value: raw };
  if (typeof raw === 'string') {
    return /^\d{4}-\d{2}-\d{2}$/.test(raw)
      ? { key, label: null, type: 'DATE', value: raw }
      : { key, label: null, type: 'TEXT', value: raw };
  }
  if (Array.isArray(raw) && raw.every((v): v is string => typeof v === 'string')) {
    return { key, label: null, type: 'STRING_LIST', value: raw };
  }
  return null;
}

function typedValue(def: CustomFieldDefinitionModel, raw: unknown): CustomFieldScalar | undefined {
  if (raw === null) return null;
  switch (def.type) {
    case 'BOOLEAN':
      if (typeof raw === 'boolean') return raw;
      if (raw === 'true' || raw === 'false') return raw === 'true';
      return undefined;
    case 'NUMBER':
    case 'DECIMAL': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      return Number.isFinite(n) ? n : undefined;
    }
    case 'DATE':
      return fromThalamusDate(raw) ?? undefined;
    case 'TEXT':
    case 'TEXTAREA':
    case 'SINGLE_SELECT':
    case 'MULTI_SELECT':
    case 'DEPENDENT':
    case 'STRING_LIST':
      return typeof raw === 'string' ? raw : undefined;
  }
}

/** A case's `caseData` as typed custom-field values; dates as `YYYY-MM-DD`. Unknown keys get inferred types. */
export function fromThalamusCaseData(
  caseData: Record<string, unknown> | null | undefined,
  definitions: readonly CustomFieldDefinitionModel[] = [],
): CustomFieldValueModel[] {
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const out: CustomFieldValueModel[] = [];
  for (const [key, raw] of Object.entries(caseData ?? {})) {
    if (CASE_DATA_RESERVED.has(key)) continue;
    const def = byKey.get(key);
    const value = def ? typedValue(def, raw) : undefined;
    if (def && value !== undefined) {
      out.push({ key, label: def.label ?? null, type: def.type, value });
      continue;
    }
    const inferred = inferValue(key, raw);
    if (inferred) out.push(inferred);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Comments and notes

/**
 * PROJECT DECISION: Thalamus keeps one list, `comments`; its notes endpoint adds "a new comment (note)"
 * to it. An entry whose `type` is "note" (any case) is a casegraph note; every other entry is a comment.
 */
export const isThalamusNote = (comment: ThalamusComment): boolean => comment.type?.trim().toLowerCase() === 'note';

const commentId = (c: ThalamusComment): string | null => (c.id === null || c.id === undefined ? null : String(c.id));

export function fromThalamusComment(comment: ThalamusComment): CommentModel {
  return { id: commentId(comment), body: comment.description, createdAt: null, author: null };
}

/** Thalamus notes carry only a description: no title, and no visibility control (reported as not public). */
export function fromThalamusNote(comment: ThalamusComment): NoteModel {
  return { id: commentId(comment), title: null, body: comment.description, public: false };
}

export function toThalamusComments(comments: readonly CommentInput[]): ThalamusCommentInput[] {
  return comments.map((c) => ({ description: c.body }));
}

export function toThalamusNoteBody(note: NoteInput): ThalamusNoteBody {
  return { description: note.body };
}

// ---------------------------------------------------------------------------------------------
// Cases

export interface FromThalamusCaseOptions {
  /** caseData definitions of the case's type, to type its values; inferred from the values without them. */
  definitions?: readonly CustomFieldDefinitionModel[];
  statusNames?: ThalamusStatusNames;
}

/**
 * A Thalamus case in casegraph's model. Thalamus cases have no title, description, priority, people or
 * timestamps. PROJECT DECISION: `title` is the `typeCode` (as the schema documents), `number` the id.
 */
export function fromThalamusCase(wire: ThalamusCase, options: FromThalamusCaseOptions = {}): CaseModel {
  const comments = wire.comments ?? [];
  const status = wire.status ?? null;
  return {
    id: String(wire.id),
    provider: 'THALAMUS',
    number: String(wire.id),
    title: wire.typeCode,
    description: null,
    status: status === null ? null : fromThalamusStatus(status, options.statusNames),
    vendorStatus: status,
    priority: null,
    vendorPriority: null,
    url: null,
    createdAt: null,
    updatedAt: null,
    requester: null,
    assignee: null,
    interactions: [],
    notes: comments.filter(isThalamusNote).map(fromThalamusNote),
    comments: comments.filter((c) => !isThalamusNote(c)).map(fromThalamusComment),
    customFields: fromThalamusCaseData(wire.caseData, options.definitions),
  };
}

/** POST /api/v4/cases body. `status` by name; caseData from checked custom fields; never `attachements`. */
export function toThalamusCreateBody(
  input: CreateCaseInput,
  customFields: readonly CheckedCustomField[],
  statusNames: ThalamusStatusNames,
): ThalamusCreateBody {
  const body: ThalamusCreateBody = {
    categoryCode: input.thalamus?.categoryCode ?? '',
    typeCode: input.thalamus?.typeCode ?? '',
  };
  const status = input.status ? toThalamusStatusName(input.status, statusNames) : undefined;
  if (status !== undefined) body.status = status;
  if (input.thalamus?.resolution) body.resolution = input.thalamus.resolution;
  if (input.comments && input.comments.length > 0) body.comments = toThalamusComments(input.comments);
  if (customFields.length > 0) body.caseData = toThalamusCaseData(customFields);
  return body;
}

/** PUT /api/v4/cases/{id} body: the classification always; caseData only complete (see mergeThalamusCaseData). */
export function toThalamusUpdateBody(
  classification: { categoryCode: string; typeCode: string },
  input: UpdateCaseInput,
  caseData: ThalamusCaseData | undefined,
): ThalamusUpdateBody {
  const body: ThalamusUpdateBody = { categoryCode: classification.categoryCode, typeCode: classification.typeCode };
  if (input.thalamus?.resolution) body.resolution = input.thalamus.resolution;
  if (input.comments && input.comments.length > 0) body.comments = toThalamusComments(input.comments);
  if (caseData !== undefined) body.caseData = caseData;
  return body;
}

export function toThalamusTransitionBody(statusName: string): ThalamusTransitionBody {
  return { statusName };
}

// ---------------------------------------------------------------------------------------------
// Errors

/** True for the HTTP 200 plain-text `FAILED` answer, which is a failure, not a success [D: add-attachment]. */
export function isThalamusFailedText(res: HttpResponse): boolean {
  return res.json === undefined && res.text.trim().toUpperCase() === THALAMUS_FAILED_TEXT;
}

const INPUT_VENDOR_FIELDS = new Set(
  [
    'categoryCode',
    'typeCode',
    'status',
    'statusName',
    'resolution',
    'comments',
    'caseData',
    'description',
    'comment',
  ].map((f) => f.toLowerCase()),
);

/** Which vendor field a code is about, where the code implies it whatever key the vendor used. */
function vendorFieldFor(key: string, code: string): string {
  const lower = code.toLowerCase();
  const keyLower = key.toLowerCase();
  switch (lower) {
    case 'coderequired':
    case 'invalidcode':
      return keyLower === 'typecode'
        ? 'typeCode'
        : keyLower === 'categorycode'
          ? 'categoryCode'
          : key === ''
            ? 'categoryCode'
            : key;
    case 'categorysystemnode':
      return 'categoryCode';
    case 'initialstatusnotselected':
    case 'statusisalreadyclose':
      return 'status';
    case 'invalidcasefield':
      return key === '' || keyLower === 'casedata' || keyLower.startsWith('casedata.')
        ? key || 'caseData'
        : `caseData.${key}`;
    default:
      return key;
  }
}

const CODE_MESSAGES: Record<string, string> = {
  coderequired: 'Thalamus requires a category code.',
  invalidcode: 'Thalamus does not know this code, or the touchpoint may not use it.',
  invalidname: 'Thalamus has no such status or resolution name for this case type.',
  initialstatusnotselected: 'This case type needs an initial status.',
  categorysystemnode: 'The category is a system node; cases cannot be created in it.',
  invalidcasefield: 'caseData must name every field of the case type, with values of the right type.',
  invalid: 'Thalamus has no such status for this case type.',
  statusisalreadyclose: 'The case is closed; its status can no longer change.',
  invalidid: 'Thalamus has no such id, or this touchpoint may not use it.',
  required: 'Thalamus requires this field.',
  invalidformat: 'Thalamus rejected the format of this value.',
  invaliddateformat: 'Thalamus expects dates as YYYY-MM-DD or a unix timestamp.',
  noteditable: 'Thalamus does not let this field be changed.',
  invalidtoken: 'The token is not valid for this touchpoint.',
  invalidjson: 'Thalamus could not read the request body as JSON.',
  unsupportedmediatype: 'Thalamus expects a JSON request body.',
};

const describeCode = (code: string): string => CODE_MESSAGES[code.toLowerCase()] ?? 'Thalamus rejected the value.';

function codesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, 200);

/**
 * Reads a Thalamus error body (`{"errors": {"<field>": "<Code>"}}`, codes compared case-insensitively).
 * PROJECT DECISION: `invalidId` on anything but an input field (the case id) means the case does not
 * exist or the touchpoint may not see it: NotFoundError. Where it names an input field
 * (`{"comment": "InvalidId"}`) it stays a field error. Plain-text bodies are kept as the message.
 */
export function thalamusFailure(res: HttpResponse): VendorFailure {
  const parsed = thalamusErrorBodySchema.safeParse(res.json);
  if (!parsed.success) {
    const text = res.json === undefined ? oneLine(res.text) : '';
    return text === '' || /^<(!doctype|html)/i.test(text) ? {} : { message: text };
  }
  const fields: VendorFieldFailure[] = [];
  let notFoundCode: string | undefined;
  for (const [key, value] of Object.entries(parsed.data.errors)) {
    for (const code of codesOf(value)) {
      if (code.toLowerCase() === 'invalidid' && !INPUT_VENDOR_FIELDS.has(key.toLowerCase())) {
        notFoundCode ??= code;
        continue;
      }
      fields.push({ vendorField: vendorFieldFor(key, code), message: describeCode(code), vendorCode: code });
    }
  }
  if (notFoundCode !== undefined && fields.length === 0) return { type: 'NotFoundError', vendorCode: notFoundCode };
  const summary = fields
    .map((f) => `${f.vendorField}: ${f.message.replace(/\.$/, '')} (${f.vendorCode ?? ''})`)
    .join('; ');
  return { message: summary || undefined, vendorCode: fields[0]?.vendorCode, fields };
}

/** The GraphQL input path a Thalamus field name came from. */
export function thalamusFieldPath(vendorField: string): string[] {
  const [head = '', ...rest] = vendorField.split('.');
  switch (head.toLowerCase()) {
    case 'categorycode':
      return ['thalamus', 'categoryCode'];
    case 'typecode':
      return ['thalamus', 'typeCode'];
    case 'resolution':
      return ['thalamus', 'resolution'];
    case 'status':
    case 'statusname':
      return ['status'];
    case 'casedata':
      return ['customFields'];
    case 'comments':
      return ['comments', ...rest.slice(0, 1)];
    case 'description':
    case 'comment':
    case 'notes':
      return ['notes'];
    default:
      return [vendorField];
  }
}
