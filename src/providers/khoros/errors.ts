// Khoros error bodies, and what a refusal means for the operation that received it.
import type { z } from 'zod';
import type { HttpResponse } from '../../http/client.js';
import type { VendorFailure } from '../../http/failure.js';
import type { VendorCall } from '../../http/vendorApi.js';
import { khorosErrorBodySchema } from './wire.js';

/** The Khoros CRM operations casegraph calls, as VendorCall operations. */
export const KHOROS_OPERATIONS = {
  create: 'createCase',
  update: 'updateCase',
  lookup: 'lookupCase',
  meta: 'defineObjectStructure',
  searchCustomers: 'searchCustomers',
  bestmatchCustomers: 'bestmatchCustomers',
  findCases: 'findCases',
} as const;

/** The calls behind a case list: the customer lookup and the customer's cases. */
const LIST_OPERATIONS: ReadonlySet<string> = new Set([
  KHOROS_OPERATIONS.searchCustomers,
  KHOROS_OPERATIONS.bestmatchCustomers,
  KHOROS_OPERATIONS.findCases,
]);

const MAX_TEXT_MESSAGE = 300;

/** A plain-text error body, when it reads as a message rather than an HTML page or a dump. */
function textMessage(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.startsWith('<') || trimmed.length > MAX_TEXT_MESSAGE) return undefined;
  return trimmed;
}

/**
 * Reads any Khoros error body: JSON `{error, message, fields:[{name, errorMessage}]}` (400), JSON
 * `{error, message}` (422, 500), or the plain text of 401 and 404. Which error type it becomes is
 * decided by the status, in failureFromResponse, except where the operation changes its meaning
 * (classifyKhorosFailure).
 */
export function khorosFailure(res: HttpResponse): VendorFailure {
  if (typeof res.json === 'string') return { message: textMessage(res.json) };
  const parsed = khorosErrorBodySchema.safeParse(res.json);
  if (parsed.success && res.json !== undefined) {
    const { error, message, fields } = parsed.data;
    return {
      message: message?.trim() || error,
      vendorCode: error,
      fields: (fields ?? []).map((f) => ({ vendorField: f.name, message: f.errorMessage, vendorCode: error })),
    };
  }
  return { message: textMessage(res.text) };
}

/** Interaction property names on the wire that differ from InteractionInput's. */
const INTERACTION_INPUT_NAMES: Record<string, string> = { created: 'createdAt' };

/**
 * The GraphQL input path of a field the CRM named in a 400: `title`, `customerId`/`customId`
 * (→ `requester.id`), `interactions[0].author.handle` (→ `interactions.0.author.handle`), a custom
 * field's name (→ its `customFields.<index>` entry in the input). Anything else keeps its segments.
 */
export function khorosFieldPath(vendorField: string, customFieldKeys: readonly string[] = []): string[] {
  const customIndex = customFieldKeys.indexOf(vendorField);
  if (customIndex !== -1) return ['customFields', String(customIndex)];
  const segments = vendorField
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((s) => s !== '');
  const [head, ...rest] = segments;
  if (head === undefined) return [];
  if (head === 'customerId' || head === 'customId') return ['requester', 'id'];
  if (head === 'interactions') {
    const [index, property, ...deeper] = rest;
    if (index === undefined) return ['interactions'];
    if (property === undefined) return ['interactions', index];
    return ['interactions', index, INTERACTION_INPUT_NAMES[property] ?? property, ...deeper];
  }
  return segments;
}

/**
 * The VendorApi classify hook. Reads have no input to blame and a create has no case to be
 * missing: a 404 to a create or to the structure read, and a 400/422 to a read, are the CRM's (or
 * the instance URL's) fault, not the client's. The calls behind a list are reads whose bodies
 * casegraph builds from the CRM's own customer structure, and whose documented "no customer" 404
 * is recovered where it is made: any other 400/404/422 to them is the CRM's fault too.
 */
export function classifyKhorosFailure(res: HttpResponse, call: VendorCall<z.ZodType>): VendorFailure {
  const failure = khorosFailure(res);
  const { operation } = call;
  const list = LIST_OPERATIONS.has(operation);
  if (res.status === 404 && (operation === KHOROS_OPERATIONS.create || operation === KHOROS_OPERATIONS.meta || list)) {
    return { ...failure, type: 'ProviderUnavailableError' };
  }
  if (
    (res.status === 400 || res.status === 422) &&
    (operation === KHOROS_OPERATIONS.lookup || operation === KHOROS_OPERATIONS.meta || list)
  ) {
    return { ...failure, type: 'ProviderUnavailableError' };
  }
  return failure;
}
