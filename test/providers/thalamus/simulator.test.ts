import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startThalamusSimulator } from '../../../src/providers/thalamus/simulator/index.js';
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
