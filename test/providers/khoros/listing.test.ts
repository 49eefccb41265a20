// Finding Khoros cases. The Custom CRM spec has no case list, only findCases
// (`GET /customer/{id}/cases`: "Get all cases for the given customer ID", an array of whole cases,
// unpaged). A customer is found by email with searchCustomers (`POST /customers`, on the customer
// fields `/meta/object/customer` declares searchable; 200 an array, 204 none) or, where no email
// field is searchable, bestmatchCustomers (`POST /customer/bestmatch` `{email}`). casegraph filters,
// orders, counts and pages the customer's cases. Each expectation is computed from the simulator's
// stored cases with this file's own reading of them.
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
import { DEFAULT_TIMEOUTS } from '../../../src/http/client.js';
import { DEFAULT_RESILIENCE } from '../../../src/http/resilience.js';
import { KhorosConnection, khorosCapabilities } from '../../../src/providers/khoros/index.js';
import type { KhorosConfig } from '../../../src/providers/khoros/index.js';
import { khorosListing } from '../../../src/providers/khoros/listing.js';
import { KHOROS_SIM_CUSTOMER_FIELDS, startKhorosSimulator } from '../../../src/providers/khoros/simulator/index.js';
import type { KhorosSimulator } from '../../../src/providers/khoros/simulator/index.js';
import type { KhorosCase } from '../../../src/providers/khoros/wire.js';
import type { RecordedRequest } from '../../../src/simulators/harness.js';

const ADA = 'ada@example.com';
const GRACE = 'grace@example.com';

let sim: KhorosSimulator;
const connections: KhorosConnection[] = [];

function connect(overrides: Partial<KhorosConfig> = {}): KhorosConnection {
  const conn = new KhorosConnection({ ...sim.config, ...overrides }, khorosCapabilities, {
    timeouts: DEFAULT_TIMEOUTS,
  });
  connections.push(conn);
  return conn;
}

beforeAll(async () => {
  sim = await startKhorosSimulator();
});
afterAll(async () => {
  await Promise.all(connections.map((c) => c.close()));
  await sim.close();
});
beforeEach(() => {
  sim.server.requests.length = 0;
  sim.server.clearFaults();
  sim.setCustomerFields(KHOROS_SIM_CUSTOMER_FIELDS);
});

const request = (overrides: Partial<ProviderListRequest> = {}): ProviderListRequest => ({
  filter: { requesterEmail: ADA },
  order: DEFAULT_CASE_ORDER,
  first: 100,
  position: null,
  scanLimit: 1000,
  ...overrides,
});

/** One page, as one GraphQL request asks for it: a fresh datasource. */
const list = (overrides: Partial<ProviderListRequest> = {}, conn = connect()): Promise<ProviderListPage> =>
  conn.dataSource().listCases(request(overrides));

const api = (path: string): string => `${sim.basePath}${path}`;
const searches = () => sim.server.received('POST', api('/customers'));
const bestmatches = () => sim.server.received('POST', api('/customer/bestmatch'));
const caseCalls = () => sim.server.received('GET', /\/customer\/[^/]+\/cases$/);
const customerMeta = () => sim.server.received('GET', api('/meta/object/customer'));
const lines = () => sim.server.requests.map((r) => `${r.method} ${r.path}`);

const customerIdOf = (email: string): string => {
  const found = sim.customers().find((c) => c.values.email === email);
  if (!found) throw new Error(`no seeded customer ${email}`);
  return found.id;
};

const at = (c: KhorosCase, order: CaseListOrder): number =>
  Date.parse(order.field === 'CREATED_AT' ? c.created : c.lastUpdated);

/** The ids of a customer's stored cases that pass `keep`, in `order`: what casegraph must answer. */
function storedIds(
  email: string,
  keep: (c: KhorosCase) => boolean = () => true,
  order: CaseListOrder = DEFAULT_CASE_ORDER,
): string[] {
  const customerId = customerIdOf(email);
  return sim
    .storedCases()
    .filter((c) => c.customerId === customerId && keep(c))
    .sort((a, b) => {
      const d = order.direction === 'ASC' ? at(a, order) - at(b, order) : at(b, order) - at(a, order);
      return d !== 0 ? d : Number(a.id) - Number(b.id);
    })
    .map((c) => c.id);
}

const ids = (page: ProviderListPage): string[] => page.cases.map((c) => c.id);

async function failure(promise: Promise<unknown>): Promise<CaseError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof CaseError) return err;
    throw err;
  }
  throw new Error('expected a CaseError');
}

/** The documented headers of every customer endpoint, as the simulator received them. */
const tenantHeaders = (r: RecordedRequest) => ({
  auth: r.headers.authorization,
  user: r.headers['x-sf-user-email'],
  initiative: r.headers['x-sf-initiative'],
  company: r.headers['x-sf-company-id'],
});

describe('Khoros listing support', () => {
  it('needs the requester email; finds it natively, emulates the rest, has no priority or assignee', () => {
    expect(khorosListing.requiredFilters).toEqual(['requesterEmail']);
    expect(Object.fromEntries(Object.entries(khorosListing.filters).map(([k, v]) => [k, v.support]))).toEqual({
      status: 'EMULATED',
      priority: 'UNSUPPORTED',
      requesterEmail: 'NATIVE',
      assigneeId: 'UNSUPPORTED',
      createdAt: 'EMULATED',
      updatedAt: 'EMULATED',
      text: 'EMULATED',
      customFields: 'EMULATED',
    });
    expect(khorosListing.orders.CREATED_AT.support).toBe('EMULATED');
    expect(khorosListing.orders.UPDATED_AT.support).toBe('EMULATED');
    expect(khorosListing.filters.requesterEmail.detail).toContain('POST /customers');
    expect(khorosListing.totalCount).toBe(true);
  });
});

describe('Khoros listCases: the customer, then its cases', () => {
  it('searches customers on the declared searchable email field, then makes one findCases call', async () => {
    const page = await list();
    const adaId = customerIdOf(ADA);
    expect(lines()).toEqual([
      `GET ${api('/meta/object/customer')}`,
      `POST ${api('/customers')}`,
      `GET ${api('/meta/object/case')}`,
      `GET ${api(`/customer/${adaId}/cases`)}`,
    ]);
    const [search] = searches();
    expect(search?.json).toEqual({ email: ADA });
    expect(search?.headers['content-type']).toMatch(/^application\/json/);
    const expectedHeaders = {
      auth: sim.config.authValue,
      user: sim.config.agentEmail,
      initiative: sim.config.initiativeId,
      company: sim.config.companyId,
    };
    expect(tenantHeaders(search!)).toEqual(expectedHeaders);
    const [cases] = caseCalls();
    expect(tenantHeaders(cases!)).toEqual(expectedHeaders);
    expect([cases?.query, cases?.rawBody]).toEqual([{}, '']);

    expect(ids(page)).toEqual(storedIds(ADA));
    expect(page.cases.length).toBeGreaterThan(7);
    expect(page.totalCount).toBe(page.cases.length);
    expect(page.warnings).toEqual([]);
    expect(page.positionAfter(page.cases.length)).toBeNull();
    const stored = sim.storedCase(page.cases[0]!.id)!;
    expect(page.cases[0]).toMatchObject({
      provider: 'KHOROS',
      id: stored.id,
      number: stored.number,
      title: stored.title,
      status: stored.status === 'open' ? 'OPEN' : 'CLOSED',
      // The case names the customer; the lookup that found it by email adds the email.
      requester: { id: adaId, email: ADA },
      createdAt: new Date(stored.created),
      updatedAt: new Date(stored.lastUpdated),
    });
  });

  it('primes the request loader with the whole cases it listed: reading one costs no second call', async () => {
    const ds = connect().dataSource();
    const page = await ds.listCases(request());
    sim.server.requests.length = 0;
    const read = await ds.getCase(page.cases[2]!.id);
    expect(read).toBe(page.cases[2]);
    expect(read.interactions).toHaveLength(1);
    expect(sim.server.requests).toEqual([]);
  });

  it('reads the customer object structure once per TTL, like the case definitions', async () => {
    const conn = connect();
    await list({}, conn);
    await list({ filter: { requesterEmail: GRACE } }, conn);
    expect(customerMeta()).toHaveLength(1);
    expect(searches().map((r) => r.json)).toEqual([{ email: ADA }, { email: GRACE }]);
    expect(caseCalls()).toHaveLength(2);
  });

  it('falls back to bestmatchCustomers {email} where no email field is declared searchable', async () => {
    sim.setCustomerFields(
      KHOROS_SIM_CUSTOMER_FIELDS.map((f) => (f.name === 'email' ? { ...f, searchable: false } : f)),
    );
    const page = await list();
    expect(searches()).toEqual([]);
    const [match] = bestmatches();
    expect(match?.json).toEqual({ email: ADA });
    expect(tenantHeaders(match!)).toMatchObject({ user: sim.config.agentEmail, initiative: sim.config.initiativeId });
    expect(ids(page)).toEqual(storedIds(ADA));
    expect(caseCalls()).toHaveLength(1);
  });

  it('falls back to bestmatchCustomers when the CRM answers 404 "Meta Type Not Supported" for customer', async () => {
    sim.server.injectFault(
      { kind: 'respond', response: { status: 404, text: 'Meta Type Not Supported' } },
      { match: (r) => r.path === api('/meta/object/customer') },
    );
    const page = await list({ filter: { requesterEmail: GRACE } });
    expect(bestmatches().map((r) => r.json)).toEqual([{ email: GRACE }]);
    expect(ids(page)).toEqual(storedIds(GRACE));
  });

  it('finds an email field by its label when its name is not "email"', async () => {
    sim.setCustomerFields([
      { name: 'clubNo', label: 'Customer Club Number', type: 'text', searchable: true },
      { name: 'contactAddress', label: 'E-mail', type: 'text', searchable: true },
    ]);
    const page = await list();
    expect(searches().map((r) => r.json)).toEqual([{ contactAddress: ADA }]);
    // The simulated CRM holds no `contactAddress` values: no customer matches (its 204).
    expect([page.cases, page.totalCount]).toEqual([[], 0]);
  });

  it('an email no customer has: an empty page with a count of 0, and no findCases call', async () => {
    const page = await list({ filter: { requesterEmail: 'nobody@example.com' } });
    expect([page.cases, page.totalCount, page.positionAfter(0), page.warnings]).toEqual([[], 0, null, []]);
    expect(searches()).toHaveLength(1);
    expect(caseCalls()).toEqual([]);

    sim.setCustomerFields([]);
    const viaBestMatch = await list({ filter: { requesterEmail: 'nobody@example.com' } });
    expect([viaBestMatch.cases, viaBestMatch.totalCount]).toEqual([[], 0]);
    expect(caseCalls()).toEqual([]);
  });

  it('a customer without cases: one findCases call, an empty page counted 0', async () => {
    const katherine = 'katherine@example.com';
    expect(storedIds(katherine)).toEqual([]);
    const page = await list({ filter: { requesterEmail: katherine } });
    expect([page.cases, page.totalCount, page.positionAfter(0)]).toEqual([[], 0, null]);
    expect(caseCalls()).toHaveLength(1);
  });

  it('several customers with one email: the first the CRM answered, with a warning naming how many', async () => {
    const twin = 'twin@example.com';
    const first = sim.addCustomer({ email: twin, name: 'Twin One' });
    const second = sim.addCustomer({ email: twin, name: 'Twin Two' });
    const ds = connect().dataSource();
    const created = await ds.createCase({ provider: 'KHOROS', title: 'Twin case', requester: { id: first } });
    await ds.createCase({ provider: 'KHOROS', title: 'Other twin case', requester: { id: second } });
    sim.server.requests.length = 0;

    const page = await list({ filter: { requesterEmail: twin } });
    expect(caseCalls().map((r) => r.path)).toEqual([api(`/customer/${first}/cases`)]);
    expect(ids(page)).toEqual([created.case.id]);
    expect(page.warnings).toEqual([
      {
        path: ['cases'],
        code: 'LIST_TRUNCATED',
        message: expect.stringContaining(`Khoros found 2 customers with the email "${twin}"`),
      },
    ]);
  });

  it('refuses to list without the requester email, before any call', async () => {
    const err = await failure(list({ filter: { status: ['OPEN'] } }));
    expect([err.type, err.fields.map((f) => f.path)]).toEqual(['ValidationError', [['filter', 'requesterEmail']]]);
    expect(sim.server.requests).toEqual([]);
  });
});

describe("Khoros listCases: filters casegraph applies to the customer's cases", () => {
  const cases: [string, CaseListFilter, (c: KhorosCase) => boolean][] = [
    ['status CLOSED', { status: ['CLOSED'] }, (c) => c.status === 'closed'],
    ['status OPEN', { status: ['OPEN'] }, (c) => c.status === 'open'],
    [
      'createdAt from',
      { createdAt: { from: new Date('2026-08-15T00:00:00Z') } },
      (c) => Date.parse(c.created) >= Date.parse('2026-08-15T00:00:00Z'),
    ],
    [
      'updatedAt between',
      { updatedAt: { from: new Date('2026-08-01T00:00:00Z'), to: new Date('2026-10-31T00:00:00Z') } },
      (c) =>
        Date.parse(c.lastUpdated) >= Date.parse('2026-08-01T00:00:00Z') &&
        Date.parse(c.lastUpdated) <= Date.parse('2026-10-31T00:00:00Z'),
    ],
    [
      'text in title or description',
      { text: 'REFUND' },
      (c) => `${c.title}\n${c.description}`.toLowerCase().includes('refund'),
    ],
    ['a single-select custom field', { customFields: [{ key: 'tier', value: 'bronze' }] }, (c) => c.tier === 'bronze'],
    ['a checkbox custom field', { customFields: [{ key: 'vip', value: 'true' }] }, (c) => c.vip === true],
    [
      'status and a text custom field together',
      { status: ['OPEN'], customFields: [{ key: 'clubNo', value: 'club-0007' }] },
      (c) => c.status === 'open' && c.clubNo === 'CLUB-0007',
    ],
  ];

  it.each(cases)('%s: the matching cases of the customer only, counted', async (_name, filter, keep) => {
    const expected = storedIds(ADA, keep);
    const page = await list({ filter: { requesterEmail: ADA, ...filter } });
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(storedIds(ADA).length);
    expect(ids(page)).toEqual(expected);
    expect(page.totalCount).toBe(expected.length);
    // Nothing of the filter reaches Khoros: findCases takes no parameters.
    expect(caseCalls().map((r) => [r.query, r.rawBody])).toEqual([[{}, '']]);
    expect(searches().map((r) => r.json)).toEqual([{ email: ADA }]);
  });
});

describe('Khoros listCases: orders and walking', () => {
  const orders: CaseListOrder[] = [
    { field: 'CREATED_AT', direction: 'ASC' },
    { field: 'CREATED_AT', direction: 'DESC' },
    { field: 'UPDATED_AT', direction: 'ASC' },
    { field: 'UPDATED_AT', direction: 'DESC' },
  ];

  it.each(orders)("orders the customer's cases by %o", async (order) => {
    const page = await list({ order, filter: { requesterEmail: GRACE } });
    expect(ids(page)).toEqual(storedIds(GRACE, () => true, order));
  });

  it.each(orders)(
    'walking with first 7 in %o yields every case once, in order: one findCases per page, the search on the first only',
    async (order) => {
      const conn = connect();
      const walked: string[] = [];
      let position: ProviderPosition | null = null;
      let pages = 0;
      do {
        sim.server.requests.length = 0;
        const page = await list({ order, first: 7, position, filter: { requesterEmail: GRACE } }, conn);
        pages += 1;
        expect(caseCalls()).toHaveLength(1);
        expect(searches()).toHaveLength(pages === 1 ? 1 : 0);
        expect(page.cases.length).toBeLessThanOrEqual(7);
        walked.push(...ids(page));
        position = page.positionAfter(page.cases.length);
        if (position) expect(position).toEqual({ offset: walked.length, customerId: customerIdOf(GRACE) });
      } while (position !== null && pages < 20);
      const expected = storedIds(GRACE, () => true, order);
      expect(walked).toEqual(expected);
      expect(pages).toBe(Math.ceil(expected.length / 7));
    },
  );

  it('resumes right after the cases the merge took, when it took only some of them', async () => {
    const expected = storedIds(ADA);
    const walked: string[] = [];
    let position: ProviderPosition | null = null;
    let take = 3;
    do {
      const page = await list({ first: 7, position });
      const taken = Math.min(take, page.cases.length);
      walked.push(...ids(page).slice(0, taken));
      position = page.positionAfter(taken);
      take = take === 3 ? 7 : 3;
    } while (position !== null);
    expect(walked).toEqual(expected);
  });

  it('a customer gone between pages has no cases left: an empty last page', async () => {
    const page = await list({ position: { offset: 7, customerId: 'cust-9999' } });
    expect([page.cases, page.positionAfter(0)]).toEqual([[], null]);
    expect(searches()).toEqual([]);
    expect(caseCalls().map((r) => r.path)).toEqual([api('/customer/cust-9999/cases')]);
  });

  it('a position it did not write is a ValidationError at `after`, before any call', async () => {
    const customerId = customerIdOf(ADA);
    const bad: ProviderPosition[] = [
      { offset: 7 },
      { customerId },
      { offset: -1, customerId },
      { offset: 1.5, customerId },
      { offset: '7', customerId },
      { offset: 7, customerId: '..' },
      { offset: 7, customerId: 'a/b' },
      { offset: 7, customerId: '' },
      { offset: 7, customerId, start: 0 },
      { cursor: 'abc' },
    ];
    for (const position of bad) {
      const err = await failure(list({ position }));
      expect([err.type, err.fields.map((f) => f.path)]).toEqual(['ValidationError', [['after']]]);
    }
    expect(sim.server.requests).toEqual([]);
  });

  it('the scan limit: only the first cases Khoros answered are filtered and ordered, and a warning says so', async () => {
    const page = await list({ scanLimit: 5, filter: { requesterEmail: GRACE } });
    const firstFive = sim
      .storedCases()
      .filter((c) => c.customerId === customerIdOf(GRACE))
      .slice(0, 5)
      .map((c) => c.id);
    expect(new Set(ids(page))).toEqual(new Set(firstFive));
    expect(ids(page)).toEqual(storedIds(GRACE).filter((id) => firstFive.includes(id)));
    expect(page.totalCount).toBeNull();
    expect(page.warnings).toEqual([
      {
        path: ['cases'],
        code: 'LIST_TRUNCATED',
        message: expect.stringContaining(`Khoros returned ${storedIds(GRACE).length} cases`),
      },
    ]);
  });
});

describe('Khoros listCases: the CRM failing', () => {
  it('a secret the CRM no longer accepts (401) → AuthenticationError, and no cases call', async () => {
    const err = await failure(list({}, connect({ authValue: 'stale-secret' })));
    expect(err.type).toBe('AuthenticationError');
    expect(caseCalls()).toEqual([]);
  });

  it('a 500 to findCases → retriable ProviderUnavailableError (after the retries a read gets)', async () => {
    sim.server.injectFault(
      { kind: 'respond', response: { status: 500, json: { error: 'INTERNAL_ERROR', message: 'Unexpected Error' } } },
      { match: (r) => /\/cases$/.test(r.path), times: DEFAULT_RESILIENCE.attempts },
    );
    const err = await failure(list());
    expect([err.type, err.retriable]).toEqual(['ProviderUnavailableError', true]);
  });

  it('a 400 to the search → non-retriable ProviderUnavailableError, and the customer structure is read again next time', async () => {
    const conn = connect();
    sim.server.injectFault(
      {
        kind: 'respond',
        response: {
          status: 400,
          json: { error: 'INVALID_FIELDS', message: 'Bad search', fields: [{ name: 'email', errorMessage: 'No.' }] },
        },
      },
      { match: (r) => r.path === api('/customers') },
    );
    const err = await failure(list({}, conn));
    expect([err.type, err.retriable]).toEqual(['ProviderUnavailableError', false]);
    const page = await list({}, conn);
    expect(ids(page)).toEqual(storedIds(ADA));
    expect(customerMeta()).toHaveLength(2);
  });

  it('a findCases answer not in the documented shape → ProviderUnavailableError', async () => {
    sim.server.injectFault(
      { kind: 'respond', response: { status: 200, json: { cases: [] } } },
      { match: (r) => /\/cases$/.test(r.path) },
    );
    const err = await failure(list());
    expect([err.type, err.message]).toEqual([
      'ProviderUnavailableError',
      "Khoros sent an unexpected response: the customer's cases is not in the documented shape.",
    ]);
  });

  it('a listed case whose custom value breaks its type: listed without it, with a warning, and not primed', async () => {
    const odd = 'odd@example.com';
    const customerId = sim.addCustomer({ email: odd });
    const ds = connect().dataSource();
    const created = await ds.createCase({ provider: 'KHOROS', title: 'Odd case', requester: { id: customerId } });
    sim.setRawCaseProperty(created.case.id, 'vip', 'yes');
    const listing = connect().dataSource();
    const page = await listing.listCases(request({ filter: { requesterEmail: odd } }));
    expect(ids(page)).toEqual([created.case.id]);
    expect(page.cases[0]?.customFields.map((f) => f.key)).not.toContain('vip');
    expect(page.warnings).toEqual([
      { path: ['cases'], code: 'PROVIDER_UNAVAILABLE', message: expect.stringContaining('"vip"') },
    ]);
    const err = await failure(listing.getCase(created.case.id));
    expect(err.type).toBe('ProviderUnavailableError');
  });
});
