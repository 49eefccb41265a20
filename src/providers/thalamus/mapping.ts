// Pure translations between casegraph's model and Thalamus REST JSON v4 wire formats. No I/O here.
import type {
  CaseModel,
  CaseStatus,
  CommentInput,
  CommentModel,
  CreateCaseInput,
  UpdateCaseInput,
} from '../../domain/model.js';
import type { CustomFieldDefinitionModel, CustomFieldScalar, CustomFieldValueModel } from '../../domain/model.js';
import type { CheckedCustomField } from '../shared/validation.js';
import { NAMED_STATUSES } from './config.js';
import type { NamedCaseStatus, ThalamusCaseDataFields, ThalamusFieldDeclaration, ThalamusFieldType } from './config.js';
import type {
  ThalamusCase,
  ThalamusCaseData,
  ThalamusCaseDataValue,
  ThalamusComment,
  ThalamusCommentInput,
  ThalamusCreateBody,
  ThalamusTransitionBody,
  ThalamusUpdateBody,
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
  for (const status of NAMED_STATUSES) {
    if (statusKey(names[status]) === key) return status;
  }
  return INBOUND_STATUS[key] ?? 'OTHER';
}

// ---------------------------------------------------------------------------------------------
// Custom fields (`caseData`)

/** `links` inside caseData is the vendor's link list (the docs' example: `"caseData": {"links": []}`), not a field. */
const CASE_DATA_RESERVED = new Set(['links']);

const definitionOf = (field: ThalamusFieldDeclaration): CustomFieldDefinitionModel => ({
  key: field.key,
  label: null,
  type: field.type,
  required: field.required,
  requiredFor: field.required ? ['CREATE'] : [],
  options: [],
});

/**
 * The declared caseData fields of one case type: those of every type, then its own; a field is
 * required when either declaration says so.
 */
export function thalamusFieldDefinitions(
  declared: ThalamusCaseDataFields | undefined,
  categoryCode: string,
  typeCode: string,
): CustomFieldDefinitionModel[] {
  const byKey = new Map<string, CustomFieldDefinitionModel>();
  const own = declared?.byCaseType.find((t) => t.categoryCode === categoryCode && t.typeCode === typeCode);
  for (const field of [...(declared?.everyType ?? []), ...(own?.fields ?? [])]) {
    const known = byKey.get(field.key);
    const required = field.required || (known?.required ?? false);
    byKey.set(field.key, { ...definitionOf(field), required, requiredFor: required ? ['CREATE'] : [] });
  }
  return [...byKey.values()];
}

/**
 * `Query.customFieldDefinitions`: every declared field once. A field is `required` only when every
 * case type requires it, i.e. it is declared required for every type; each mutation is checked
 * against its own case type's fields.
 */
export function allThalamusFieldDefinitions(
  declared: ThalamusCaseDataFields | undefined,
): CustomFieldDefinitionModel[] {
  const byKey = new Map<string, CustomFieldDefinitionModel>();
  for (const field of declared?.everyType ?? []) byKey.set(field.key, definitionOf(field));
  for (const field of (declared?.byCaseType ?? []).flatMap((t) => t.fields)) {
    if (!byKey.has(field.key)) byKey.set(field.key, { ...definitionOf(field), required: false, requiredFor: [] });
  }
  return [...byKey.values()];
}

/** The declared type of each caseData key: one per key, whatever the case type. */
export function thalamusFieldTypes(declared: ThalamusCaseDataFields | undefined): Map<string, ThalamusFieldType> {
  const types = new Map<string, ThalamusFieldType>();
  for (const field of [...(declared?.everyType ?? []), ...(declared?.byCaseType ?? []).flatMap((t) => t.fields)]) {
    types.set(field.key, field.type);
  }
  return types;
}

/**
 * What an update may write on a case: the declared fields of its case type, plus the fields the case
 * already carries in `caseData` (Thalamus answers every field of the type), typed as declared or
 * else TEXT, the type they are read with.
 */
export function thalamusUpdatableFields(
  declared: ThalamusCaseDataFields | undefined,
  current: { categoryCode: string; typeCode: string; caseData?: Record<string, unknown> | null | undefined },
): CustomFieldDefinitionModel[] {
  const definitions = thalamusFieldDefinitions(declared, current.categoryCode, current.typeCode);
  const types = thalamusFieldTypes(declared);
  for (const key of Object.keys(current.caseData ?? {})) {
    if (CASE_DATA_RESERVED.has(key) || definitions.some((d) => d.key === key)) continue;
    definitions.push({
      key,
      label: null,
      type: types.get(key) ?? 'TEXT',
      required: false,
      requiredFor: [],
      options: [],
    });
  }
  return definitions;
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

/** An undeclared caseData value as TEXT: its type must not depend on whether it is set. */
function textValue(raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  return JSON.stringify(raw);
}

/** A declared caseData value in its type; null when it does not read as that type. */
function typedValue(type: ThalamusFieldType, raw: unknown): CustomFieldScalar {
  if (raw === null || raw === undefined) return null;
  switch (type) {
    case 'BOOLEAN':
      if (typeof raw === 'boolean') return raw;
      return raw === 'true' || raw === 'false' ? raw === 'true' : null;
    case 'NUMBER':
    case 'DECIMAL': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      return Number.isFinite(n) ? n : null;
    }
    case 'DATE':
      return fromThalamusDate(raw);
    case 'TEXT':
      return textValue(raw);
  }
}

/**
 * A case's `caseData` as custom-field values. A key's type comes from its declaration, whether the
 * field is set or not; undeclared keys read as TEXT. Dates read as `YYYY-MM-DD`.
 */
export function fromThalamusCaseData(
  caseData: Record<string, unknown> | null | undefined,
  types: ReadonlyMap<string, ThalamusFieldType> = new Map(),
): CustomFieldValueModel[] {
  const out: CustomFieldValueModel[] = [];
  for (const [key, raw] of Object.entries(caseData ?? {})) {
    if (CASE_DATA_RESERVED.has(key)) continue;
    const type = types.get(key);
    out.push(
      type === undefined
        ? { key, label: null, type: 'TEXT', value: textValue(raw) }
        : { key, label: null, type, value: typedValue(type, raw) },
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Comments

const commentId = (c: ThalamusComment): string | null => (c.id === null || c.id === undefined ? null : String(c.id));

/**
 * An entry of a case's `comments`: every entry is a comment, whether it was sent with a create or
 * update or added through the notes endpoint ("a new comment (note)" [D: add-case-note]).
 */
export function fromThalamusComment(comment: ThalamusComment): CommentModel {
  return { id: commentId(comment), body: comment.description, createdAt: null, author: null };
}

export function toThalamusComments(comments: readonly CommentInput[]): ThalamusCommentInput[] {
  return comments.map((c) => ({ description: c.body }));
}

// ---------------------------------------------------------------------------------------------
// Cases

export interface FromThalamusCaseOptions {
  /** The declared type of each caseData key (thalamusFieldTypes); undeclared keys read as TEXT. */
  fieldTypes?: ReadonlyMap<string, ThalamusFieldType>;
  statusNames?: ThalamusStatusNames;
}

/**
 * A Thalamus case in casegraph's model. Thalamus cases have no title, description, priority, people or
 * timestamps. PROJECT DECISION: `title` is the `typeCode` (as the schema documents), `number` the id.
 */
export function fromThalamusCase(wire: ThalamusCase, options: FromThalamusCaseOptions = {}): CaseModel {
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
    notes: [],
    comments: (wire.comments ?? []).map(fromThalamusComment),
    customFields: fromThalamusCaseData(wire.caseData, options.fieldTypes),
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
