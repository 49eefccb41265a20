// Talkdesk's error bodies, read into VendorFailure for the shared failure mapping: the Case API's
// `{code, message, description?, fields[{name, description}]}` (docs.talkdesk.com/reference/
// create-a-new-case, 400/401/403) and the token service's OAuth `{error, error_description}`
// (docs.talkdesk.com/reference/client-credentials-sts-token).
import type { z } from 'zod';
import type { HttpResponse } from '../../http/client.js';
import type { VendorFailure } from '../../http/failure.js';
import type { VendorCall } from '../../http/vendorApi.js';
import { talkdeskErrorSchema, talkdeskTokenErrorSchema } from './wire.js';

/** The VendorApi classify hook for the Case API. */
export function classifyTalkdeskFailure(res: HttpResponse, call: VendorCall<z.ZodType>): VendorFailure {
  const parsed = talkdeskErrorSchema.safeParse(res.json);
  if (!parsed.success) return {};
  const { code, message, description, fields } = parsed.data;
  const text = description && description !== message ? `${message}: ${description}` : message;
  const named = (fields ?? []).map((f) => ({ vendorField: f.name, message: f.description, vendorCode: code }));
  if (named.length > 0 || res.status !== 400) return { message: text, vendorCode: code, fields: named };
  // A 400 that names no field still concerns some part of the input: say which, as closely as the
  // refusal and the request allow, so that a client can show it beside the field.
  return {
    message: text,
    vendorCode: code,
    fields: [{ vendorField: deduceRefusedField(text, call.json), message: text, vendorCode: code }],
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Request body fields of create and update (docs.talkdesk.com/reference/create-a-new-case, update-a-case). */
const REQUEST_FIELDS = [
  'title',
  'description',
  'parent_id',
  'owner_id',
  'priority',
  'requester_email',
  'requester_name',
  'requester_type',
  'type',
  'status',
  'resolution',
  'group_id',
  'custom_fields',
  'notes',
] as const;

const mentions = (text: string, name: string): boolean =>
  new RegExp(`(?:^|[^A-Za-z0-9_])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^A-Za-z0-9_])`, 'i').test(text);

/**
 * The Talkdesk field a refusal without `fields` is about: the one sent field its text names; else
 * the case itself (`id`) when it says the case is closed, which the update page says ends all
 * updates; else the only thing the body sent (descending into a lone custom field or note); else ''
 * (the whole input).
 */
export function deduceRefusedField(text: string, body: unknown): string {
  if (!isRecord(body)) return '';
  const customKeys = isRecord(body.custom_fields) ? Object.keys(body.custom_fields) : [];
  const named = [
    ...customKeys.filter((key) => mentions(text, key)).map((key) => `custom_fields.${key}`),
    ...REQUEST_FIELDS.filter((field) => field in body && mentions(text, field)),
  ];
  const [onlyNamed] = named;
  if (onlyNamed !== undefined && named.length === 1) return onlyNamed;
  if (mentions(text, 'closed')) return 'id';
  const sent = Object.keys(body);
  const [onlySent] = sent;
  if (onlySent === undefined || sent.length !== 1) return '';
  if (onlySent === 'custom_fields' && customKeys.length === 1) return `custom_fields.${customKeys[0] ?? ''}`;
  if (onlySent === 'notes' && Array.isArray(body.notes) && body.notes.length === 1) return 'notes[0]';
  return onlySent;
}

/** The VendorApi classify hook for the token service: any 400/401/403 there means the client was rejected. */
export function classifyTalkdeskTokenFailure(res: HttpResponse): VendorFailure {
  const parsed = talkdeskTokenErrorSchema.safeParse(res.json);
  const rejected = res.status === 400 || res.status === 401 || res.status === 403;
  const failure: VendorFailure = rejected ? { type: 'AuthenticationError' } : {};
  if (parsed.success) {
    failure.message = parsed.data.error_description ?? parsed.data.error;
    failure.vendorCode = parsed.data.error;
  }
  return failure;
}

const TOP_LEVEL_PATHS: Record<string, string[]> = {
  id: ['id'],
  title: ['title'],
  description: ['description'],
  priority: ['priority'],
  status: ['status'],
  owner_id: ['assigneeId'],
  requester_email: ['requester', 'email'],
  requester_name: ['requester', 'name'],
  requester_type: ['talkdesk', 'requesterType'],
  parent_id: ['talkdesk', 'parentId'],
  type: ['talkdesk', 'type'],
  resolution: ['talkdesk', 'resolution'],
  group_id: ['talkdesk', 'groupId'],
  notes: ['notes'],
  custom_fields: ['customFields'],
};

const NOTE_PATHS: Record<string, string> = { note_title: 'title', note_body: 'body', public: 'public' };

/**
 * A Talkdesk field name from an error body → the GraphQL input path it came from. `custom_fields.text1`
 * becomes `customFields.<index>` using the keys the input sent, `notes[0].note_body` becomes
 * `notes.0.body`. Names it does not know map to the empty path (the whole input).
 */
export function talkdeskFieldPath(vendorField: string, customFieldKeys: readonly string[] = []): string[] {
  const segments = vendorField.split(/[.[\]]+/).filter((s) => s !== '');
  const [head, ...rest] = segments;
  if (head === undefined) return [];
  if (head === 'custom_fields') {
    const [key] = rest;
    const index = key === undefined ? -1 : customFieldKeys.indexOf(key);
    return index >= 0 ? ['customFields', String(index)] : ['customFields'];
  }
  if (head === 'notes') {
    const [index, field] = rest;
    if (index === undefined || !/^\d+$/.test(index)) return ['notes'];
    const mapped = field === undefined ? undefined : NOTE_PATHS[field];
    return mapped ? ['notes', index, mapped] : ['notes', index];
  }
  return TOP_LEVEL_PATHS[head] ?? [];
}

/** get-case-list's query parameters → the `Query.cases` argument each came from. */
const LIST_PATHS: Record<string, string[]> = {
  status: ['filter', 'status'],
  priority: ['filter', 'priority'],
  requester_email: ['filter', 'requesterEmail'],
  agent_id: ['filter', 'assigneeId'],
  create_at: ['filter', 'createdAt'],
  update_at: ['filter', 'updatedAt'],
  custom_fields: ['filter', 'customFields'],
  order_by: ['orderBy', 'field'],
  sort: ['orderBy', 'direction'],
  per_page: ['first'],
  page: ['after'],
};

/** A get-case-list parameter named in a 400 → the `Query.cases` argument path; unknown names → the whole input. */
export function talkdeskListFieldPath(vendorField: string): string[] {
  const [head] = vendorField.split(/[.[\]]+/);
  return LIST_PATHS[head ?? ''] ?? [];
}
