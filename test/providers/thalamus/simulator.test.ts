import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import {
  DEFAULT_GENERATED_CASES,
  SEEDED_CASE_TYPES,
  startThalamusSimulator,
} from '../../../src/providers/thalamus/simulator/index.js';
import type { RunningThalamusSimulator } from '../../../src/providers/thalamus/simulator/index.js';

let sim: RunningThalamusSimulator;

beforeAll(async () => {
  sim = await startThalamusSimulator();
});
afterAll(async () => {
  await sim.close();
});

const auth = (): Record<string, string> => ({ 'Thalamus-Touchpoint': sim.touchpoint, 'Thalamus-Token': sim.token });

interface Answer {
  status: number;
  contentType: string | null;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- simulator answers are asserted field by field
  json: any;
}

async function call(
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: unknown; raw?: string } = {},
): Promise<Answer> {
  const headers = init.headers ?? { ...auth(), ...(method === 'GET' ? {} : { 'content-type': 'application/json' }) };
  const res = await fetch(`${sim.url}${path}`, {
    method,
    headers,
    body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, contentType: res.headers.get('content-type'), text, json };
}

const seedExample = {
  categoryCode: 'Reclamo',
  typeCode: 'Telefonico',
  status: 'Created',
  resolution: 'Resolved',
  comments: [{ description: 'Cliente sin línea desde el lunes.' }],
  caseData: { fechaIncidente: '2024-05-01', montoReclamado: 99.9, cantidadLlamadas: 4, requiereVisita: true },
};

describe('Thalamus simulator: authentication', () => {
  it('answers 401 without the touchpoint and token, or with wrong ones', async () => {
    expect((await call('GET', '/api/v4/cases/1', { headers: {} })).status).toBe(401);
    const wrongToken = await call('GET', '/api/v4/cases/1', {
      headers: { 'Thalamus-Touchpoint': sim.touchpoint, 'Thalamus-Token': 'nope' },
    });
    expect(wrongToken.status).toBe(401);
    expect(wrongToken.json).toEqual({ errors: { token: 'InvalidToken' } });
    const wrongTouchpoint = await call('GET', '/api/v4/cases/1', {
      headers: { 'Thalamus-Touchpoint': 'other', 'Thalamus-Token': sim.token },
    });
    expect(wrongTouchpoint.json).toEqual({ errors: { touchpoint: 'InvalidCode' } });
  });

  it('accepts the documented query-string form too', async () => {
    const res = await call('GET', `/api/v4/cases/1?touchpoint=${sim.touchpoint}&token=${sim.token}`, { headers: {} });
    expect(res.status).toBe(200);
  });
});

describe('Thalamus simulator: create case', () => {
  it('creates the docs example: 201 with {context, case}, integer id, caseData typed', async () => {
    const res = await call('POST', '/api/v4/cases', { body: seedExample });
    expect(res.status).toBe(201);
    expect(res.json.context.simpleProfile).toBeDefined();
    expect(res.json.case).toMatchObject({
      categoryCode: 'Reclamo',
      typeCode: 'Telefonico',
      status: 'Created',
      resolution: 'Resolved',
      comments: [{ id: expect.any(Number), description: 'Cliente sin línea desde el lunes.' }],
      caseData: {
        fechaIncidente: '2024-05-01',
        montoReclamado: 99.9,
        cantidadLlamadas: 4,
        requiereVisita: true,
        links: [],
      },
      attachements: [],
    });
    expect(Number.isInteger(res.json.case.id)).toBe(true);
    const read = await call('GET', `/api/v4/cases/${res.json.case.id}`);
    expect(read.json).toEqual(res.json.case);
  });

  it('takes a unix-timestamp date and stores it as YYYY-MM-DD', async () => {
    const res = await call('POST', '/api/v4/cases', {
      body: {
        categoryCode: 'Reclamo',
        typeCode: 'Telefonico',
        status: 'Created',
        caseData: { fechaIncidente: '1714521600' },
      },
    });
    expect(res.status).toBe(201);
    expect(res.json.case.status).toBe('Created');
    expect(res.json.case.caseData.fechaIncidente).toBe('2024-05-01');
  });

  it('knows the vendor’s attachements field', async () => {
    const res = await call('POST', '/api/v4/cases', {
      body: { ...seedExample, attachements: [{ fileName: 'factura.txt' }] },
    });
    expect(res.status).toBe(201);
    expect(res.json.case.attachements).toEqual([{ fileName: 'factura.txt' }]);
    expect((await call('POST', '/api/v4/cases', { body: { ...seedExample, attachements: 'x' } })).json).toEqual({
      errors: { attachements: 'InvalidFormat' },
    });
  });

  it.each([
    ['no categoryCode', { typeCode: 'Telefonico' }, { categoryCode: 'CodeRequired' }],
    ['an unknown category', { categoryCode: 'Felicitacion', typeCode: 'Telefonico' }, { case: 'InvalidCode' }],
    ['an unknown type', { categoryCode: 'Reclamo', typeCode: 'Fax' }, { case: 'InvalidCode' }],
    ['a system-node category', { categoryCode: 'Sistema', typeCode: 'Interno' }, { case: 'CategorySystemNode' }],
    ['an unknown status name', { ...seedExample, status: 'Archivado' }, { status: 'InvalidName' }],
    ['an unknown resolution name', { ...seedExample, resolution: 'Perdido' }, { resolution: 'InvalidName' }],
    ['no initial status', { categoryCode: 'Consulta', typeCode: 'Email' }, { case: 'InitialStatusNotSelected' }],
    [
      'no initial status, whatever the case type',
      { ...seedExample, status: undefined },
      { case: 'InitialStatusNotSelected' },
    ],
    ['a status a case cannot start in', { ...seedExample, status: 'Closed' }, { case: 'InitialStatusNotSelected' }],
    [
      'a required caseData field missing',
      { categoryCode: 'Reclamo', typeCode: 'Telefonico', status: 'Created' },
      { 'caseData.fechaIncidente': 'Required' },
    ],
    [
      'a bad date',
      { ...seedExample, caseData: { ...seedExample.caseData, fechaIncidente: '01/05/2024' } },
      { 'caseData.fechaIncidente': 'InvalidDateFormat' },
    ],
    [
      'a decimal for a Number field',
      { ...seedExample, caseData: { ...seedExample.caseData, cantidadLlamadas: 1.5 } },
      { 'caseData.cantidadLlamadas': 'InvalidFormat' },
    ],
    [
      'a string for a Boolean field',
      { ...seedExample, caseData: { ...seedExample.caseData, requiereVisita: 'yes' } },
      { 'caseData.requiereVisita': 'InvalidFormat' },
    ],
    [
      'an unknown caseData field',
      { ...seedExample, caseData: { ...seedExample.caseData, color: 'rojo' } },
      { 'caseData.color': 'invalidCaseField' },
    ],
    [
      'a comment without description',
      { ...seedExample, comments: [{ text: 'hola' }] },
      { 'comments.0': 'InvalidFormat' },
    ],
    ['an unknown top-level field', { ...seedExample, title: 'Sin línea' }, { title: 'InvalidFormat' }],
  ])('rejects %s with 400 and the vendor code', async (_what, body, errors) => {
    const res = await call('POST', '/api/v4/cases', { body });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ errors });
  });

  it('rejects a non-JSON content type and malformed JSON', async () => {
    const media = await call('POST', '/api/v4/cases', {
      headers: { ...auth(), 'content-type': 'text/plain' },
      raw: JSON.stringify(seedExample),
    });
    expect(media).toMatchObject({ status: 400, json: { errors: { 'Content-Type': 'UnsupportedMediaType' } } });
    const malformed = await call('POST', '/api/v4/cases', {
      headers: { ...auth(), 'content-type': 'application/json' },
      raw: '{"categoryCode": ',
    });
    expect(malformed).toMatchObject({ status: 400, json: { errors: { body: 'InvalidJson' } } });
  });
});

describe('Thalamus simulator: get, update, transitions', () => {
  it('answers invalidId for unknown or non-integer ids', async () => {
    expect(await call('GET', '/api/v4/cases/999999')).toMatchObject({
      status: 400,
      json: { errors: { case_id: 'invalidId' } },
    });
    expect((await call('GET', '/api/v4/cases/abc')).json).toEqual({ errors: { case_id: 'invalidId' } });
    const put = await call('PUT', '/api/v4/cases/999999', {
      body: { categoryCode: 'Reclamo', typeCode: 'Telefonico' },
    });
    expect(put).toMatchObject({ status: 400, json: { errors: { caseInstanceId: 'invalidId' } } });
    expect((await call('PUT', '/api/v4/cases/999999/transitions', { body: { statusName: 'Open' } })).json).toEqual({
      errors: { caseInstanceId: 'invalidId' },
    });
  });

  it('updates with 201; categoryCode and typeCode are always required', async () => {
    const res = await call('PUT', '/api/v4/cases/1', { body: { resolution: 'Resolved' } });
    expect(res).toMatchObject({
      status: 400,
      json: { errors: { categoryCode: 'CodeRequired', typeCode: 'CodeRequired' } },
    });
    const ok = await call('PUT', '/api/v4/cases/1', {
      body: { categoryCode: 'Reclamo', typeCode: 'Telefonico', comments: [{ description: 'Segundo llamado' }] },
    });
    expect(ok.status).toBe(201);
    const comments = ok.json.case.comments as unknown[];
    expect(comments.at(-1)).toEqual({ id: expect.any(Number), description: 'Segundo llamado' });
  });

  it('rejects a partial caseData on update with invalidCaseField, accepts the complete one', async () => {
    const partial = await call('PUT', '/api/v4/cases/1', {
      body: { categoryCode: 'Reclamo', typeCode: 'Telefonico', caseData: { cantidadLlamadas: 5 } },
    });
    expect(partial.status).toBe(400);
    expect(partial.json.errors).toEqual({ case: 'invalidCaseField' });
    const full = await call('PUT', '/api/v4/cases/1', {
      body: {
        categoryCode: 'Reclamo',
        typeCode: 'Telefonico',
        caseData: { fechaIncidente: '2024-03-18', montoReclamado: null, cantidadLlamadas: 5, requiereVisita: false },
      },
    });
    expect(full.status).toBe(201);
    expect(full.json.case.caseData).toEqual({
      fechaIncidente: '2024-03-18',
      montoReclamado: null,
      cantidadLlamadas: 5,
      requiereVisita: false,
      links: [],
    });
  });

  it('transitions to a valid status name (201), rejects others with invalid, and closed cases with statusIsAlreadyClose', async () => {
    const created = await call('POST', '/api/v4/cases', { body: seedExample });
    const id = created.json.case.id as number;
    expect((await call('PUT', `/api/v4/cases/${id}/transitions`, { body: { statusName: 'Archivado' } })).json).toEqual({
      errors: { statusName: 'invalid' },
    });
    const moved = await call('PUT', `/api/v4/cases/${id}/transitions`, { body: { statusName: 'in_progress' } });
    expect(moved.status).toBe(201);
    expect(moved.json.case.status).toBe('In Progress');
    expect((await call('PUT', `/api/v4/cases/${id}/transitions`, { body: { statusName: 'Closed' } })).status).toBe(201);
    const again = await call('PUT', `/api/v4/cases/${id}/transitions`, { body: { statusName: 'Open' } });
    expect(again).toMatchObject({ status: 400, json: { errors: { case: 'statusIsAlreadyClose' } } });
    expect((await call('PUT', `/api/v4/cases/${id}/transitions`, { body: {} })).json).toEqual({
      errors: { statusName: 'Required' },
    });
  });

  it('serves case types in the documented shape (no caseData fields), filtered by visibility, type and category', async () => {
    const all = await call('GET', '/api/v4/cases/typecategory');
    const entries = all.json.caseTypeCategories as { caseCategoryCode: string }[];
    expect(entries.map((t) => t.caseCategoryCode)).toEqual(['Reclamo', 'Consulta']);
    expect(all.json.caseTypeCategories[0]).toEqual({
      caseTypeCode: 'Telefonico',
      caseTypeName: 'Telefónico',
      caseCategoryCode: 'Reclamo',
      caseCategoryName: 'Reclamo',
      defaultAnswer: expect.any(String),
    });
    expect((await call('GET', '/api/v4/cases/typecategory?visibility=app')).json.caseTypeCategories).toHaveLength(1);
    expect(
      (await call('GET', '/api/v4/cases/typecategory?caseTypeCode=Email&caseCategoryCode=Consulta')).json
        .caseTypeCategories,
    ).toHaveLength(1);
    expect((await call('GET', '/api/v4/cases/typecategory?visibility=mine')).status).toBe(400);
  });
});

describe('Thalamus simulator: case list (GET /api/v4/cases)', () => {
  // A simulator of its own: the tests above add cases to the shared one.
  let listSim: RunningThalamusSimulator;
  beforeAll(async () => {
    listSim = await startThalamusSimulator();
  });
  afterAll(async () => {
    await listSim.close();
  });

  const get = async (path: string, headers?: Record<string, string>): Promise<Answer> => {
    const res = await fetch(`${listSim.url}${path}`, {
      headers: headers ?? { 'Thalamus-Touchpoint': listSim.touchpoint, 'Thalamus-Token': listSim.token },
    });
    const text = await res.text();
    return { status: res.status, contentType: res.headers.get('content-type'), text, json: JSON.parse(text) };
  };

  interface ListedCase {
    id: number;
    categoryCode: string;
    typeCode: string;
    status: string;
    resolution: string | null;
    comments: { id: number; description: string }[];
    caseData: Record<string, unknown>;
  }

  it('answers every case as the documented {"cases": [...]}, in id order, each as the single read answers it', async () => {
    const answer = await get('/api/v4/cases');
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(Object.keys(answer.json)).toEqual(['cases']);
    const cases = answer.json.cases as ListedCase[];
    expect(cases.map((c) => c.id)).toEqual(Array.from({ length: 2 + DEFAULT_GENERATED_CASES }, (_, i) => i + 1));
    for (const c of cases) {
      expect(Object.keys(c)).toEqual([
        'id',
        'categoryCode',
        'typeCode',
        'status',
        'resolution',
        'comments',
        'caseData',
        'attachements',
      ]);
      expect(c).toEqual((await get(`/api/v4/cases/${c.id}`)).json);
    }
    // The docs' example cases are kept as they were.
    expect(cases[0]).toMatchObject({
      id: 1,
      categoryCode: 'Reclamo',
      typeCode: 'Telefonico',
      status: 'Open',
      resolution: 'Unresolved',
      comments: [{ id: 1, description: 'El cliente llamó dos veces.' }],
      caseData: { fechaIncidente: '2024-03-18', montoReclamado: 1520.5, cantidadLlamadas: 2, requiereVisita: false },
    });
    expect(cases[1]).toMatchObject({ id: 2, status: 'Closed', resolution: 'Resolved', comments: [] });
  });

  it('is seeded with 50 more cases: every status of both case types, typed caseData, some comments', async () => {
    const cases = (await get('/api/v4/cases')).json.cases as ListedCase[];
    const generated = cases.slice(2);
    expect(generated).toHaveLength(50);
    for (const type of SEEDED_CASE_TYPES) {
      const ofType = generated.filter((c) => c.categoryCode === type.categoryCode && c.typeCode === type.typeCode);
      expect(new Set(ofType.map((c) => c.status))).toEqual(new Set(type.statuses));
      for (const c of ofType) {
        expect(type.resolutions).toContain(c.resolution ?? 'Unresolved');
        expect(Object.keys(c.caseData).sort()).toEqual([...type.fields.map((f) => f.name), 'links'].sort());
        for (const field of type.fields) {
          const value = c.caseData[field.name];
          if (value === null) {
            expect(field.required).toBe(false);
            continue;
          }
          const expected = { Boolean: 'boolean', Decimal: 'number', Number: 'number', Date: 'string', Text: 'string' };
          expect(typeof value).toBe(expected[field.type]);
          if (field.type === 'Date') expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (field.type === 'Number') expect(Number.isInteger(value)).toBe(true);
        }
      }
    }
    expect(generated.filter((c) => c.comments.length > 0).length).toBeGreaterThan(10);
    expect(generated.filter((c) => c.comments.length === 0).length).toBeGreaterThan(0);
    const commentIds = cases.flatMap((c) => c.comments.map((m) => m.id));
    expect(new Set(commentIds).size).toBe(commentIds.length);
    // The same cases on every start.
    const again = await startThalamusSimulator();
    try {
      expect(again.storedCases()).toEqual(cases);
    } finally {
      await again.close();
    }
  });

  it('holds only the docs’ two cases when told to generate none, and lists a created case', async () => {
    const small = await startThalamusSimulator({ generatedCases: 0 });
    try {
      const headers = { 'Thalamus-Touchpoint': small.touchpoint, 'Thalamus-Token': small.token };
      const list = async () =>
        (await (await fetch(`${small.url}/api/v4/cases`, { headers })).json()) as { cases: ListedCase[] };
      expect((await list()).cases.map((c) => c.id)).toEqual([1, 2]);
      const created = await fetch(`${small.url}/api/v4/cases`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(seedExample),
      });
      expect(created.status).toBe(201);
      const { cases } = await list();
      expect(cases.map((c) => c.id)).toEqual([1, 2, 3]);
      expect(cases[2]).toMatchObject({ typeCode: 'Telefonico', status: 'Created', comments: [{ id: 2 }] });
    } finally {
      await small.close();
    }
  });

  it('answers 401 without the touchpoint and token, or with wrong ones; takes them as query parameters too', async () => {
    expect((await get('/api/v4/cases', {})).status).toBe(401);
    const wrong = await get('/api/v4/cases', { 'Thalamus-Touchpoint': listSim.touchpoint, 'Thalamus-Token': 'nope' });
    expect(wrong).toMatchObject({ status: 401, json: { errors: { token: 'InvalidToken' } } });
    const query = new URLSearchParams({ touchpoint: listSim.touchpoint, token: listSim.token, activity: 'listado' });
    const viaQuery = await get(`/api/v4/cases?${query.toString()}`, {});
    expect(viaQuery.status).toBe(200);
    expect(viaQuery.json.cases).toHaveLength(2 + DEFAULT_GENERATED_CASES);
  });

  it.each([
    ['paging', '?page=2&size=10', { page: 'InvalidFormat', size: 'InvalidFormat' }],
    ['a status filter', '?status=Open', { status: 'InvalidFormat' }],
    ['an order', '?sort=id', { sort: 'InvalidFormat' }],
  ])('refuses %s, which the get-cases page does not document, with 400 {"errors": …}', async (_, query, errors) => {
    const answer = await get(`/api/v4/cases${query}`);
    expect(answer).toMatchObject({ status: 400, json: { errors } });
  });
});
