// What a Thalamus refusal says, in casegraph's terms: the VendorApi classify hook for its error
// bodies, the hook for its HTTP 200 plain-text `FAILED`, and the map from its field names to input paths.
import { CaseError } from '../../domain/errors.js';
import type { HttpResponse } from '../../http/client.js';
import type { VendorFailure, VendorFieldFailure } from '../../http/failure.js';
import type { VendorCall } from '../../http/vendorApi.js';
import { z } from 'zod';
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

/**
 * Where a refusal names no field it can be pinned down to, joined by " or ": Thalamus's
 * `InvalidCode` is "the category or type code", its `InvalidName` "the status or resolution name".
 */
export const CATEGORY_OR_TYPE = 'categoryCode or typeCode';
export const STATUS_OR_RESOLUTION = 'status or resolution';

/** What casegraph sent, as far as a refusal without a field name needs it. */
const sentBodySchema = z.looseObject({
  status: z.string().optional(),
  resolution: z.string().optional(),
  caseData: z.record(z.string(), z.unknown()).optional(),
});
type SentBody = z.infer<typeof sentBodySchema>;

const isInputField = (key: string): boolean => INPUT_VENDOR_FIELDS.has(key.split('.')[0]?.toLowerCase() ?? '');

/**
 * Which vendor field a refusal is about. The vendor's key where it names a field; otherwise (a key
 * such as `case`, or none) the field the code itself names [D: create-case, update-case,
 * change-case-status error tables], narrowed by what the request sent where the code leaves a choice.
 */
function vendorFieldFor(key: string, code: string, sent: SentBody): string {
  const keyLower = key.toLowerCase();
  const setsCaseData = (k: string): boolean => sent.caseData !== undefined && k in sent.caseData;
  switch (code.toLowerCase()) {
    case 'coderequired':
      // "The categoryCode was missing from the request."
      return keyLower === 'typecode' ? 'typeCode' : 'categoryCode';
    case 'invalidcode':
      // "The category or type code is incorrect, or the touchpoint is not authorized to use it."
      if (keyLower.includes('categ')) return 'categoryCode';
      if (keyLower.includes('type')) return 'typeCode';
      return CATEGORY_OR_TYPE;
    case 'categorysystemnode':
      return 'categoryCode';
    case 'initialstatusnotselected':
    case 'statusisalreadyclose':
    case 'invalid':
      return 'status';
    case 'invalidname': {
      // "The provided status or resolution name is invalid": only one of them may have been sent.
      if (keyLower.includes('resol')) return 'resolution';
      if (keyLower.includes('status')) return 'status';
      if (sent.status !== undefined && sent.resolution === undefined) return 'status';
      if (sent.resolution !== undefined && sent.status === undefined) return 'resolution';
      return STATUS_OR_RESOLUTION;
    }
    case 'invalidcasefield':
      if (isInputField(key)) return key;
      return setsCaseData(key) ? `caseData.${key}` : 'caseData';
    default:
      // A field code on a caseData key sent bare (`{"fechaIncidente": "InvalidFormat"}`).
      return !isInputField(key) && setsCaseData(key) ? `caseData.${key}` : key;
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
export function classifyThalamusFailure(res: HttpResponse, call?: VendorCall<z.ZodType>): VendorFailure {
  const parsed = thalamusErrorBodySchema.safeParse(res.json);
  if (!parsed.success) {
    const text = res.json === undefined ? oneLine(res.text) : '';
    return text === '' || /^<(!doctype|html)/i.test(text) ? {} : { message: text };
  }
  const sent = sentBodySchema.safeParse(call?.json);
  const fields: VendorFieldFailure[] = [];
  let notFoundCode: string | undefined;
  for (const [key, value] of Object.entries(parsed.data.errors)) {
    for (const code of codesOf(value)) {
      if (code.toLowerCase() === 'invalidid' && !INPUT_VENDOR_FIELDS.has(key.toLowerCase())) {
        notFoundCode ??= code;
        continue;
      }
      fields.push({
        vendorField: vendorFieldFor(key, code, sent.success ? sent.data : {}),
        message: describeCode(code),
        vendorCode: code,
      });
    }
  }
  if (notFoundCode !== undefined && fields.length === 0) return { type: 'NotFoundError', vendorCode: notFoundCode };
  const summary = fields
    .map((f) => `${f.vendorField}: ${f.message.replace(/\.$/, '')} (${f.vendorCode ?? ''})`)
    .join('; ');
  return { message: summary || undefined, vendorCode: fields[0]?.vendorCode, fields };
}

/**
 * The GraphQL input path a Thalamus field name came from: the most specific one known. A caseData
 * field (`caseData.<key>`, or a bare key the request set) points at the customFields entry that set
 * it, given the keys of the request's customFields in input order. A refusal about the category or
 * the type points at `thalamus` (ThalamusDataSource narrows it with the touchpoint's case types);
 * one about the status or the resolution, or a field casegraph never sends, at the input as a whole.
 */
export function thalamusFieldPath(vendorField: string, customFieldKeys: readonly string[] = []): string[] {
  const entry = (key: string): string[] => {
    const index = customFieldKeys.indexOf(key);
    return index < 0 ? ['customFields'] : ['customFields', String(index)];
  };
  if (vendorField === CATEGORY_OR_TYPE) return ['thalamus'];
  if (vendorField === STATUS_OR_RESOLUTION) return [];
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
      return customFieldKeys.includes(vendorField) ? entry(vendorField) : [];
  }
}
