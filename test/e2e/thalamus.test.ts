// THALAMUS through the GraphQL endpoint over HTTP, against the embedded Thalamus REST JSON v4 simulator.
import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import type { RecordedRequest } from '../../src/simulators/harness.js';
import { startThalamusSimulator } from '../../src/providers/thalamus/simulator/index.js';
import type { RunningThalamusSimulator } from '../../src/providers/thalamus/simulator/index.js';
import {
  CreateCaseDocument,
  CustomFieldDefinitionsDocument,
  GetCaseByVendorIdDocument,
  GetCaseDocument,
  ProvidersDocument,
  UpdateCaseDocument,
} from '../../examples/client/generated/graphql.js';
import type {
  CaseFieldsFragment,
  CaseStatus,
  CreateCaseInput,
  CreateCaseMutation,
  GetCaseQuery,
  ThalamusCaseInput,
  UpdateCaseInput,
  UpdateCaseMutation,
} from '../../examples/client/generated/graphql.js';
import { caseGlobalId } from '../../src/domain/globalId.js';
import { startTestApp } from '../helpers/app.js';
import type { TestApp } from '../helpers/app.js';
import { dataOf, member } from '../helpers/results.js';
import { DEFAULT_RESILIENCE } from '../../src/http/resilience.js';

/** The create-case page example: Reclamo / Telefonico, status "Created", a resolution, comments, caseData. */
const seedExample: CreateCaseInput = {
  provider: 'THALAMUS',
  status: 'NEW',
  comments: [{ body: 'El cliente reporta cortes de línea desde el lunes.' }],
  customFields: [
    { key: 'fechaIncidente', value: '2024-05-01' },
    { key: 'montoReclamado', value: 1520.5 },
    { key: 'cantidadLlamadas', value: 2 },
    { key: 'requiereVisita', value: true },
  ],
  thalamus: { categoryCode: 'Reclamo', typeCode: 'Telefonico', resolution: 'Unresolved' },
};

let sim: RunningThalamusSimulator;
let app: TestApp;

beforeAll(async () => {
  sim = await startThalamusSimulator();
  app = await startTestApp({
    simulators: { THALAMUS: sim },
    env: { CASEGRAPH_PROVIDERS: 'THALAMUS' },
    timeouts: { headersMs: 300 },
  });
});
afterAll(async () => {
  await app.close();
  await sim.close();
});
beforeEach(() => {
  sim.server.requests.length = 0;
  sim.server.clearFaults();
});

/** The next write to `path` answers HTTP 200 with the plain-text `FAILED` Thalamus documents for failures. */
function failNextWrite(path: string): void {
  sim.server.injectFault(
    { kind: 'respond', response: { status: 200, text: 'FAILED' } },
    { match: (r) => r.method !== 'GET' && r.path === path },
  );
}

const writes = (): RecordedRequest[] => sim.server.requests.filter((r) => r.method !== 'GET');

/** Thalamus's case `vendorId`, by its global id. */
const thalamusCase = (vendorId: string): string => caseGlobalId('THALAMUS', vendorId);

async function create(input: CreateCaseInput): Promise<CreateCaseMutation['createCase']> {
  const res = await app.gql(CreateCaseDocument, { input });
  expect(res.status).toBe(200);
  return dataOf(res).createCase;
}

async function update(input: UpdateCaseInput): Promise<UpdateCaseMutation['updateCase']> {
  const res = await app.gql(UpdateCaseDocument, { input });
  expect(res.status).toBe(200);
  return dataOf(res).updateCase;
}

/** `case(id:)`, by global id. */
async function get(id: string, from: TestApp = app): Promise<GetCaseQuery['case']> {
  return dataOf(await from.gql(GetCaseDocument, { id })).case;
}

async function createSeedCase(): Promise<CaseFieldsFragment> {
  const result = member(await create(seedExample), 'CreateCaseSuccess');
  sim.server.requests.length = 0;
  return result.case;
}

describe('THALAMUS over GraphQL: success paths', () => {
  it('creates the docs example and reads it back the same', async () => {
    const result = member(await create(seedExample), 'CreateCaseSuccess');
    expect(result.warnings).toEqual([]);
    const created = result.case;
    expect(created).toMatchObject({
      id: thalamusCase(created.vendorId),
      provider: 'THALAMUS',
      title: 'Telefonico',
      description: null,
      status: 'NEW',
      vendorStatus: 'Created',
      priority: null,
      requester: null,
      assignee: null,
      interactions: [],
      notes: [],
      comments: [{ body: 'El cliente reporta cortes de línea desde el lunes.' }],
      customFields: [
        { key: 'fechaIncidente', label: null, type: 'DATE', value: '2024-05-01' },
        { key: 'montoReclamado', label: null, type: 'DECIMAL', value: 1520.5 },
        { key: 'cantidadLlamadas', label: null, type: 'NUMBER', value: 2 },
        { key: 'requiereVisita', label: null, type: 'BOOLEAN', value: true },
      ],
    });
    expect(created.number).toBe(created.vendorId);

    const [post] = sim.server.received('POST', '/api/v4/cases');
    expect(post?.headers['thalamus-touchpoint']).toBe(sim.touchpoint);
    expect(post?.headers['thalamus-token']).toBe(sim.token);
    expect(post?.query).toEqual({});
    expect(post?.json).toEqual({
      categoryCode: 'Reclamo',
      typeCode: 'Telefonico',
      status: 'Created',
      resolution: 'Unresolved',
      comments: [{ description: 'El cliente reporta cortes de línea desde el lunes.' }],
      caseData: { fechaIncidente: '2024-05-01', montoReclamado: 1520.5, cantidadLlamadas: 2, requiereVisita: true },
    });

    expect(await get(created.id)).toEqual({ __typename: 'Case', ...created });
  });

  it('updates: full caseData merged in, comments and resolution by PUT, status by transition', async () => {
    const { id, vendorId } = await createSeedCase();
    const result = member(
      await update({
        id,
        status: 'RESOLVED',
        comments: [{ body: 'Se reemplazó el equipo.' }],
        customFields: [{ key: 'requiereVisita', value: false }],
        thalamus: { resolution: 'Resolved' },
      }),
      'UpdateCaseSuccess',
    );
    expect(result.warnings).toEqual([]);
    expect(writes().map((r) => [r.method, r.path, r.json])).toEqual([
      [
        'PUT',
        `/api/v4/cases/${vendorId}`,
        {
          categoryCode: 'Reclamo',
          typeCode: 'Telefonico',
          resolution: 'Resolved',
          comments: [{ description: 'Se reemplazó el equipo.' }],
          caseData: {
            fechaIncidente: '2024-05-01',
            montoReclamado: 1520.5,
            cantidadLlamadas: 2,
            requiereVisita: false,
          },
        },
      ],
      ['PUT', `/api/v4/cases/${vendorId}/transitions`, { statusName: 'Resolved' }],
    ]);
    for (const r of sim.server.requests) expect(r.query).toEqual({});
    expect(result.case).toMatchObject({
      id,
      status: 'RESOLVED',
      vendorStatus: 'Resolved',
      comments: [{ body: 'El cliente reporta cortes de línea desde el lunes.' }, { body: 'Se reemplazó el equipo.' }],
      notes: [],
    });
    expect(result.case.customFields.find((f) => f.key === 'requiereVisita')?.value).toBe(false);

    expect(await get(id)).toEqual({ __typename: 'Case', ...result.case });
  });

  it('changes only the status with a single transition call', async () => {
    const { id, vendorId } = await createSeedCase();
    const result = member(await update({ id, status: 'ON_HOLD' }), 'UpdateCaseSuccess');
    expect(result.case).toMatchObject({ status: 'ON_HOLD', vendorStatus: 'On Hold' });
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /api/v4/cases/${vendorId}/transitions`]);
  });

  it('lists custom-field definitions and publishes the capabilities', async () => {
    const defs = dataOf(await app.gql(CustomFieldDefinitionsDocument, { provider: 'THALAMUS' }));
    const definitions = member(defs.customFieldDefinitions, 'CustomFieldDefinitions');
    expect(definitions.provider).toBe('THALAMUS');
    expect(definitions.fields.map((f) => [f.key, f.type])).toEqual([
      ['fechaIncidente', 'DATE'],
      ['montoReclamado', 'DECIMAL'],
      ['cantidadLlamadas', 'NUMBER'],
      ['requiereVisita', 'BOOLEAN'],
      ['numeroCliente', 'NUMBER'],
      ['fechaRespuesta', 'DATE'],
    ]);
    const { providers } = dataOf(await app.gql(ProvidersDocument));
    expect(providers.find((p) => p.provider === 'THALAMUS')).toMatchObject({
      interactions: 'UNSUPPORTED',
      notes: 'UNSUPPORTED',
      comments: 'READ_WRITE',
      customFields: 'READ_WRITE',
      requiredCreateFields: ['thalamus.categoryCode', 'thalamus.typeCode', 'status'],
      unsupportedCreateFields: ['title', 'description', 'priority', 'requester', 'assigneeId', 'interactions', 'notes'],
      unsupportedUpdateFields: ['title', 'description', 'priority', 'assigneeId', 'interactions', 'notes'],
    });
  });

  it('writes comments, on create and on update, and reads them back in comments over HTTP; notes are refused', async () => {
    const created = member(
      await create({
        provider: 'THALAMUS',
        status: 'NEW',
        thalamus: { categoryCode: 'Consulta', typeCode: 'Email' },
        comments: [{ body: 'Consulta por factura.' }],
      }),
      'CreateCaseSuccess',
    ).case;
    const updated = member(
      await update({ id: created.id, comments: [{ body: 'Se envió la factura.' }] }),
      'UpdateCaseSuccess',
    ).case;
    const read = dataOf(await app.gql(GetCaseDocument, { id: created.id })).case;
    const reread = member(read, 'Case');
    expect(reread.comments.map((c) => c.body)).toEqual(['Consulta por factura.', 'Se envió la factura.']);
    expect(reread.notes).toEqual([]);
    expect(reread).toEqual({ __typename: 'Case', ...updated });
    expect(writes().every((r) => r.path === '/api/v4/cases' || r.path === `/api/v4/cases/${created.vendorId}`)).toBe(
      true,
    );

    sim.server.requests.length = 0;
    const refused = member(await update({ id: created.id, notes: [{ body: 'Nota interna' }] }), 'ValidationError');
    expect(refused.fields.map((f) => [f.path.join('.'), f.message])).toEqual([
      ['notes', 'Thalamus has no place for notes on update; it was not sent.'],
    ]);
    expect(sim.server.requests).toEqual([]);
  });
});

describe('THALAMUS over GraphQL: errors as union members', () => {
  const fieldsOf = (
    result: CreateCaseMutation['createCase'] | UpdateCaseMutation['updateCase'],
  ): [string, string | null][] => member(result, 'ValidationError').fields.map((f) => [f.path.join('.'), f.vendorCode]);

  it('ValidationError before any vendor call: required classification and unsupported inputs', async () => {
    const result = await create({
      provider: 'THALAMUS',
      title: 'Sin línea',
      priority: 'HIGH',
      thalamus: { typeCode: 'Telefonico' },
    });
    expect(result).toMatchObject({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      retriable: false,
      provider: 'THALAMUS',
    });
    expect(fieldsOf(result)).toEqual([
      ['thalamus.categoryCode', null],
      ['status', null],
      ['title', null],
      ['priority', null],
    ]);
    expect(sim.server.requests).toEqual([]);
  });

  it('ValidationError before writing: customFields checked against the case type', async () => {
    const result = await create({ ...seedExample, customFields: [{ key: 'fechaIncidente', value: 'el lunes' }] });
    expect(fieldsOf(result)).toEqual([['customFields.0.value', null]]);
    expect(writes()).toEqual([]);
  });

  // The simulator keys case-level codes (InvalidCode, CategorySystemNode, InitialStatusNotSelected)
  // under `case`, naming no field: casegraph still points each at the input it is about.
  it.each<[string, ThalamusCaseInput, CaseStatus, string, string]>([
    [
      'InvalidCode (category)',
      { categoryCode: 'Felicitacion', typeCode: 'Telefonico' },
      'NEW',
      'thalamus.categoryCode',
      'InvalidCode',
    ],
    ['InvalidCode (type)', { categoryCode: 'Reclamo', typeCode: 'Fax' }, 'NEW', 'thalamus.typeCode', 'InvalidCode'],
    [
      'CategorySystemNode',
      { categoryCode: 'Sistema', typeCode: 'Interno' },
      'OPEN',
      'thalamus.categoryCode',
      'CategorySystemNode',
    ],
    ['InvalidName (status)', { categoryCode: 'Consulta', typeCode: 'Email' }, 'PENDING', 'status', 'InvalidName'],
    [
      'InvalidName (resolution)',
      { categoryCode: 'Consulta', typeCode: 'Email', resolution: 'Perdido' },
      'OPEN',
      'thalamus.resolution',
      'InvalidName',
    ],
    [
      'InitialStatusNotSelected',
      { categoryCode: 'Consulta', typeCode: 'Email' },
      'RESOLVED',
      'status',
      'InitialStatusNotSelected',
    ],
  ])(
    'createCase: Thalamus %s → ValidationError at its input path',
    async (_code, thalamus, status, path, vendorCode) => {
      const result = await create({ provider: 'THALAMUS', thalamus, status });
      expect(result).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION_FAILED', provider: 'THALAMUS' });
      expect(fieldsOf(result)).toEqual([[path, vendorCode]]);
      expect(sim.server.received('POST', '/api/v4/cases')).toHaveLength(1);
    },
  );

  it('createCase without status: refused at status before any call, as Thalamus would refuse it', async () => {
    const result = await create({ provider: 'THALAMUS', thalamus: { categoryCode: 'Consulta', typeCode: 'Email' } });
    expect(member(result, 'ValidationError').fields).toEqual([
      { path: ['status'], message: 'Thalamus requires status.', vendorCode: null },
    ]);
    expect(sim.server.requests).toEqual([]);

    // The same create sent straight to the simulator: Thalamus names no default initial status.
    const res = await fetch(`${sim.url}/api/v4/cases`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'Thalamus-Touchpoint': sim.touchpoint,
        'Thalamus-Token': sim.token,
      },
      body: JSON.stringify({ categoryCode: 'Consulta', typeCode: 'Email' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: { case: 'InitialStatusNotSelected' } });

    const created = member(
      await create({ provider: 'THALAMUS', status: 'NEW', thalamus: { categoryCode: 'Consulta', typeCode: 'Email' } }),
      'CreateCaseSuccess',
    );
    expect(created.case).toMatchObject({ status: 'NEW', vendorStatus: 'Created' });
  });

  it('updateCase: transition to a status the case type lacks → ValidationError at status (invalid)', async () => {
    const created = member(
      await create({ provider: 'THALAMUS', status: 'NEW', thalamus: { categoryCode: 'Consulta', typeCode: 'Email' } }),
      'CreateCaseSuccess',
    );
    const result = await update({ id: created.case.id, status: 'ON_HOLD' });
    expect(fieldsOf(result)).toEqual([['status', 'invalid']]);
  });

  it('updateCase: a closed case → ValidationError at status (statusIsAlreadyClose); with a PUT first → warning', async () => {
    const closed = await update({ id: thalamusCase('2'), status: 'OPEN' });
    expect(fieldsOf(closed)).toEqual([['status', 'statusIsAlreadyClose']]);

    const partly = member(
      await update({ id: thalamusCase('2'), status: 'OPEN', comments: [{ body: 'Reabrir' }] }),
      'UpdateCaseSuccess',
    );
    expect(partly.case.status).toBe('CLOSED');
    expect(partly.case.comments.map((c) => c.body)).toContain('Reabrir');
    expect(partly.warnings).toEqual([{ path: ['status'], code: 'VALIDATION_FAILED', message: expect.any(String) }]);
  });

  it('updateCase: caseData missing a field of the type → ValidationError at customFields (invalidCaseField)', async () => {
    const created = member(
      await create({ provider: 'THALAMUS', status: 'NEW', thalamus: { categoryCode: 'Consulta', typeCode: 'Email' } }),
      'CreateCaseSuccess',
    );
    // Warm the definitions cache, then let an administrator add a field casegraph does not know yet.
    await app.gql(CustomFieldDefinitionsDocument, { provider: 'THALAMUS' });
    sim.addCaseDataField('Reclamo', 'Telefonico', { name: 'zonaE2e', label: 'Zona', type: 'Text', required: false });
    const result = await update({
      id: created.case.id,
      thalamus: { categoryCode: 'Reclamo', typeCode: 'Telefonico' },
      customFields: [{ key: 'fechaIncidente', value: '2024-06-01' }],
    });
    expect(fieldsOf(result)).toEqual([['customFields', 'invalidCaseField']]);
  });

  it('NotFoundError for unknown ids (invalidId) on case and updateCase', async () => {
    // The global id in NotFoundError names the provider as well as the case.
    expect(await get(thalamusCase('999999'))).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      id: thalamusCase('999999'),
    });
    const result = await update({ id: thalamusCase('999999'), comments: [{ body: 'x' }] });
    expect(result).toMatchObject({ __typename: 'NotFoundError', provider: 'THALAMUS', id: thalamusCase('999999') });
    expect(await get(thalamusCase('CASE-1'))).toMatchObject({
      __typename: 'NotFoundError',
      id: thalamusCase('CASE-1'),
    });
  });

  it('a write answering 200 FAILED: a warning after the PUT, a ProviderUnavailableError when it was the only write', async () => {
    const { id, vendorId } = await createSeedCase();
    failNextWrite(`/api/v4/cases/${vendorId}/transitions`);
    const partly = member(
      await update({ id, status: 'PENDING', comments: [{ body: 'Llamar de nuevo' }] }),
      'UpdateCaseSuccess',
    );
    expect(partly.case.comments.map((c) => c.body)).toContain('Llamar de nuevo');
    expect(partly.case.status).toBe('NEW');
    expect(partly.warnings).toEqual([
      { path: ['status'], code: 'PROVIDER_UNAVAILABLE', message: expect.stringContaining('FAILED') },
    ]);

    failNextWrite(`/api/v4/cases/${vendorId}/transitions`);
    const only = await update({ id, status: 'PENDING' });
    expect(only).toMatchObject({
      __typename: 'ProviderUnavailableError',
      code: 'PROVIDER_UNAVAILABLE',
      retriable: false,
    });
  });

  it('ProviderUnavailableError for a 500 and, retriable, for a hang', async () => {
    sim.server.injectFault(
      { kind: 'respond', response: { status: 500, text: 'Internal Server Error' } },
      { times: DEFAULT_RESILIENCE.attempts, match: (r) => r.path === '/api/v4/cases/1' },
    );
    expect(await get(thalamusCase('1'))).toMatchObject({ __typename: 'ProviderUnavailableError', retriable: true });

    sim.server.injectFault(
      { kind: 'hang', ms: 2_000 },
      { times: DEFAULT_RESILIENCE.attempts, match: (r) => r.path === '/api/v4/cases/1' },
    );
    const hung = member(await get(thalamusCase('1')), 'ProviderUnavailableError');
    expect(hung.retriable).toBe(true);
    expect(hung.message).not.toContain(sim.url);
  });

  it('AuthenticationError when the token is wrong, without the token in the message', async () => {
    const wrong = await startTestApp({
      env: {
        CASEGRAPH_PROVIDERS: 'THALAMUS',
        THALAMUS_BASE_URL: sim.url,
        THALAMUS_TOUCHPOINT: sim.touchpoint,
        THALAMUS_TOKEN: 'not-the-right-token',
      },
    });
    try {
      const read = await wrong.gql(GetCaseByVendorIdDocument, { provider: 'THALAMUS', vendorId: '1' });
      const refused = member(dataOf(read).caseByVendorId, 'AuthenticationError');
      expect(refused.code).toBe('AUTHENTICATION_FAILED');
      expect(refused.message).not.toContain('not-the-right-token');
      const created = await wrong.gql(CreateCaseDocument, {
        input: { provider: 'THALAMUS', status: 'NEW', thalamus: { categoryCode: 'Consulta', typeCode: 'Email' } },
      });
      expect(dataOf(created).createCase).toMatchObject({ __typename: 'AuthenticationError', provider: 'THALAMUS' });
    } finally {
      await wrong.close();
    }
  });
});

describe('THALAMUS custom fields: declared in THALAMUS_CASE_DATA_FIELDS, learned from the case on update', () => {
  // casegraph configured as for a real instance, against the simulator, whose typecategory lists no
  // caseData fields (as documented). Reclamo/Telefonico is declared (fechaIncidente without `!`, so
  // Thalamus itself reports it missing); Consulta/Email is not declared at all.
  const DECLARED =
    'Reclamo/Telefonico=fechaIncidente:DATE,montoReclamado:DECIMAL,cantidadLlamadas:NUMBER,requiereVisita:BOOLEAN';
  let instance: RunningThalamusSimulator;
  let vendorMode: TestApp;
  beforeAll(async () => {
    instance = await startThalamusSimulator();
    vendorMode = await startTestApp({
      env: {
        CASEGRAPH_PROVIDERS: 'THALAMUS',
        THALAMUS_BASE_URL: instance.url,
        THALAMUS_TOUCHPOINT: instance.touchpoint,
        THALAMUS_TOKEN: instance.token,
        THALAMUS_CASE_DATA_FIELDS: DECLARED,
      },
    });
  });
  afterAll(async () => {
    await vendorMode.close();
    await instance.close();
  });
  beforeEach(() => {
    instance.server.requests.length = 0;
  });
  const instanceWrites = (): RecordedRequest[] => instance.server.requests.filter((r) => r.method !== 'GET');

  const createIn = async (input: CreateCaseInput): Promise<CreateCaseMutation['createCase']> =>
    dataOf(await vendorMode.gql(CreateCaseDocument, { input })).createCase;
  const updateIn = async (input: UpdateCaseInput): Promise<UpdateCaseMutation['updateCase']> =>
    dataOf(await vendorMode.gql(UpdateCaseDocument, { input })).updateCase;
  const typesOf = (c: CaseFieldsFragment): [string, string][] => c.customFields.map((f) => [f.key, f.type]);
  const fieldsOf = (
    result: CreateCaseMutation['createCase'] | UpdateCaseMutation['updateCase'],
  ): [string, string | null][] => member(result, 'ValidationError').fields.map((f) => [f.path.join('.'), f.vendorCode]);

  it('writes declared fields and reads every field with its declared type, set or not', async () => {
    const created = member(
      await createIn({
        provider: 'THALAMUS',
        status: 'NEW',
        thalamus: { categoryCode: 'Reclamo', typeCode: 'Telefonico' },
        customFields: [{ key: 'fechaIncidente', value: '2024-05-01' }],
      }),
      'CreateCaseSuccess',
    ).case;
    expect(instance.server.received('POST', '/api/v4/cases').at(-1)?.json).toMatchObject({
      caseData: { fechaIncidente: '2024-05-01' },
    });
    expect(instance.server.received('GET', '/api/v4/cases/typecategory')).toEqual([]);
    const declaredTypes: [string, string][] = [
      ['fechaIncidente', 'DATE'],
      ['montoReclamado', 'DECIMAL'],
      ['cantidadLlamadas', 'NUMBER'],
      ['requiereVisita', 'BOOLEAN'],
    ];
    expect(typesOf(created)).toEqual(declaredTypes);
    expect(created.customFields.map((f) => f.value)).toEqual(['2024-05-01', null, null, null]);

    const updated = member(
      await updateIn({
        id: created.id,
        customFields: [
          { key: 'cantidadLlamadas', value: 3 },
          { key: 'requiereVisita', value: false },
          { key: 'montoReclamado', value: 99.5 },
        ],
      }),
      'UpdateCaseSuccess',
    ).case;
    expect(typesOf(updated)).toEqual(declaredTypes);
    expect(updated.customFields.map((f) => f.value)).toEqual(['2024-05-01', 99.5, 3, false]);
    const read = dataOf(await vendorMode.gql(GetCaseDocument, { id: created.id })).case;
    expect(read).toEqual({ __typename: 'Case', ...updated });

    const defs = member(
      dataOf(await vendorMode.gql(CustomFieldDefinitionsDocument, { provider: 'THALAMUS' })).customFieldDefinitions,
      'CustomFieldDefinitions',
    );
    expect(defs.fields.map((f) => [f.key, f.type])).toEqual(declaredTypes);
  });

  it('refuses an undeclared field on create before any call; Thalamus’s own refusals point at customFields', async () => {
    const undeclared = await createIn({
      provider: 'THALAMUS',
      status: 'NEW',
      thalamus: { categoryCode: 'Consulta', typeCode: 'Email' },
      customFields: [{ key: 'numeroCliente', value: 77 }],
    });
    expect(fieldsOf(undeclared)).toEqual([['customFields.0.key', null]]);
    expect(member(undeclared, 'ValidationError').fields[0]?.message).toContain('Consulta/Email');
    expect(instanceWrites()).toEqual([]);

    // fechaIncidente is required by the case type, which this configuration does not say: Thalamus does.
    const missing = await createIn({
      provider: 'THALAMUS',
      status: 'NEW',
      thalamus: { categoryCode: 'Reclamo', typeCode: 'Telefonico' },
      customFields: [{ key: 'cantidadLlamadas', value: 1 }],
    });
    expect(fieldsOf(missing)).toEqual([['customFields', 'Required']]);
  });

  it('updates undeclared fields the case carries, as the TEXT they read as; the vendor judges the value', async () => {
    const created = member(
      await createIn({
        provider: 'THALAMUS',
        status: 'NEW',
        thalamus: { categoryCode: 'Consulta', typeCode: 'Email' },
      }),
      'CreateCaseSuccess',
    ).case;
    expect(typesOf(created)).toEqual([
      ['numeroCliente', 'TEXT'],
      ['fechaRespuesta', 'TEXT'],
    ]);
    instance.server.requests.length = 0;

    const dated = member(
      await updateIn({ id: created.id, customFields: [{ key: 'fechaRespuesta', value: '2024-06-01' }] }),
      'UpdateCaseSuccess',
    ).case;
    expect(instanceWrites().map((r) => r.json)).toEqual([
      { categoryCode: 'Consulta', typeCode: 'Email', caseData: { numeroCliente: null, fechaRespuesta: '2024-06-01' } },
    ]);
    expect(dated.customFields).toEqual([
      { key: 'numeroCliente', label: null, type: 'TEXT', value: null },
      { key: 'fechaRespuesta', label: null, type: 'TEXT', value: '2024-06-01' },
    ]);

    // Thalamus keeps numeroCliente a Number: its InvalidFormat points at the entry that set it.
    const refused = await updateIn({
      id: created.id,
      customFields: [
        { key: 'fechaRespuesta', value: '2024-06-02' },
        { key: 'numeroCliente', value: '77' },
      ],
    });
    expect(fieldsOf(refused)).toEqual([['customFields.1', 'InvalidFormat']]);

    // A TEXT field takes strings only, checked before any call.
    instance.server.requests.length = 0;
    const notText = await updateIn({ id: created.id, customFields: [{ key: 'numeroCliente', value: 77 }] });
    expect(fieldsOf(notText)).toEqual([['customFields.0.value', null]]);
    expect(instanceWrites()).toEqual([]);
  });
});
