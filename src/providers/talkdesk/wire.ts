// Talkdesk's wire formats (docs.talkdesk.com: create-a-new-case, update-a-case, get-case-details,
// get-a-list-of-case-fields, cc-basic). Every JSON body casegraph sends or receives is declared here
// once; vendor JSON enters only through these schemas. Response schemas keep unknown properties out
// of the way (zod strips them) and require what the docs mark required.
import { z } from 'zod';

// ---------------------------------------------------------------------------------------------
// OAuth 2.0 client credentials (POST https://{account}.talkdeskid.com/oauth/token)
// ---------------------------------------------------------------------------------------------

/** 200 from the token endpoint. `refresh_token` and `sid` only come with other grant types. */
export const talkdeskTokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().refine((t) => t.toLowerCase() === 'bearer', { message: 'token_type must be Bearer' }),
  expires_in: z.number().int().positive(),
  scope: z.string(),
  refresh_token: z.string().optional(),
  sid: z.string().optional(),
});
export type TalkdeskTokenResponse = z.infer<typeof talkdeskTokenResponseSchema>;

/** 400/401 from the token endpoint. */
export const talkdeskTokenErrorSchema = z.object({
  error: z.string(),
  error_description: z.string().nullish(),
});
export type TalkdeskTokenError = z.infer<typeof talkdeskTokenErrorSchema>;

// ---------------------------------------------------------------------------------------------
// Errors from the Case API: 400, 401, 403, 404
// ---------------------------------------------------------------------------------------------

export const talkdeskErrorFieldSchema = z.object({
  name: z.string(),
  description: z.string(),
});

export const talkdeskErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  description: z.string().nullish(),
  // Documented as required; read leniently since an error body is parsed for what it can tell.
  fields: z.array(talkdeskErrorFieldSchema).nullish(),
});
export type TalkdeskError = z.infer<typeof talkdeskErrorSchema>;

// ---------------------------------------------------------------------------------------------
// Custom fields
// ---------------------------------------------------------------------------------------------

/** A flat custom-field value, as sent on create: `"checkbox1": true`, `"multi_select1": ["002","003"]`. */
export const talkdeskFlatCustomValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export type TalkdeskFlatCustomValue = z.infer<typeof talkdeskFlatCustomValueSchema>;

/** The object form sent on update: `{"value": "001", "label": "red"}`, `{"value": [...], "label": [...]}`. */
export const talkdeskObjectCustomValueSchema = z.object({
  value: talkdeskFlatCustomValueSchema,
  label: z.union([z.string(), z.array(z.string())]).optional(),
});
export type TalkdeskObjectCustomValue = z.infer<typeof talkdeskObjectCustomValueSchema>;

/**
 * A custom-field value in a case response. The docs do not show its shape ("case custom field
 * response data"), so both request shapes are read, numbers may come as numeric lists, and
 * anything else is ignored rather than failing the whole case.
 */
export const talkdeskResponseCustomValueSchema = z
  .union([
    z.null(),
    z.string(),
    z.number(),
    z.boolean(),
    z.array(z.union([z.string(), z.number()])),
    z.object({
      value: z.union([z.null(), z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()]))]),
      label: z.union([z.string(), z.array(z.string()), z.null()]).optional(),
    }),
  ])
  .catch(null);
export type TalkdeskResponseCustomValue = z.infer<typeof talkdeskResponseCustomValueSchema>;

/** One entry of `dict_list`. The docs' sample spells the label `lable`; both spellings are read. */
export interface TalkdeskDictEntry {
  key: string;
  value?: string | null | undefined;
  lable?: string | null | undefined;
  children?: TalkdeskDictEntry[] | null | undefined;
}
export const talkdeskDictEntrySchema: z.ZodType<TalkdeskDictEntry> = z.lazy(() =>
  z.object({
    key: z.union([z.string(), z.number().transform(String)]),
    value: z.string().nullish(),
    lable: z.string().nullish(),
    children: z.array(talkdeskDictEntrySchema).nullish(),
  }),
);

/** One item of `GET /cm/meta/va/fields`. */
export const talkdeskFieldDefinitionSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  type: z.string(),
  description: z.string().nullish(),
  dict_list: z.array(talkdeskDictEntrySchema).nullish(),
  required: z.boolean(),
  active: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type TalkdeskFieldDefinition = z.infer<typeof talkdeskFieldDefinitionSchema>;

export const talkdeskFieldDefinitionsSchema = z.array(talkdeskFieldDefinitionSchema);

// ---------------------------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------------------------

export const talkdeskNoteRequestSchema = z.object({
  note_title: z.string().optional(),
  note_body: z.string(),
  public: z.boolean(),
});
export type TalkdeskNoteRequest = z.infer<typeof talkdeskNoteRequestSchema>;

/** `POST /cm/core/va/cases`. Only keys with values are sent. */
export const talkdeskCreateCaseRequestSchema = z.object({
  title: z.string(),
  description: z.string(),
  parent_id: z.string().optional(),
  owner_id: z.string().optional(),
  priority: z.enum(['LOW', 'NORMAL', 'HIGH', 'URGENT']).optional(),
  requester_email: z.string().optional(),
  requester_name: z.string().optional(),
  requester_type: z.string().optional(),
  custom_fields: z.record(z.string(), talkdeskFlatCustomValueSchema).optional(),
  notes: z.array(talkdeskNoteRequestSchema).optional(),
});
export type TalkdeskCreateCaseRequest = z.infer<typeof talkdeskCreateCaseRequestSchema>;

export const TALKDESK_REQUEST_STATUSES = ['NEW', 'OPEN', 'PENDING', 'ON-HOLD', 'RESOLVED', 'CLOSED'] as const;
export type TalkdeskRequestStatus = (typeof TALKDESK_REQUEST_STATUSES)[number];
export const TALKDESK_REQUEST_PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type TalkdeskRequestPriority = (typeof TALKDESK_REQUEST_PRIORITIES)[number];

/** `PATCH /cm/core/va/cases/{id}`. `custom_fields` is in object form here, unlike create. */
export const talkdeskUpdateCaseRequestSchema = z.object({
  parent_id: z.string().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  owner_id: z.string().optional(),
  priority: z.enum(TALKDESK_REQUEST_PRIORITIES).optional(),
  type: z.string().optional(),
  status: z.enum(TALKDESK_REQUEST_STATUSES).optional(),
  resolution: z.string().optional(),
  custom_fields: z.record(z.string(), talkdeskObjectCustomValueSchema).optional(),
  notes: z.array(talkdeskNoteRequestSchema).optional(),
  group_id: z.string().max(255).optional(),
});
export type TalkdeskUpdateCaseRequest = z.infer<typeof talkdeskUpdateCaseRequestSchema>;

export const talkdeskNoteSchema = z.object({
  id: z.union([z.string(), z.number().transform(String)]).nullish(),
  note_title: z.string().nullish(),
  note_body: z.string(),
  public: z.boolean().nullish(),
});
export type TalkdeskNote = z.infer<typeof talkdeskNoteSchema>;

const optionalString = z.string().nullish();

/**
 * A case as update (200) returns it: the docs require only `id` there. Everything else is read when
 * present; casings of status and priority vary between endpoints and are normalised in mapping.
 */
export const talkdeskCaseSchema = z.object({
  id: z.union([z.string().min(1), z.number().int().transform(String)]),
  title: optionalString,
  description: optionalString,
  parent_id: optionalString,
  owner_id: optionalString,
  status: optionalString,
  type: optionalString,
  priority: optionalString,
  resolution: optionalString,
  group_id: optionalString,
  requester_id: optionalString,
  requester_name: optionalString,
  requester_email: optionalString,
  requester_phone: optionalString,
  requester_type: optionalString,
  agent_id: optionalString,
  agent_name: optionalString,
  custom_fields: z.record(z.string(), talkdeskResponseCustomValueSchema).nullish(),
  notes: z.array(talkdeskNoteSchema).nullish(),
  // Documented on list items; read wherever they appear.
  create_at: optionalString,
  update_at: optionalString,
});
export type TalkdeskCase = z.infer<typeof talkdeskCaseSchema>;

/** A case as create (201) and get (200) return it: title, description and status are required there. */
export const talkdeskCaseDetailsSchema = talkdeskCaseSchema.extend({
  title: z.string(),
  description: z.string(),
  status: z.string(),
});

// ---------------------------------------------------------------------------------------------
// The case list (GET /cm/core/va/cases, docs.talkdesk.com/reference/get-case-list)
// ---------------------------------------------------------------------------------------------

/**
 * get-case-list's query string, every value a string as it goes on the URL. The array filters
 * (`priority`, `type`, `ids`, `create_at`, `update_at`, `custom_fields`) are JSON-encoded, as the
 * page's request sample sends them; `status` is one value (`status=Open`).
 */
export type TalkdeskListQuery = {
  page?: string;
  per_page?: string;
  order_by?: 'create_at' | 'update_at';
  sort?: 'asc' | 'desc';
  status?: string;
  priority?: string;
  type?: string;
  ids?: string;
  create_at?: string;
  update_at?: string;
  custom_fields?: string;
  requester_id?: string;
  requester_name?: string;
  requester_email?: string;
  requester_phone?: string;
  requester_type?: string;
  agent_id?: string;
  agent_name?: string;
  title?: string;
  description?: string;
};

/** `status` values of the list filter: the Title-case of the Case API concept page and the sample's `Open`. */
export const TALKDESK_FILTER_STATUSES = ['New', 'Open', 'Pending', 'On-hold', 'Resolved', 'Closed'] as const;
export type TalkdeskFilterStatus = (typeof TALKDESK_FILTER_STATUSES)[number];
/** `priority` values of the list filter: the sample's `["Normal","High"]`. */
export const TALKDESK_FILTER_PRIORITIES = ['Low', 'Normal', 'High', 'Urgent'] as const;
export type TalkdeskFilterPriority = (typeof TALKDESK_FILTER_PRIORITIES)[number];

/** One `custom_fields` condition, as the sample sends it: `{"label": "checkbox31", "value": false}`. */
export interface TalkdeskCustomFieldCondition {
  label: string;
  value: string | number | boolean;
}

/**
 * One item of `_embedded.data`: the case as get-case-details has it (custom fields and notes
 * included), plus the list's `requester_integration`, `group_name`, `create_at` and `update_at`.
 */
export const talkdeskListItemSchema = talkdeskCaseDetailsSchema.extend({
  group_name: optionalString,
  requester_integration: z
    .object({
      integration_id: optionalString,
      external_id: optionalString,
      external_url: optionalString,
      contact_type: optionalString,
      external_sync_state: optionalString,
    })
    .nullish(),
});
export type TalkdeskListItem = z.infer<typeof talkdeskListItemSchema>;

/** get-case-list (200): a HAL page, `total` counting every case that matches. */
export const talkdeskCaseListSchema = z.object({
  total: z.number().int().nonnegative(),
  count: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  per_page: z.number().int().positive(),
  _embedded: z.object({ data: z.array(talkdeskListItemSchema) }),
});
export type TalkdeskCaseList = z.infer<typeof talkdeskCaseListSchema>;
