// The simulated Thalamus's case endpoints [D: user-assistance-management/*], as strict as the
// docs: the vendor's 400 `{"errors": {"<field>": "<Code>"}}` bodies and its 201-on-PUT habit.
import { header, isJsonContentType } from '../../../simulators/harness.js';
import type { RecordedRequest, SimRequest, SimResponse, SimulatorServer } from '../../../simulators/harness.js';
import { isRecord } from '../../../simulators/json.js';
import type { z } from 'zod';
import type { ThalamusCase, ThalamusCaseDataValue, ThalamusTypeCategory } from '../wire.js';
import {
  caseListQuery,
  createCaseRequest,
  transitionRequest,
  typeCategoryQuery,
  updateCaseRequest,
  vendorErrors,
} from './schemas.js';
import type { SimCase, SimCaseDataField, SimCaseType, SimComment } from './seed.js';

type Errors = Record<string, string>;

/**
 * The key of a refusal about the case as a whole. The error tables of the create-case,
 * update-case and change-case-status pages list `InvalidCode`, `CategorySystemNode`,
 * `InitialStatusNotSelected`, `invalidCaseField` and `statusIsAlreadyClose` without the field
 * they are keyed by. PROJECT DECISION: under `case`, so a client must not rely on a field name.
 */
const CASE = 'case';

/** What the simulated instance holds; the routes change it in place. */
export interface ThalamusSimState {
  touchpoint: string;
  token: string;
  caseTypes: SimCaseType[];
  systemCategories: ReadonlySet<string>;
  cases: Map<number, SimCase>;
  nextCaseId: number;
  nextCommentId: number;
}

const nameKey = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

const matchName = (names: readonly string[], value: string): string | undefined =>
  names.find((n) => nameKey(n) === nameKey(value));

const hasKey = (obj: Record<string, unknown>, name: string): boolean => Object.prototype.hasOwnProperty.call(obj, name);

const badRequest = (errors: Errors): SimResponse => ({ status: 400, json: { errors } });

function validDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v ? v : null;
  }
  if (/^\d{1,13}$/.test(v)) {
    const n = Number(v);
    return new Date(n >= 1e11 ? n : n * 1000).toISOString().slice(0, 10);
  }
  return null;
}

/** Checks one caseData value against its field type; returns the stored value or an error code. */
function checkFieldValue(field: SimCaseDataField, value: unknown): { value: ThalamusCaseDataValue } | { code: string } {
  if (value === null) return field.required ? { code: 'Required' } : { value: null };
  switch (field.type) {
    case 'Boolean':
      return typeof value === 'boolean' ? { value } : { code: 'InvalidFormat' };
    case 'Number':
      return typeof value === 'number' && Number.isInteger(value) ? { value } : { code: 'InvalidFormat' };
    case 'Decimal':
      return typeof value === 'number' && Number.isFinite(value) ? { value } : { code: 'InvalidFormat' };
    case 'Date': {
      const date = validDate(value);
      return date === null ? { code: 'InvalidDateFormat' } : { value: date };
    }
    case 'Text':
      return typeof value === 'string' ? { value } : { code: 'InvalidFormat' };
  }
}

export const typeOf = (
  state: ThalamusSimState,
  c: { categoryCode: string; typeCode: string },
): SimCaseType | undefined =>
  state.caseTypes.find((t) => t.categoryCode === c.categoryCode && t.typeCode === c.typeCode);

/** A case as GET /api/v4/cases/{id} answers it: every caseData field of its type, and the vendor's link list. */
export function serialiseCase(state: ThalamusSimState, c: SimCase): ThalamusCase {
  const caseData: Record<string, unknown> = {};
  for (const field of typeOf(state, c)?.fields ?? []) caseData[field.name] = c.caseData[field.name] ?? null;
  // The docs' get-cases example carries the vendor's link list inside caseData.
  caseData.links = [];
  return {
    id: c.id,
    categoryCode: c.categoryCode,
    typeCode: c.typeCode,
    status: c.status,
    resolution: c.resolution,
    comments: c.comments.map((m) => ({ id: m.id, description: m.description })),
    caseData,
    attachements: c.attachements.map((a) => ({ ...a })),
  };
}

/** Every case of the caller, as GET /api/v4/cases lists them: in id order, each as the single read answers it. */
export function listedCases(state: ThalamusSimState): ThalamusCase[] {
  return [...state.cases.values()].sort((a, b) => a.id - b.id).map((c) => serialiseCase(state, c));
}

export function findCase(state: ThalamusSimState, raw: string | undefined): SimCase | undefined {
  return raw !== undefined && /^\d+$/.test(raw) ? state.cases.get(Number(raw)) : undefined;
}

export function registerCaseRoutes(server: SimulatorServer, state: ThalamusSimState): void {
  const context = {
    simpleProfile: { id: 501, firstName: 'Casegraph', lastName: 'Integration', touchpoint: state.touchpoint },
  };

  // Headers, or the query-string form the vendor also accepts (casegraph never uses it) [D: introduction].
  const credentials = (req: RecordedRequest) => ({
    touchpoint: header(req, 'thalamus-touchpoint') ?? req.query.touchpoint,
    token: header(req, 'thalamus-token') ?? req.query.token,
  });

  const unauthorised = (req: RecordedRequest): SimResponse | null => {
    const { touchpoint, token } = credentials(req);
    if (touchpoint === state.touchpoint && token === state.token) return null;
    return {
      status: 401,
      json: { errors: touchpoint === state.touchpoint ? { token: 'InvalidToken' } : { touchpoint: 'InvalidCode' } },
    };
  };

  /** Auth, then a JSON object body. */
  const jsonRequest = (req: SimRequest): { json: Record<string, unknown> } | { response: SimResponse } => {
    const denied = unauthorised(req);
    if (denied) return { response: denied };
    if (!isJsonContentType(req)) return { response: badRequest({ 'Content-Type': 'UnsupportedMediaType' }) };
    if (!isRecord(req.json)) return { response: badRequest({ body: 'InvalidJson' }) };
    return { json: req.json };
  };

  /** A JSON body against its documented schema. */
  const parse = <S extends z.ZodType>(
    schema: S,
    json: Record<string, unknown>,
  ): { body: z.output<S> } | { response: SimResponse } => {
    const parsed = schema.safeParse(json);
    return parsed.success ? { body: parsed.data } : { response: badRequest(vendorErrors(parsed.error, json)) };
  };

  const invalidId = (key = 'caseInstanceId'): SimResponse => badRequest({ [key]: 'invalidId' });

  /** The case type a category + type pair names, or the vendor's code for why it cannot be used. */
  const checkClassification = (
    body: { categoryCode: string; typeCode: string },
    errors: Errors,
  ): SimCaseType | undefined => {
    if (state.systemCategories.has(body.categoryCode)) {
      errors[CASE] = 'CategorySystemNode';
      return undefined;
    }
    const type = typeOf(state, body);
    if (!type) errors[CASE] = 'InvalidCode';
    return type;
  };

  const checkName = (value: string | undefined, names: readonly string[], key: string, errors: Errors) => {
    if (value === undefined) return undefined;
    const found = matchName(names, value);
    if (!found) errors[key] = 'InvalidName';
    return found;
  };

  /** caseData against the type: known fields only, typed values; on update every field must be present. */
  const checkCaseData = (
    value: Record<string, unknown> | undefined,
    type: SimCaseType,
    mode: 'create' | 'update',
    errors: Errors,
  ): Record<string, ThalamusCaseDataValue> | undefined => {
    if (value === undefined) {
      if (mode === 'create') {
        for (const f of type.fields) if (f.required) errors[`caseData.${f.name}`] = 'Required';
      }
      return undefined;
    }
    const out: Record<string, ThalamusCaseDataValue> = {};
    for (const [key, raw] of Object.entries(value)) {
      if (key === 'links' && Array.isArray(raw)) continue; // the vendor's own link list, sent back unchanged
      const field = type.fields.find((f) => f.name === key);
      if (!field) {
        errors[`caseData.${key}`] = 'invalidCaseField';
        continue;
      }
      const checked = checkFieldValue(field, raw);
      if ('code' in checked) errors[`caseData.${key}`] = checked.code;
      else out[key] = checked.value;
    }
    for (const field of type.fields) {
      if (hasKey(value, field.name)) continue;
      // On update caseData must name every field of the type [D: update-case].
      if (mode === 'update') errors[CASE] = 'invalidCaseField';
      else if (field.required) errors[`caseData.${field.name}`] = 'Required';
    }
    return out;
  };

  const newComments = (comments: readonly { description: string }[] | undefined): SimComment[] =>
    (comments ?? []).map(({ description }) => ({ id: state.nextCommentId++, description }));

  // GET /api/v4/cases/typecategory [D: get-case-type-category]: the documented entry fields only (no
  // caseData fields: the docs list none). Registered before /cases/:id.
  server.route('GET', '/api/v4/cases/typecategory', (req) => {
    const denied = unauthorised(req);
    if (denied) return denied;
    const query = typeCategoryQuery.safeParse(req.query);
    if (!query.success) return badRequest(vendorErrors(query.error, req.query));
    const { visibility, caseTypeCode, caseCategoryCode } = query.data;
    const caseTypeCategories: ThalamusTypeCategory[] = state.caseTypes
      .filter((t) => visibility !== 'app' || t.visibleInApp)
      .filter((t) => caseTypeCode === undefined || t.typeCode === caseTypeCode)
      .filter((t) => caseCategoryCode === undefined || t.categoryCode === caseCategoryCode)
      .map((t) => ({
        caseTypeCode: t.typeCode,
        caseTypeName: t.typeName,
        caseCategoryCode: t.categoryCode,
        caseCategoryName: t.categoryName,
        defaultAnswer: t.defaultAnswer,
      }));
    return { status: 200, json: { caseTypeCategories } };
  });

  // GET /api/v4/cases [D: get-cases]: "all cases of the current user", unpaged, as `{"cases": [...]}`.
  // The simulated instance has one user behind its touchpoint, so its cases are all the cases. The
  // page documents no parameter beyond the credentials, so any other is refused, never ignored.
  server.route('GET', '/api/v4/cases', (req) => {
    const denied = unauthorised(req);
    if (denied) return denied;
    const query = caseListQuery.safeParse(req.query);
    if (!query.success) return badRequest(vendorErrors(query.error, req.query));
    return { status: 200, json: { cases: listedCases(state) } };
  });

  // GET /api/v4/cases/{case_id} [D: get-cases]: the case object directly.
  server.route('GET', '/api/v4/cases/:id', (req) => {
    const denied = unauthorised(req);
    if (denied) return denied;
    const found = findCase(state, req.params.id);
    return found ? { status: 200, json: serialiseCase(state, found) } : invalidId('case_id');
  });

  // POST /api/v4/cases [D: create-case] → 201 {context, case}.
  server.route('POST', '/api/v4/cases', (req) => {
    const request = jsonRequest(req);
    if ('response' in request) return request.response;
    const parsed = parse(createCaseRequest, request.json);
    if ('response' in parsed) return parsed.response;
    const { body } = parsed;
    const errors: Errors = {};
    const type = checkClassification(body, errors);
    if (!type) return badRequest(errors);
    const status = checkName(body.status, type.statuses, 'status', errors);
    if (body.status === undefined || (status !== undefined && !matchName(type.initialStatuses, status))) {
      errors[CASE] = 'InitialStatusNotSelected';
    }
    const resolution = checkName(body.resolution, type.resolutions, 'resolution', errors);
    const caseData = checkCaseData(body.caseData, type, 'create', errors) ?? {};
    if (Object.keys(errors).length > 0 || status === undefined) return badRequest(errors);

    const created: SimCase = {
      id: state.nextCaseId++,
      categoryCode: type.categoryCode,
      typeCode: type.typeCode,
      status,
      resolution: resolution ?? null,
      comments: newComments(body.comments),
      caseData,
      attachements: body.attachements ?? [],
    };
    state.cases.set(created.id, created);
    return { status: 201, json: { context, case: serialiseCase(state, created) } };
  });

  // PUT /api/v4/cases/{caseInstanceId} [D: update-case] → 201 {context, case}.
  server.route('PUT', '/api/v4/cases/:id', (req) => {
    const request = jsonRequest(req);
    if ('response' in request) return request.response;
    const found = findCase(state, req.params.id);
    if (!found) return invalidId();
    const parsed = parse(updateCaseRequest, request.json);
    if ('response' in parsed) return parsed.response;
    const { body } = parsed;
    const errors: Errors = {};
    const type = checkClassification(body, errors);
    if (!type) return badRequest(errors);
    const status = checkName(body.status, type.statuses, 'status', errors);
    if (
      status !== undefined &&
      matchName(type.closedStatuses, found.status) &&
      nameKey(status) !== nameKey(found.status)
    ) {
      errors[CASE] = 'statusIsAlreadyClose';
    }
    const resolution = checkName(body.resolution, type.resolutions, 'resolution', errors);
    const caseData = checkCaseData(body.caseData, type, 'update', errors);
    if (Object.keys(errors).length > 0) return badRequest(errors);

    const typeChanged = type.categoryCode !== found.categoryCode || type.typeCode !== found.typeCode;
    found.categoryCode = type.categoryCode;
    found.typeCode = type.typeCode;
    if (status !== undefined) found.status = status;
    if (resolution !== undefined) found.resolution = resolution;
    found.comments.push(...newComments(body.comments));
    if (caseData !== undefined) found.caseData = caseData;
    else if (typeChanged) {
      found.caseData = Object.fromEntries(type.fields.map((f) => [f.name, found.caseData[f.name] ?? null]));
    }
    return { status: 201, json: { context, case: serialiseCase(state, found) } };
  });

  // PUT /api/v4/cases/{caseInstanceId}/transitions [D: change-case-status] → 201 {context, case}.
  server.route('PUT', '/api/v4/cases/:id/transitions', (req) => {
    const request = jsonRequest(req);
    if ('response' in request) return request.response;
    const found = findCase(state, req.params.id);
    if (!found) return invalidId();
    const parsed = parse(transitionRequest, request.json);
    if ('response' in parsed) return parsed.response;
    const type = typeOf(state, found);
    if (type && matchName(type.closedStatuses, found.status)) return badRequest({ [CASE]: 'statusIsAlreadyClose' });
    const status = matchName(type?.statuses ?? [], parsed.body.statusName);
    if (!status) return badRequest({ statusName: 'invalid' });
    found.status = status;
    return { status: 201, json: { context, case: serialiseCase(state, found) } };
  });
}
