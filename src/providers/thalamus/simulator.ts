// An embedded, strict Thalamus REST JSON v4 server: the user-assistance case endpoints as documented
// (doc.thalamus.global api-rest-json-v4/user-assistance-management), with in-memory cases, seeded case
// types, the vendor's 400 `{"errors": {"<field>": "<Code>"}}` bodies and its 201-on-PUT habit.
// Where the docs are silent it follows the project decisions in wire.ts and says so.
import { header, isJsonContentType, SimulatorServer } from '../../simulators/harness.js';
import type { RecordedRequest, SimRequest, SimResponse } from '../../simulators/harness.js';
import type { RunningSimulator } from '../types.js';
import type { ThalamusConfig } from './config.js';
import { THALAMUS_FAILED_TEXT } from './wire.js';
import type { ThalamusCase, ThalamusCaseDataValue, ThalamusTypeCategory } from './wire.js';

export type SimFieldType = 'Boolean' | 'Decimal' | 'Number' | 'Date' | 'Text';

export interface SimCaseDataField {
  name: string;
  label: string;
  type: SimFieldType;
  required: boolean;
}

export interface SimCaseType {
  categoryCode: string;
  categoryName: string;
  typeCode: string;
  typeName: string;
  defaultAnswer: string;
  visibleInApp: boolean;
  statuses: string[];
  /** Statuses after which no transition is allowed (`statusIsAlreadyClose`). */
  closedStatuses: string[];
  resolutions: string[];
  /** The status a new case gets when none is sent; null when the type requires one (`InitialStatusNotSelected`). */
  defaultInitialStatus: string | null;
  fields: SimCaseDataField[];
}

interface SimComment {
  id: number;
  description: string;
  type: 'comment' | 'note';
}

interface SimAttachment {
  id: number;
  fileName: string;
  contentType: string;
  content: string;
}

interface SimCase {
  id: number;
  categoryCode: string;
  typeCode: string;
  status: string;
  resolution: string | null;
  comments: SimComment[];
  caseData: Record<string, ThalamusCaseDataValue>;
  attachements: SimAttachment[];
}

/** The docs' own example pair, plus a type that needs an initial status. */
export const SEEDED_CASE_TYPES: readonly SimCaseType[] = [
  {
    categoryCode: 'Reclamo',
    categoryName: 'Reclamo',
    typeCode: 'Telefonico',
    typeName: 'Telefónico',
    defaultAnswer: 'Gracias por comunicarse. Su reclamo fue registrado.',
    visibleInApp: true,
    statuses: ['Created', 'Open', 'In Progress', 'Pending', 'On Hold', 'Resolved', 'Closed'],
    closedStatuses: ['Closed'],
    resolutions: ['Unresolved', 'Resolved', 'Rejected'],
    defaultInitialStatus: 'Created',
    fields: [
      { name: 'fechaIncidente', label: 'Fecha del incidente', type: 'Date', required: true },
      { name: 'montoReclamado', label: 'Monto reclamado', type: 'Decimal', required: false },
      { name: 'cantidadLlamadas', label: 'Cantidad de llamadas', type: 'Number', required: false },
      { name: 'requiereVisita', label: 'Requiere visita técnica', type: 'Boolean', required: false },
    ],
  },
  {
    categoryCode: 'Consulta',
    categoryName: 'Consulta',
    typeCode: 'Email',
    typeName: 'Correo electrónico',
    defaultAnswer: 'Responderemos su consulta por correo.',
    visibleInApp: false,
    statuses: ['Created', 'Open', 'Resolved', 'Closed'],
    closedStatuses: ['Closed'],
    resolutions: ['Unresolved', 'Answered'],
    defaultInitialStatus: null,
    fields: [
      { name: 'numeroCliente', label: 'Número de cliente', type: 'Number', required: false },
      { name: 'fechaRespuesta', label: 'Fecha de respuesta', type: 'Date', required: false },
    ],
  },
];

/** Categories that are system nodes of the category tree: they exist, but cases cannot be filed in them. */
export const SEEDED_SYSTEM_CATEGORIES: readonly string[] = ['Sistema'];

export interface ThalamusSimulatorOptions {
  port?: number;
  touchpoint?: string;
  token?: string;
}

export interface RunningThalamusSimulator extends RunningSimulator<ThalamusConfig> {
  touchpoint: string;
  token: string;
  /** Makes the next `times` note (POST …/notes) or attachment (…/files) calls answer HTTP 200 `FAILED` as text. */
  failNext(kind: 'note' | 'attachment', times?: number): void;
  /** The stored case as GET /api/v4/cases/{id} would answer it, or undefined. */
  storedCase(id: number | string): ThalamusCase | undefined;
  /** Adds a caseData field to a case type, as an instance administrator would (cached definitions go stale). */
  addCaseDataField(categoryCode: string, typeCode: string, field: SimCaseDataField): void;
}

type Errors = Record<string, string>;

const nameKey = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

const matchName = (names: readonly string[], value: string): string | undefined =>
  names.find((n) => nameKey(n) === nameKey(value));

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

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

export async function startThalamusSimulator(
  options: ThalamusSimulatorOptions = {},
): Promise<RunningThalamusSimulator> {
  const touchpoint = options.touchpoint ?? 'casegraph-sim';
  const token = options.token ?? 'sim-token-4f1c2a9e7b';
  const caseTypes: SimCaseType[] = SEEDED_CASE_TYPES.map((t) => structuredClone(t));
  const systemCategories = new Set(SEEDED_SYSTEM_CATEGORIES);
  const cases = new Map<number, SimCase>();
  let nextCaseId = 1;
  let nextCommentId = 1;
  let nextAttachmentId = 1;

  const context = { simpleProfile: { id: 501, firstName: 'Casegraph', lastName: 'Integration', touchpoint } };

  const typeOf = (c: { categoryCode: string; typeCode: string }): SimCaseType | undefined =>
    caseTypes.find((t) => t.categoryCode === c.categoryCode && t.typeCode === c.typeCode);

  const serialise = (c: SimCase): ThalamusCase => {
    const type = typeOf(c);
    const caseData: Record<string, unknown> = {};
    for (const field of type?.fields ?? []) caseData[field.name] = c.caseData[field.name] ?? null;
    // The docs' get-cases example carries the vendor's link list inside caseData.
    caseData.links = [];
    return {
      id: c.id,
      categoryCode: c.categoryCode,
      typeCode: c.typeCode,
      status: c.status,
      resolution: c.resolution,
      comments: c.comments.map((m) => ({ id: m.id, description: m.description, type: m.type })),
      caseData,
      attachements: c.attachements.map((a) => ({ id: a.id, fileName: a.fileName, contentType: a.contentType })),
    };
  };

  // Seeded cases, shaped like the docs' get-cases example.
  const seed = (c: Omit<SimCase, 'id'>): void => {
    const id = nextCaseId++;
    cases.set(id, { ...c, id });
  };
  seed({
    categoryCode: 'Reclamo',
    typeCode: 'Telefonico',
    status: 'Open',
    resolution: 'Unresolved',
    comments: [{ id: nextCommentId++, description: 'El cliente llamó dos veces.', type: 'comment' }],
    caseData: { fechaIncidente: '2024-03-18', montoReclamado: 1520.5, cantidadLlamadas: 2, requiereVisita: false },
    attachements: [],
  });
  seed({
    categoryCode: 'Reclamo',
    typeCode: 'Telefonico',
    status: 'Closed',
    resolution: 'Resolved',
    comments: [],
    caseData: { fechaIncidente: '2024-01-05', montoReclamado: null, cantidadLlamadas: 1, requiereVisita: true },
    attachements: [],
  });

  const authorised = (req: RecordedRequest): boolean => {
    // Headers, or the query-string form the vendor also accepts (casegraph never uses it).
    const tp = header(req, 'thalamus-touchpoint') ?? req.query.touchpoint;
    const tk = header(req, 'thalamus-token') ?? req.query.token;
    return tp === touchpoint && tk === token;
  };

  const unauthorised = (req: RecordedRequest): SimResponse | null => {
    if (authorised(req)) return null;
    const tp = header(req, 'thalamus-touchpoint') ?? req.query.touchpoint;
    return {
      status: 401,
      json: { errors: tp === touchpoint ? { token: 'InvalidToken' } : { touchpoint: 'InvalidCode' } },
    };
  };

  /** Auth, JSON content type and a JSON object body, in that order. */
  const jsonBody = (req: SimRequest): { body: Record<string, unknown> } | { response: SimResponse } => {
    const denied = unauthorised(req);
    if (denied) return { response: denied };
    if (!isJsonContentType(req)) return { response: badRequest({ 'Content-Type': 'UnsupportedMediaType' }) };
    if (!isRecord(req.json)) return { response: badRequest({ body: 'InvalidJson' }) };
    return { body: req.json };
  };

  const findCase = (raw: string | undefined): SimCase | undefined =>
    raw !== undefined && /^\d+$/.test(raw) ? cases.get(Number(raw)) : undefined;

  const invalidId = (key = 'caseInstanceId'): SimResponse => badRequest({ [key]: 'invalidId' });

  /** Classification checks shared by create and update. */
  const checkClassification = (body: Record<string, unknown>, errors: Errors): SimCaseType | undefined => {
    const { categoryCode, typeCode } = body;
    if (categoryCode === undefined || categoryCode === null || categoryCode === '')
      errors.categoryCode = 'CodeRequired';
    else if (typeof categoryCode !== 'string') errors.categoryCode = 'InvalidFormat';
    if (typeCode === undefined || typeCode === null || typeCode === '') errors.typeCode = 'CodeRequired';
    else if (typeof typeCode !== 'string') errors.typeCode = 'InvalidFormat';
    if (typeof categoryCode !== 'string' || errors.categoryCode) return undefined;
    if (systemCategories.has(categoryCode)) {
      errors.categoryCode = 'CategorySystemNode';
      return undefined;
    }
    if (!caseTypes.some((t) => t.categoryCode === categoryCode)) {
      errors.categoryCode = 'InvalidCode';
      return undefined;
    }
    if (typeof typeCode !== 'string' || errors.typeCode) return undefined;
    const type = typeOf({ categoryCode, typeCode });
    if (!type) errors.typeCode = 'InvalidCode';
    return type;
  };

  const checkName = (value: unknown, names: readonly string[], key: string, errors: Errors): string | undefined => {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      errors[key] = 'InvalidFormat';
      return undefined;
    }
    const found = matchName(names, value);
    if (!found) errors[key] = 'InvalidName';
    return found;
  };

  const checkComments = (value: unknown, errors: Errors): string[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      errors.comments = 'InvalidFormat';
      return [];
    }
    const out: string[] = [];
    value.forEach((item, i) => {
      const ok =
        isRecord(item) &&
        Object.keys(item).every((k) => k === 'description') &&
        typeof item.description === 'string' &&
        item.description.trim() !== '';
      if (ok) out.push(item.description as string);
      else errors[`comments.${i}`] = 'InvalidFormat';
    });
    return out;
  };

  /** caseData against the type: known fields only, typed values; on update every field must be present. */
  const checkCaseData = (
    value: unknown,
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
    if (!isRecord(value)) {
      errors.caseData = 'invalidCaseField';
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
      if (mode === 'update') errors[`caseData.${field.name}`] = 'invalidCaseField';
      else if (field.required) errors[`caseData.${field.name}`] = 'Required';
    }
    return out;
  };

  const checkUnknownKeys = (body: Record<string, unknown>, allowed: readonly string[], errors: Errors): void => {
    for (const k of Object.keys(body)) if (!allowed.includes(k)) errors[k] = 'InvalidFormat';
  };

  const server = new SimulatorServer({
    notFound: () => ({ status: 404, text: 'Not Found' }),
    internalError: () => ({ status: 500, text: 'Internal Server Error' }),
  });

  // GET /api/v4/cases/typecategory [D: get-case-type-category]. Registered before /cases/:id.
  // PROJECT DECISION: each entry also lists its caseData fields as `caseDataFields`.
  server.route('GET', '/api/v4/cases/typecategory', (req) => {
    const denied = unauthorised(req);
    if (denied) return denied;
    const { visibility, caseTypeCode, caseCategoryCode } = req.query;
    if (visibility !== undefined && visibility !== 'app' && visibility !== 'all') {
      return badRequest({ visibility: 'InvalidFormat' });
    }
    const caseTypeCategories: ThalamusTypeCategory[] = caseTypes
      .filter((t) => visibility !== 'app' || t.visibleInApp)
      .filter((t) => caseTypeCode === undefined || t.typeCode === caseTypeCode)
      .filter((t) => caseCategoryCode === undefined || t.categoryCode === caseCategoryCode)
      .map((t) => ({
        caseTypeCode: t.typeCode,
        caseTypeName: t.typeName,
        caseCategoryCode: t.categoryCode,
        caseCategoryName: t.categoryName,
        defaultAnswer: t.defaultAnswer,
        caseDataFields: t.fields.map((f) => ({ name: f.name, label: f.label, type: f.type, required: f.required })),
      }));
    return { status: 200, json: { caseTypeCategories } };
  });

  // GET /api/v4/cases/files/{attachment_id} [D: get-attachments]: the file, or 200 FAILED.
  server.route('GET', '/api/v4/cases/files/:attachmentId', (req) => {
    const denied = unauthorised(req);
    if (denied) return denied;
    for (const c of cases.values()) {
      const found = c.attachements.find((a) => String(a.id) === req.params.attachmentId);
      if (found) return { status: 200, text: found.content, headers: { 'content-type': found.contentType } };
    }
    return { status: 200, text: THALAMUS_FAILED_TEXT };
  });

  // GET /api/v4/cases [D: get-cases]: every case of the caller.
  server.route('GET', '/api/v4/cases', (req) => {
    const denied = unauthorised(req);
    if (denied) return denied;
    return { status: 200, json: { cases: [...cases.values()].map(serialise) } };
  });

  // GET /api/v4/cases/{case_id} [D: get-cases]: the case object directly.
  server.route('GET', '/api/v4/cases/:id', (req) => {
    const denied = unauthorised(req);
    if (denied) return denied;
    const found = findCase(req.params.id);
    return found ? { status: 200, json: serialise(found) } : invalidId('case_id');
  });

  // POST /api/v4/cases [D: create-case] → 201 {context, case}.
  server.route('POST', '/api/v4/cases', (req) => {
    const parsed = jsonBody(req);
    if ('response' in parsed) return parsed.response;
    const { body } = parsed;
    const errors: Errors = {};
    checkUnknownKeys(
      body,
      ['categoryCode', 'typeCode', 'status', 'resolution', 'comments', 'caseData', 'attachements'],
      errors,
    );
    const type = checkClassification(body, errors);
    const comments = checkComments(body.comments, errors);
    let attachments: SimAttachment[] = [];
    if (body.attachements !== undefined) {
      if (!Array.isArray(body.attachements) || !body.attachements.every(isRecord))
        errors.attachements = 'InvalidFormat';
      else {
        attachments = body.attachements.map((a) => ({
          id: nextAttachmentId++,
          fileName: typeof a.fileName === 'string' ? a.fileName : 'attachment',
          contentType: typeof a.contentType === 'string' ? a.contentType : 'application/octet-stream',
          content: typeof a.content === 'string' ? a.content : '',
        }));
      }
    }
    if (!type) return badRequest(errors);
    let status = checkName(body.status, type.statuses, 'status', errors);
    if (body.status === undefined) {
      if (type.defaultInitialStatus === null) errors.status = 'InitialStatusNotSelected';
      else status = type.defaultInitialStatus;
    }
    const resolution = checkName(body.resolution, type.resolutions, 'resolution', errors);
    const caseData = checkCaseData(body.caseData, type, 'create', errors) ?? {};
    if (Object.keys(errors).length > 0 || status === undefined) return badRequest(errors);

    const created: SimCase = {
      id: nextCaseId++,
      categoryCode: type.categoryCode,
      typeCode: type.typeCode,
      status,
      resolution: resolution ?? null,
      comments: comments.map((description) => ({ id: nextCommentId++, description, type: 'comment' })),
      caseData,
      attachements: attachments,
    };
    cases.set(created.id, created);
    return { status: 201, json: { context, case: serialise(created) } };
  });

  // PUT /api/v4/cases/{caseInstanceId} [D: update-case] → 201 {context, case}.
  server.route('PUT', '/api/v4/cases/:id', (req) => {
    const parsed = jsonBody(req);
    if ('response' in parsed) return parsed.response;
    const found = findCase(req.params.id);
    if (!found) return invalidId();
    const { body } = parsed;
    const errors: Errors = {};
    checkUnknownKeys(body, ['categoryCode', 'typeCode', 'status', 'resolution', 'comments', 'caseData'], errors);
    const type = checkClassification(body, errors);
    const comments = checkComments(body.comments, errors);
    if (!type) return badRequest(errors);
    const status = checkName(body.status, type.statuses, 'status', errors);
    if (
      status !== undefined &&
      matchName(type.closedStatuses, found.status) &&
      nameKey(status) !== nameKey(found.status)
    ) {
      errors.status = 'statusIsAlreadyClose';
    }
    const resolution = checkName(body.resolution, type.resolutions, 'resolution', errors);
    const caseData = checkCaseData(body.caseData, type, 'update', errors);
    if (Object.keys(errors).length > 0) return badRequest(errors);

    const typeChanged = type.categoryCode !== found.categoryCode || type.typeCode !== found.typeCode;
    found.categoryCode = type.categoryCode;
    found.typeCode = type.typeCode;
    if (status !== undefined) found.status = status;
    if (resolution !== undefined) found.resolution = resolution;
    for (const description of comments) found.comments.push({ id: nextCommentId++, description, type: 'comment' });
    if (caseData !== undefined) found.caseData = caseData;
    else if (typeChanged) {
      found.caseData = Object.fromEntries(type.fields.map((f) => [f.name, found.caseData[f.name] ?? null]));
    }
    return { status: 201, json: { context, case: serialise(found) } };
  });

  // PUT /api/v4/cases/{caseInstanceId}/transitions [D: change-case-status] → 201 {context, case}.
  server.route('PUT', '/api/v4/cases/:id/transitions', (req) => {
    const parsed = jsonBody(req);
    if ('response' in parsed) return parsed.response;
    const found = findCase(req.params.id);
    if (!found) return invalidId();
    const { body } = parsed;
    const errors: Errors = {};
    checkUnknownKeys(body, ['statusName'], errors);
    const { statusName } = body;
    if (typeof statusName !== 'string' || statusName.trim() === '') errors.statusName = 'Required';
    if (Object.keys(errors).length > 0) return badRequest(errors);
    const type = typeOf(found);
    if (type && matchName(type.closedStatuses, found.status)) return badRequest({ statusName: 'statusIsAlreadyClose' });
    const status = matchName(type?.statuses ?? [], statusName as string);
    if (!status) return badRequest({ statusName: 'invalid' });
    found.status = status;
    return { status: 201, json: { context, case: serialise(found) } };
  });

  // POST /api/v4/cases/{case_id}/notes [D: add-case-note] → 201 {context, comment}.
  server.route('POST', '/api/v4/cases/:id/notes', (req) => {
    const parsed = jsonBody(req);
    if ('response' in parsed) return parsed.response;
    const found = findCase(req.params.id);
    if (!found) return invalidId('case_id');
    const { body } = parsed;
    const errors: Errors = {};
    checkUnknownKeys(body, ['description'], errors);
    if (typeof body.description !== 'string' || body.description.trim() === '') errors.description = 'Required';
    if (Object.keys(errors).length > 0) return badRequest(errors);
    const comment: SimComment = { id: nextCommentId++, description: body.description as string, type: 'note' };
    found.comments.push(comment);
    return { status: 201, json: { context, comment: { ...comment } } };
  });

  // PUT /api/v4/cases/{case_id}/notes [D: update-case-note] → 201 {context, comment}.
  server.route('PUT', '/api/v4/cases/:id/notes', (req) => {
    const parsed = jsonBody(req);
    if ('response' in parsed) return parsed.response;
    const found = findCase(req.params.id);
    if (!found) return invalidId('case_id');
    const { body } = parsed;
    const errors: Errors = {};
    checkUnknownKeys(body, ['id', 'description'], errors);
    if (body.id === undefined || body.id === null || body.id === '') errors.id = 'Required';
    if (typeof body.description !== 'string' || body.description.trim() === '') errors.description = 'Required';
    if (Object.keys(errors).length > 0) return badRequest(errors);
    const comment = found.comments.find((c) => String(c.id) === String(body.id as string | number));
    if (!comment) return badRequest({ comment: 'InvalidId' });
    comment.description = body.description as string;
    return { status: 201, json: { context, comment: { ...comment } } };
  });

  // POST /api/v4/cases/{caseInstanceId}/files [D: add-attachment]: multipart field `file` → 200.
  // PROJECT DECISION: a successful answer is `{context, case}` like the other writes.
  server.route('POST', '/api/v4/cases/:id/files', (req) => {
    const denied = unauthorised(req);
    if (denied) return denied;
    const contentType = header(req, 'content-type') ?? '';
    const boundary = /^multipart\/form-data;.*boundary="?([^";]+)"?/i.exec(contentType)?.[1];
    if (!boundary) return badRequest({ 'Content-Type': 'UnsupportedMediaType' });
    const found = findCase(req.params.id);
    if (!found) return invalidId();
    const file = parseMultipartFile(req.rawBody, boundary);
    if (!file) return badRequest({ file: 'Required' });
    found.attachements.push({ id: nextAttachmentId++, ...file });
    return { status: 200, json: { context, case: serialise(found) } };
  });

  const url = await server.listen(options.port ?? 0);
  return {
    url,
    server,
    touchpoint,
    token,
    config: { baseUrl: url, touchpoint, token },
    failNext(kind, times = 1) {
      const match =
        kind === 'note'
          ? (r: RecordedRequest) => r.method === 'POST' && /^\/api\/v4\/cases\/[^/]+\/notes$/.test(r.path)
          : (r: RecordedRequest) => /^\/api\/v4\/cases\/(?:[^/]+\/files|files\/[^/]+)$/.test(r.path);
      server.injectFault({ kind: 'respond', response: { status: 200, text: THALAMUS_FAILED_TEXT } }, { times, match });
    },
    storedCase(id) {
      const found = findCase(String(id));
      return found ? serialise(found) : undefined;
    },
    addCaseDataField(categoryCode, typeCode, field) {
      const type = typeOf({ categoryCode, typeCode });
      if (!type) throw new Error(`No case type ${categoryCode}/${typeCode} in the simulator.`);
      type.fields.push({ ...field });
    },
    close: () => server.close(),
  };
}

/** The `file` part of a multipart/form-data body, read as text (enough for a simulator). */
function parseMultipartFile(
  raw: string,
  boundary: string,
): { fileName: string; contentType: string; content: string } | undefined {
  for (const part of raw.split(`--${boundary}`)) {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const head = part.slice(0, split);
    if (!/content-disposition:\s*form-data;[^\r\n]*\bname="file"/i.test(head)) continue;
    const fileName = /filename="([^"]*)"/i.exec(head)?.[1];
    if (!fileName) return undefined;
    const contentType = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim() ?? 'application/octet-stream';
    return { fileName, contentType, content: part.slice(split + 4).replace(/\r\n$/, '') };
  }
  return undefined;
}
