// Finding Talkdesk cases: get-case-list (docs.talkdesk.com/reference/get-case-list) as the
// datasource sends it, against the started simulator. Each filter and order is asserted on the
// request the simulator received and on the cases that came back; the expected cases are the seeded
// ones read one by one (get-case-details), filtered and ordered by casegraph's own domain functions.
import { describe, it, expect, beforeAll, afterAll, beforeEach, afterEach } from 'vitest';
import { CaseError } from '../../../src/domain/errors.js';
import { compareCases, filterKeysSet, matchesFilter } from '../../../src/domain/listing.js';
import type { CaseListFilter, CaseListOrder, ProviderListPage, ProviderPosition } from '../../../src/domain/listing.js';
import type { CaseModel } from '../../../src/domain/model.js';
import { DEFAULT_TIMEOUTS } from '../../../src/http/client.js';
import { DEFAULT_RESILIENCE } from '../../../src/http/resilience.js';
import type { RecordedRequest } from '../../../src/simulators/harness.js';
import { SEED_REQUESTERS } from '../../../src/simulators/people.js';
import { TalkdeskConnection } from '../../../src/providers/talkdesk/client.js';
import type { TalkdeskDataSource } from '../../../src/providers/talkdesk/client.js';
import { talkdesk } from '../../../src/providers/talkdesk/index.js';
import { talkdeskListWindow } from '../../../src/providers/talkdesk/mapping.js';
import { startTalkdeskSimulator } from '../../../src/providers/talkdesk/simulator/index.js';
import type { TalkdeskSimulator } from '../../../src/providers/talkdesk/simulator/index.js';
import { DEFAULT_SEEDED_CASES, SEED_AGENT_IDS } from '../../../src/providers/talkdesk/simulator/seed.js';

let sim: TalkdeskSimulator;
let connection: TalkdeskConnection;
/** Every seeded case, read one by one with get-case-details: the oracle the list is checked against. */
let seeded: CaseModel[];

const ADA = SEED_REQUESTERS[0].email;
const NEWEST_UPDATED_FIRST: CaseListOrder = { field: 'UPDATED_AT', direction: 'DESC' };
const ORDERS: CaseListOrder[] = [
  { field: 'CREATED_AT', direction: 'ASC' },
  { field: 'CREATED_AT', direction: 'DESC' },
  { field: 'UPDATED_AT', direction: 'ASC' },
  { field: 'UPDATED_AT', direction: 'DESC' },
];

beforeAll(async () => {
  sim = await startTalkdeskSimulator();
  connection = new TalkdeskConnection(sim.config, { timeouts: DEFAULT_TIMEOUTS });
  const ids = Array.from({ length: DEFAULT_SEEDED_CASES + 1 }, (_, i) => String(i + 1));
  const source = connection.dataSource();
  seeded = await Promise.all(ids.map((id) => source.getCase(id)));
});
afterAll(async () => {
  await connection.close();
  await sim.close();
});
beforeEach(() => {
  sim.server.requests.length = 0;
});
afterEach(() => {
  sim.server.clearFaults();
});

const listCalls = (): RecordedRequest[] => sim.server.received('GET', '/cm/core/va/cases');
const onlyListCall = (): RecordedRequest => {
  const calls = listCalls();
  expect(calls).toHaveLength(1);
  return calls[0]!;
};

/** The seeded cases a filter holds, in an order, as casegraph itself would filter and order them. */
function expected(filter: CaseListFilter, order: CaseListOrder = NEWEST_UPDATED_FIRST): string[] {
  const keys = filterKeysSet(filter);
  return seeded
    .filter((c) => keys.every((key) => matchesFilter(c, key, filter)))
    .sort((a, b) => compareCases(a, b, order))
    .map((c) => c.id);
}

function list(
  filter: CaseListFilter,
  options: {
    order?: CaseListOrder;
    first?: number;
    position?: ProviderPosition | null;
    source?: TalkdeskDataSource;
  } = {},
): Promise<ProviderListPage> {
  return (options.source ?? connection.dataSource()).listCases({
    filter,
    order: options.order ?? NEWEST_UPDATED_FIRST,
    first: options.first ?? 100,
    position: options.position ?? null,
    scanLimit: 1000,
  });
}

/** What a call threw, as a CaseError (fails the test if it did not throw one). */
async function failure(promise: Promise<unknown>): Promise<CaseError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(CaseError);
    return err as CaseError;
  }
  throw new Error('expected the call to fail');
}

const ids = (page: ProviderListPage) => page.cases.map((c) => c.id);
const plusMs = (c: CaseModel | undefined, field: 'createdAt' | 'updatedAt', ms: number) =>
  new Date((c?.[field]?.getTime() ?? NaN) + ms);

describe('Talkdesk listing support (ProviderInfo.listing)', () => {
  it('applies every filter at Talkdesk but text, orders both ways, and reports the total', () => {
    const { filters, orders, totalCount, requiredFilters } = talkdesk.listing;
    expect(Object.entries(filters).map(([key, entry]) => [key, entry.support])).toEqual([
      ['status', 'NATIVE'],
      ['priority', 'NATIVE'],
      ['requesterEmail', 'NATIVE'],
      ['assigneeId', 'NATIVE'],
      ['createdAt', 'NATIVE'],
      ['updatedAt', 'NATIVE'],
      ['text', 'UNSUPPORTED'],
      ['customFields', 'NATIVE'],
    ]);
    expect(filters.text.detail).toContain('`title` and `description`');
    expect(filters.status.detail).toContain('`status=Open`');
    expect([orders.CREATED_AT.support, orders.UPDATED_AT.support]).toEqual(['NATIVE', 'NATIVE']);
    expect(totalCount).toBe(true);
    expect(requiredFilters).toEqual([]);
  });

  it('refuses, before any call, the values it cannot send: several statuses, OTHER, a custom-field value of the wrong type', () => {
    const { status, customFields } = talkdesk.listing.filters;
    expect(status.refuses?.({ status: ['OPEN'] })).toBeUndefined();
    expect(status.refuses?.({ status: ['OPEN', 'OPEN'] })).toBeUndefined();
    expect(status.refuses?.({ status: ['NEW', 'OPEN'] })).toBe(
      'its case list takes one status per request (get-case-list `status=Open`), and 2 were given',
    );
    expect(status.refuses?.({ status: ['OTHER'] })).toContain('OTHER, a custom status');
    expect(customFields.refuses?.({ customFields: [{ key: 'checkbox1', value: 'true' }] })).toBeUndefined();
    expect(customFields.refuses?.({ customFields: [{ key: 'checkbox1', value: 'maybe' }] })).toBe(
      'checkbox1 is a checkbox field: its value must be true or false.',
    );
  });
});

describe('Talkdesk listing: filters, sent as get-case-list documents them', () => {
  it('status: one Title-case value, as the sample’s `status=Open`', async () => {
    const page = await list({ status: ['ON_HOLD'] });
    expect(onlyListCall().query).toMatchObject({ status: 'On-hold' });
    const want = expected({ status: ['ON_HOLD'] });
    expect(want.length).toBeGreaterThan(3);
    expect(ids(page)).toEqual(want);
    expect(page.cases.every((c) => c.status === 'ON_HOLD' && c.vendorStatus === 'On-hold')).toBe(true);
    expect(page.totalCount).toBe(want.length);
  });

  it('status: several statuses, or OTHER, are a ValidationError at filter.status before any call', async () => {
    const several = await failure(list({ status: ['NEW', 'OPEN'] }));
    expect(several.type).toBe('ValidationError');
    expect(several.fields).toEqual([
      { path: ['filter', 'status'], message: expect.stringContaining('one status per request') },
    ]);
    const other = await failure(list({ status: ['OTHER'] }));
    expect(other.fields).toEqual([{ path: ['filter', 'status'], message: expect.stringContaining('OTHER') }]);
    expect(sim.server.requests).toHaveLength(0);
  });

  it('priority: a JSON array of Title-case priorities, as the sample’s `["Normal","High"]`', async () => {
    const filter: CaseListFilter = { priority: ['HIGH', 'URGENT'] };
    const page = await list(filter);
    expect(onlyListCall().query).toMatchObject({ priority: '["High","Urgent"]' });
    const want = expected(filter);
    expect(want.length).toBeGreaterThan(10);
    expect(ids(page)).toEqual(want);
    expect(page.totalCount).toBe(want.length);
  });

  it('requesterEmail: `requester_email`, the whole address (ada@ has several cases)', async () => {
    const page = await list({ requesterEmail: ADA });
    expect(onlyListCall().query).toMatchObject({ requester_email: ADA });
    const want = expected({ requesterEmail: ADA });
    expect(want.length).toBeGreaterThanOrEqual(10);
    expect(ids(page)).toEqual(want);
    expect(page.cases.every((c) => c.requester?.email === ADA)).toBe(true);

    // Part of an address matches no requester: the filter is not a substring search.
    sim.server.requests.length = 0;
    expect(ids(await list({ requesterEmail: 'a@example.com' }))).toEqual([]);
  });

  it('assigneeId: `agent_id`, the agent’s Talkdesk id', async () => {
    const filter: CaseListFilter = { assigneeId: SEED_AGENT_IDS.kim };
    const page = await list(filter);
    expect(onlyListCall().query).toMatchObject({ agent_id: SEED_AGENT_IDS.kim });
    const want = expected(filter);
    expect(want.length).toBeGreaterThan(5);
    expect(ids(page)).toEqual(want);
    expect(page.cases.every((c) => c.assignee?.id === SEED_AGENT_IDS.kim && c.assignee.name === 'Kim Agent')).toBe(
      true,
    );
  });

  it('createdAt: `create_at` ["from","to"], inclusive, a from inside a second rounded up and a to rounded down', async () => {
    const byCreation = [...seeded].sort((a, b) => compareCases(a, b, { field: 'CREATED_AT', direction: 'ASC' }));
    const low = byCreation[20];
    const high = byCreation[40];
    // From just after `low` (so it is out), to `high` and a fraction of a second (so it is in).
    const filter: CaseListFilter = {
      createdAt: { from: plusMs(low, 'createdAt', 1), to: plusMs(high, 'createdAt', 999) },
    };
    const page = await list(filter, { order: { field: 'CREATED_AT', direction: 'ASC' } });
    const sent = JSON.parse(onlyListCall().query.create_at ?? '') as string[];
    expect(sent).toEqual([
      new Date((low?.createdAt?.getTime() ?? 0) + 1000).toISOString().replace('.000Z', 'Z'),
      high?.createdAt?.toISOString().replace('.000Z', 'Z'),
    ]);
    const want = expected(filter, { field: 'CREATED_AT', direction: 'ASC' });
    expect(want).toHaveLength(20);
    expect(ids(page)).toEqual(want);
    expect(ids(page)).not.toContain(low?.id);
    expect(ids(page).at(-1)).toBe(high?.id);
  });

  it('createdAt with an open end: the widest documented instant stands for it', async () => {
    const middle = [...seeded].sort((a, b) => compareCases(a, b, { field: 'CREATED_AT', direction: 'ASC' }))[50];
    const since = { createdAt: { from: middle?.createdAt } };
    const after = await list(since);
    expect(JSON.parse(onlyListCall().query.create_at ?? '')).toEqual([
      middle?.createdAt?.toISOString().replace('.000Z', 'Z'),
      '9999-12-31T23:59:59Z',
    ]);
    expect(ids(after)).toEqual(expected(since));
    expect(after.cases).toHaveLength(DEFAULT_SEEDED_CASES + 1 - 50);

    sim.server.requests.length = 0;
    const until = { createdAt: { to: middle?.createdAt } };
    const before = await list(until);
    expect(JSON.parse(onlyListCall().query.create_at ?? '')).toEqual([
      '1970-01-01T00:00:00Z',
      middle?.createdAt?.toISOString().replace('.000Z', 'Z'),
    ]);
    expect(ids(before)).toEqual(expected(until));
    expect(before.cases).toHaveLength(51);
  });

  it('updatedAt: `update_at` ["from","to"]', async () => {
    const byUpdate = [...seeded].sort((a, b) => compareCases(a, b, { field: 'UPDATED_AT', direction: 'DESC' }));
    const filter: CaseListFilter = { updatedAt: { from: byUpdate[9]?.updatedAt, to: byUpdate[2]?.updatedAt } };
    const page = await list(filter);
    expect(JSON.parse(onlyListCall().query.update_at ?? '')).toEqual([
      byUpdate[9]?.updatedAt?.toISOString().replace('.000Z', 'Z'),
      byUpdate[2]?.updatedAt?.toISOString().replace('.000Z', 'Z'),
    ]);
    expect(ids(page)).toEqual(byUpdate.slice(2, 10).map((c) => c.id));
    expect(ids(page)).toEqual(expected(filter));
  });

  it('customFields: `custom_fields` [{label, value}] with each value in its field’s type, every condition holding', async () => {
    const region = { customFields: [{ key: 'dropdown1', value: '2' }] };
    const inRegion = await list(region);
    expect(onlyListCall().query).toMatchObject({ custom_fields: '[{"label":"dropdown1","value":"2"}]' });
    expect(ids(inRegion)).toEqual(expected(region));
    expect(inRegion.cases.length).toBeGreaterThan(2);

    sim.server.requests.length = 0;
    const both = {
      customFields: [
        { key: 'checkbox1', value: 'true' },
        { key: 'dropdown1', value: '1' },
      ],
    };
    const page = await list(both);
    expect(JSON.parse(onlyListCall().query.custom_fields ?? '')).toEqual([
      { label: 'checkbox1', value: true },
      { label: 'dropdown1', value: '1' },
    ]);
    expect(ids(page)).toEqual(expected(both));
    expect(page.cases.length).toBeGreaterThan(0);

    // A list field holds a value it contains.
    sim.server.requests.length = 0;
    const channel = { customFields: [{ key: 'multi_select1', value: '002' }] };
    expect(ids(await list(channel))).toEqual(expected(channel));
  });

  it('customFields: a value its field cannot hold is a ValidationError at that condition, before any call', async () => {
    const err = await failure(
      list({
        customFields: [
          { key: 'text1', value: 'ORD-2002' },
          { key: 'checkbox1', value: 'maybe' },
          { key: 'numeric1', value: 'many' },
        ],
      }),
    );
    expect(err.type).toBe('ValidationError');
    expect(err.fields.map((f) => f.path)).toEqual([
      ['filter', 'customFields', '1', 'value'],
      ['filter', 'customFields', '2', 'value'],
    ]);
    expect(sim.server.requests).toHaveLength(0);
  });

  it('sends several filters at once, each as documented, and every one holds', async () => {
    const filter: CaseListFilter = { requesterEmail: ADA, priority: ['LOW', 'NORMAL'], status: ['PENDING'] };
    const page = await list(filter);
    expect(onlyListCall().query).toEqual({
      page: '1',
      per_page: '100',
      order_by: 'update_at',
      sort: 'desc',
      status: 'Pending',
      priority: '["Low","Normal"]',
      requester_email: ADA,
    });
    expect(ids(page)).toEqual(expected(filter));
  });
});

describe('Talkdesk listing: orders and pages', () => {
  it.each(ORDERS)('orders by $field $direction with `order_by` and `sort`', async (order) => {
    const page = await list({}, { order });
    expect(onlyListCall().query).toEqual({
      page: '1',
      per_page: '100',
      order_by: order.field === 'CREATED_AT' ? 'create_at' : 'update_at',
      sort: order.direction === 'ASC' ? 'asc' : 'desc',
    });
    expect(ids(page)).toEqual(expected({}, order));
    expect(page.totalCount).toBe(DEFAULT_SEEDED_CASES + 1);
    expect(page.positionAfter(page.cases.length)).toBeNull();
  });

  it.each(ORDERS)(
    'walking $field $direction with first: 7 yields every seeded case once, in order, one list call per page',
    async (order) => {
      const walked: string[] = [];
      let position: ProviderPosition | null = null;
      let pages = 0;
      do {
        const before = listCalls().length;
        const page: ProviderListPage = await list({}, { order, first: 7, position });
        expect(listCalls().length - before).toBe(1);
        const call = listCalls().at(-1)!;
        expect(Number(call.query.per_page)).toBeGreaterThanOrEqual(7);
        expect(page.cases.length).toBe(Math.min(7, DEFAULT_SEEDED_CASES + 1 - walked.length));
        expect(page.totalCount).toBe(DEFAULT_SEEDED_CASES + 1);
        walked.push(...ids(page));
        position = page.positionAfter(page.cases.length);
        pages += 1;
      } while (position !== null && pages < 50);
      expect(walked).toEqual(expected({}, order));
      expect(new Set(walked).size).toBe(DEFAULT_SEEDED_CASES + 1);
      expect(pages).toBe(Math.ceil((DEFAULT_SEEDED_CASES + 1) / 7));
    },
  );

  it('walks a filtered list the same way, taking only part of a page where the merge did', async () => {
    const filter: CaseListFilter = { requesterEmail: ADA };
    const want = expected(filter);
    const walked: string[] = [];
    let position: ProviderPosition | null = null;
    do {
      const page: ProviderListPage = await list(filter, { first: 7, position });
      // The merge took 3 of the 7: the next page starts right after them.
      const taken = Math.min(3, page.cases.length);
      walked.push(...ids(page).slice(0, taken));
      position = page.positionAfter(taken);
    } while (position !== null && walked.length <= want.length);
    expect(walked).toEqual(want);
    expect(listCalls()).toHaveLength(Math.ceil(want.length / 3));
  });

  it('chooses page and per_page so that one page holds the 7 cases from any offset', async () => {
    expect(talkdeskListWindow(0, 7)).toEqual({ page: 1, perPage: 7, skip: 0 });
    expect(talkdeskListWindow(14, 7)).toEqual({ page: 3, perPage: 7, skip: 0 });
    // 3..9 straddle pages of 7, 8 and 9; 10 per page holds them on page 1.
    expect(talkdeskListWindow(3, 7)).toEqual({ page: 1, perPage: 10, skip: 3 });
    expect(talkdeskListWindow(1000, 100)).toEqual({ page: 11, perPage: 100, skip: 0 });
    for (let offset = 0; offset < 2000; offset += 1) {
      const { page, perPage, skip } = talkdeskListWindow(offset, 100);
      expect(perPage).toBeLessThanOrEqual(500);
      expect((page - 1) * perPage + skip).toBe(offset);
      expect(skip + 100).toBeLessThanOrEqual(perPage);
    }

    const order: CaseListOrder = { field: 'CREATED_AT', direction: 'DESC' };
    const page = await list({}, { order, first: 7, position: { offset: 3 } });
    expect(onlyListCall().query).toMatchObject({ page: '1', per_page: '10' });
    expect(ids(page)).toEqual(expected({}, order).slice(3, 10));
    expect(page.positionAfter(7)).toEqual({ offset: 10 });
    expect(page.positionAfter(2)).toEqual({ offset: 5 });
  });

  it('answers nothing left, and no position after, from the end of the list', async () => {
    const page = await list({}, { first: 7, position: { offset: DEFAULT_SEEDED_CASES + 1 } });
    expect(page.cases).toEqual([]);
    expect(page.positionAfter(0)).toBeNull();
    const last = await list({}, { first: 7, position: { offset: DEFAULT_SEEDED_CASES - 1 } });
    expect(last.cases).toHaveLength(2);
    expect(last.positionAfter(1)).toEqual({ offset: DEFAULT_SEEDED_CASES });
    expect(last.positionAfter(2)).toBeNull();
  });

  it('refuses a position it did not write with a ValidationError at `after`, before any call', async () => {
    const positions: ProviderPosition[] = [{ offset: -1 }, { offset: 1.5 }, { offset: '7' }, { cursor: 'abc' }, {}];
    for (const position of positions) {
      const err = await failure(list({}, { first: 7, position }));
      expect(err.type).toBe('ValidationError');
      expect(err.fields.map((f) => f.path)).toEqual([['after']]);
    }
    expect(sim.server.requests).toHaveLength(0);
  });
});

describe('Talkdesk listing: the cases it returns', () => {
  it('maps each list item whole (notes, typed custom fields) and primes the request’s loader', async () => {
    const source = connection.dataSource();
    const page = await list({ requesterEmail: 'richardroe@example.com' }, { source });
    expect(page.cases).toHaveLength(1);
    const [listed] = page.cases;
    expect(listed).toEqual(seeded[0]);
    expect(listed?.complete).toBeUndefined();
    expect(listed?.notes).toEqual([{ id: '1', title: 'Called back', body: 'Left a voicemail.', public: false }]);
    expect(listed?.customFields).toEqual([{ key: 'text1', label: 'Order number', type: 'TEXT', value: 'ORD-1001' }]);

    sim.server.requests.length = 0;
    expect(await source.getCase('1')).toBe(listed);
    expect(sim.server.requests).toHaveLength(0);
  });
});

describe('Talkdesk listing: failures', () => {
  it('a lasting 500 becomes a retriable ProviderUnavailableError', async () => {
    sim.server.injectFault(
      { kind: 'respond', response: { status: 500, json: { code: '1000500', message: 'Internal server error' } } },
      { times: DEFAULT_RESILIENCE.attempts, match: (r) => r.path === '/cm/core/va/cases' },
    );
    const err = await failure(list({}, { first: 7 }));
    expect(err.type).toBe('ProviderUnavailableError');
    expect(err.retriable).toBe(true);
    expect(err.message).toBe('Talkdesk failed with HTTP 500.');
    expect(listCalls()).toHaveLength(DEFAULT_RESILIENCE.attempts);
  });

  it('a 400 naming a list parameter becomes a ValidationError at the argument it came from', async () => {
    sim.server.injectFault(
      {
        kind: 'respond',
        response: {
          status: 400,
          json: {
            code: '1000400',
            message: 'Invalid query parameters',
            fields: [{ name: 'status', description: 'status must be one of New, Open' }],
          },
        },
      },
      { match: (r) => r.path === '/cm/core/va/cases' },
    );
    const err = await failure(list({ status: ['OPEN'] }));
    expect(err.type).toBe('ValidationError');
    expect(err.fields).toEqual([
      { path: ['filter', 'status'], message: 'status must be one of New, Open', vendorCode: '1000400' },
    ]);
  });

  it('an answer for another page than the one asked for is a ProviderUnavailableError, not a wrong slice', async () => {
    sim.server.injectFault(
      {
        kind: 'respond',
        response: { status: 200, json: { total: 81, count: 0, page: 1, per_page: 50, _embedded: { data: [] } } },
      },
      { times: DEFAULT_RESILIENCE.attempts, match: (r) => r.path === '/cm/core/va/cases' },
    );
    const err = await failure(list({}, { first: 7, position: { offset: 7 } }));
    expect(err.type).toBe('ProviderUnavailableError');
    expect(err.message).toContain('page 1 of 50');
  });
});

describe('Talkdesk listing: a lost create is still found among many look-alikes', () => {
  it('findCreated picks the one case with the title, description and requester it sent', async () => {
    const source = connection.dataSource();
    const since = new Date();
    const input = {
      provider: 'TALKDESK' as const,
      title: 'Refund not received',
      description: `Lost answer ${Date.now()}`,
      requester: { email: ADA, name: 'Ada Lovelace' },
    };
    const created = (await source.createCase(input)).case;
    sim.server.requests.length = 0;
    const found = await connection.dataSource().findCreated(input, since);
    expect(found?.id).toBe(created.id);
    expect(onlyListCall().query).toMatchObject({ requester_email: ADA, title: 'Refund not received' });
  });
});
