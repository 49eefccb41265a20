import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import { CaseError } from '../../../src/domain/errors.js';
import { DEFAULT_TIMEOUTS } from '../../../src/http/client.js';
import type { HttpTimeouts } from '../../../src/http/client.js';
import type { RecordedRequest } from '../../../src/simulators/harness.js';
import { ThalamusConnection } from '../../../src/providers/thalamus/client.js';
import type { ThalamusConnectionOptions } from '../../../src/providers/thalamus/client.js';
import type { ThalamusConfig } from '../../../src/providers/thalamus/config.js';
import { startThalamusSimulator } from '../../../src/providers/thalamus/simulator/index.js';
import type { RunningThalamusSimulator } from '../../../src/providers/thalamus/simulator/index.js';
import type { CreateCaseInput } from '../../../src/domain/model.js';
import { DEFAULT_RESILIENCE } from '../../../src/http/resilience.js';

let sim: RunningThalamusSimulator;
const connections: ThalamusConnection[] = [];

function connect(
  overrides: Partial<ThalamusConfig> = {},
  timeouts: Partial<HttpTimeouts> = {},
  options: ThalamusConnectionOptions = {},
): ThalamusConnection {
  const conn = new ThalamusConnection(
    { ...sim.config, ...overrides },
    { timeouts: { ...DEFAULT_TIMEOUTS, ...timeouts } },
    options,
  );
  connections.push(conn);
  return conn;
}

beforeAll(async () => {
  sim = await startThalamusSimulator();
});
afterAll(async () => {
  await Promise.all(connections.map((c) => c.close()));
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

/** Expects a CaseError from `run` and returns it. */
async function failure(run: () => Promise<unknown>): Promise<CaseError> {
  try {
    await run();
  } catch (err) {
    expect(err).toBeInstanceOf(CaseError);
    return err as CaseError;
  }
  throw new Error('expected a CaseError');
}

const seedInput = (): CreateCaseInput => ({
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
});

const vendorCalls = (): RecordedRequest[] => sim.server.requests;
const writes = (): RecordedRequest[] => sim.server.requests.filter((r) => r.method !== 'GET');

function expectThalamusHeaders(req: RecordedRequest | undefined): void {
  expect(req?.headers['thalamus-touchpoint']).toBe(sim.touchpoint);
  expect(req?.headers['thalamus-token']).toBe(sim.token);
  // Never the query-string form: it leaks credentials into access logs.
  expect(req?.query).toEqual({});
}

describe('createCase', () => {
  it('sends the create-case page example exactly: POST /api/v4/cases with Thalamus headers and no query string', async () => {
    const ds = connect().dataSource();
    const { case: created, warnings } = await ds.createCase(seedInput());
    expect(warnings).toEqual([]);

    const [post, ...others] = sim.server.received('POST', '/api/v4/cases');
    expect(others).toEqual([]);
    expectThalamusHeaders(post);
    expect(post?.headers['content-type']).toBe('application/json');
    expect(post?.headers['thalamus-activity']).toBeUndefined();
    expect(post?.json).toEqual({
      categoryCode: 'Reclamo',
      typeCode: 'Telefonico',
      status: 'Created',
      resolution: 'Unresolved',
      comments: [{ description: 'El cliente reporta cortes de línea desde el lunes.' }],
      caseData: { fechaIncidente: '2024-05-01', montoReclamado: 1520.5, cantidadLlamadas: 2, requiereVisita: true },
    });
    for (const req of vendorCalls()) expectThalamusHeaders(req);

    expect(created).toMatchObject({
      provider: 'THALAMUS',
      title: 'Telefonico',
      status: 'NEW',
      vendorStatus: 'Created',
      comments: [{ body: 'El cliente reporta cortes de línea desde el lunes.' }],
      notes: [],
      interactions: [],
    });
    expect(created.id).toMatch(/^\d+$/);
    expect(created.customFields).toEqual([
      { key: 'fechaIncidente', label: null, type: 'DATE', value: '2024-05-01' },
      { key: 'montoReclamado', label: null, type: 'DECIMAL', value: 1520.5 },
      { key: 'cantidadLlamadas', label: null, type: 'NUMBER', value: 2 },
      { key: 'requiereVisita', label: null, type: 'BOOLEAN', value: true },
    ]);

    // A second datasource on the same connection reads it back the same.
    expect(await connect().dataSource().getCase(created.id)).toEqual(created);
  });

  it('sends Thalamus-Activity when configured', async () => {
    await connect({ activity: 'soporte-web' }).dataSource().createCase(seedInput());
    const [post] = sim.server.received('POST', '/api/v4/cases');
    expect(post?.headers['thalamus-activity']).toBe('soporte-web');
  });

  it('sends a date-time custom field as its calendar date', async () => {
    const input = seedInput();
    input.customFields = [{ key: 'fechaIncidente', value: '2024-05-01T22:15:00-03:00' }];
    const { case: created } = await connect().dataSource().createCase(input);
    expect(sim.server.received('POST', '/api/v4/cases')[0]?.json).toMatchObject({
      caseData: { fechaIncidente: '2024-05-01' },
    });
    expect(created.customFields.find((f) => f.key === 'fechaIncidente')?.value).toBe('2024-05-01');
  });

  it('sends comments in the create body and reads them back as comments; notes stay empty', async () => {
    const input = { ...seedInput(), comments: [{ body: 'Primera' }, { body: 'Segunda' }] };
    const { case: created } = await connect().dataSource().createCase(input);
    expect(sim.server.received('POST', '/api/v4/cases')[0]?.json).toMatchObject({
      comments: [{ description: 'Primera' }, { description: 'Segunda' }],
    });
    expect(created.comments.map((c) => c.body)).toEqual(['Primera', 'Segunda']);
    expect(created.notes).toEqual([]);
    const read = await connect().dataSource().getCase(created.id);
    expect(read.comments).toEqual(created.comments);
    expect(read.notes).toEqual([]);
  });

  it('throws when the create answers 200 FAILED', async () => {
    failNextWrite('/api/v4/cases');
    const err = await failure(() => connect().dataSource().createCase(seedInput()));
    expect(err).toMatchObject({ type: 'ProviderUnavailableError', retriable: false });
    expect(err.message).toContain('FAILED');
  });

  it('rejects what Thalamus has no place for, before any vendor call', async () => {
    const err = await failure(() =>
      connect()
        .dataSource()
        .createCase({
          ...seedInput(),
          title: 'Sin línea',
          priority: 'HIGH',
          requester: { name: 'Ana' },
          notes: [{ body: 'x' }],
          comments: [{ body: ' ' }],
          status: 'OTHER',
        }),
    );
    expect(err.type).toBe('ValidationError');
    expect(err.fields.map((f) => f.path.join('.'))).toEqual([
      'title',
      'priority',
      'requester',
      'notes',
      'status',
      'comments.0.body',
    ]);
    expect(vendorCalls()).toEqual([]);
  });

  it('requires thalamus.categoryCode, thalamus.typeCode and status before any vendor call', async () => {
    const err = await failure(() => connect().dataSource().createCase({ provider: 'THALAMUS', thalamus: {} }));
    expect(err.fields.map((f) => f.path)).toEqual([['thalamus', 'categoryCode'], ['thalamus', 'typeCode'], ['status']]);
    expect(vendorCalls()).toEqual([]);
  });

  it('checks customFields against the category+type definitions before writing', async () => {
    const ds = connect().dataSource();
    const unknown = await failure(() =>
      ds.createCase({
        ...seedInput(),
        customFields: [
          { key: 'color', value: 'rojo' },
          { key: 'fechaIncidente', value: '2024-05-01' },
        ],
      }),
    );
    expect(unknown.fields).toEqual([{ path: ['customFields', '0', 'key'], message: expect.any(String) }]);
    const wrongType = await failure(() =>
      ds.createCase({
        ...seedInput(),
        customFields: [
          { key: 'fechaIncidente', value: '2024-05-01' },
          { key: 'cantidadLlamadas', value: 2.5 },
        ],
      }),
    );
    expect(wrongType.fields.map((f) => f.path)).toEqual([['customFields', '1', 'value']]);
    const missingRequired = await failure(() => ds.createCase({ ...seedInput(), customFields: [] }));
    expect(missingRequired.fields).toEqual([
      { path: ['customFields'], message: expect.stringContaining('fechaIncidente') },
    ]);
    // Fields declared for Reclamo/Telefonico are not fields of another case type.
    const otherType = await failure(() =>
      ds.createCase({ ...seedInput(), thalamus: { categoryCode: 'Reclamo', typeCode: 'Fax' } }),
    );
    expect(otherType.fields.map((f) => f.path.join('.'))).toEqual([
      'customFields.0.key',
      'customFields.1.key',
      'customFields.2.key',
      'customFields.3.key',
    ]);
    expect(otherType.fields[0]?.message).toContain('Reclamo/Fax');
    expect(vendorCalls()).toEqual([]);
  });

  it.each([
    [
      'an unknown category',
      { categoryCode: 'Felicitacion', typeCode: 'Telefonico' },
      ['thalamus', 'categoryCode'],
      'InvalidCode',
    ],
    ['an unknown type', { categoryCode: 'Reclamo', typeCode: 'Fax' }, ['thalamus', 'typeCode'], 'InvalidCode'],
    [
      'a system-node category',
      { categoryCode: 'Sistema', typeCode: 'Interno' },
      ['thalamus', 'categoryCode'],
      'CategorySystemNode',
    ],
    [
      'an unknown resolution',
      { categoryCode: 'Consulta', typeCode: 'Email', resolution: 'Perdido' },
      ['thalamus', 'resolution'],
      'InvalidName',
    ],
  ])('maps Thalamus’s answer to %s to a ValidationError field', async (_what, thalamus, path, vendorCode) => {
    // No customFields: casegraph lets Thalamus judge the classification itself.
    const input: CreateCaseInput = { provider: 'THALAMUS', status: 'OPEN', thalamus };
    const err = await failure(() => connect().dataSource().createCase(input));
    expect(err.type).toBe('ValidationError');
    expect(err.fields).toContainEqual({ path, message: expect.any(String), vendorCode });
    expect(sim.server.received('POST', '/api/v4/cases')).toHaveLength(1);
  });

  it('catches a missing categoryCode itself, at the path Thalamus’s CodeRequired would name', async () => {
    const err = await failure(() =>
      connect()
        .dataSource()
        .createCase({ provider: 'THALAMUS', status: 'NEW', thalamus: { categoryCode: ' ', typeCode: 'Telefonico' } }),
    );
    expect(err.fields).toEqual([{ path: ['thalamus', 'categoryCode'], message: expect.any(String) }]);
    expect(vendorCalls()).toEqual([]);
  });

  it('maps InitialStatusNotSelected and an unknown status name to the status input', async () => {
    // Resolved is a status of the type, but not one a case may start in.
    const notInitial = await failure(() =>
      connect()
        .dataSource()
        .createCase({
          provider: 'THALAMUS',
          status: 'RESOLVED',
          thalamus: { categoryCode: 'Consulta', typeCode: 'Email' },
        }),
    );
    expect(notInitial.fields).toEqual([
      { path: ['status'], message: expect.any(String), vendorCode: 'InitialStatusNotSelected' },
    ]);
    // This type has no "On Hold" status.
    const badName = await failure(() =>
      connect()
        .dataSource()
        .createCase({
          provider: 'THALAMUS',
          status: 'ON_HOLD',
          thalamus: { categoryCode: 'Consulta', typeCode: 'Email' },
        }),
    );
    expect(badName.fields).toEqual([{ path: ['status'], message: expect.any(String), vendorCode: 'InvalidName' }]);
  });

  it('uses configured status names', async () => {
    const { case: created } = await connect({ statusNames: { OPEN: 'In Progress' } })
      .dataSource()
      .createCase({ ...seedInput(), status: 'OPEN' });
    expect(sim.server.received('POST', '/api/v4/cases')[0]?.json).toMatchObject({ status: 'In Progress' });
    expect(created).toMatchObject({ status: 'OPEN', vendorStatus: 'In Progress' });
  });
});

describe('getCase', () => {
  it('reads GET /api/v4/cases/{id}: the case object directly', async () => {
    const found = await connect().dataSource().getCase('1');
    const [get] = sim.server.received('GET', '/api/v4/cases/1');
    expectThalamusHeaders(get);
    expect(found).toMatchObject({
      id: '1',
      number: '1',
      title: 'Telefonico',
      status: 'OPEN',
      vendorStatus: 'Open',
    });
    expect(found.customFields.map((f) => f.key)).toEqual([
      'fechaIncidente',
      'montoReclamado',
      'cantidadLlamadas',
      'requiereVisita',
    ]);
  });

  it('costs one vendor call for the same case read twice in one request', async () => {
    const ds = connect().dataSource();
    const [a, b] = await Promise.all([ds.getCase('1'), ds.getCase('1')]);
    await ds.getCase('1');
    expect(a).toEqual(b);
    expect(sim.server.received('GET', '/api/v4/cases/1')).toHaveLength(1);
  });

  it('answers NotFoundError for an unknown id (invalidId), and for a non-integer id without calling', async () => {
    const ds = connect().dataSource();
    const unknown = await failure(() => ds.getCase('999999'));
    expect(unknown).toMatchObject({ type: 'NotFoundError', id: '999999' });
    sim.server.requests.length = 0;
    const bad = await failure(() => ds.getCase('abc'));
    expect(bad).toMatchObject({ type: 'NotFoundError', id: 'abc' });
    expect(vendorCalls()).toEqual([]);
  });

  it('answers AuthenticationError for bad credentials, without the token in the message', async () => {
    const err = await failure(() => connect({ token: 'wrong-secret-token' }).dataSource().getCase('1'));
    expect(err.type).toBe('AuthenticationError');
    expect(err.message).not.toContain('wrong-secret-token');
    expect(err.message).not.toContain(sim.url);
  });

  it('answers ProviderUnavailableError for a lasting 500 and a retriable one for a hang, after retrying the read', async () => {
    const onCase = { times: DEFAULT_RESILIENCE.attempts, match: (r: RecordedRequest) => r.path === '/api/v4/cases/1' };
    sim.server.injectFault(
      { kind: 'respond', response: { status: 500, text: 'java.lang.NullPointerException at 10.0.0.7' } },
      onCase,
    );
    const err = await failure(() => connect().dataSource().getCase('1'));
    expect(err).toMatchObject({ type: 'ProviderUnavailableError', retriable: true });
    expect(err.message).not.toContain('10.0.0.7');
    expect(sim.server.received('GET', '/api/v4/cases/1')).toHaveLength(DEFAULT_RESILIENCE.attempts);

    sim.server.injectFault({ kind: 'hang', ms: 2_000 }, onCase);
    const conn = connect({}, { headersMs: 150, bodyMs: 150 });
    const hung = await failure(() => conn.dataSource().getCase('1'));
    expect(hung).toMatchObject({ type: 'ProviderUnavailableError', retriable: true });
  });

  it('treats a 2xx body that is not a case as an unexpected response', async () => {
    sim.server.injectFault(
      { kind: 'respond', response: { status: 200, json: { cases: [] } } },
      { match: (r) => r.path === '/api/v4/cases/1' },
    );
    const err = await failure(() => connect().dataSource().getCase('1'));
    expect(err).toMatchObject({ type: 'ProviderUnavailableError', retriable: false });
  });
});

describe('updateCase', () => {
  async function newCase(): Promise<string> {
    const { case: created } = await connect().dataSource().createCase(seedInput());
    sim.server.requests.length = 0;
    return created.id;
  }

  it('merges the changed custom fields into the full caseData of the case type', async () => {
    const id = await newCase();
    const { case: updated, warnings } = await connect()
      .dataSource()
      .updateCase({ provider: 'THALAMUS', id, customFields: [{ key: 'cantidadLlamadas', value: 3 }] });
    expect(warnings).toEqual([]);
    const [put, ...more] = sim.server.received('PUT', `/api/v4/cases/${id}`);
    expect(more).toEqual([]);
    expectThalamusHeaders(put);
    expect(put?.json).toEqual({
      categoryCode: 'Reclamo',
      typeCode: 'Telefonico',
      caseData: { fechaIncidente: '2024-05-01', montoReclamado: 1520.5, cantidadLlamadas: 3, requiereVisita: true },
    });
    expect(updated.customFields.find((f) => f.key === 'cantidadLlamadas')?.value).toBe(3);
    expect(updated.customFields.find((f) => f.key === 'montoReclamado')?.value).toBe(1520.5);
  });

  it('changes status through PUT …/transitions only', async () => {
    const id = await newCase();
    const { case: updated } = await connect().dataSource().updateCase({ provider: 'THALAMUS', id, status: 'PENDING' });
    expect(vendorCalls().map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /api/v4/cases/${id}/transitions`]);
    const [transition] = sim.server.received('PUT', `/api/v4/cases/${id}/transitions`);
    expectThalamusHeaders(transition);
    expect(transition?.json).toEqual({ statusName: 'Pending' });
    expect(updated).toMatchObject({ status: 'PENDING', vendorStatus: 'Pending' });
  });

  it('sends comments and resolution with the current classification, then the transition', async () => {
    const id = await newCase();
    const conn = connect();
    const { case: updated, warnings } = await conn.dataSource().updateCase({
      provider: 'THALAMUS',
      id,
      status: 'RESOLVED',
      comments: [{ body: 'Se reemplazó el equipo.' }],
      thalamus: { resolution: 'Resolved' },
    });
    expect(warnings).toEqual([]);
    expect(writes().map((r) => [r.method, r.path, r.json])).toEqual([
      [
        'PUT',
        `/api/v4/cases/${id}`,
        {
          categoryCode: 'Reclamo',
          typeCode: 'Telefonico',
          resolution: 'Resolved',
          comments: [{ description: 'Se reemplazó el equipo.' }],
        },
      ],
      ['PUT', `/api/v4/cases/${id}/transitions`, { statusName: 'Resolved' }],
    ]);
    expect(updated).toMatchObject({ status: 'RESOLVED' });
    expect(updated.comments.map((c) => c.body)).toEqual([
      'El cliente reporta cortes de línea desde el lunes.',
      'Se reemplazó el equipo.',
    ]);
    expect(updated.notes).toEqual([]);
    expect(await conn.dataSource().getCase(id)).toEqual(updated);
  });

  it('sends the given classification without reading the case when no caseData is involved', async () => {
    const id = await newCase();
    await connect()
      .dataSource()
      .updateCase({
        provider: 'THALAMUS',
        id,
        thalamus: { categoryCode: 'Reclamo', typeCode: 'Telefonico', resolution: 'Rejected' },
      });
    expect(sim.server.received('GET', `/api/v4/cases/${id}`)).toEqual([]);
    expect(sim.server.received('PUT', `/api/v4/cases/${id}`)[0]?.json).toEqual({
      categoryCode: 'Reclamo',
      typeCode: 'Telefonico',
      resolution: 'Rejected',
    });
  });

  it('adds comments alone with GET + PUT (the PUT needs the case’s classification)', async () => {
    const id = await newCase();
    const { case: updated } = await connect()
      .dataSource()
      .updateCase({ provider: 'THALAMUS', id, comments: [{ body: 'Solo comentario' }] });
    expect(vendorCalls().map((r) => [r.method, r.path, r.json])).toEqual([
      ['GET', `/api/v4/cases/${id}`, undefined],
      [
        'PUT',
        `/api/v4/cases/${id}`,
        { categoryCode: 'Reclamo', typeCode: 'Telefonico', comments: [{ description: 'Solo comentario' }] },
      ],
    ]);
    expect(updated.comments.map((c) => c.body).at(-1)).toBe('Solo comentario');
  });

  it('returns the updated case with a warning when the transition fails after the PUT', async () => {
    // Case 2 is seeded Closed: the PUT succeeds, the transition answers statusIsAlreadyClose.
    const { case: updated, warnings } = await connect()
      .dataSource()
      .updateCase({ provider: 'THALAMUS', id: '2', status: 'OPEN', comments: [{ body: 'Reabrir por favor' }] });
    expect(updated.comments.map((c) => c.body)).toContain('Reabrir por favor');
    expect(updated.status).toBe('CLOSED');
    expect(warnings).toEqual([
      { path: ['status'], code: 'VALIDATION_FAILED', message: expect.stringContaining('closed') },
    ]);
  });

  it('returns the updated case with a warning when the transition answers 200 FAILED after the PUT', async () => {
    const id = await newCase();
    failNextWrite(`/api/v4/cases/${id}/transitions`);
    const { case: updated, warnings } = await connect()
      .dataSource()
      .updateCase({ provider: 'THALAMUS', id, status: 'OPEN', comments: [{ body: 'Comentario' }] });
    expect(updated.comments.map((c) => c.body)).toContain('Comentario');
    expect(updated.status).toBe('NEW');
    expect(warnings).toEqual([
      { path: ['status'], code: 'PROVIDER_UNAVAILABLE', message: expect.stringContaining('FAILED') },
    ]);
  });

  it('throws when the only write answers 200 FAILED: nothing was written', async () => {
    const id = await newCase();
    failNextWrite(`/api/v4/cases/${id}/transitions`);
    const err = await failure(() => connect().dataSource().updateCase({ provider: 'THALAMUS', id, status: 'OPEN' }));
    expect(err).toMatchObject({ type: 'ProviderUnavailableError', retriable: false });
  });

  it('maps a closed case’s statusIsAlreadyClose and an invalid status name to the status input', async () => {
    const closed = await failure(() =>
      connect().dataSource().updateCase({ provider: 'THALAMUS', id: '2', status: 'OPEN' }),
    );
    expect(closed.fields).toEqual([
      { path: ['status'], message: expect.any(String), vendorCode: 'statusIsAlreadyClose' },
    ]);
    const id = await newCase();
    const invalid = await failure(() =>
      connect({ statusNames: { ON_HOLD: 'Suspendido' } })
        .dataSource()
        .updateCase({ provider: 'THALAMUS', id, status: 'ON_HOLD' }),
    );
    expect(invalid.fields).toEqual([{ path: ['status'], message: expect.any(String), vendorCode: 'invalid' }]);
  });

  it('answers NotFoundError for unknown ids on every path', async () => {
    const ds = connect().dataSource();
    for (const input of [
      { provider: 'THALAMUS' as const, id: '999999', status: 'OPEN' as const },
      {
        provider: 'THALAMUS' as const,
        id: '999999',
        thalamus: { categoryCode: 'Reclamo', typeCode: 'Telefonico', resolution: 'Resolved' },
      },
      { provider: 'THALAMUS' as const, id: '999999', comments: [{ body: 'x' }] },
      { provider: 'THALAMUS' as const, id: '999999', customFields: [{ key: 'cantidadLlamadas', value: 1 }] },
    ]) {
      const err = await failure(() => ds.updateCase(input));
      expect(err).toMatchObject({ type: 'NotFoundError', id: '999999' });
    }
    sim.server.requests.length = 0;
    expect(await failure(() => ds.updateCase({ provider: 'THALAMUS', id: 'x-1', status: 'OPEN' }))).toMatchObject({
      type: 'NotFoundError',
    });
    expect(vendorCalls()).toEqual([]);
  });

  it('maps invalidCaseField when its field definitions were stale', async () => {
    const own = await startThalamusSimulator();
    const conn = new ThalamusConnection(own.config, { timeouts: DEFAULT_TIMEOUTS });
    try {
      const { case: created } = await conn.dataSource().createCase({
        provider: 'THALAMUS',
        status: 'NEW',
        thalamus: { categoryCode: 'Consulta', typeCode: 'Email' },
      });
      // An administrator adds a field after casegraph cached the definitions; moving a case into that
      // type then sends caseData without it.
      own.addCaseDataField('Reclamo', 'Telefonico', { name: 'zona', label: 'Zona', type: 'Text', required: false });
      const err = await failure(() =>
        conn.dataSource().updateCase({
          provider: 'THALAMUS',
          id: created.id,
          thalamus: { categoryCode: 'Reclamo', typeCode: 'Telefonico' },
          customFields: [{ key: 'fechaIncidente', value: '2024-06-01' }],
        }),
      );
      expect(err.type).toBe('ValidationError');
      expect(err.fields).toEqual([
        { path: ['customFields'], message: expect.any(String), vendorCode: 'invalidCaseField' },
      ]);
    } finally {
      await conn.close();
      await own.close();
    }
  });

  it('validates custom fields against the case’s own type before writing', async () => {
    const id = await newCase();
    const err = await failure(() =>
      connect()
        .dataSource()
        .updateCase({ provider: 'THALAMUS', id, customFields: [{ key: 'numeroCliente', value: 5 }] }),
    );
    expect(err.fields.map((f) => f.path)).toEqual([['customFields', '0', 'key']]);
    expect(writes()).toEqual([]);
  });

  it('rejects unsupported inputs before any vendor call', async () => {
    const err = await failure(() =>
      connect().dataSource().updateCase({ provider: 'THALAMUS', id: '1', description: 'x', assigneeId: '7' }),
    );
    expect(err.fields.map((f) => f.path.join('.'))).toEqual(['description', 'assigneeId']);
    expect(vendorCalls()).toEqual([]);
  });
});

describe('field definitions', () => {
  it('are the declared caseData fields of every case type, without a vendor call', async () => {
    const definitions = await connect().dataSource().customFieldDefinitions();
    expect(definitions.map((d) => [d.key, d.type, d.required])).toEqual([
      ['fechaIncidente', 'DATE', false],
      ['montoReclamado', 'DECIMAL', false],
      ['cantidadLlamadas', 'NUMBER', false],
      ['requiereVisita', 'BOOLEAN', false],
      ['numeroCliente', 'NUMBER', false],
      ['fechaRespuesta', 'DATE', false],
    ]);
    expect(await connect({ caseDataFields: undefined }).dataSource().customFieldDefinitions()).toEqual([]);
    expect(vendorCalls()).toEqual([]);
  });
});

describe('refusals without a field name', () => {
  const createIn = (conn: ThalamusConnection, categoryCode: string, typeCode: string) =>
    failure(() =>
      conn.dataSource().createCase({ provider: 'THALAMUS', status: 'NEW', thalamus: { categoryCode, typeCode } }),
    );
  const typeCategoryReads = () => sim.server.received('GET', '/api/v4/cases/typecategory');

  it('narrows InvalidCode to the category or the type from the touchpoint’s case types, read once while fresh', async () => {
    let now = 1_000;
    const conn = connect({ definitionsTtlMs: 10_000 }, {}, { now: () => now });
    const [category, type] = await Promise.all([
      createIn(conn, 'Felicitacion', 'Telefonico'),
      createIn(conn, 'Reclamo', 'Fax'),
    ]);
    expect(category.fields).toEqual([
      { path: ['thalamus', 'categoryCode'], message: expect.any(String), vendorCode: 'InvalidCode' },
    ]);
    expect(category.message).toContain('thalamus.categoryCode:');
    expect(type.fields).toEqual([
      { path: ['thalamus', 'typeCode'], message: expect.any(String), vendorCode: 'InvalidCode' },
    ]);
    expect(typeCategoryReads()).toHaveLength(1);
    expectThalamusHeaders(typeCategoryReads()[0]);

    now += 9_000;
    await createIn(conn, 'Reclamo', 'Fax');
    expect(typeCategoryReads()).toHaveLength(1);
    now += 2_000;
    await createIn(conn, 'Reclamo', 'Fax');
    expect(typeCategoryReads()).toHaveLength(2);
  });

  it('leaves it at thalamus when the case types cannot be read (not cached) or list the pair after all', async () => {
    const conn = connect();
    sim.server.injectFault(
      { kind: 'respond', response: { status: 503, text: 'busy' } },
      { times: DEFAULT_RESILIENCE.attempts, match: (r) => r.path === '/api/v4/cases/typecategory' },
    );
    const unread = await createIn(conn, 'Reclamo', 'Fax');
    expect(unread.fields.map((f) => [f.path, f.vendorCode])).toEqual([[['thalamus'], 'InvalidCode']]);
    expect((await createIn(conn, 'Reclamo', 'Fax')).fields[0]?.path).toEqual(['thalamus', 'typeCode']);

    // A listed pair refused anyway (the touchpoint may see it but not file in it): nothing narrows it.
    sim.server.injectFault(
      { kind: 'respond', response: { status: 400, json: { errors: { case: 'InvalidCode' } } } },
      { match: (r) => r.method === 'POST' && r.path === '/api/v4/cases' },
    );
    const listed = await failure(() => conn.dataSource().createCase(seedInput()));
    expect(listed.fields.map((f) => [f.path, f.vendorCode])).toEqual([[['thalamus'], 'InvalidCode']]);
  });

  it('points the case-level codes at the input they are about', async () => {
    const conn = connect();
    const system = await createIn(conn, 'Sistema', 'Interno');
    expect(system.fields.map((f) => [f.path.join('.'), f.vendorCode])).toEqual([
      ['thalamus.categoryCode', 'CategorySystemNode'],
    ]);
    const id = (await conn.dataSource().createCase(seedInput())).case.id;
    await conn.dataSource().updateCase({ provider: 'THALAMUS', id, status: 'CLOSED' });
    const closed = await failure(() => conn.dataSource().updateCase({ provider: 'THALAMUS', id, status: 'OPEN' }));
    expect(closed.fields.map((f) => [f.path.join('.'), f.vendorCode])).toEqual([['status', 'statusIsAlreadyClose']]);
  });
});
