// The Khoros "Custom CRM API Spec" on the wire, declared once. The spec is a contract a CRM
// implements (Khoros Marketing/Care calls it); casegraph is a client of whichever CRM implements it,
// and the embedded simulator is its server side. Sources: the createCase / updateCase / lookupCase /
// define-object-structures reference pages of the Khoros developer documentation and the OpenAPI
// harvested from them. Vendor JSON enters casegraph only through these schemas.
import { z } from 'zod';

/** ISO-8601 date-time with `Z` or a numeric offset, as the spec's timestamps are documented. */
export const khorosDateTimeSchema = z.iso.datetime({ offset: true });

// ---------------------------------------------------------------------------------------------
// Requests (createCase `POST /case`, updateCase `PATCH /case/{id}`)
// ---------------------------------------------------------------------------------------------

/** Author object: every property is required by the spec. */
export const khorosAuthorSchema = z.strictObject({
  service: z.string(),
  serviceId: z.string(),
  handle: z.string(),
  name: z.string(),
  brandOwned: z.boolean(),
});
export type KhorosAuthor = z.infer<typeof khorosAuthorSchema>;

/** Interaction object as sent: every property is required (`service`/`contentType` have documented defaults). */
export const khorosInteractionSchema = z.strictObject({
  created: khorosDateTimeSchema,
  body: z.string(),
  linkUrl: z.string(),
  serviceId: z.string(),
  service: z.string(),
  contentType: z.string(),
  author: khorosAuthorSchema,
});
export type KhorosInteraction = z.infer<typeof khorosInteractionSchema>;

/** A custom case property value as the four documented field types carry it (text/textarea, checkbox, single_sel_list). */
export const khorosCustomValueSchema = z.union([z.string(), z.boolean()]);
export type KhorosCustomValue = z.infer<typeof khorosCustomValueSchema>;

/**
 * The documented properties of a create/update body. The spec names the customer id `customId`
 * while its prose example says `customerId`: both are declared. Custom case fields are extra
 * top-level properties named by `/meta/object/case`, so the catch-all stays open here and is
 * checked against the field definitions by whoever reads the body.
 */
export const khorosCaseWriteSchema = z
  .object({
    customerId: z.string().optional(),
    customId: z.string().optional(),
    title: z.string().optional(),
    interactions: z.array(khorosInteractionSchema).optional(),
  })
  .catchall(z.unknown());
export type KhorosCaseWrite = z.infer<typeof khorosCaseWriteSchema>;

/** What casegraph sends on create: `customerId` (the project decision) and `title` are required. */
export type KhorosCreateBody = KhorosCaseWrite & { customerId: string; title: string };
/** What casegraph sends on update: only what changes; interactions are appended by the CRM. */
export type KhorosUpdateBody = KhorosCaseWrite;

/** Property names of the case object itself. A custom field may never take one of these names. */
export const KHOROS_RESERVED_CASE_PROPERTIES: ReadonlySet<string> = new Set([
  'id',
  'number',
  'customerId',
  'customId',
  'title',
  'description',
  'url',
  'lastUpdated',
  'created',
  'status',
  'interactions',
  '__proto__',
  'constructor',
  'prototype',
]);

// ---------------------------------------------------------------------------------------------
// Responses (201 createCase, 200 lookupCase, 201 updateCase)
// ---------------------------------------------------------------------------------------------

export const khorosAuthorResponseSchema = z.looseObject({
  service: z.string(),
  serviceId: z.string(),
  handle: z.string(),
  name: z.string(),
  brandOwned: z.boolean(),
});

/** Interaction as returned. The response table does not list `author`, so it is optional here. */
export const khorosInteractionResponseSchema = z.looseObject({
  created: khorosDateTimeSchema,
  body: z.string(),
  linkUrl: z.string(),
  serviceId: z.string(),
  service: z.string(),
  contentType: z.string(),
  author: khorosAuthorResponseSchema.optional(),
});
export type KhorosInteractionResponse = z.infer<typeof khorosInteractionResponseSchema>;

export const khorosCaseStatusSchema = z.enum(['open', 'closed']);
export type KhorosCaseStatus = z.infer<typeof khorosCaseStatusSchema>;

/** The case object. Extra properties are the custom case fields declared by `/meta/object/case`. */
export const khorosCaseSchema = z.looseObject({
  id: z.string(),
  number: z.string(),
  customerId: z.string(),
  title: z.string(),
  description: z.string(),
  url: z.string(),
  lastUpdated: khorosDateTimeSchema,
  created: khorosDateTimeSchema,
  status: khorosCaseStatusSchema,
  interactions: z.array(khorosInteractionResponseSchema).optional(),
});
export type KhorosCase = z.infer<typeof khorosCaseSchema>;

// ---------------------------------------------------------------------------------------------
// Define Object Structures (`GET /meta/object/{type}`)
// ---------------------------------------------------------------------------------------------

export const KHOROS_FIELD_TYPES = ['text', 'textarea', 'single_sel_list', 'checkbox'] as const;
export const khorosFieldTypeSchema = z.enum(KHOROS_FIELD_TYPES);
export type KhorosFieldType = z.infer<typeof khorosFieldTypeSchema>;

export const khorosListValueSchema = z.looseObject({ name: z.string(), value: z.string() });
export type KhorosListValue = z.infer<typeof khorosListValueSchema>;

/**
 * One field definition. `type` is read as any string so that one field of a type the spec does not
 * document cannot hide every other field; the mapping skips such fields.
 */
export const khorosFieldDefinitionSchema = z.looseObject({
  name: z.string().min(1),
  label: z.string(),
  type: z.string(),
  searchable: z.boolean(),
  listValues: z.array(khorosListValueSchema).optional(),
});
export type KhorosFieldDefinition = z.infer<typeof khorosFieldDefinitionSchema>;

export const khorosObjectStructureSchema = z.looseObject({
  name: z.string(),
  fields: z.array(khorosFieldDefinitionSchema),
});
export type KhorosObjectStructure = z.infer<typeof khorosObjectStructureSchema>;

// ---------------------------------------------------------------------------------------------
// Customers and a customer's cases (searchCustomers `POST /customers`, bestmatchCustomers
// `POST /customer/bestmatch`, findCases `GET /customer/{id}/cases`)
// ---------------------------------------------------------------------------------------------

/**
 * The customer object: `id` and `url` are required; every other property is a customer field
 * declared by `/meta/object/customer` (searchable or not).
 */
export const khorosCustomerSchema = z.looseObject({ id: z.string(), url: z.string() });
export type KhorosCustomer = z.infer<typeof khorosCustomerSchema>;

/**
 * searchCustomers answers 200 with an array of customers, or 204 with no body when none matched;
 * bestmatchCustomers answers 200 with an array. A missing body is the 204.
 */
export const khorosCustomersAnswerSchema = z.array(khorosCustomerSchema).optional();
export type KhorosCustomersAnswer = z.infer<typeof khorosCustomersAnswerSchema>;

/** The bestmatchCustomers body casegraph sends: every documented property is optional; it sends `email`. */
export interface KhorosBestMatchBody {
  email: string;
}

/** A searchCustomers body: searchable customer fields (as `/meta/object/customer` names them) and their values. */
export type KhorosCustomerSearchBody = Record<string, string>;

/** findCases: an array of whole case objects, the same object lookupCase answers. */
export const khorosCaseListSchema = z.array(khorosCaseSchema);

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

export const khorosFieldErrorSchema = z.looseObject({ name: z.string(), errorMessage: z.string() });
export type KhorosFieldError = z.infer<typeof khorosFieldErrorSchema>;

/**
 * 400 `{error, message, fields[]}`, 422 and 500 `{error, message}`. Read leniently (every property
 * optional) because the harvested spec marks error media as text/plain and CRMs differ; 401 and 404
 * are plain text.
 */
export const khorosErrorBodySchema = z.looseObject({
  error: z.string().optional(),
  message: z.string().optional(),
  fields: z.array(khorosFieldErrorSchema).optional(),
});
export type KhorosErrorBody = z.infer<typeof khorosErrorBodySchema>;

/** The documented plain-text bodies. */
export const KHOROS_TEXT = {
  unauthorized: 'API key is invalid or has become de-authenticated',
  metaUnauthorized: 'Invalid API Key',
  caseNotFound: 'No case exists with the provided ID',
  customerNotFound: 'No customer exists with the provided ID',
  metaTypeNotSupported: 'Meta Type Not Supported',
} as const;

/** The tenant headers, exactly as the spec names them. */
export const KHOROS_HEADERS = {
  email: 'x-sf-email',
  userEmail: 'x-sf-user-email',
  initiative: 'x-sf-initiative',
  companyId: 'x-sf-company-id',
} as const;
