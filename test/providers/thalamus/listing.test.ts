// Finding Thalamus cases: `GET /api/v4/cases` answers every case of the touchpoint's operator or party,
// unpaged and unfiltered [D: get-cases], so casegraph filters, counts and pages the whole list. Each
// expectation is computed from the simulator's stored cases with this file's own reading of them.
import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import { CaseError } from '../../../src/domain/errors.js';
import { DEFAULT_CASE_ORDER } from '../../../src/domain/listing.js';
import type {
  CaseListFilter,
  CaseListOrder,
  ProviderListPage,
  ProviderListRequest,
  ProviderPosition,
} from '../../../src/domain/listing.js';
import type { CaseStatus } from '../../../src/domain/model.js';
import { DEFAULT_TIMEOUTS } from '../../../src/http/client.js';
import { DEFAULT_RESILIENCE } from '../../../src/http/resilience.js';
import { ThalamusConnection } from '../../../src/providers/thalamus/client.js';
import type { ThalamusConfig } from '../../../src/providers/thalamus/config.js';
import { thalamusListing } from '../../../src/providers/thalamus/listing.js';
import { DEFAULT_GENERATED_CASES, startThalamusSimulator } from '../../../src/providers/thalamus/simulator/index.js';
import type { RunningThalamusSimulator } from '../../../src/providers/thalamus/simulator/index.js';
import type { ThalamusCase } from '../../../src/providers/thalamus/wire.js';

let sim: RunningThalamusSimulator;
const connections: ThalamusConnection[] = [];

function connect(overrides: Partial<ThalamusConfig> = {}): ThalamusConnection {
  const conn = new ThalamusConnection({ ...sim.config, ...overrides }, { timeouts: DEFAULT_TIMEOUTS });
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

const request = (overrides: Partial<ProviderListRequest> = {}): ProviderListRequest => ({
  filter: {},
  order: DEFAULT_CASE_ORDER,
  first: 100,
  position: null,
  scanLimit: 1000,
  ...overrides,
});

/** One page, as one GraphQL request asks for it: a fresh datasource. */
const list = (overrides: Partial<ProviderListRequest> = {}, conn = connect()): Promise<ProviderListPage> =>
  conn.dataSource().listCases(request(overrides));

const listCalls = () => sim.server.received('GET', '/api/v4/cases');

/** How a Thalamus status name reads in casegraph with the default THALAMUS_STATUS_NAMES. */
const UNIFIED: Record<string, CaseStatus> = {
  Created: 'NEW',
  Open: 'OPEN',
  'In Progress': 'OPEN',
  Pending: 'PENDING',
  'On Hold': 'ON_HOLD',
  Resolved: 'RESOLVED',
  Closed: 'CLOSED',
};

/** The ids of the stored cases that pass `keep`, in id order: what casegraph must answer. */
const storedIds = (keep: (c: ThalamusCase) => boolean = () => true): string[] =>
  sim
    .storedCases()
    .filter(keep)
    .map((c) => c.id)
    .sort((a, b) => a - b)
    .map(String);

const ids = (page: ProviderListPage): string[] => page.cases.map((c) => c.id);

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

/**
 * Walks every page with `first` cases, each from a fresh datasource, asserting one list call per
 * page, full pages until the last; returns the ids in the order they came.
 */
async function walk(filter: CaseListFilter, order: CaseListOrder, first = 7): Promise<string[]> {
  const seen: string[] = [];
  let position: ProviderPosition | null = null;
  for (let pages = 0; pages < 100; pages += 1) {
    sim.server.requests.length = 0;
    const page = await list({ filter, order, first, position });
    expect(sim.server.requests).toHaveLength(1);
    expect(listCalls()).toHaveLength(1);
    seen.push(...ids(page));
    position = page.positionAfter(page.cases.length);
    if (position === null) return seen;
    expect(page.cases).toHaveLength(first);
  }
  throw new Error('the walk did not end');
}

describe('Thalamus listing support', () => {
  it('emulates status, text and customFields over the whole list; nothing else is available, with why', () => {
    const support = Object.fromEntries(Object.entries(thalamusListing.filters).map(([k, v]) => [k, v.support]));
    expect(support).toEqual({
      status: 'EMULATED',
      priority: 'UNSUPPORTED',
      requesterEmail: 'UNSUPPORTED',
      assigneeId: 'UNSUPPORTED',
      createdAt: 'UNSUPPORTED',
      updatedAt: 'UNSUPPORTED',
      text: 'EMULATED',
      customFields: 'EMULATED',
    });
    expect(thalamusListing.filters.priority.detail).toMatch(/no priority/);
    expect(thalamusListing.filters.requesterEmail.detail).toMatch(/no requester/);
    expect(thalamusListing.filters.assigneeId.detail).toMatch(/no assignee/);
    expect(thalamusListing.filters.createdAt.detail).toMatch(/no creation time/);
    expect(thalamusListing.filters.updatedAt.detail).toMatch(/no update time/);
    expect(thalamusListing.filters.text.detail).toMatch(/typeCode/);
    expect(thalamusListing.filters.customFields.detail).toMatch(/caseData/);
    expect(thalamusListing.orders).toEqual({
      CREATED_AT: { support: 'UNSUPPORTED', detail: expect.stringMatching(/no creation time.*in id order/) },
      UPDATED_AT: { support: 'UNSUPPORTED', detail: expect.stringMatching(/no update time.*in id order/) },
    });
    expect(thalamusListing.totalCount).toBe(true);
    expect(thalamusListing.requiredFilters).toEqual([]);
  });
});

describe('listCases: one GET /api/v4/cases per page', () => {
  it('sends the documented request: GET /api/v4/cases, credentials in headers, no query string, no body', async () => {
    const page = await list({ first: 5 });
    const [get, ...others] = sim.server.requests;
    expect(others).toEqual([]);
    expect(get).toMatchObject({ method: 'GET', path: '/api/v4/cases', query: {}, rawBody: '' });
    expect(get?.headers['thalamus-touchpoint']).toBe(sim.touchpoint);
    expect(get?.headers['thalamus-token']).toBe(sim.token);

    expect(ids(page)).toEqual(['1', '2', '3', '4', '5']);
    expect(page.totalCount).toBe(2 + DEFAULT_GENERATED_CASES);
    expect(page.warnings).toEqual([]);
    expect(page.positionAfter(5)).toEqual({ offset: 5 });
  });

  it('maps each listed case as a read does: title from typeCode, status by name, comments and typed caseData', async () => {
    const [first] = (await list({ first: 1 })).cases;
    expect(first).toEqual(await connect().dataSource().getCase('1'));
    expect(first).toMatchObject({
      id: '1',
      provider: 'THALAMUS',
      number: '1',
      title: 'Telefonico',
      description: null,
      status: 'OPEN',
      vendorStatus: 'Open',
      priority: null,
      createdAt: null,
      updatedAt: null,
      requester: null,
      assignee: null,
      comments: [{ id: '1', body: 'El cliente llamó dos veces.' }],
      customFields: [
        { key: 'fechaIncidente', label: null, type: 'DATE', value: '2024-03-18' },
        { key: 'montoReclamado', label: null, type: 'DECIMAL', value: 1520.5 },
        { key: 'cantidadLlamadas', label: null, type: 'NUMBER', value: 2 },
        { key: 'requiereVisita', label: null, type: 'BOOLEAN', value: false },
      ],
    });
    // The list carries whole cases: nothing is left to read on demand.
    expect(first?.complete).not.toBe(false);
  });

  it('primes the request’s case loader: reading listed cases afterwards costs no call', async () => {
    const ds = connect().dataSource();
    const page = await ds.listCases(request({ first: 3 }));
    sim.server.requests.length = 0;
    for (const listed of page.cases) expect(await ds.getCase(listed.id)).toEqual(listed);
    expect(sim.server.requests).toEqual([]);
  });

  it.each<[string, CaseListOrder]>([
    ['created, ascending', { field: 'CREATED_AT', direction: 'ASC' }],
    ['created, descending', { field: 'CREATED_AT', direction: 'DESC' }],
    ['updated, ascending', { field: 'UPDATED_AT', direction: 'ASC' }],
    ['updated, descending', { field: 'UPDATED_AT', direction: 'DESC' }],
  ])('walking with first 7, %s (Thalamus has no times), yields every case once, in id order', async (_, order) => {
    const all = storedIds();
    expect(all).toHaveLength(2 + DEFAULT_GENERATED_CASES);
    expect(await walk({}, order)).toEqual(all);
  });

  it('walking a filtered list with first 7 yields every matching case once, in id order', async () => {
    const phone = storedIds((c) => c.typeCode === 'Telefonico');
    expect(phone.length).toBeGreaterThan(14);
    expect(await walk({ text: 'telef' }, DEFAULT_CASE_ORDER)).toEqual(phone);
  });

  it('resumes right after the cases the merge took, and ends with a null position', async () => {
    const all = storedIds();
    const page = await list({ first: 7 });
    const next = await list({ first: 7, position: page.positionAfter(3) });
    expect(ids(next)).toEqual(all.slice(3, 10));
    expect(page.positionAfter(0)).toEqual({ offset: 0 });

    const last = await list({ first: 7, position: { offset: all.length - 2 } });
    expect(ids(last)).toEqual(all.slice(-2));
    expect(last.positionAfter(1)).toEqual({ offset: all.length - 1 });
    expect(last.positionAfter(2)).toBeNull();

    const past = await list({ first: 7, position: { offset: all.length } });
    expect(past.cases).toEqual([]);
    expect(past.positionAfter(0)).toBeNull();
    expect(past.totalCount).toBe(all.length);
  });
});

describe('listCases: filters casegraph applies over the whole list', () => {
  /** One page holding every match; its ids and count must be exactly `expected`, a non-empty strict part of all cases. */
  async function expectFiltered(filter: CaseListFilter, expected: string[], conn = connect()): Promise<void> {
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(storedIds().length);
    const page = await list({ filter }, conn);
    expect(ids(page)).toEqual(expected);
    expect(page.totalCount).toBe(expected.length);
    expect(page.positionAfter(page.cases.length)).toBeNull();
    expect(page.warnings).toEqual([]);
    expect(listCalls()).toHaveLength(1);
    expect(listCalls()[0]?.query).toEqual({});
  }

  it.each<CaseStatus>(['NEW', 'OPEN', 'PENDING', 'ON_HOLD', 'RESOLVED', 'CLOSED'])(
    'status %s: the cases whose status name reads as it',
    async (status) => {
      await expectFiltered(
        { status: [status] },
        storedIds((c) => UNIFIED[c.status ?? ''] === status),
      );
    },
  );

  it('status OPEN holds both "Open" and "In Progress"; several statuses are any of them', async () => {
    const open = storedIds((c) => c.status === 'Open');
    const inProgress = storedIds((c) => c.status === 'In Progress');
    expect(open.length).toBeGreaterThan(0);
    expect(inProgress.length).toBeGreaterThan(0);
    await expectFiltered(
      { status: ['OPEN'] },
      storedIds((c) => c.status === 'Open' || c.status === 'In Progress'),
    );
    sim.server.requests.length = 0;
    await expectFiltered(
      { status: ['NEW', 'CLOSED'] },
      storedIds((c) => c.status === 'Created' || c.status === 'Closed'),
    );
  });

  it('reads status names as reads do, with THALAMUS_STATUS_NAMES', async () => {
    // This instance calls PENDING "On Hold": its "On Hold" cases are PENDING, none is ON_HOLD.
    const conn = connect({ statusNames: { PENDING: 'On Hold' } });
    await expectFiltered(
      { status: ['PENDING'] },
      storedIds((c) => c.status === 'Pending' || c.status === 'On Hold'),
      conn,
    );
    const none = await list({ filter: { status: ['ON_HOLD'] } }, conn);
    expect(none.cases).toEqual([]);
    expect(none.totalCount).toBe(0);
  });

  it('text matches the title (the typeCode), case-insensitively; the category is not the title', async () => {
    await expectFiltered(
      { text: 'MAIL' },
      storedIds((c) => c.typeCode === 'Email'),
    );
    sim.server.requests.length = 0;
    await expectFiltered(
      { text: 'telef' },
      storedIds((c) => c.typeCode === 'Telefonico'),
    );
    const byCategory = await list({ filter: { text: 'Reclamo' } });
    expect(byCategory.cases).toEqual([]);
    expect(byCategory.totalCount).toBe(0);
  });

  it('customFields match caseData values of every type; all conditions must hold', async () => {
    const data = (c: ThalamusCase, key: string): unknown => c.caseData?.[key];
    await expectFiltered(
      { customFields: [{ key: 'numeroCliente', value: '10002' }] },
      storedIds((c) => data(c, 'numeroCliente') === 10002),
    );
    sim.server.requests.length = 0;
    await expectFiltered(
      { customFields: [{ key: 'fechaIncidente', value: '2024-03-18' }] },
      storedIds((c) => data(c, 'fechaIncidente') === '2024-03-18'),
    );
    expect(storedIds((c) => data(c, 'fechaIncidente') === '2024-03-18')).toContain('1');
    sim.server.requests.length = 0;
    await expectFiltered({ customFields: [{ key: 'montoReclamado', value: '1520.5' }] }, ['1']);
    sim.server.requests.length = 0;
    const visitAndOneCall = storedIds((c) => data(c, 'requiereVisita') === true && data(c, 'cantidadLlamadas') === 1);
    await expectFiltered(
      {
        customFields: [
          { key: 'requiereVisita', value: 'true' },
          { key: 'cantidadLlamadas', value: '1' },
        ],
      },
      visitAndOneCall,
    );
    expect(visitAndOneCall.length).toBeLessThan(storedIds((c) => data(c, 'requiereVisita') === true).length);
  });

  it('combines filters: every one must hold', async () => {
    await expectFiltered(
      { status: ['CLOSED', 'RESOLVED'], text: 'telefonico', customFields: [{ key: 'requiereVisita', value: 'false' }] },
      storedIds(
        (c) =>
          (c.status === 'Closed' || c.status === 'Resolved') &&
          c.typeCode === 'Telefonico' &&
          c.caseData?.requiereVisita === false,
      ),
    );
  });
});

describe('listCases: the scan limit', () => {
  it('filters only the first scanLimit cases, says so in a warning, and reports no count', async () => {
    const page = await list({ scanLimit: 10, filter: { text: 'telef' } });
    expect(listCalls()).toHaveLength(1);
    const firstTen = new Set(storedIds().slice(0, 10));
    expect(ids(page)).toEqual(storedIds((c) => c.typeCode === 'Telefonico').filter((id) => firstTen.has(id)));
    expect(page.totalCount).toBeNull();
    expect(page.warnings).toEqual([
      {
        path: ['cases'],
        code: 'LIST_TRUNCATED',
        message: expect.stringContaining(`Thalamus returned ${storedIds().length} cases`),
      },
    ]);
  });

  it('counts and warns nothing when the whole list fits', async () => {
    const all = storedIds();
    const page = await list({ scanLimit: all.length, first: 3 });
    expect(page.warnings).toEqual([]);
    expect(page.totalCount).toBe(all.length);
  });
});

describe('listCases: failures', () => {
  it.each<[string, ProviderPosition]>([
    ['a negative offset', { offset: -1 }],
    ['a fractional offset', { offset: 1.5 }],
    ['an offset as text', { offset: '3' }],
    ['another provider’s cursor', { start: 0, cursor: 'abc' }],
    ['no offset', {}],
  ])('refuses %s as a ValidationError at `after`, before any call', async (_, position) => {
    const err = await failure(() => list({ position }));
    expect(err.type).toBe('ValidationError');
    expect(err.fields.map((f) => f.path)).toEqual([['after']]);
    expect(sim.server.requests).toEqual([]);
  });

  it('answers AuthenticationError for bad credentials, without the token in the message', async () => {
    const err = await failure(() => list({}, connect({ token: 'wrong-secret-token' })));
    expect(err.type).toBe('AuthenticationError');
    expect(err.message).not.toContain('wrong-secret-token');
  });

  it('answers a retriable ProviderUnavailableError for a lasting 500, after retrying the read', async () => {
    sim.server.injectFault(
      { kind: 'respond', response: { status: 500, text: 'java.lang.OutOfMemoryError at 10.0.0.7' } },
      { times: DEFAULT_RESILIENCE.attempts, match: (r) => r.path === '/api/v4/cases' },
    );
    const err = await failure(() => list());
    expect(err).toMatchObject({ type: 'ProviderUnavailableError', retriable: true });
    expect(err.message).not.toContain('10.0.0.7');
    expect(listCalls()).toHaveLength(DEFAULT_RESILIENCE.attempts);
  });

  it('answers ProviderUnavailableError for an answer that is not a case list, or the plain-text FAILED', async () => {
    sim.server.injectFault(
      { kind: 'respond', response: { status: 200, json: { cases: [{ id: 'x' }] } } },
      { match: (r) => r.path === '/api/v4/cases' },
    );
    expect(await failure(() => list())).toMatchObject({ type: 'ProviderUnavailableError', retriable: false });

    sim.server.injectFault(
      { kind: 'respond', response: { status: 200, text: 'FAILED' } },
      { match: (r) => r.path === '/api/v4/cases' },
    );
    expect(await failure(() => list())).toMatchObject({ type: 'ProviderUnavailableError', retriable: false });
  });
});
