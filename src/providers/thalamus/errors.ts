// What a Thalamus refusal says, in casegraph's terms: the VendorApi classify hook for its error
// bodies, the hook for its HTTP 200 plain-text `FAILED`, and the map from its field names to input paths.
import { CaseError } from '../../domain/errors.js';
import type { HttpResponse } from '../../http/client.js';
import type { VendorFailure, VendorFieldFailure } from '../../http/failure.js';
import { THALAMUS_FAILED_TEXT, thalamusErrorBodySchema } from './wire.js';

const VENDOR = 'Thalamus';

/** True for the HTTP 200 plain-text `FAILED` answer, which is a failure, not a success [D: add-attachment]. */
export function isThalamusFailedText(res: HttpResponse): boolean {
  return res.json === undefined && res.text.trim().toUpperCase() === THALAMUS_FAILED_TEXT;
}

/**
 * The VendorApi `failedSuccess` hook: a logical failure Thalamus reports as a success. It says
 * nothing more, so a retry may or may not help.
 */
export function thalamusFailedSuccess(res: HttpResponse): CaseError | undefined {
  if (!isThalamusFailedText(res)) return undefined;
  return new CaseError('ProviderUnavailableError', `${VENDOR} reported that the request FAILED (HTTP ${res.status}).`, {
    retriable: false,
  });
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
 * The VendorApi classify hook: reads a Thalamus error body (`{"errors": {"<field>": "<Code>"}}`
 * [D: general-errors], codes compared case-insensitively).
 * PROJECT DECISION: `invalidId` on anything but an input field (the case id) means the case does not
 * exist or the touchpoint may not see it: NotFoundError. Where it names an input field
 * (`{"comment": "InvalidId"}`) it stays a field error. Plain-text bodies are kept as the message.
 */
export function classifyThalamusFailure(res: HttpResponse): VendorFailure {
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

/**
 * The GraphQL input path a Thalamus field name came from. A caseData field (`caseData.<key>`, or a
 * bare key the request set) points at the customFields entry that set it, given the keys of the
 * request's customFields in input order.
 */
export function thalamusFieldPath(vendorField: string, customFieldKeys: readonly string[] = []): string[] {
  const entry = (key: string): string[] => {
    const index = customFieldKeys.indexOf(key);
    return index < 0 ? ['customFields'] : ['customFields', String(index)];
  };
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
      return rest.length > 0 ? entry(rest.join('.')) : ['customFields'];
    case 'comments':
      return ['comments', ...rest.slice(0, 1)];
    case 'description':
    case 'comment':
      return ['comments'];
    default:
      return customFieldKeys.includes(vendorField) ? entry(vendorField) : [vendorField];
  }
}
