// `POST /api/v1/customfield/search`: the instance's custom fields, filtered and paged as the
// request asks, answered without the `{data, errors}` envelope (custom-field-search-v1).
import type { SimHandler } from '../../../simulators/harness.js';
import { isRecord } from '../../../simulators/json.js';
import { customFieldSearchRequest, simErrors } from './schemas.js';
import { badRequest } from './state.js';
import type { SprinklrSimState } from './state.js';

type Route = (method: string, pattern: string, handler: SimHandler) => void;

const notAnObject = [{ code: 'INVALID_REQUEST', message: 'The request body must be a JSON object.' }];

export function registerCustomFieldRoutes(route: Route, state: SprinklrSimState): void {
  route('POST', 'api/v1/customfield/search', (req) => {
    const body = req.json === undefined ? {} : req.json;
    if (!isRecord(body)) return badRequest(notAnObject);
    const parsed = customFieldSearchRequest.safeParse(body);
    if (!parsed.success) return badRequest(simErrors(parsed.error, body));
    const { assetClassList, fieldNames, fieldTypes, isEnabled, keyword, page } = parsed.data;
    const matches = state.customFields.filter(
      (f) =>
        (assetClassList === undefined || f.assetClassList.some((c) => assetClassList.includes(c))) &&
        (fieldNames === undefined || fieldNames.includes(f.fieldName)) &&
        (fieldTypes === undefined || fieldTypes.includes(f.fieldType)) &&
        (isEnabled === undefined || f.enabled === isEnabled) &&
        (keyword === undefined || f.name.toLowerCase().includes(keyword.toLowerCase())),
    );
    const size = page?.size ?? 100;
    const start = (page?.page ?? 0) * size;
    return { status: 200, json: { totalFound: matches.length, customFields: matches.slice(start, start + size) } };
  });
}
