// Pure translations between casegraph's model and the Khoros Custom CRM API spec's wire format.
import type {
  AuthorModel,
  CaseModel,
  CaseStatus,
  CreateCaseInput,
  CustomFieldDefinitionModel,
  InteractionInput,
  InteractionModel,
  UpdateCaseInput,
} from '../../domain/model.js';
import type { CustomFieldScalar, CustomFieldType, CustomFieldValueModel } from '../../domain/model.js';
import type { CheckedCustomField } from '../shared/validation.js';
import { KHOROS_RESERVED_CASE_PROPERTIES } from './wire.js';
import type {
  KhorosBestMatchBody,
  KhorosCase,
  KhorosCaseStatus,
  KhorosCreateBody,
  KhorosCustomer,
  KhorosCustomerSearchBody,
  KhorosCustomersAnswer,
  KhorosCustomValue,
  KhorosFieldType,
  KhorosInteraction,
  KhorosInteractionResponse,
  KhorosObjectStructure,
  KhorosUpdateBody,
} from './wire.js';

/** The spec's documented defaults for an interaction's `service` and `contentType`. */
export const KHOROS_DEFAULT_SERVICE = 'facebook';
export const KHOROS_DEFAULT_CONTENT_TYPE = 'post';

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

export function toKhorosInteraction(input: InteractionInput): KhorosInteraction {
  return {
    created: input.createdAt.toISOString(),
    body: input.body,
    linkUrl: input.linkUrl.toString(),
    serviceId: input.serviceId,
    service: input.service ?? KHOROS_DEFAULT_SERVICE,
    contentType: input.contentType ?? KHOROS_DEFAULT_CONTENT_TYPE,
    author: {
      service: input.author.service,
      serviceId: input.author.serviceId,
      handle: input.author.handle,
      name: input.author.name,
      brandOwned: input.author.brandOwned,
    },
  };
}

/** A checked custom-field value as the spec carries it: strings for text/textarea/single_sel_list, booleans for checkbox. */
export function toKhorosCustomValue(value: CustomFieldScalar): KhorosCustomValue | undefined {
  return typeof value === 'string' || typeof value === 'boolean' ? value : undefined;
}

/**
 * Custom case fields as the top-level properties the spec expects. A field named like a case
 * property (`id`, `title`, `interactions`, ...) is never emitted, so it can never overwrite one.
 */
export function toKhorosCustomProperties(fields: readonly CheckedCustomField[]): Record<string, KhorosCustomValue> {
  const entries: [string, KhorosCustomValue][] = [];
  for (const { definition, value } of fields) {
    if (KHOROS_RESERVED_CASE_PROPERTIES.has(definition.key)) continue;
    const wire = toKhorosCustomValue(value);
    if (wire !== undefined) entries.push([definition.key, wire]);
  }
  // fromEntries defines own properties, so even an odd key cannot reach the prototype.
  return Object.fromEntries(entries);
}

/** `POST /case`: `{customerId, title, interactions?, <custom fields>}`. */
export function toKhorosCreateBody(
  input: CreateCaseInput,
  customFields: readonly CheckedCustomField[],
): KhorosCreateBody {
  const body: KhorosCreateBody = {
    ...toKhorosCustomProperties(customFields),
    customerId: input.requester?.id ?? '',
    title: input.title ?? '',
  };
  if (input.interactions && input.interactions.length > 0)
    body.interactions = input.interactions.map(toKhorosInteraction);
  return orderCaseBody(body);
}

/** `PATCH /case/{id}`: only what changes. `interactions` holds only the new ones; the CRM appends them. */
export function toKhorosUpdateBody(
  input: UpdateCaseInput,
  customFields: readonly CheckedCustomField[],
): KhorosUpdateBody {
  const body: KhorosUpdateBody = { ...toKhorosCustomProperties(customFields) };
  if (input.title !== undefined && input.title !== null) body.title = input.title;
  if (input.interactions && input.interactions.length > 0)
    body.interactions = input.interactions.map(toKhorosInteraction);
  return orderCaseBody(body);
}

/** Documented properties first, in the spec's order, then custom fields (cosmetic, for readable wire logs). */
function orderCaseBody<T extends KhorosUpdateBody>(body: T): T {
  const order = ['customerId', 'title', 'interactions'];
  const entries = Object.entries(body);
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i === -1 ? order.length : i;
  };
  return Object.fromEntries(entries.sort(([a], [b]) => rank(a) - rank(b))) as T;
}

// ---------------------------------------------------------------------------------------------
// Field definitions (`GET /meta/object/case`)
// ---------------------------------------------------------------------------------------------

const FIELD_TYPES: Record<KhorosFieldType, CustomFieldType> = {
  text: 'TEXT',
  textarea: 'TEXTAREA',
  single_sel_list: 'SINGLE_SELECT',
  checkbox: 'BOOLEAN',
};

export function fromKhorosFieldType(type: string): CustomFieldType | undefined {
  return Object.hasOwn(FIELD_TYPES, type) ? FIELD_TYPES[type as KhorosFieldType] : undefined;
}

/**
 * The case fields a CRM declares. Fields that casegraph cannot handle safely are left out: a type
 * the spec does not document, a name that is a case property (it would overwrite it), a repeated name.
 * The spec has no notion of a required field, so none is.
 */
export function fromKhorosFieldDefinitions(structure: KhorosObjectStructure): CustomFieldDefinitionModel[] {
  const seen = new Set<string>();
  const definitions: CustomFieldDefinitionModel[] = [];
  for (const field of structure.fields) {
    const type = fromKhorosFieldType(field.type);
    if (!type || KHOROS_RESERVED_CASE_PROPERTIES.has(field.name) || seen.has(field.name)) continue;
    seen.add(field.name);
    definitions.push({
      key: field.name,
      label: field.label,
      type,
      required: false,
      requiredFor: [],
      options: type === 'SINGLE_SELECT' ? (field.listValues ?? []).map((v) => ({ value: v.value, label: v.name })) : [],
    });
  }
  return definitions;
}

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

const STATUSES: Record<KhorosCaseStatus, CaseStatus> = { open: 'OPEN', closed: 'CLOSED' };

export function fromKhorosStatus(status: KhorosCaseStatus): CaseStatus {
  return STATUSES[status];
}

export function fromKhorosInteraction(wire: KhorosInteractionResponse): InteractionModel {
  const author: AuthorModel = wire.author
    ? {
        id: wire.author.serviceId,
        service: wire.author.service,
        serviceId: wire.author.serviceId,
        handle: wire.author.handle,
        name: wire.author.name,
        brandOwned: wire.author.brandOwned,
      }
    : {};
  return {
    id: null,
    body: wire.body,
    createdAt: new Date(wire.created),
    linkUrl: wire.linkUrl,
    service: wire.service,
    serviceId: wire.serviceId,
    contentType: wire.contentType,
    author,
  };
}

/** A declared custom field whose value on the case does not have the declared type. */
export interface UnreadableCustomField {
  key: string;
  message: string;
}

function readCustomValue(definition: CustomFieldDefinitionModel, value: unknown): CustomFieldScalar | undefined {
  if (value === null) return null;
  switch (definition.type) {
    case 'BOOLEAN':
      return typeof value === 'boolean' ? value : undefined;
    // The Custom CRM spec declares every other property as a string.
    case 'TEXT':
    case 'TEXTAREA':
    case 'NUMBER':
    case 'DECIMAL':
    case 'DATE':
    case 'SINGLE_SELECT':
    case 'MULTI_SELECT':
    case 'DEPENDENT':
    case 'STRING_LIST':
      return typeof value === 'string' ? value : undefined;
  }
}

const describe = (value: unknown): string =>
  Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`;

/**
 * Custom fields on a case: only the properties the CRM declared, typed by their definitions.
 * Values of the wrong type are reported, not guessed at.
 */
export function fromKhorosCustomFields(
  wire: KhorosCase,
  definitions: readonly CustomFieldDefinitionModel[],
): { values: CustomFieldValueModel[]; unreadable: UnreadableCustomField[] } {
  const record = wire as Record<string, unknown>;
  const values: CustomFieldValueModel[] = [];
  const unreadable: UnreadableCustomField[] = [];
  for (const definition of definitions) {
    if (KHOROS_RESERVED_CASE_PROPERTIES.has(definition.key) || !Object.hasOwn(record, definition.key)) continue;
    const raw = record[definition.key];
    const value = readCustomValue(definition, raw);
    if (value === undefined) {
      unreadable.push({
        key: definition.key,
        message: `Khoros returned custom field ${JSON.stringify(definition.key)} as ${describe(raw)}, which does not fit its type ${definition.type}.`,
      });
      continue;
    }
    values.push({ key: definition.key, label: definition.label ?? null, type: definition.type, value });
  }
  return { values, unreadable };
}

/** A Khoros case object as casegraph's case model, plus declared custom fields it could not read. */
export function fromKhorosCase(
  wire: KhorosCase,
  definitions: readonly CustomFieldDefinitionModel[],
): { case: CaseModel; unreadable: UnreadableCustomField[] } {
  const { values, unreadable } = fromKhorosCustomFields(wire, definitions);
  return {
    case: {
      id: wire.id,
      provider: 'KHOROS',
      number: wire.number,
      title: wire.title,
      description: wire.description,
      status: fromKhorosStatus(wire.status),
      vendorStatus: wire.status,
      priority: null,
      vendorPriority: null,
      url: wire.url,
      createdAt: new Date(wire.created),
      updatedAt: new Date(wire.lastUpdated),
      requester: { id: wire.customerId },
      assignee: null,
      interactions: (wire.interactions ?? []).map(fromKhorosInteraction),
      notes: [],
      comments: [],
      customFields: values,
    },
    unreadable,
  };
}

// ---------------------------------------------------------------------------------------------
// Finding a customer's cases (searchCustomers / bestmatchCustomers, then findCases)
// ---------------------------------------------------------------------------------------------

/** What the listing rules put on the customer lookup: the requester's email (the NATIVE filter). */
export interface KhorosCustomerQuery {
  email?: string | undefined;
}

/**
 * How this CRM finds a customer by email: searchCustomers on the customer field that holds the
 * email, when `/meta/object/customer` declares one searchable; bestmatchCustomers with `{email}`
 * otherwise (the project decision in vendor-apis.md "Finding cases").
 */
export type KhorosCustomerLookup =
  { operation: 'searchCustomers'; emailField: string } | { operation: 'bestmatchCustomers' };

/** `Email`, `e-mail`, `email_address`, `emailAddress` all read as `email` / `emailaddress`. */
const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const EMAIL_NAMES: ReadonlySet<string> = new Set(['email', 'emailaddress']);

/**
 * The customer field that holds the email, from the customer object structure: a searchable text
 * field named (or, failing that, labelled) `email` / `emailAddress` in any spelling, the first the
 * CRM declares. The spec's customer object has no standard email property, so this is the only way
 * to search by email; without such a field the lookup falls back to bestmatchCustomers.
 */
export function khorosCustomerLookupOf(structure: KhorosObjectStructure): KhorosCustomerLookup {
  const candidates = structure.fields.filter((f) => f.searchable && f.type === 'text');
  const field =
    candidates.find((f) => EMAIL_NAMES.has(squash(f.name))) ?? candidates.find((f) => EMAIL_NAMES.has(squash(f.label)));
  return field ? { operation: 'searchCustomers', emailField: field.name } : { operation: 'bestmatchCustomers' };
}

/** `POST /customers`: the searchable email field and the email, e.g. `{"email": "ada@example.com"}`. */
export function toKhorosCustomerSearchBody(emailField: string, email: string): KhorosCustomerSearchBody {
  // fromEntries defines an own property, so even an odd field name cannot reach the prototype.
  return Object.fromEntries([[emailField, email]]);
}

/** `POST /customer/bestmatch`: `{"email": "ada@example.com"}` (every bestmatch field is optional). */
export function toKhorosBestMatchBody(email: string): KhorosBestMatchBody {
  return { email };
}

/** The customers of a searchCustomers / bestmatchCustomers answer; a 204 (no body) is none. */
export function fromKhorosCustomers(answer: KhorosCustomersAnswer): KhorosCustomer[] {
  return answer ?? [];
}

/**
 * A case of the customer found by `email`, as listed: the requester carries that email too. The
 * case object names only the customer's id; the customer lookup is what ties the two together.
 */
export function withKhorosRequesterEmail(listed: CaseModel, email: string): CaseModel {
  return { ...listed, requester: { ...listed.requester, email } };
}
