// The Sprinklr datasource against the simulator over real HTTP: the exact wire requests for the
// documented examples, round trips, and every error type triggered by its real condition.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CaseError } from '../../../src/domain/errors.js';
import { DEFAULT_TIMEOUTS } from '../../../src/http/client.js';
import type { HttpTimeouts } from '../../../src/http/client.js';
import type { SprinklrConfig } from '../../../src/providers/sprinklr/config.js';
import { SprinklrConnection } from '../../../src/providers/sprinklr/client.js';
import { sprinklr } from '../../../src/providers/sprinklr/index.js';
import {
  SIM_DOC_MESSAGE_ID,
  SIM_DOC_REPLY_MESSAGE_ID,
  SIM_SEEDED_CASE_ID,
  SIM_SEEDED_CASE_NUMBER,
  SIM_VOICE_MESSAGE_ID,
  startSprinklrSimulator,
} from '../../../src/providers/sprinklr/simulator/index.js';
import type { RunningSprinklrSimulator } from '../../../src/providers/sprinklr/simulator/index.js';
import type { CaseDataSource, ProviderConnection } from '../../../src/providers/types.js';
import type { RecordedRequest } from '../../../src/simulators/harness.js';
import { HELP_ARTICLE_BODY, HELP_ARTICLE_INPUT } from './fixtures.js';
import { DEFAULT_RESILIENCE } from '../../../src/http/resilience.js';

const TWITTER_MESSAGE = 'ACCOUNT_600046533_1696531224000_TWITTER_7_1710002013122044372';

let sim: RunningSprinklrSimulator;
let conn: SprinklrConnection;
let ds: CaseDataSource;
const extra: ProviderConnection[] = [];

function connect(config: Partial<SprinklrConfig> = {}, timeouts: Partial<HttpTimeouts> = {}): CaseDataSource {
  const c = sprinklr.connect({ ...sim.config, ...config }, { timeouts: { ...DEFAULT_TIMEOUTS, ...timeouts } });
  extra.push(c);
  return c.dataSource();
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

beforeAll(async () => {
  sim = await startSprinklrSimulator();
  // One connection for the file, whose tests inject failures on purpose: its breaker stays out of the way.
  conn = new SprinklrConnection(sim.config, { timeouts: DEFAULT_TIMEOUTS, resilience: { breakerFailures: 1_000 } });
});
afterAll(async () => {
  await conn.close();
  await sim.close();
});
beforeEach(() => {
  ds = conn.dataSource();
  sim.server.requests.length = 0;
});
afterEach(async () => {
  sim.server.clearFaults();
  sim.restoreToken();
  await Promise.all(extra.splice(0).map((c) => c.close()));
});

const base = '/prod2';
const ASSOCIATED = `${base}/api/v2/case/associated-messages`;
const BULK_FETCH = `${base}/api/v2/message/bulk-fetch`;

/** `METHOD path`, sorted: for calls casegraph makes concurrently, whose arrival order is not fixed. */
const calls = (reqs: readonly RecordedRequest[]): string[] => reqs.map((r) => `${r.method} ${r.path}`).sort();
const isMessageRead = (r: RecordedRequest): boolean => r.path === ASSOCIATED || r.path === BULK_FETCH;

/** The help article's message, its brand reply and the documented call, as the simulator serves them. */
const DOC_INTERACTION = {
  id: SIM_DOC_MESSAGE_ID,
  serviceId: SIM_DOC_MESSAGE_ID,
  body: '@AcmeCare my order #A-1001 was marked delivered but never arrived. Can someone help?',
  createdAt: new Date(1582817880350),
  linkUrl: 'https://twitter.com/danawhit/status/1233053677281304578',
  service: 'TWITTER',
  contentType: 'message',
  author: {
    service: 'TWITTER',
    serviceId: '1189234567012345601',
    handle: 'danawhit',
    name: 'Dana Whitfield',
    brandOwned: false,
  },
};
const REPLY_INTERACTION = {
  id: SIM_DOC_REPLY_MESSAGE_ID,
  serviceId: SIM_DOC_REPLY_MESSAGE_ID,
  body: "@danawhit Sorry to hear that, Dana. We've sent you a DM to sort out your order.",
  createdAt: new Date(1582818112000),
  linkUrl: 'https://twitter.com/AcmeCare/status/1233054650211840001',
  service: 'TWITTER',
  contentType: 'message',
  author: {
    service: 'TWITTER',
    serviceId: '1090001234567890176',
    handle: 'AcmeCare',
    name: 'Acme Care',
    brandOwned: true,
  },
};
const VOICE_INTERACTION = {
  id: SIM_VOICE_MESSAGE_ID,
  serviceId: SIM_VOICE_MESSAGE_ID,
  body: null,
  createdAt: new Date(1731588218296),
  linkUrl: null,
  service: 'SPRINKLR_VOICE',
  contentType: 'message',
  author: {
    service: 'SPRINKLR_VOICE',
    serviceId: '+12025391107',
    handle: '+12025391107',
    name: '+12025391107',
    brandOwned: false,
  },
};

describe('ids', () => {
  it('sends no update or read for an id that is no Sprinklr case id', async () => {
    for (const id of ['..', '.', '6523e901edb45b580403fde9/x', 'x'.repeat(65)]) {
      expect((await failureOf(ds.updateCase({ provider: 'SPRINKLR', id, title: 'x' }))).type).toBe('NotFoundError');
      expect((await failureOf(ds.getCase(id))).type).toBe('NotFoundError');
    }
    expect(sim.server.requests.filter((r) => r.path.includes('/case')).map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });
});

describe('createCase', () => {
  it('points a refusal of an unknown firstMessageId at sprinklr.firstMessageId even when Sprinklr names no field', async () => {
    sim.server.injectFault(
      {
        kind: 'respond',
        response: {
          status: 400,
          json: {
            data: null,
            errors: [{ code: 'MESSAGE_NOT_FOUND', message: 'No message exists with this firstMessageId.' }],
          },
        },
      },
      { match: (r) => r.method === 'POST' && r.path === `${base}/api/v2/case` },
    );
    const err = await failureOf(ds.createCase({ ...HELP_ARTICLE_INPUT }));
    expect(err.type).toBe('ValidationError');
    expect(err.fields.map((f) => f.path)).toEqual([['sprinklr', 'firstMessageId']]);
    expect(err.message).toBe('Sprinklr rejected sprinklr.firstMessageId: No message exists with this firstMessageId.');
  });

  it("sends exactly the help article's curl example", async () => {
    // The field definitions (Custom Field Search) are cached per connection: read them first.
    await conn.definitions.get();
    sim.server.requests.length = 0;
    const { case: created, warnings } = await ds.createCase(HELP_ARTICLE_INPUT);
    expect(warnings).toEqual([]);
    expect(sim.server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST ${base}/api/v2/case`,
      `GET ${ASSOCIATED}`,
      `POST ${BULK_FETCH}`,
    ]);
    const [req] = sim.server.requests;
    expect(req!.method).toBe('POST');
    expect(req!.path).toBe(`${base}/api/v2/case`);
    expect(req!.headers.authorization).toBe(`Bearer ${sim.config.accessToken}`);
    expect(req!.headers.key).toBe(sim.config.apiKey);
    expect(req!.headers.accept).toBe('application/json');
    expect(req!.headers['content-type']).toBe('application/json');
    expect(req!.headers['content-length']).toBe(String(Buffer.byteLength(req!.rawBody)));
    expect(req!.rawBody).toBe(JSON.stringify(JSON.parse(HELP_ARTICLE_BODY)));

    expect(created).toMatchObject({
      provider: 'SPRINKLR',
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      number: expect.stringMatching(/^\d+$/),
      title: 'API2.0 Case creation',
      description: 'This case is created with API2.012',
      status: 'NEW',
      vendorStatus: 'New',
      priority: 'HIGH',
      vendorPriority: 'high',
      requester: null,
      comments: [],
      notes: [],
    });
    expect(created.createdAt).toBeInstanceOf(Date);
    // Then the case's messages: their ids by case id, and the messages in bulk.
    const [, associated, bulk] = sim.server.requests;
    expect(associated!.query).toEqual({ id: created.id });
    expect(associated!.headers.authorization).toBe(`Bearer ${sim.config.accessToken}`);
    expect(associated!.headers.key).toBe(sim.config.apiKey);
    expect(associated!.headers.accept).toBe('application/json');
    expect(associated!.rawBody).toBe('');
    expect(bulk!.headers.authorization).toBe(`Bearer ${sim.config.accessToken}`);
    expect(bulk!.headers.key).toBe(sim.config.apiKey);
    expect(bulk!.headers['content-type']).toBe('application/json');
    expect(bulk!.rawBody).toBe(JSON.stringify([SIM_DOC_MESSAGE_ID]));
    expect(created.interactions).toEqual([DOC_INTERACTION]);
    // As in the documented response, Sprinklr writes the case type over spr_uc_type.
    expect(created.customFields).toEqual([
      { key: 'spr_uc_type', label: 'Case type', type: 'STRING_LIST', value: ['Incident'] },
    ]);
  });

  it('adds each comment by case number after the case, and reads them back on get', async () => {
    const { case: created, warnings } = await ds.createCase({
      provider: 'SPRINKLR',
      title: 'Refund',
      requester: { id: 'TWITTER_1402509033337024516', name: 'Test User' },
      assigneeId: '66007905',
      customFields: [{ key: '_c_6915c1fcbcc3d050f77b9943', value: ['A-1001'] }],
      comments: [{ body: 'first' }, { body: 'second' }],
      sprinklr: { firstMessageId: TWITTER_MESSAGE, queueIds: ['100072'] },
    });
    expect(warnings).toEqual([]);
    // The comments are posted in order while the messages are read.
    const writes = sim.server.requests.filter((r) => !isMessageRead(r));
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST ${base}/api/v2/case`,
      `POST ${base}/api/v2/comment/CASE/${created.number}`,
      `POST ${base}/api/v2/comment/CASE/${created.number}`,
    ]);
    expect(writes.slice(1).map((r) => r.json)).toEqual([{ text: 'first' }, { text: 'second' }]);
    expect(calls(sim.server.requests.filter(isMessageRead))).toEqual([`GET ${ASSOCIATED}`, `POST ${BULK_FETCH}`]);
    expect(created.comments.map((c) => c.body)).toEqual(['first', 'second']);
    expect(created.requester).toEqual({
      id: 'TWITTER_1402509033337024516',
      name: 'Test User',
      service: 'TWITTER',
      serviceId: '1402509033337024516',
    });
    expect(created.assignee).toEqual({ id: '66007905' });
    expect(created.status).toBe('OPEN');
    expect(created.vendorStatus).toBe('Assigned');

    sim.server.requests.length = 0;
    const read = await conn.dataSource().getCase(created.id);
    // Two round trips: the case with its message ids, then its comments with its messages.
    expect(calls(sim.server.requests.slice(0, 2))).toEqual(
      [`GET ${ASSOCIATED}`, `GET ${base}/api/v2/case/${created.id}`].sort(),
    );
    expect(calls(sim.server.requests.slice(2))).toEqual([
      `POST ${base}/api/v1/generic/comment/search/UNIVERSAL_CASE/${created.number}`,
      `POST ${BULK_FETCH}`,
    ]);
    expect(sim.server.received('POST', /comment\/search/)[0]!.json).toEqual({
      assetClass: 'UNIVERSAL_CASE',
      assetId: created.number,
      commentPaginationInfo: { start: 0, rows: 100, sortKey: 'commentCreationTime', sortDirection: 'ASC' },
    });
    expect(read.comments.map((c) => [c.body, c.author?.id])).toEqual([
      ['first', '1000157828'],
      ['second', '1000157828'],
    ]);
    expect(read.customFields).toContainEqual({
      key: '_c_6915c1fcbcc3d050f77b9943',
      label: 'Order number',
      type: 'STRING_LIST',
      value: ['A-1001'],
    });
    expect(read.requester).toEqual(created.requester);
    expect(read.interactions).toEqual([
      {
        id: TWITTER_MESSAGE,
        serviceId: TWITTER_MESSAGE,
        body: "@AcmeCare still waiting for my refund, it's been two weeks",
        createdAt: new Date(1696531224000),
        linkUrl: 'https://twitter.com/testuser_spr/status/1710002013122044372',
        service: 'TWITTER',
        contentType: 'message',
        author: {
          service: 'TWITTER',
          serviceId: '1402509033337024516',
          handle: 'testuser_spr',
          name: 'Test User',
          brandOwned: false,
        },
      },
    ]);
    expect(read.interactions).toEqual(created.interactions);
  });

  it('keeps the case when a comment fails afterwards, with a warning at comments.<i>', async () => {
    sim.server.injectFault(
      {
        kind: 'respond',
        response: { status: 500, json: { data: null, errors: [{ code: 'INTERNAL_ERROR', message: 'boom' }] } },
      },
      { match: (r) => r.path.includes('/api/v2/comment/') },
    );
    const { case: created, warnings } = await ds.createCase({
      provider: 'SPRINKLR',
      comments: [{ body: 'lost' }, { body: 'kept' }],
      sprinklr: { firstMessageId: SIM_DOC_MESSAGE_ID },
    });
    expect(warnings).toEqual([
      // The comment's answer was lost: it may have been added, and the warning says so.
      { path: ['comments', '0'], code: 'OUTCOME_UNKNOWN', message: expect.stringContaining('may or may not') },
    ]);
    expect(created.comments.map((c) => c.body)).toEqual(['kept']);
    expect(sim.storedCase(created.id)).toBeDefined();
  });

  it('rejects what Sprinklr has no place for before any call', async () => {
    const err = await failureOf(
      ds.createCase({
        provider: 'SPRINKLR',
        requester: { id: 'EMAIL_x@example.com', email: 'x@example.com' },
        notes: [{ body: 'n' }],
        interactions: [
          {
            body: 'hello',
            createdAt: new Date('2024-01-01T00:00:00Z'),
            linkUrl: new URL('https://twitter.com/x/status/1'),
            serviceId: '1',
            author: { service: 'twitter', serviceId: '9', handle: 'x', name: 'X', brandOwned: false },
          },
        ],
        sprinklr: { firstMessageId: SIM_DOC_MESSAGE_ID },
      }),
    );
    expect(err.type).toBe('ValidationError');
    expect(err.fields.map((f) => f.path.join('.'))).toEqual(['interactions', 'notes', 'requester.email']);
    expect(sim.server.requests).toEqual([]);
  });

  it('requires sprinklr.firstMessageId, known custom fields and numeric user ids before any call', async () => {
    const err = await failureOf(
      ds.createCase({
        provider: 'SPRINKLR',
        assigneeId: 'alice',
        customFields: [
          { key: 'spr_uc_status', value: ['New'] },
          { key: 'no_such_field', value: ['x'] },
          { key: 'spr_uc_tag', value: 'not a list' },
        ],
        sprinklr: { firstMessageId: ' ' },
      }),
    );
    expect(err.type).toBe('ValidationError');
    expect(err.fields.map((f) => f.path.join('.'))).toEqual([
      'sprinklr.firstMessageId',
      'assigneeId',
      'customFields.0.key',
      'customFields.1.key',
      'customFields.2.value',
    ]);
    expect(sim.server.requests).toEqual([]);
  });

  it("maps Sprinklr's field errors to input paths with the vendor code", async () => {
    const err = await failureOf(
      ds.createCase({
        provider: 'SPRINKLR',
        assigneeId: '42',
        sprinklr: { firstMessageId: 'ACCOUNT_1_1600000000000_TWITTER_1_1' },
      }),
    );
    expect(err.type).toBe('ValidationError');
    expect(err.fields).toEqual([
      { path: ['sprinklr', 'firstMessageId'], message: expect.any(String), vendorCode: 'MESSAGE_NOT_FOUND' },
      { path: ['assigneeId'], message: expect.any(String), vendorCode: 'INVALID_VALUE' },
    ]);
  });

  it('maps a custom property Sprinklr does not know (configuration drift) to its custom field', async () => {
    const drifted = connect({
      customProperties: [
        ...sim.config.customProperties,
        {
          key: '_c_000000000000000000000000',
          label: null,
          type: 'STRING_LIST',
          required: false,
          requiredFor: [],
          options: [],
        },
      ],
    });
    const err = await failureOf(
      drifted.createCase({
        provider: 'SPRINKLR',
        customFields: [
          { key: 'spr_uc_tag', value: ['vip'] },
          { key: '_c_000000000000000000000000', value: ['x'] },
        ],
        sprinklr: { firstMessageId: SIM_DOC_MESSAGE_ID },
      }),
    );
    expect(err.fields).toEqual([
      { path: ['customFields', '1'], message: expect.any(String), vendorCode: 'UNKNOWN_PROPERTY' },
    ]);
  });
});

describe('updateCase', () => {
  it('sends only the update actions the change needs, then the comments by number', async () => {
    const { case: created } = await ds.createCase({
      provider: 'SPRINKLR',
      sprinklr: { firstMessageId: TWITTER_MESSAGE },
    });
    sim.server.requests.length = 0;
    const { case: updated, warnings } = await ds.updateCase({
      provider: 'SPRINKLR',
      id: created.id,
      title: 'Renamed',
      status: 'CLOSED',
      priority: 'URGENT',
      assigneeId: '66000020',
      customFields: [{ key: 'spr_uc_tag', value: ['vip', 'refund'] }],
      comments: [{ body: 'closing' }],
      sprinklr: { dueDate: new Date('2030-01-01T00:00:00.000Z'), addQueueIds: ['103197'] },
    });
    expect(warnings).toEqual([]);
    expect(sim.server.requests.filter((r) => !isMessageRead(r)).map((r) => `${r.method} ${r.path}`)).toEqual([
      `PUT ${base}/api/v2/case`,
      `POST ${base}/api/v2/comment/CASE/${created.number}`,
      `POST ${base}/api/v1/generic/comment/search/UNIVERSAL_CASE/${created.number}`,
    ]);
    expect(calls(sim.server.requests.filter(isMessageRead))).toEqual([`GET ${ASSOCIATED}`, `POST ${BULK_FETCH}`]);
    const [put] = sim.server.requests;
    expect(put!.headers['content-type']).toBe('application/json');
    expect(put!.json).toEqual({
      caseIds: [created.id],
      updateActions: ['EDIT_SUBJECT', 'SET_DUE_DATE', 'ASSIGN_TO_USER', 'ADD_QUEUES', 'SYNC_SELECTED_PROPERTIES'],
      subject: 'Renamed',
      dueDate: Date.parse('2030-01-01T00:00:00.000Z'),
      assignedTo: 66000020,
      addedQueues: ['103197'],
      syncedSelectedCustomProperties: {
        spr_uc_status: ['Closed'],
        spr_uc_priority: ['Critical'],
        spr_uc_tag: ['vip', 'refund'],
      },
    });
    expect(sim.server.received('POST', /\/api\/v2\/comment\//)[0]!.json).toEqual({ text: 'closing' });
    expect(updated).toMatchObject({
      id: created.id,
      title: 'Renamed',
      status: 'CLOSED',
      vendorStatus: 'Closed',
      priority: 'URGENT',
      assignee: { id: '66000020' },
    });
    expect(updated.comments.map((c) => c.body)).toEqual(['closing']);
    expect(updated.interactions.map((i) => [i.serviceId, i.author.handle])).toEqual([
      [TWITTER_MESSAGE, 'testuser_spr'],
    ]);
    expect(updated.customFields).toContainEqual({
      key: 'spr_uc_tag',
      label: 'Tags',
      type: 'STRING_LIST',
      value: ['vip', 'refund'],
    });
    expect(sim.storedCase(created.id)?.version).toBe(1);
  });

  it('reads the case for its number when only comments change', async () => {
    const { case: updated } = await ds.updateCase({
      provider: 'SPRINKLR',
      id: SIM_SEEDED_CASE_ID,
      comments: [{ body: 'noted' }],
    });
    expect(sim.server.requests.filter((r) => !isMessageRead(r)).map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET ${base}/api/v2/case/${SIM_SEEDED_CASE_ID}`,
      `POST ${base}/api/v2/comment/CASE/${SIM_SEEDED_CASE_NUMBER}`,
      `POST ${base}/api/v1/generic/comment/search/UNIVERSAL_CASE/${SIM_SEEDED_CASE_NUMBER}`,
    ]);
    expect(sim.server.received('GET', ASSOCIATED)[0]!.query).toEqual({ id: SIM_SEEDED_CASE_ID });
    expect(updated.comments.map((c) => c.body)).toEqual(['new test comment', 'neww', 'noted']);
  });

  it('answers NotFoundError when Sprinklr updates no case', async () => {
    const err = await failureOf(ds.updateCase({ provider: 'SPRINKLR', id: 'ffffffffffffffffffffffff', title: 'x' }));
    expect(err.type).toBe('NotFoundError');
    expect(err.id).toBe('ffffffffffffffffffffffff');
  });

  it('answers ConflictError on a 409 version conflict', async () => {
    sim.conflictNext();
    const err = await failureOf(ds.updateCase({ provider: 'SPRINKLR', id: SIM_SEEDED_CASE_ID, title: 'x' }));
    expect(err.type).toBe('ConflictError');
    expect(err.retriable).toBe(true);
  });

  it('rejects status OTHER and notes before any call', async () => {
    const err = await failureOf(
      ds.updateCase({ provider: 'SPRINKLR', id: SIM_SEEDED_CASE_ID, status: 'OTHER', notes: [{ body: 'n' }] }),
    );
    expect(err.fields.map((f) => f.path.join('.'))).toEqual(['notes', 'status']);
    expect(sim.server.requests).toEqual([]);
  });
});

describe('getCase', () => {
  it('reads a case once per request however often it is asked for', async () => {
    const [a, b] = await Promise.all([ds.getCase(SIM_SEEDED_CASE_ID), ds.getCase(SIM_SEEDED_CASE_ID)]);
    expect(a).toBe(b);
    await ds.getCase(SIM_SEEDED_CASE_ID);
    expect(calls(sim.server.requests)).toEqual(
      [
        `GET ${ASSOCIATED}`,
        `GET ${base}/api/v2/case/${SIM_SEEDED_CASE_ID}`,
        `POST ${base}/api/v1/generic/comment/search/UNIVERSAL_CASE/${SIM_SEEDED_CASE_NUMBER}`,
        `POST ${BULK_FETCH}`,
      ].sort(),
    );
    expect(a).toMatchObject({
      number: String(SIM_SEEDED_CASE_NUMBER),
      status: 'NEW',
      priority: 'NORMAL',
      vendorPriority: 'Medium',
    });
    // The seeded comments come first; other tests may have added more after them.
    expect(a.comments.slice(0, 2).map((c) => [c.id, c.body, c.createdAt?.getTime()])).toEqual([
      ['5fce1a099bce40767bb8a5fd', 'new test comment', 1697089900000],
      ['5fce1a2f9bce40767bb8aab8', 'neww', 1697090000000],
    ]);
  });

  it('answers NotFoundError for an unknown id, and for an id no Sprinklr case can have without calling', async () => {
    const err = await failureOf(ds.getCase('ffffffffffffffffffffffff'));
    expect(err.type).toBe('NotFoundError');
    expect(err.id).toBe('ffffffffffffffffffffffff');
    sim.server.requests.length = 0;
    const weird = await failureOf(ds.getCase('../case'));
    expect(weird.type).toBe('NotFoundError');
    expect(sim.server.requests).toEqual([]);
  });
});

describe("interactions (the case's messages)", () => {
  it('reads every associated message in bulk, oldest first, with its author', async () => {
    const { case: created } = await ds.createCase({
      provider: 'SPRINKLR',
      sprinklr: { firstMessageId: SIM_DOC_MESSAGE_ID },
    });
    // The call is associated first, the brand's reply later: the order read is by message time.
    sim.associateMessage(created.id, SIM_VOICE_MESSAGE_ID);
    sim.associateMessage(created.id, SIM_DOC_REPLY_MESSAGE_ID);
    sim.server.requests.length = 0;

    const read = await conn.dataSource().getCase(created.id);
    const [associated] = sim.server.received('GET', ASSOCIATED);
    expect(associated!.query).toEqual({ id: created.id });
    expect(associated!.headers.key).toBe(sim.config.apiKey);
    const [bulk] = sim.server.received('POST', BULK_FETCH);
    expect(bulk!.headers['content-type']).toBe('application/json');
    expect(bulk!.headers['content-length']).toBe(String(Buffer.byteLength(bulk!.rawBody)));
    expect(bulk!.json).toEqual([SIM_DOC_MESSAGE_ID, SIM_VOICE_MESSAGE_ID, SIM_DOC_REPLY_MESSAGE_ID]);
    expect(read.interactions).toEqual([DOC_INTERACTION, REPLY_INTERACTION, VOICE_INTERACTION]);
  });

  it('fetches at most 50 messages per bulk call', async () => {
    const { case: created } = await ds.createCase({
      provider: 'SPRINKLR',
      sprinklr: { firstMessageId: SIM_DOC_MESSAGE_ID },
    });
    const ids = Array.from(
      { length: 60 },
      (_, i) => `ACCOUNT_600001824_${1582818200000 + i * 1000}_TWITTER_5_${1233055000000000000n + BigInt(i)}`,
    );
    for (const [i, id] of ids.entries()) {
      sim.addMessage({
        id,
        text: `follow-up ${i}`,
        sender: { name: 'Acme Care', channelType: 'TWITTER', channelId: '1090001234567890176', username: 'AcmeCare' },
        brandPost: true,
      });
      sim.associateMessage(created.id, id);
    }
    sim.server.requests.length = 0;
    const read = await conn.dataSource().getCase(created.id);
    const bodies = sim.server.received('POST', BULK_FETCH).map((r) => r.json as string[]);
    expect(bodies.map((b) => b.length).sort()).toEqual([11, 50]);
    expect(bodies.flat().sort()).toEqual([SIM_DOC_MESSAGE_ID, ...ids].sort());
    expect(read.interactions).toHaveLength(61);
    expect(read.interactions.map((i) => i.body)).toEqual([
      DOC_INTERACTION.body,
      ...ids.map((_, i) => `follow-up ${i}`),
    ]);
  });

  it('keeps a message Sprinklr does not return as its id and the time the id carries', async () => {
    sim.server.injectFault(
      {
        kind: 'respond',
        response: {
          status: 200,
          json: { data: [], errors: [{ code: 'MESSAGE_NOT_FOUND', message: 'No message exists with this id.' }] },
        },
      },
      { times: DEFAULT_RESILIENCE.attempts, match: (r) => r.path === BULK_FETCH },
    );
    const read = await ds.getCase(SIM_SEEDED_CASE_ID);
    expect(read.interactions).toEqual([
      { id: TWITTER_MESSAGE, serviceId: TWITTER_MESSAGE, body: null, createdAt: new Date(1696531224000), author: {} },
    ]);
  });

  it('returns the created case with a warning at interactions when its messages cannot be read', async () => {
    sim.server.injectFault(
      { kind: 'respond', response: { status: 503, text: 'Service Unavailable' } },
      { times: DEFAULT_RESILIENCE.attempts, match: (r) => r.path === BULK_FETCH },
    );
    const { case: created, warnings } = await ds.createCase({
      provider: 'SPRINKLR',
      comments: [{ body: 'kept' }],
      sprinklr: { firstMessageId: SIM_DOC_MESSAGE_ID },
    });
    expect(warnings).toEqual([
      {
        path: ['interactions'],
        code: 'PROVIDER_UNAVAILABLE',
        message: 'The case was created but its messages could not be read: Sprinklr failed with HTTP 503.',
      },
    ]);
    expect(sim.storedCase(created.id)).toBeDefined();
    expect(created.comments.map((c) => c.body)).toEqual(['kept']);
    expect(created.interactions).toEqual([
      {
        id: SIM_DOC_MESSAGE_ID,
        serviceId: SIM_DOC_MESSAGE_ID,
        body: null,
        createdAt: new Date(1582817880350),
        author: {},
      },
    ]);
  });

  it('returns the updated case with a warning at interactions when its message ids cannot be read', async () => {
    sim.server.injectFault(
      { kind: 'respond', response: { status: 500, json: { data: null, errors: [{ code: 'X', message: 'x' }] } } },
      { times: DEFAULT_RESILIENCE.attempts, match: (r) => r.path === ASSOCIATED },
    );
    const { case: updated, warnings } = await ds.updateCase({
      provider: 'SPRINKLR',
      id: SIM_SEEDED_CASE_ID,
      title: 'Renamed again',
    });
    expect(updated.title).toBe('Renamed again');
    expect(warnings).toEqual([
      {
        path: ['interactions'],
        code: 'PROVIDER_UNAVAILABLE',
        message: 'The case was updated but its messages could not be read: Sprinklr failed with HTTP 500.',
      },
    ]);
    expect(updated.interactions.map((i) => i.serviceId)).toEqual([TWITTER_MESSAGE]);
  });

  it('fails a plain read with the typed error when the messages cannot be read', async () => {
    sim.server.injectFault(
      { kind: 'respond', response: { status: 500, json: { data: null, errors: [{ code: 'X', message: 'x' }] } } },
      { times: DEFAULT_RESILIENCE.attempts, match: (r) => r.path === BULK_FETCH },
    );
    const failed = await failureOf(ds.getCase(SIM_SEEDED_CASE_ID));
    expect(failed.type).toBe('ProviderUnavailableError');
    expect(failed.retriable).toBe(true);

    sim.server.injectFault(
      { kind: 'respond', response: { status: 200, json: { data: [{ channelType: 'TWITTER' }], errors: [] } } },
      { times: DEFAULT_RESILIENCE.attempts, match: (r) => r.path === BULK_FETCH },
    );
    const malformed = await failureOf(conn.dataSource().getCase(SIM_SEEDED_CASE_ID));
    expect(malformed.type).toBe('ProviderUnavailableError');
    expect(malformed.retriable).toBe(false);
    expect(malformed.message).toContain('messages');
  });
});

describe('credentials and availability', () => {
  it('answers AuthenticationError for a bad token (401), a bad key (403) and an expired token', async () => {
    for (const config of [{ accessToken: 'wrong' }, { apiKey: 'wrong' }]) {
      const err = await failureOf(connect(config).getCase(SIM_SEEDED_CASE_ID));
      expect(err.type).toBe('AuthenticationError');
      expect(err.message).not.toContain('wrong');
    }
    sim.expireToken();
    expect((await failureOf(ds.getCase(SIM_SEEDED_CASE_ID))).type).toBe('AuthenticationError');
  });

  it('answers AuthenticationError when the key is used in another environment (421)', async () => {
    const err = await failureOf(connect({ baseUrl: `${sim.url}/prod3` }).getCase(SIM_SEEDED_CASE_ID));
    expect(err.type).toBe('AuthenticationError');
    expect(err.message).toContain('421');
    expect(err.message).not.toContain(sim.url);
  });

  it('answers RateLimitedError with Retry-After on 429', async () => {
    sim.rateLimitNext({ retryAfterSeconds: 17 });
    const err = await failureOf(ds.getCase(SIM_SEEDED_CASE_ID));
    expect(err.type).toBe('RateLimitedError');
    expect(err.retryAfterSeconds).toBe(17);
  });

  it('answers RateLimitedError on 403 "Developer Over Rate"', async () => {
    sim.rateLimitNext({ retryAfterSeconds: 5, style: 'developer-over-rate' });
    const err = await failureOf(
      ds.createCase({ provider: 'SPRINKLR', sprinklr: { firstMessageId: SIM_DOC_MESSAGE_ID } }),
    );
    expect(err.type).toBe('RateLimitedError');
    expect(err.retryAfterSeconds).toBe(5);
  });

  it('answers ProviderUnavailableError on a 5xx', async () => {
    sim.server.injectFault(
      { kind: 'respond', response: { status: 503, text: 'upstream db-7.internal down' } },
      // Every attempt of every call the read makes.
      { times: 100 },
    );
    const err = await failureOf(ds.getCase(SIM_SEEDED_CASE_ID));
    expect(err.type).toBe('ProviderUnavailableError');
    expect(err.retriable).toBe(true);
    expect(err.message).not.toContain('db-7');
  });

  it('answers a retriable ProviderUnavailableError when Sprinklr does not answer in time', async () => {
    sim.server.injectFault({ kind: 'hang', ms: 2_000 }, { times: 100 });
    const err = await failureOf(connect({}, { headersMs: 150 }).getCase(SIM_SEEDED_CASE_ID));
    expect(err.type).toBe('ProviderUnavailableError');
    expect(err.retriable).toBe(true);
  });

  it('answers ProviderUnavailableError when a 2xx body is not a case', async () => {
    sim.server.injectFault(
      { kind: 'respond', response: { status: 200, json: { data: { caseNumber: 'x' }, errors: [] } } },
      { match: (r) => r.path === `${base}/api/v2/case/${SIM_SEEDED_CASE_ID}` },
    );
    const err = await failureOf(ds.getCase(SIM_SEEDED_CASE_ID));
    expect(err.type).toBe('ProviderUnavailableError');
    expect(err.retriable).toBe(false);
  });
});

describe('customFieldDefinitions', () => {
  it('lists the configured case custom properties, every one a list of strings', async () => {
    const defs = await ds.customFieldDefinitions();
    expect(defs.map((d) => d.key)).toEqual([
      'spr_uc_type',
      'spr_uc_tag',
      '_c_6915c1fcbcc3d050f77b9943',
      '_c_6917174fcc00a8338f9fba67',
      '_c_64f1cdb57dd05e1c829ddcb1',
    ]);
    expect(new Set(defs.map((d) => d.type))).toEqual(new Set(['STRING_LIST']));
    expect(sim.server.requests).toEqual([]);
  });
});
