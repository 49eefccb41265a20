// SPRINKLR through the GraphQL endpoint over HTTP, against the embedded Sprinklr Case API v2 simulator.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../src/providers/types.js';
import type { SprinklrConfig } from '../../src/providers/sprinklr/config.js';
import {
  SIM_DOC_MESSAGE_ID,
  SIM_DOC_REPLY_MESSAGE_ID,
  SIM_SEEDED_CASE_ID,
  SIM_SEEDED_CASE_NUMBER,
  startSprinklrSimulator,
} from '../../src/providers/sprinklr/simulator/index.js';
import type { RunningSprinklrSimulator } from '../../src/providers/sprinklr/simulator/index.js';
import {
  CommentNodeDocument,
  CreateCaseDocument,
  CustomFieldDefinitionsDocument,
  GetCaseByVendorIdDocument,
  GetCaseDocument,
  ProvidersDocument,
  UpdateCaseDocument,
} from '../../examples/client/generated/graphql.js';
import type {
  CaseFieldsFragment,
  CreateCaseInput,
  CreateCaseMutation,
  GetCaseQuery,
  UpdateCaseInput,
  UpdateCaseMutation,
} from '../../examples/client/generated/graphql.js';
import { caseGlobalId } from '../../src/domain/globalId.js';
import { startTestApp } from '../helpers/app.js';
import type { TestApp } from '../helpers/app.js';
import { dataOf, member } from '../helpers/results.js';
import { HELP_ARTICLE_BODY } from '../providers/sprinklr/fixtures.js';
import { DEFAULT_RESILIENCE } from '../../src/http/resilience.js';

/** The simulator's seeded case, by its global id. */
const SEEDED = caseGlobalId('SPRINKLR', SIM_SEEDED_CASE_ID);

const TWITTER_MESSAGE = 'ACCOUNT_600046533_1696531224000_TWITTER_7_1710002013122044372';
/** The help article's example, as a GraphQL client would write it. */
const helpArticleInput: CreateCaseInput = {
  provider: 'SPRINKLR',
  title: 'API2.0 Case creation',
  description: 'This case is created with API2.012',
  priority: 'HIGH',
  status: 'NEW',
  customFields: [{ key: 'spr_uc_type', value: ['Complaint'] }],
  sprinklr: {
    firstMessageId: SIM_DOC_MESSAGE_ID,
    summary: 'Urgent Case',
    caseType: 'Incident',
    dueDate: '1970-01-01T00:00:00.000Z',
  },
};

/** The help article's message as the simulator serves it, through the full Interaction selection. */
const DOC_INTERACTION = {
  id: expect.any(String),
  vendorId: SIM_DOC_MESSAGE_ID,
  body: '@AcmeCare my order #A-1001 was marked delivered but never arrived. Can someone help?',
  createdAt: '2020-02-27T15:38:00.350Z',
  linkUrl: 'https://twitter.com/danawhit/status/1233053677281304578',
  service: 'TWITTER',
  serviceId: SIM_DOC_MESSAGE_ID,
  contentType: 'message',
  author: {
    id: null,
    vendorId: null,
    service: 'TWITTER',
    serviceId: '1189234567012345601',
    handle: 'danawhit',
    name: 'Dana Whitfield',
    email: null,
    phone: null,
    brandOwned: false,
  },
};

let sim: RunningSprinklrSimulator;
let app: TestApp;
const others: TestApp[] = [];

/** An app whose Sprinklr configuration differs from the simulator's (bad credentials, another environment). */
async function appWith(config: Partial<SprinklrConfig>, timeouts?: { headersMs: number }): Promise<TestApp> {
  const simulator: RunningSimulator<SprinklrConfig> = { ...sim, config: { ...sim.config, ...config } };
  const other = await startTestApp({
    simulators: { SPRINKLR: simulator },
    env: { CASEGRAPH_PROVIDERS: 'SPRINKLR' },
    ...(timeouts ? { timeouts } : {}),
  });
  others.push(other);
  return other;
}

beforeAll(async () => {
  sim = await startSprinklrSimulator();
  app = await startTestApp({
    simulators: { SPRINKLR: sim },
    env: { CASEGRAPH_PROVIDERS: 'SPRINKLR' },
  });
});
afterAll(async () => {
  await app.close();
  await sim.close();
});
beforeEach(() => {
  sim.server.requests.length = 0;
});
afterEach(async () => {
  sim.server.clearFaults();
  await Promise.all(others.splice(0).map((o) => o.close()));
});

async function create(input: CreateCaseInput): Promise<CreateCaseMutation['createCase']> {
  const res = await app.gql(CreateCaseDocument, { input });
  expect(res.status).toBe(200);
  return dataOf(res).createCase;
}

async function created(input: CreateCaseInput): Promise<CaseFieldsFragment> {
  return member(await create(input), 'CreateCaseSuccess').case;
}

async function update(input: UpdateCaseInput): Promise<UpdateCaseMutation['updateCase']> {
  return dataOf(await app.gql(UpdateCaseDocument, { input })).updateCase;
}

/** `case(id:)`, by global id, from `app` or another instance. */
async function get(id: string, from: TestApp = app): Promise<GetCaseQuery['case']> {
  return dataOf(await from.gql(GetCaseDocument, { id })).case;
}

describe('createCase', () => {
  it("sends the help article's example and answers the created case", async () => {
    const result = member(await create(helpArticleInput), 'CreateCaseSuccess');
    expect(result.warnings).toEqual([]);
    const [req] = sim.server.received('POST', '/prod2/api/v2/case');
    expect(req!.rawBody).toBe(JSON.stringify(JSON.parse(HELP_ARTICLE_BODY)));
    expect(req!.headers.authorization).toBe(`Bearer ${sim.config.accessToken}`);
    expect(req!.headers.key).toBe(sim.config.apiKey);
    const { vendorId } = result.case;
    expect(vendorId).toMatch(/^[0-9a-f]{24}$/);
    expect(result.case).toMatchObject({
      id: caseGlobalId('SPRINKLR', vendorId),
      provider: 'SPRINKLR',
      number: expect.stringMatching(/^\d+$/),
      title: 'API2.0 Case creation',
      description: 'This case is created with API2.012',
      status: 'NEW',
      vendorStatus: 'New',
      priority: 'HIGH',
      vendorPriority: 'high',
      url: null,
      requester: null,
      assignee: null,
      notes: [],
      comments: [],
      interactions: [DOC_INTERACTION],
      customFields: [{ key: 'spr_uc_type', label: 'Case type', type: 'STRING_LIST', value: ['Incident'] }],
    });
    expect(Date.parse(result.case.createdAt ?? '')).not.toBeNaN();
  });

  it('round-trips requester, assignee, comments and custom fields through the case query', async () => {
    const result = member(
      await create({
        provider: 'SPRINKLR',
        title: 'Where is my order?',
        priority: 'URGENT',
        requester: { id: 'TWITTER_1402509033337024516', name: 'Test User' },
        assigneeId: '66007905',
        comments: [{ body: 'Customer called twice.' }, { body: 'Escalating.' }],
        customFields: [
          { key: '_c_6915c1fcbcc3d050f77b9943', value: ['A-1001'] },
          { key: 'spr_uc_tag', value: ['vip', 'refund'] },
        ],
        sprinklr: {
          firstMessageId: TWITTER_MESSAGE,
          queueIds: ['100072'],
          externalCase: {
            id: '5002w00000oOMjEAAW',
            channelType: 'SALESFORCE',
            permalink: 'https://example.my.salesforce.com/5002w',
          },
        },
      }),
      'CreateCaseSuccess',
    );
    expect(result.warnings).toEqual([]);
    const commentPosts = sim.server.received('POST', /\/api\/v2\/comment\/CASE\//);
    expect(commentPosts.map((r) => [r.path, r.json])).toEqual([
      [`/prod2/api/v2/comment/CASE/${result.case.number}`, { text: 'Customer called twice.' }],
      [`/prod2/api/v2/comment/CASE/${result.case.number}`, { text: 'Escalating.' }],
    ]);

    const kase = member(await get(result.case.id), 'Case');
    const requester = {
      vendorId: 'TWITTER_1402509033337024516',
      name: 'Test User',
      service: 'TWITTER',
      serviceId: '1402509033337024516',
    };
    expect(kase).toMatchObject({
      id: result.case.id,
      number: result.case.number,
      title: 'Where is my order?',
      priority: 'URGENT',
      vendorPriority: 'critical',
      status: 'OPEN',
      vendorStatus: 'Assigned',
      requester,
      assignee: { vendorId: '66007905', name: null },
      interactions: [
        {
          serviceId: TWITTER_MESSAGE,
          body: "@AcmeCare still waiting for my refund, it's been two weeks",
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
      ],
    });
    expect(kase.comments.map((c) => [c.body, c.author?.vendorId])).toEqual([
      ['Customer called twice.', '1000157828'],
      ['Escalating.', '1000157828'],
    ]);
    expect(kase.customFields).toEqual(
      expect.arrayContaining([
        { key: '_c_6915c1fcbcc3d050f77b9943', label: 'Order number', type: 'STRING_LIST', value: ['A-1001'] },
        { key: 'spr_uc_tag', label: 'Tags', type: 'STRING_LIST', value: ['vip', 'refund'] },
      ]),
    );
  });

  it('returns the case with a warning when a comment fails after it was created', async () => {
    sim.server.injectFault(
      { kind: 'respond', response: { status: 503, text: 'unavailable' } },
      {
        match: (r) => r.path.includes('/api/v2/comment/'),
      },
    );
    const result = member(
      await create({
        provider: 'SPRINKLR',
        comments: [{ body: 'will fail' }],
        sprinklr: { firstMessageId: SIM_DOC_MESSAGE_ID },
      }),
      'CreateCaseSuccess',
    );
    expect(result.warnings).toEqual([
      { path: ['comments', '0'], message: expect.stringContaining('HTTP 503'), code: 'OUTCOME_UNKNOWN' },
    ]);
    expect(sim.storedCase(result.case.vendorId)).toBeDefined();
  });

  it('returns the case with a warning at interactions when its messages cannot be read after it was created', async () => {
    sim.server.injectFault(
      {
        kind: 'respond',
        response: { status: 500, json: { data: null, errors: [{ code: 'X', message: 'db-3 down' }] } },
      },
      { times: DEFAULT_RESILIENCE.attempts, match: (r) => r.path === '/prod2/api/v2/message/bulk-fetch' },
    );
    const result = member(await create(helpArticleInput), 'CreateCaseSuccess');
    expect(result.warnings).toEqual([
      {
        path: ['interactions'],
        message: 'The case was created but its messages could not be read: Sprinklr failed with HTTP 500.',
        code: 'PROVIDER_UNAVAILABLE',
      },
    ]);
    expect(sim.storedCase(result.case.vendorId)).toBeDefined();
    expect(result.case.interactions).toEqual([
      {
        id: expect.any(String),
        vendorId: SIM_DOC_MESSAGE_ID,
        body: null,
        createdAt: '2020-02-27T15:38:00.350Z',
        linkUrl: null,
        service: null,
        serviceId: SIM_DOC_MESSAGE_ID,
        contentType: null,
        author: {
          id: null,
          vendorId: null,
          service: null,
          serviceId: null,
          handle: null,
          name: null,
          email: null,
          phone: null,
          brandOwned: null,
        },
      },
    ]);

    // Read again once Sprinklr answers, the case has its message.
    expect(member(await get(result.case.id), 'Case').interactions).toEqual([DOC_INTERACTION]);
  });

  it('answers ValidationError before any call for what Sprinklr requires or cannot take', async () => {
    const result = member(
      await create({ provider: 'SPRINKLR', requester: { id: 'x', email: 'a@example.com' }, notes: [{ body: 'n' }] }),
      'ValidationError',
    );
    expect(result).toMatchObject({ code: 'VALIDATION_FAILED', retriable: false, provider: 'SPRINKLR' });
    expect(result.fields.map((f) => f.path)).toEqual([
      ['sprinklr', 'firstMessageId'],
      ['notes'],
      ['requester', 'email'],
    ]);
    expect(sim.server.requests).toEqual([]);
  });

  it("answers ValidationError with Sprinklr's field and code when the message does not exist", async () => {
    const result = await create({
      provider: 'SPRINKLR',
      sprinklr: { firstMessageId: 'ACCOUNT_1_1600000000000_TWITTER_1_404' },
    });
    expect(result).toMatchObject({
      __typename: 'ValidationError',
      fields: [{ path: ['sprinklr', 'firstMessageId'], vendorCode: 'MESSAGE_NOT_FOUND', message: expect.any(String) }],
    });
  });

  it('answers RateLimitedError with retryAfterSeconds for a 429 and for 403 "Developer Over Rate"', async () => {
    for (const [style, seconds] of [
      ['429', 42],
      ['developer-over-rate', 7],
    ] as const) {
      sim.rateLimitNext({ style, retryAfterSeconds: seconds });
      const result = await create({ provider: 'SPRINKLR', sprinklr: { firstMessageId: SIM_DOC_MESSAGE_ID } });
      expect(result).toMatchObject({
        __typename: 'RateLimitedError',
        code: 'RATE_LIMITED',
        retriable: true,
        retryAfterSeconds: seconds,
      });
    }
  });
});

describe('updateCase', () => {
  it('sends the update actions the change needs and answers the updated case', async () => {
    const { id, vendorId } = await created({ provider: 'SPRINKLR', sprinklr: { firstMessageId: TWITTER_MESSAGE } });
    sim.server.requests.length = 0;
    const result = member(
      await update({
        id,
        title: 'Resolved by phone',
        status: 'RESOLVED',
        priority: 'LOW',
        assigneeId: '66000020',
        comments: [{ body: 'Called back.' }],
        customFields: [{ key: '_c_64f1cdb57dd05e1c829ddcb1', value: ['No'] }],
        sprinklr: { dueDate: '2030-06-01T12:00:00.000Z', addQueueIds: ['100073'] },
      }),
      'UpdateCaseSuccess',
    );
    expect(result.warnings).toEqual([]);
    const [put] = sim.server.received('PUT', '/prod2/api/v2/case');
    expect(put!.json).toEqual({
      caseIds: [vendorId],
      updateActions: ['EDIT_SUBJECT', 'SET_DUE_DATE', 'ASSIGN_TO_USER', 'ADD_QUEUES', 'SYNC_SELECTED_PROPERTIES'],
      subject: 'Resolved by phone',
      dueDate: Date.parse('2030-06-01T12:00:00.000Z'),
      assignedTo: 66000020,
      addedQueues: ['100073'],
      syncedSelectedCustomProperties: {
        spr_uc_status: ['Resolved'],
        spr_uc_priority: ['Low'],
        _c_64f1cdb57dd05e1c829ddcb1: ['No'],
      },
    });
    expect(result.case).toMatchObject({
      id,
      title: 'Resolved by phone',
      status: 'RESOLVED',
      vendorStatus: 'Resolved',
      priority: 'LOW',
      assignee: { vendorId: '66000020' },
      comments: [{ body: 'Called back.', author: { vendorId: '1000157828' } }],
      interactions: [{ serviceId: TWITTER_MESSAGE, author: { handle: 'testuser_spr', brandOwned: false } }],
    });
    expect(result.case.customFields).toContainEqual({
      key: '_c_64f1cdb57dd05e1c829ddcb1',
      label: 'Escalated',
      type: 'STRING_LIST',
      value: ['No'],
    });
    expect(sim.storedCase(vendorId)?.version).toBe(1);
  });

  it('adds comments by case number when nothing else changes', async () => {
    const result = member(await update({ id: SEEDED, comments: [{ body: 'Follow-up sent.' }] }), 'UpdateCaseSuccess');
    expect(sim.server.received('PUT')).toEqual([]);
    expect(sim.server.received('POST', `/prod2/api/v2/comment/CASE/${SIM_SEEDED_CASE_NUMBER}`)).toHaveLength(1);
    expect(result.case.comments.at(-1)?.body).toBe('Follow-up sent.');
  });

  it('answers NotFoundError for an unknown case', async () => {
    const unknown = caseGlobalId('SPRINKLR', 'ffffffffffffffffffffffff');
    expect(await update({ id: unknown, title: 'x' })).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      provider: 'SPRINKLR',
      id: unknown,
    });
  });

  it('answers ConflictError on a version conflict', async () => {
    sim.conflictNext();
    expect(await update({ id: SEEDED, title: 'x' })).toMatchObject({
      __typename: 'ConflictError',
      code: 'CONFLICT',
      retriable: true,
    });
  });

  it('answers ValidationError for status OTHER and a non-numeric assignee before any call', async () => {
    const result = member(await update({ id: SEEDED, status: 'OTHER', assigneeId: 'bob' }), 'ValidationError');
    expect(result.fields.map((f) => f.path)).toEqual([['assigneeId'], ['status']]);
    expect(sim.server.requests).toEqual([]);
  });
});

describe('case query', () => {
  it("answers the case's messages, oldest first, with their authors: the customer's and the brand's", async () => {
    const { id, vendorId } = await created(helpArticleInput);
    sim.associateMessage(vendorId, SIM_DOC_REPLY_MESSAGE_ID);
    sim.server.requests.length = 0;

    const kase = member(await get(id), 'Case');
    expect(kase.interactions).toEqual([
      DOC_INTERACTION,
      {
        id: expect.any(String),
        vendorId: SIM_DOC_REPLY_MESSAGE_ID,
        body: "@danawhit Sorry to hear that, Dana. We've sent you a DM to sort out your order.",
        createdAt: '2020-02-27T15:41:52.000Z',
        linkUrl: 'https://twitter.com/AcmeCare/status/1233054650211840001',
        service: 'TWITTER',
        serviceId: SIM_DOC_REPLY_MESSAGE_ID,
        contentType: 'message',
        author: {
          id: null,
          vendorId: null,
          service: 'TWITTER',
          serviceId: '1090001234567890176',
          handle: 'AcmeCare',
          name: 'Acme Care',
          email: null,
          phone: null,
          brandOwned: true,
        },
      },
    ]);
    // The ids by case id, then the messages in one bulk fetch, as a JSON array.
    expect(sim.server.received('GET', '/prod2/api/v2/case/associated-messages').map((r) => r.query)).toEqual([
      { id: vendorId },
    ]);
    expect(sim.server.received('POST', '/prod2/api/v2/message/bulk-fetch').map((r) => r.json)).toEqual([
      [SIM_DOC_MESSAGE_ID, SIM_DOC_REPLY_MESSAGE_ID],
    ]);
  });

  it('answers ProviderUnavailableError when the messages of a case cannot be read', async () => {
    sim.server.injectFault(
      { kind: 'respond', response: { status: 503, text: 'upstream message-store down' } },
      { times: DEFAULT_RESILIENCE.attempts, match: (r) => r.path === '/prod2/api/v2/message/bulk-fetch' },
    );
    expect(await get(SEEDED)).toMatchObject({
      __typename: 'ProviderUnavailableError',
      retriable: true,
      message: 'Sprinklr failed with HTTP 503.',
    });
  });

  it('answers a seeded case, looked up by its Sprinklr id, with its comments; node refetches a comment', async () => {
    const res = await app.gql(GetCaseByVendorIdDocument, { provider: 'SPRINKLR', vendorId: SIM_SEEDED_CASE_ID });
    const kase = member(dataOf(res).caseByVendorId, 'Case');
    expect(kase).toMatchObject({
      id: SEEDED,
      vendorId: SIM_SEEDED_CASE_ID,
      number: String(SIM_SEEDED_CASE_NUMBER),
      status: 'NEW',
      priority: 'NORMAL',
      createdAt: '2023-10-09T11:50:25.546Z',
      comments: expect.arrayContaining([
        {
          id: expect.any(String),
          vendorId: '5fce1a099bce40767bb8a5fd',
          body: 'new test comment',
          createdAt: '2023-10-12T05:51:40.000Z',
          author: expect.objectContaining({ id: expect.any(String), vendorId: '242077', name: null }),
        },
      ]),
    });

    const comment = kase.comments.find((c) => c.vendorId === '5fce1a099bce40767bb8a5fd')!;
    const node = dataOf(await app.gql(CommentNodeDocument, { id: comment.id })).node;
    expect(node).toEqual({ __typename: 'Comment', ...comment });
  });

  it('answers NotFoundError for an unknown case', async () => {
    const unknown = caseGlobalId('SPRINKLR', '0000000000000000000000aa');
    expect(await get(unknown)).toMatchObject({ __typename: 'NotFoundError', id: unknown, retriable: false });
  });

  it('answers AuthenticationError for a bad token, a bad key and a key from another environment', async () => {
    for (const config of [
      { accessToken: 'tok-SECRET-1' },
      { apiKey: 'key-SECRET-2' },
      { baseUrl: `${sim.url}/prod8` },
    ]) {
      const other = await appWith(config);
      const refused = member(await get(SEEDED, other), 'AuthenticationError');
      expect(refused).toMatchObject({ code: 'AUTHENTICATION_FAILED', retriable: false });
      expect(refused.message).not.toMatch(/SECRET|127\.0\.0\.1/);
    }
  });

  it('answers ProviderUnavailableError for a 5xx and for a timeout', async () => {
    sim.server.injectFault(
      {
        kind: 'respond',
        response: { status: 500, json: { data: null, errors: [{ code: 'X', message: 'stack at db.internal' }] } },
      },
      // Every attempt of every call the read makes.
      { times: 100 },
    );
    expect(await get(SEEDED)).toMatchObject({
      __typename: 'ProviderUnavailableError',
      retriable: true,
      message: 'Sprinklr failed with HTTP 500.',
    });

    const slow = await appWith({}, { headersMs: 300 });
    sim.server.injectFault({ kind: 'hang', ms: 3_000 }, { times: 100 });
    expect(await get(SEEDED, slow)).toMatchObject({ __typename: 'ProviderUnavailableError', retriable: true });
  });
});

describe('providers and custom fields', () => {
  it('publishes what Sprinklr supports and requires', async () => {
    const { providers } = dataOf(await app.gql(ProvidersDocument));
    expect(providers).toContainEqual({
      provider: 'SPRINKLR',
      name: 'Sprinklr',
      simulated: true,
      interactions: 'READ_ONLY',
      notes: 'UNSUPPORTED',
      comments: 'READ_WRITE',
      customFields: 'READ_WRITE',
      requiredCreateFields: ['sprinklr.firstMessageId'],
      requiredUpdateFields: [],
      unsupportedCreateFields: ['interactions', 'notes', 'requester.email'],
      unsupportedUpdateFields: ['interactions', 'notes'],
      listing: {
        requiredFilters: [],
        filters: [
          { filter: 'status', support: 'NATIVE', detail: expect.stringContaining('spr_uc_status') },
          { filter: 'priority', support: 'NATIVE', detail: expect.stringContaining('spr_uc_priority') },
          { filter: 'requesterEmail', support: 'NATIVE', detail: expect.stringContaining('contact.channelId') },
          { filter: 'assigneeId', support: 'UNSUPPORTED', detail: expect.stringContaining('workflow.assignment') },
          { filter: 'createdAt', support: 'NATIVE', detail: expect.stringContaining('createdTime') },
          { filter: 'updatedAt', support: 'NATIVE', detail: expect.stringContaining('modifiedTime') },
          { filter: 'text', support: 'UNSUPPORTED', detail: expect.any(String) },
          { filter: 'customFields', support: 'NATIVE', detail: expect.stringContaining('workflow.customProperties') },
        ],
        orders: [
          { field: 'CREATED_AT', support: 'NATIVE', detail: expect.stringContaining('createdTime') },
          { field: 'UPDATED_AT', support: 'NATIVE', detail: expect.stringContaining('modifiedTime') },
        ],
        totalCount: true,
      },
    });
  });

  it('lists the case custom properties as string lists', async () => {
    const res = await app.gql(CustomFieldDefinitionsDocument, { provider: 'SPRINKLR' });
    const result = member(dataOf(res).customFieldDefinitions, 'CustomFieldDefinitions');
    expect(result.fields).toContainEqual({
      key: '_c_6915c1fcbcc3d050f77b9943',
      label: 'Order number',
      type: 'STRING_LIST',
      required: false,
      options: [],
    });
    expect(result.fields.map((f) => f.key)).not.toContain('spr_uc_status');
  });
});
