// Finding Sprinklr cases: the datasource's case search against the simulator over real HTTP. Each
// filter is asserted on the wire (the condition the search carries) and on what comes back; each
// order and direction is walked page by page, one search call per page (the POST, then the
// answer's cursor); and a case's comments page at the vendor with comment search's start/rows.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CaseError } from '../../../src/domain/errors.js';
import type { CaseListFilter, CaseListOrder, ProviderListPage, ProviderPosition } from '../../../src/domain/listing.js';
import type { CaseModel, CasePriority, CaseStatus } from '../../../src/domain/model.js';
import { DEFAULT_TIMEOUTS } from '../../../src/http/client.js';
import { SEARCH_CURSOR_USE_MS, SprinklrConnection } from '../../../src/providers/sprinklr/client.js';
import { sprinklr } from '../../../src/providers/sprinklr/index.js';
import { SIM_SEEDED_CASE_COUNT, startSprinklrSimulator } from '../../../src/providers/sprinklr/simulator/index.js';
import type { RunningSprinklrSimulator, SimCase } from '../../../src/providers/sprinklr/simulator/index.js';
import type { RecordedRequest } from '../../../src/simulators/harness.js';
import { SEED_REQUESTERS } from '../../../src/simulators/people.js';

let sim: RunningSprinklrSimulator;
let conn: SprinklrConnection;
/** The connection's clock: the real time unless a test moves it on. */
let clockOffset = 0;

beforeAll(async () => {
  sim = await startSprinklrSimulator();
  conn = new SprinklrConnection(
    sim.config,
    { timeouts: DEFAULT_TIMEOUTS, resilience: { breakerFailures: 1_000, attempts: 1 } },
    { now: () => Date.now() + clockOffset },
  );
});
afterAll(async () => {
  await conn.close();
  await sim.close();
});
beforeEach(() => {
  clockOffset = 0;
  sim.server.clearFaults();
  sim.restoreToken();
  sim.server.requests.length = 0;
});

const SEARCH = '/prod2/api/v2/search/CASE';
const isSearch = (r: RecordedRequest): boolean => r.path === SEARCH;
const searches = (): RecordedRequest[] => sim.server.requests.filter(isSearch);
const DELETED_FALSE = { type: 'EQUALS', key: 'deleted', values: ['false'] };
const NEWEST_UPDATED: CaseListOrder = { field: 'UPDATED_AT', direction: 'DESC' };

/** How the simulator's statuses read in casegraph (Sprinklr's default case statuses). */
const STATUS_OF: Record<string, CaseStatus> = {
  New: 'NEW',
  Open: 'OPEN',
  Assigned: 'OPEN',
  'In Progress': 'OPEN',
  'Awaiting Response': 'PENDING',
  'On Hold': 'ON_HOLD',
  Resolved: 'RESOLVED',
  Closed: 'CLOSED',
  Archived: 'CLOSED',
};
const PRIORITY_OF: Record<string, CasePriority> = { low: 'LOW', medium: 'NORMAL', high: 'HIGH', critical: 'URGENT' };

/** The cases of a store that a filter should find, worked out from the stored cases themselves. */
function expectedIds(stored: readonly SimCase[], keep: (c: SimCase) => boolean, order: CaseListOrder): string[] {
  const key = (c: SimCase): number => (order.field === 'CREATED_AT' ? c.createdTime : c.modifiedTime);
  return stored
    .filter((c) => !c.deleted && keep(c))
    .sort((a, b) => (order.direction === 'ASC' ? key(a) - key(b) : key(b) - key(a)) || (a.id < b.id ? -1 : 1))
    .map((c) => c.id);
}

async function list(
  filter: CaseListFilter,
  order: CaseListOrder,
  first: number,
  position: ProviderPosition | null = null,
  source = conn.dataSource(),
): Promise<ProviderListPage> {
  return source.listCases({ filter, order, first, position, scanLimit: 1_000 });
}

/**
 * Every page of a list, `first` at a time, taking each page whole: the cases in the order they came
 * and, per page, the search calls it cost.
 */
async function walk(filter: CaseListFilter, order: CaseListOrder, first = 7) {
  const cases: CaseModel[] = [];
  const callsPerPage: RecordedRequest[][] = [];
  const totals: (number | null)[] = [];
  let position: ProviderPosition | null = null;
  for (let page = 0; page < 200; page += 1) {
    const before = sim.server.requests.length;
    const answer = await list(filter, order, first, position);
    callsPerPage.push(sim.server.requests.slice(before).filter(isSearch));
    cases.push(...answer.cases);
    totals.push(answer.totalCount);
    position = answer.positionAfter(answer.cases.length);
    if (position === null) return { cases, callsPerPage, totals };
    expect(answer.cases).toHaveLength(first);
  }
  throw new Error('the walk did not end');
}

async function failureOf(promise: Promise<unknown>): Promise<CaseError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(CaseError);
    return err as CaseError;
  }
  throw new Error('expected the call to fail');
}

describe('Sprinklr listing support (ProviderInfo.listing)', () => {
  it('serves every filter at the vendor except the assignee and text, which no case search key expresses', () => {
    const { filters, orders, totalCount, requiredFilters } = sprinklr.listing;
    expect(Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, v.support]))).toEqual({
      status: 'NATIVE',
      priority: 'NATIVE',
      requesterEmail: 'NATIVE',
      assigneeId: 'UNSUPPORTED',
      createdAt: 'NATIVE',
      updatedAt: 'NATIVE',
      text: 'UNSUPPORTED',
      customFields: 'NATIVE',
    });
    expect(filters.assigneeId.detail).toContain('spr_uc_last_assigned_agent');
    expect(filters.requesterEmail.detail).toContain('contact.channelId');
    expect(orders).toEqual({
      CREATED_AT: { support: 'NATIVE', detail: expect.stringContaining('createdTime') },
      UPDATED_AT: { support: 'NATIVE', detail: expect.stringContaining('modifiedTime') },
    });
    expect(totalCount).toBe(true);
    expect(requiredFilters).toEqual([]);
  });
});

describe('the first page', () => {
  it('is one POST /api/v2/search/CASE with the documented body: filter, sorts, page {start, size}, includeCount', async () => {
    const page = await list({}, NEWEST_UPDATED, 7);
    expect(searches()).toHaveLength(1);
    const [call] = searches();
    expect(call?.method).toBe('POST');
    expect(call?.json).toEqual({
      filter: { type: 'AND', filters: [DELETED_FALSE] },
      sorts: [
        { key: 'modifiedTime', order: 'DESC' },
        { key: 'id', order: 'ASC' },
      ],
      page: { start: 0, size: 7 },
      includeCount: true,
    });
    expect(page.cases).toHaveLength(7);
    expect(page.totalCount).toBe(SIM_SEEDED_CASE_COUNT + 1);
    expect(page.cases.map((c) => c.id)).toEqual(expectedIds(sim.storedCases(), () => true, NEWEST_UPDATED).slice(0, 7));
  });

  it('maps the found cases, without comments or messages, as incomplete (read whole on demand)', async () => {
    const page = await list({ requesterEmail: SEED_REQUESTERS[0].email }, NEWEST_UPDATED, 3);
    const [first] = page.cases;
    const stored = sim.storedCase(first!.id)!;
    expect(first).toMatchObject({
      provider: 'SPRINKLR',
      number: String(stored.caseNumber),
      title: stored.subject,
      status: STATUS_OF[stored.status],
      createdAt: new Date(stored.createdTime),
      updatedAt: new Date(stored.modifiedTime),
      requester: {
        id: `EMAIL_${SEED_REQUESTERS[0].email}`,
        name: SEED_REQUESTERS[0].name,
        email: SEED_REQUESTERS[0].email,
        service: 'EMAIL',
      },
      comments: [],
      interactions: [],
      complete: false,
    });
  });

  it('does not prime the case loader: the listed case is read whole when it is asked for', async () => {
    const ds = conn.dataSource();
    const page = await list({}, NEWEST_UPDATED, 2, null, ds);
    const id = page.cases[0]!.id;
    sim.server.requests.length = 0;
    const whole = await ds.getCase(id);
    expect(sim.server.received('GET', `/prod2/api/v2/case/${id}`)).toHaveLength(1);
    expect(whole.complete).toBeUndefined();
    expect(whole.interactions.length).toBeGreaterThan(0);
  });
});

describe('filters, each sent as the documented CASE search condition', () => {
  const stored = () => sim.storedCases();
  const conditionsOf = (call: RecordedRequest | undefined): unknown =>
    (call?.json as { filter: { filters: unknown[] } }).filter.filters;

  const cases: {
    name: string;
    filter: CaseListFilter;
    conditions: unknown[];
    keep: (c: SimCase) => boolean;
  }[] = [
    {
      name: 'status: the status names that read as it',
      filter: { status: ['OPEN'] },
      conditions: [
        {
          type: 'IN',
          key: 'workflow.customProperties.spr_uc_status',
          values: ['Open', 'Assigned', 'In Progress', 'In Process', 'Reopened', 'Working'],
        },
      ],
      keep: (c) => STATUS_OF[c.status] === 'OPEN',
    },
    {
      name: 'status OTHER: none of the names casegraph knows',
      filter: { status: ['OTHER'] },
      conditions: [
        {
          type: 'NIN',
          key: 'workflow.customProperties.spr_uc_status',
          values: expect.arrayContaining([
            'New',
            'Open',
            'Awaiting Response',
            'On Hold',
            'Resolved',
            'Closed',
            'Archived',
          ]),
        },
      ],
      keep: (c) => STATUS_OF[c.status] === undefined,
    },
    {
      name: 'status CLOSED or OTHER: an OR of both',
      filter: { status: ['CLOSED', 'OTHER'] },
      conditions: [
        {
          type: 'OR',
          filters: [
            { type: 'IN', key: 'workflow.customProperties.spr_uc_status', values: ['Closed', 'Archived'] },
            { type: 'NIN', key: 'workflow.customProperties.spr_uc_status', values: expect.any(Array) },
          ],
        },
      ],
      keep: (c) => STATUS_OF[c.status] === 'CLOSED' || STATUS_OF[c.status] === undefined,
    },
    {
      name: 'priority: both spellings of each',
      filter: { priority: ['HIGH', 'URGENT'] },
      conditions: [
        {
          type: 'IN',
          key: 'workflow.customProperties.spr_uc_priority',
          values: ['High', 'high', 'Critical', 'critical', 'Urgent', 'urgent'],
        },
      ],
      keep: (c) => ['HIGH', 'URGENT'].includes(PRIORITY_OF[(c.priority ?? '').toLowerCase()] ?? ''),
    },
    {
      name: 'requesterEmail: the contact whose channel id is the address, as given and in lower case',
      filter: { requesterEmail: 'Grace@Example.com' },
      conditions: [{ type: 'IN', key: 'contact.channelId', values: ['Grace@Example.com', 'grace@example.com'] }],
      keep: (c) => c.contact.channelId === 'grace@example.com',
    },
    {
      name: 'createdAt: createdTime GTE and LTE in epoch ms, inclusive',
      filter: { createdAt: { from: new Date('2026-07-01T00:00:00Z'), to: new Date('2026-09-01T00:00:00Z') } },
      conditions: [
        { type: 'GTE', key: 'createdTime', values: [Date.parse('2026-07-01T00:00:00Z')] },
        { type: 'LTE', key: 'createdTime', values: [Date.parse('2026-09-01T00:00:00Z')] },
      ],
      keep: (c) =>
        c.createdTime >= Date.parse('2026-07-01T00:00:00Z') && c.createdTime <= Date.parse('2026-09-01T00:00:00Z'),
    },
    {
      name: 'updatedAt with one end open: modifiedTime GTE only',
      filter: { updatedAt: { from: new Date('2026-10-15T00:00:00Z') } },
      conditions: [{ type: 'GTE', key: 'modifiedTime', values: [Date.parse('2026-10-15T00:00:00Z')] }],
      keep: (c) => c.modifiedTime >= Date.parse('2026-10-15T00:00:00Z'),
    },
    {
      name: 'customFields: one property condition per field, all holding (a list property holds it among its values)',
      filter: {
        customFields: [
          { key: '_c_6917174fcc00a8338f9fba67', value: 'Phones' },
          { key: 'spr_uc_tag', value: 'vip' },
        ],
      },
      conditions: [
        { type: 'IN', key: 'workflow.customProperties._c_6917174fcc00a8338f9fba67', values: ['Phones'] },
        { type: 'IN', key: 'workflow.customProperties.spr_uc_tag', values: ['vip'] },
      ],
      keep: (c) =>
        (c.workflow.customProperties._c_6917174fcc00a8338f9fba67 ?? []).includes('Phones') &&
        (c.workflow.customProperties.spr_uc_tag ?? []).includes('vip'),
    },
  ];

  for (const { name, filter, conditions, keep } of cases) {
    it(name, async () => {
      const order: CaseListOrder = { field: 'CREATED_AT', direction: 'ASC' };
      const walked = await walk(filter, order, 7);
      const expected = expectedIds(stored(), keep, order);
      expect(walked.cases.map((c) => c.id)).toEqual(expected);
      for (const calls of walked.callsPerPage) expect(calls).toHaveLength(1);
      const [post] = walked.callsPerPage[0]!;
      expect(conditionsOf(post)).toEqual([DELETED_FALSE, ...conditions]);
      expect(walked.totals[0]).toBe(expected.length);
    });
  }

  it('finds several cases for each of the example customers, all theirs', async () => {
    for (const { email } of SEED_REQUESTERS.slice(0, 2)) {
      const { cases: found } = await walk({ requesterEmail: email }, NEWEST_UPDATED, 7);
      expect(found.length).toBeGreaterThanOrEqual(5);
      expect(found.every((c) => c.requester?.email === email)).toBe(true);
    }
  });

  it('filters together: all conditions in the one AND', async () => {
    const filter: CaseListFilter = { status: ['OPEN', 'PENDING'], requesterEmail: 'ada@example.com' };
    const page = await list(filter, NEWEST_UPDATED, 100);
    expect(conditionsOf(searches()[0])).toEqual([
      DELETED_FALSE,
      expect.objectContaining({ key: 'workflow.customProperties.spr_uc_status' }),
      expect.objectContaining({ key: 'contact.channelId' }),
    ]);
    const expected = expectedIds(
      stored(),
      (c) => ['OPEN', 'PENDING'].includes(STATUS_OF[c.status] ?? '') && c.contact.channelId === 'ada@example.com',
      NEWEST_UPDATED,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(page.cases.map((c) => c.id)).toEqual(expected);
    expect(page.positionAfter(page.cases.length)).toBeNull();
  });
});

describe('walking every page', () => {
  for (const order of [
    { field: 'CREATED_AT', direction: 'ASC' },
    { field: 'CREATED_AT', direction: 'DESC' },
    { field: 'UPDATED_AT', direction: 'ASC' },
    { field: 'UPDATED_AT', direction: 'DESC' },
  ] as const) {
    it(`${order.field} ${order.direction}: every case once, in order, one search call a page (POST, then the cursor)`, async () => {
      const walked = await walk({}, order, 7);
      expect(walked.cases.map((c) => c.id)).toEqual(expectedIds(sim.storedCases(), () => true, order));
      expect(walked.callsPerPage).toHaveLength(Math.ceil((SIM_SEEDED_CASE_COUNT + 1) / 7));
      const [first, ...rest] = walked.callsPerPage.map((calls) => {
        expect(calls).toHaveLength(1);
        return calls[0]!;
      });
      expect(first!.method).toBe('POST');
      expect(first!.json).toMatchObject({
        sorts: [
          { key: order.field === 'CREATED_AT' ? 'createdTime' : 'modifiedTime', order: order.direction },
          { key: 'id', order: 'ASC' },
        ],
      });
      for (const call of rest) {
        expect(call.method).toBe('GET');
        expect(call.query).toEqual({ id: expect.stringMatching(/^[0-9a-f]{24}$/) });
      }
      expect(walked.totals.every((t) => t === SIM_SEEDED_CASE_COUNT + 1)).toBe(true);
    });
  }

  it('resumes exactly after a prefix the merge took: by offset, with page.start', async () => {
    const order: CaseListOrder = { field: 'CREATED_AT', direction: 'DESC' };
    const all = expectedIds(sim.storedCases(), () => true, order);
    const page = await list({}, order, 7);
    expect(page.positionAfter(3)).toEqual({ start: 3 });
    expect(page.positionAfter(0)).toEqual({ start: 0 });
    sim.server.requests.length = 0;
    const next = await list({}, order, 7, page.positionAfter(3));
    expect(searches()).toHaveLength(1);
    expect(searches()[0]).toMatchObject({ method: 'POST', json: { page: { start: 3, size: 7 } } });
    expect(next.cases.map((c) => c.id)).toEqual(all.slice(3, 10));
  });

  it('ends with a null position once the last case is taken, and not before', async () => {
    const order: CaseListOrder = { field: 'CREATED_AT', direction: 'ASC' };
    const all = expectedIds(sim.storedCases(), () => true, order);
    const last = await list({}, order, 7, { start: all.length - 2 });
    expect(last.cases.map((c) => c.id)).toEqual(all.slice(-2));
    expect(last.positionAfter(1)).toEqual({ start: all.length - 1 });
    expect(last.positionAfter(2)).toBeNull();
    const beyond = await list({}, order, 7, { start: all.length });
    expect(beyond.cases).toEqual([]);
    expect(beyond.positionAfter(0)).toBeNull();
  });

  it('searches by offset again when the cursor is older than casegraph uses one, or the page size changed', async () => {
    const order: CaseListOrder = { field: 'UPDATED_AT', direction: 'ASC' };
    const all = expectedIds(sim.storedCases(), () => true, order);
    const page = await list({}, order, 7);
    const position = page.positionAfter(7);
    expect(position).toMatchObject({ start: 7, cursor: expect.any(String), size: 7 });

    clockOffset = SEARCH_CURSOR_USE_MS + 1;
    sim.server.requests.length = 0;
    const stale = await list({}, order, 7, position);
    expect(searches().map((r) => [r.method, (r.json as { page?: unknown } | undefined)?.page])).toEqual([
      ['POST', { start: 7, size: 7 }],
    ]);
    expect(stale.cases.map((c) => c.id)).toEqual(all.slice(7, 14));

    clockOffset = 0;
    sim.server.requests.length = 0;
    const resized = await list({}, order, 5, position);
    expect(searches().map((r) => [r.method, (r.json as { page?: unknown } | undefined)?.page])).toEqual([
      ['POST', { start: 7, size: 5 }],
    ]);
    expect(resized.cases.map((c) => c.id)).toEqual(all.slice(7, 12));
  });

  it('reads the page by offset when Sprinklr refuses a cursor it issued (the only second search call)', async () => {
    const order: CaseListOrder = { field: 'UPDATED_AT', direction: 'DESC' };
    const all = expectedIds(sim.storedCases(), () => true, order);
    const page = await list({}, order, 7);
    sim.expireSearchCursors();
    sim.server.requests.length = 0;
    const next = await list({}, order, 7, page.positionAfter(7));
    expect(searches().map((r) => r.method)).toEqual(['GET', 'POST']);
    expect(searches()[1]!.json).toMatchObject({ page: { start: 7, size: 7 } });
    expect(next.cases.map((c) => c.id)).toEqual(all.slice(7, 14));
  });
});

describe('positions from a cursor casegraph did not write', () => {
  const bad: ProviderPosition[] = [
    { offset: 3 },
    { start: -1 },
    { start: 1.5 },
    { start: '3' },
    { start: 3, extra: true },
    { start: 3, cursor: 'abc' },
    { start: 3, cursor: 'not a cursor!', size: 7, until: Date.now() + 60_000 },
    { start: 3, cursor: 'abc', size: 0, until: Date.now() + 60_000 },
    { start: 3, cursor: 'abc', size: 7, until: 'later' },
  ];
  for (const position of bad) {
    it(`refuses ${JSON.stringify(position)} as a ValidationError at \`after\`, before any call`, async () => {
      const err = await failureOf(list({}, NEWEST_UPDATED, 7, position));
      expect(err.type).toBe('ValidationError');
      expect(err.fields.map((f) => f.path)).toEqual([['after']]);
      expect(searches()).toHaveLength(0);
    });
  }
});

describe('vendor failures, as typed CaseErrors', () => {
  it('a refused search is a ValidationError (Sprinklr names the request field)', async () => {
    sim.server.injectFault(
      {
        kind: 'respond',
        response: {
          status: 400,
          json: {
            data: null,
            errors: [{ code: 'INVALID_FILTER', message: 'Bad filter.', field: 'filter.filters.1.key' }],
          },
        },
      },
      { match: isSearch },
    );
    const err = await failureOf(list({ status: ['NEW'] }, NEWEST_UPDATED, 7));
    expect(err.type).toBe('ValidationError');
    expect(err.fields.map((f) => f.path)).toEqual([['filter']]);
  });

  it('an expired token is an AuthenticationError, a failing Sprinklr a ProviderUnavailableError', async () => {
    sim.expireToken();
    expect((await failureOf(list({}, NEWEST_UPDATED, 7))).type).toBe('AuthenticationError');
    sim.restoreToken();
    sim.server.injectFault({ kind: 'respond', response: { status: 503, json: {} } }, { match: isSearch });
    expect((await failureOf(list({}, NEWEST_UPDATED, 7))).type).toBe('ProviderUnavailableError');
  });

  it('a rate-limited cursor read is RateLimitedError, not a refused cursor', async () => {
    const page = await list({}, NEWEST_UPDATED, 7);
    sim.rateLimitNext({ times: 1 });
    sim.server.requests.length = 0;
    const err = await failureOf(list({}, NEWEST_UPDATED, 7, page.positionAfter(7)));
    expect(err.type).toBe('RateLimitedError');
    expect(searches().map((r) => r.method)).toEqual(['GET']);
  });
});

describe('commentsPage: a page of comments from comment search, by start and rows', () => {
  /** The seeded case with seven comments (the fourth seeded case). */
  const number = 18005003;

  it('asks Sprinklr for exactly the page, and reads hasMore and the total from its answer', async () => {
    const ds = conn.dataSource();
    const listed = (await list({}, NEWEST_UPDATED, 100, null, ds)).cases.find((c) => c.number === String(number))!;
    expect(listed.complete).toBe(false);
    const stored = sim.storedComments(number);
    expect(stored).toHaveLength(7);

    sim.server.requests.length = 0;
    const first = await ds.commentsPage(listed, 3, 0);
    const second = await ds.commentsPage(listed, 3, 6);
    const calls = sim.server.requests;
    expect(calls.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /prod2/api/v1/generic/comment/search/UNIVERSAL_CASE/${number}`,
      `POST /prod2/api/v1/generic/comment/search/UNIVERSAL_CASE/${number}`,
    ]);
    expect(calls.map((r) => r.json)).toEqual([
      {
        assetClass: 'UNIVERSAL_CASE',
        assetId: String(number),
        commentPaginationInfo: { start: 0, rows: 3, sortKey: 'commentCreationTime', sortDirection: 'ASC' },
      },
      {
        assetClass: 'UNIVERSAL_CASE',
        assetId: String(number),
        commentPaginationInfo: { start: 6, rows: 3, sortKey: 'commentCreationTime', sortDirection: 'ASC' },
      },
    ]);
    expect(first).toEqual({
      comments: stored.slice(0, 3).map((c) => ({
        id: c.id,
        body: c.text,
        createdAt: new Date(c.createdTime),
        author: { id: String(c.commentingUser) },
      })),
      hasMore: true,
      totalCount: 7,
    });
    expect(second.comments.map((c) => c.id)).toEqual([stored[6]!.id]);
    expect(second.hasMore).toBe(false);
    expect(second.totalCount).toBe(7);
  });

  it('a page past the last comment is empty, with nothing more', async () => {
    const ds = conn.dataSource();
    const c: CaseModel = {
      id: sim.storedCase(number)!.id,
      provider: 'SPRINKLR',
      number: String(number),
      interactions: [],
      notes: [],
      comments: [],
      customFields: [],
      complete: false,
    };
    expect(await ds.commentsPage(c, 5, 7)).toEqual({ comments: [], hasMore: false, totalCount: 7 });
  });
});

describe('a case written through casegraph', () => {
  it('is found by the priority it was written with, which Sprinklr stores in lower case', async () => {
    const own = await startSprinklrSimulator({ seedCases: 0 });
    const connection = sprinklr.connect(own.config, { timeouts: DEFAULT_TIMEOUTS });
    try {
      const ds = connection.dataSource();
      const outcome = await ds.createCase({
        provider: 'SPRINKLR',
        title: 'Refund not received',
        priority: 'HIGH',
        sprinklr: { firstMessageId: 'ACCOUNT_600001824_1582817880350_TWITTER_2_1233053677281304578' },
      });
      expect(own.storedCase(outcome.case.id)?.workflow.customProperties.spr_uc_priority).toEqual(['high']);
      const page = await ds.listCases({
        filter: { priority: ['HIGH'] },
        order: NEWEST_UPDATED,
        first: 10,
        position: null,
        scanLimit: 1_000,
      });
      expect(page.cases.map((c) => c.id)).toEqual([outcome.case.id]);
      expect(page.totalCount).toBe(1);
    } finally {
      await connection.close();
      await own.close();
    }
  });
});
