// What a Sprinklr refusal says, in casegraph's terms: the VendorApi classify hook for every error
// body Sprinklr and its API gateway send (https://dev.sprinklr.com/rest-api-error-and-status-codes),
// and the map from the request fields those bodies name to GraphQL input paths.
import type { HttpResponse } from '../../http/client.js';
import type { VendorFailure, VendorFieldFailure } from '../../http/failure.js';
import { PRIORITY_PROPERTY, STATUS_PROPERTY, TYPE_PROPERTY } from './mapping.js';
import { SprinklrErrorBody } from './wire.js';

const OVER_RATE = /developer over rate/i;

/** A short non-JSON body (a gateway page) as one line of text; long ones are not quoted. */
function gatewayText(res: HttpResponse): string | undefined {
  if (res.text.length === 0 || res.text.length > 200) return undefined;
  return (
    res.text
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || undefined
  );
}

/**
 * The VendorApi classify hook. Reads any Sprinklr error body: `{data, errors:[{code, message, field?}]}`,
 * the gateway's `{data:[], errors:[{id, code:int, message}]}`, the 429 `{success:false, errors:[{code,
 * message, details}]}`, or a non-JSON gateway page. 403 "Developer Over Rate" is rate limiting, not
 * an authentication failure.
 */
export function classifySprinklrFailure(res: HttpResponse): VendorFailure {
  const parsed = SprinklrErrorBody.safeParse(res.json);
  const items = parsed.success ? (parsed.data.errors ?? []) : [];
  const messages = items.map((e) => e.message?.trim()).filter((m): m is string => !!m);
  const textMessage = parsed.success ? undefined : gatewayText(res);
  const first = items[0];
  const vendorCode = first?.code === null || first?.code === undefined ? undefined : String(first.code);
  const fields: VendorFieldFailure[] = items.flatMap((e) => {
    // The docs do not promise `field`: without it, a message naming one request field (Sprinklr's
    // "No message exists with this firstMessageId.") still points at that field.
    const named = typeof e.field === 'string' && e.field !== '' ? e.field : fieldNamedIn(e.message);
    return named === undefined
      ? []
      : [
          {
            vendorField: named,
            message: e.message ?? 'Rejected by Sprinklr.',
            ...(e.code !== null && e.code !== undefined ? { vendorCode: String(e.code) } : {}),
          },
        ];
  });
  const overRate =
    messages.some((m) => OVER_RATE.test(m)) ||
    OVER_RATE.test(textMessage ?? '') ||
    /OVER_RATE/i.test(res.headers['x-mashery-error-code'] ?? '') ||
    items.some((e) => e.code === 'RATE_LIMIT_EXCEEDED');
  return {
    message: messages.length > 0 ? messages.join('; ') : textMessage,
    vendorCode,
    fields,
    ...(overRate ? { type: 'RateLimitedError' as const } : {}),
  };
}

/** Request fields a message may name on their own, as whole words (the one named, if exactly one is). */
const NAMEABLE_FIELDS = [
  'firstMessageId',
  'caseType',
  'dueDate',
  'externalCase',
  'assignedTo',
  'caseNumbers',
  'caseIds',
];

function fieldNamedIn(message: string | null | undefined): string | undefined {
  if (!message) return undefined;
  const named = NAMEABLE_FIELDS.filter((f) => new RegExp(`\\b${f}\\b`).test(message));
  return named.length === 1 ? named[0] : undefined;
}

const PROPERTY_FIELD =
  /^(?:workflow\.customProperties|syncedSelectedCustomProperties|addedCustomProperties|syncedCustomProperties|customProperties)\.(.+)$/;

/** Request fields whose path into the GraphQL input is fixed; prefixes carry any sub-path along. */
const FIELD_PATHS: ReadonlyArray<[string, string[]]> = [
  ['subject', ['title']],
  ['description', ['description']],
  ['firstMessageId', ['sprinklr', 'firstMessageId']],
  ['priority', ['priority']],
  ['caseType', ['sprinklr', 'caseType']],
  ['summary', ['sprinklr', 'summary']],
  ['dueDate', ['sprinklr', 'dueDate']],
  ['externalCase', ['sprinklr', 'externalCase']],
  ['contact.id', ['requester', 'id']],
  ['contact.name', ['requester', 'name']],
  ['contact', ['requester']],
  ['workflow.assignment', ['assigneeId']],
  ['assignedTo', ['assigneeId']],
  ['workflow.queues', ['sprinklr', 'queueIds']],
  ['queues', ['sprinklr', 'queueIds']],
  ['addedQueues', ['sprinklr', 'addQueueIds']],
  ['caseIds', ['id']],
  ['caseNumbers', ['id']],
];

/**
 * Maps a Sprinklr request field of a case create or update (dotted, as the error bodies name it) to
 * the GraphQL input path it came from. `customFieldKeys` are the input's custom-field keys, in input order.
 */
export function sprinklrFieldPath(vendorField: string, customFieldKeys: readonly string[] = []): string[] {
  const field = vendorField.trim();
  const property = PROPERTY_FIELD.exec(field)?.[1];
  if (property !== undefined) {
    const [key = ''] = property.split('.');
    const index = customFieldKeys.indexOf(key);
    if (index !== -1) return ['customFields', String(index)];
    if (key === STATUS_PROPERTY) return ['status'];
    if (key === PRIORITY_PROPERTY) return ['priority'];
    if (key === TYPE_PROPERTY) return ['sprinklr', 'caseType'];
    return ['customFields'];
  }
  if (field === 'workflow.customProperties' || field === 'syncedSelectedCustomProperties') return ['customFields'];
  for (const [prefix, path] of FIELD_PATHS) {
    if (field === prefix) return path;
    if (field.startsWith(`${prefix}.`)) {
      const rest = field.slice(prefix.length + 1).split('.');
      // The assignment's only input is assigneeId; the rest of its path names no input.
      return prefix === 'workflow.assignment' ? path : [...path, ...rest];
    }
  }
  return [];
}

/**
 * Maps a field of a case search request to the `Query.cases` argument it came from: the conditions
 * to `filter`, the sorts to `orderBy`, the page size to `first` and its offset to `after`.
 */
export function sprinklrSearchFieldPath(vendorField: string): string[] {
  const [head, sub] = vendorField.trim().split('.');
  if (head === 'filter') return ['filter'];
  if (head === 'sorts') return ['orderBy'];
  if (head === 'page') return sub === 'size' ? ['first'] : ['after'];
  if (head === 'id' || head === 'cursor') return ['after'];
  return [];
}

/** The path of a comment's fields: `text` is the comment's body, anything else the comment itself. */
export function sprinklrCommentFieldPath(index: number): (vendorField: string) => string[] {
  return (field) => (field === 'text' ? ['comments', String(index), 'body'] : ['comments', String(index)]);
}

/** The statuses by which Sprinklr says an endpoint is not there for this API key, or not at all. */
const NOT_AVAILABLE = new Set([400, 403, 404, 405]);

/**
 * True when Custom Field Search is not available to the API key: a refusal of the call itself
 * (400 "Access to resource is forbidden", 403 "Forbidden", 404, 405), not the gateway's 403s, which
 * are about the key ("Developer Inactive") or its rate ("Developer Over Rate") and say nothing about
 * the endpoint.
 */
export function sprinklrSearchUnavailable(res: HttpResponse): boolean {
  if (!NOT_AVAILABLE.has(res.status)) return false;
  const failure = classifySprinklrFailure(res);
  return failure.type === undefined && !/developer inactive/i.test(failure.message ?? '');
}
