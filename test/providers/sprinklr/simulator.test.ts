// The simulator rejects what Sprinklr rejects, with Sprinklr's status codes and bodies.
import { Readable } from 'node:stream';
import { request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  SIM_DOC_MESSAGE_ID,
  SIM_DOC_REPLY_MESSAGE_ID,
  SIM_INSTAGRAM_MESSAGE_ID,
  SIM_MESSAGES,
  SIM_PRIORITIES,
  SIM_SEARCH_MAX_PAGE_SIZE,
  SIM_SEEDED_CASE_COUNT,
  SIM_SEEDED_CASE_ID,
  SIM_SEEDED_CASE_NUMBER,
  SIM_VOICE_MESSAGE_ID,
  startSprinklrSimulator,
} from '../../../src/providers/sprinklr/simulator/index.js';
import type { RunningSprinklrSimulator } from '../../../src/providers/sprinklr/simulator/index.js';
import { HELP_ARTICLE_BODY } from './fixtures.js';

let sim: RunningSprinklrSimulator;

beforeAll(async () => {
  sim = await startSprinklrSimulator();
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  sim.restoreToken();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- vendor JSON is asserted field by field
type Json = any;

interface CallOptions {
  body?: unknown;
  headers?: Record<string, string | undefined>;
  /** Path prefix instead of `/<env>`. */
  prefix?: string;
}

async function call(method: string, path: string, options: CallOptions = {}) {
  const headers: Record<string, string> = {};
  const merged: Record<string, string | undefined> = {
    authorization: `Bearer ${sim.config.accessToken}`,
    key: sim.config.apiKey,
    accept: 'application/json',
    ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
    ...options.headers,
  };
  for (const [k, v] of Object.entries(merged)) if (v !== undefined) headers[k] = v;
  const res = await fetch(`${sim.url}${options.prefix ?? `/${sim.env}`}${path}`, {
    method,
    headers,
    ...(options.body !== undefined
      ? { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }
      : {}),
  });
  const text = await res.text();
  const json: Json = text ? JSON.parse(text) : undefined;
  return { status: res.status, headers: res.headers, text, json };
}

const minimalCase = (over: Record<string, unknown> = {}) => ({
  firstMessageId: SIM_DOC_MESSAGE_ID,
  workflow: { customProperties: {} },
  ...over,
});

async function createCase(over: Record<string, unknown> = {}) {
  const res = await call('POST', '/api/v2/case', { body: minimalCase(over) });
  expect(res.status).toBe(200);
  return res.json.data as { id: string; caseNumber: number; version: number };
}

describe('gateway', () => {
  it('answers 403 "Developer Inactive" without the Key header or with a wrong one', async () => {
    for (const key of [undefined, 'not-the-key']) {
      const res = await call('GET', `/api/v2/case/${SIM_SEEDED_CASE_ID}`, { headers: { key } });
      expect(res.status).toBe(403);
      expect(res.json).toEqual({
        data: [],
        errors: [{ id: expect.any(String), code: 403, message: 'Developer Inactive' }],
      });
    }
  });

  it('answers 421 when the key is used in another environment, or without the environment segment', async () => {
    for (const prefix of ['/prod3', '']) {
      const res = await call('GET', `/api/v2/case/${SIM_SEEDED_CASE_ID}`, { prefix });
      expect(res.status).toBe(421);
      expect(res.json.errors[0].code).toBe(421);
    }
  });

  it('answers 401 in the gateway envelope for a missing, wrong or expired token', async () => {
    for (const authorization of [undefined, 'Bearer wrong', sim.config.accessToken]) {
      const res = await call('GET', `/api/v2/case/${SIM_SEEDED_CASE_ID}`, { headers: { authorization } });
      expect(res.status).toBe(401);
      expect(res.json).toEqual({ data: [], errors: [{ id: expect.any(String), code: 401, message: 'Unauthorized' }] });
    }
    sim.expireToken();
    expect((await call('GET', `/api/v2/case/${SIM_SEEDED_CASE_ID}`)).status).toBe(401);
  });

  it('requires Content-Length on POST and PUT (411)', async () => {
    const res = await request(`${sim.url}/${sim.env}/api/v2/case`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${sim.config.accessToken}`,
        key: sim.config.apiKey,
        'content-type': 'application/json',
      },
      // A stream body goes out chunked, without Content-Length.
      body: Readable.from([Buffer.from(JSON.stringify(minimalCase()))]),
    });
    expect(res.statusCode).toBe(411);
    expect(((await res.body.json()) as Json).errors[0].code).toBe('LENGTH_REQUIRED');
  });

  it('requires a JSON body (415) that parses (400)', async () => {
    const plain = await call('POST', '/api/v2/case', { body: 'subject=x', headers: { 'content-type': 'text/plain' } });
    expect(plain.status).toBe(415);
    const broken = await call('POST', '/api/v2/case', { body: '{"subject": ' });
    expect(broken.status).toBe(400);
  });

  it('rate limits on request: 429 with Retry-After and the RATE_LIMIT_EXCEEDED body', async () => {
    sim.rateLimitNext({ retryAfterSeconds: 17 });
    const res = await call('GET', `/api/v2/case/${SIM_SEEDED_CASE_ID}`);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('17');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(res.json).toEqual({
      success: false,
      errors: [
        {
          code: 'RATE_LIMIT_EXCEEDED',
          message: expect.any(String),
          details: { limit: 1000, window: '1h', resetAt: expect.any(String) },
        },
      ],
    });
    expect((await call('GET', `/api/v2/case/${SIM_SEEDED_CASE_ID}`)).status).toBe(200);
  });

  it('rate limits on request as 403 "Developer Over Rate"', async () => {
    sim.rateLimitNext({ retryAfterSeconds: 5, style: 'developer-over-rate' });
    const res = await call('GET', `/api/v2/case/${SIM_SEEDED_CASE_ID}`);
    expect(res.status).toBe(403);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(res.json.errors[0].message).toBe('Developer Over Rate');
  });
});

describe('POST /api/v2/case', () => {
  it("accepts the help article's example and answers like the documented response", async () => {
    const before = Date.now();
    const res = await call('POST', '/api/v2/case', { body: HELP_ARTICLE_BODY });
    expect(res.status).toBe(200);
    expect(res.json.errors).toEqual([]);
    const data = res.json.data;
    expect(data).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      caseNumber: expect.any(Number),
      subject: 'API2.0 Case creation',
      description: 'This case is created with API2.012',
      version: 0,
      status: 'New',
      priority: 'high',
      caseType: 'Incident',
      externalCaseInfo: { externalCases: [] },
      workflow: {
        customProperties: { spr_uc_type: ['Incident'], spr_uc_priority: ['high'], spr_uc_status: ['New'] },
        queues: [],
      },
      contact: {},
      dueDate: 0,
      summary: 'Urgent Case',
      firstMessageId: SIM_DOC_MESSAGE_ID,
      firstMessageAssociatedTime: 1582817880350,
    });
    expect(data.createdTime).toBeGreaterThanOrEqual(before);
    expect(Number.isInteger(data.createdTime)).toBe(true);
    expect(sim.storedCase(data.id)?.caseNumber).toBe(data.caseNumber);
  });

  it.each([
    ['firstMessageId is missing', { firstMessageId: undefined }, 'firstMessageId', 'MISSING_FIELD'],
    [
      'firstMessageId names no message',
      { firstMessageId: 'ACCOUNT_1_1582817880350_TWITTER_2_9' },
      'firstMessageId',
      'MESSAGE_NOT_FOUND',
    ],
    ['workflow is missing', { workflow: undefined }, 'workflow', 'MISSING_FIELD'],
    ['customProperties is missing', { workflow: { queues: [] } }, 'workflow.customProperties', 'MISSING_FIELD'],
    [
      'a property is not a list of strings',
      { workflow: { customProperties: { spr_uc_status: 'New' } } },
      'workflow.customProperties.spr_uc_status',
      'INVALID_VALUE',
    ],
    [
      'a property is unknown',
      { workflow: { customProperties: { _c_000000000000000000000000: ['x'] } } },
      'workflow.customProperties._c_000000000000000000000000',
      'UNKNOWN_PROPERTY',
    ],
    [
      'the status is unknown',
      { workflow: { customProperties: { spr_uc_status: ['Frozen'] } } },
      'workflow.customProperties.spr_uc_status',
      'INVALID_VALUE',
    ],
    ['a field is unknown', { title: 'x' }, 'title', 'UNKNOWN_FIELD'],
    ['the contact has no id', { contact: { name: 'x' } }, 'contact.id', 'MISSING_FIELD'],
    [
      'the assignee is not a user',
      { workflow: { customProperties: {}, assignment: { assigneeId: 42 } } },
      'workflow.assignment.assigneeId',
      'INVALID_VALUE',
    ],
    [
      'a queue does not exist',
      { workflow: { customProperties: {}, queues: ['999'] } },
      'workflow.queues.0',
      'INVALID_VALUE',
    ],
    ['dueDate is not epoch ms', { dueDate: '2024-01-01' }, 'dueDate', 'INVALID_VALUE'],
  ])('answers 400 when %s', async (_what, over, field, code) => {
    const body = JSON.parse(JSON.stringify(minimalCase(over)));
    const res = await call('POST', '/api/v2/case', { body });
    expect(res.status).toBe(400);
    expect(res.json.data).toBeNull();
    expect(res.json.errors).toContainEqual({ code, message: expect.any(String), field });
  });

  it('takes the contact from the first message when none is given', async () => {
    const res = await call('POST', '/api/v2/case', {
      body: minimalCase({ firstMessageId: 'ACCOUNT_600046533_1696531224000_TWITTER_7_1710002013122044372' }),
    });
    expect(res.json.data.contact).toMatchObject({
      id: 'TWITTER_1402509033337024516',
      name: 'Test User',
      channelType: 'TWITTER',
    });
  });
});

describe('GET /api/v2/case/{caseId}', () => {
  it('returns a stored case in the {data, errors} envelope', async () => {
    const res = await call('GET', `/api/v2/case/${SIM_SEEDED_CASE_ID}`);
    expect(res.status).toBe(200);
    expect(res.json.errors).toEqual([]);
    expect(res.json.data).toMatchObject({ id: SIM_SEEDED_CASE_ID, caseNumber: SIM_SEEDED_CASE_NUMBER });
  });

  it('answers 404 for an unknown id', async () => {
    const res = await call('GET', '/api/v2/case/ffffffffffffffffffffffff');
    expect(res.status).toBe(404);
    expect(res.json).toEqual({ data: null, errors: [{ code: 'NOT_FOUND', message: expect.any(String) }] });
  });
});

describe('PUT /api/v2/case', () => {
  it('applies the update actions, bumps the version and answers with a list', async () => {
    const created = await createCase();
    const res = await call('PUT', '/api/v2/case', {
      body: {
        caseIds: [created.id],
        updateActions: ['EDIT_SUBJECT', 'ASSIGN_TO_USER', 'SYNC_SELECTED_PROPERTIES', 'ADD_QUEUES'],
        subject: 'Renamed',
        assignedTo: 66000020,
        syncedSelectedCustomProperties: { spr_uc_status: ['Closed'], _c_6915c1fcbcc3d050f77b9943: ['test1'] },
        addedQueues: ['100073'],
      },
    });
    expect(res.status).toBe(200);
    expect(res.json.errors).toEqual([]);
    expect(res.json.data).toHaveLength(1);
    expect(res.json.data[0]).toMatchObject({
      id: created.id,
      subject: 'Renamed',
      version: created.version + 1,
      status: 'Closed',
      workflow: {
        assignment: { assigneeId: '66000020', assigneeType: 'USER' },
        customProperties: { spr_uc_status: ['Closed'], _c_6915c1fcbcc3d050f77b9943: ['test1'] },
        queues: [{ queueId: 100073, assignmentTime: expect.any(Number) }],
      },
    });
  });

  it('accepts the documented example 1 (case numbers as strings)', async () => {
    const created = await createCase();
    const res = await call('PUT', '/api/v2/case', {
      body: {
        caseNumbers: [String(created.caseNumber)],
        syncedSelectedCustomProperties: {
          _c_6915c1fcbcc3d050f77b9943: ['test1'],
          _c_6917174fcc00a8338f9fba67: ['nntest'],
        },
        updateActions: ['SYNC_SELECTED_PROPERTIES'],
      },
    });
    expect(res.status).toBe(200);
    expect(res.json.data[0].caseNumber).toBe(created.caseNumber);
  });

  it.each([
    ['an action comes without its field', { updateActions: ['EDIT_SUBJECT'] }, 'subject', 'MISSING_FIELD'],
    [
      'a field comes without its action',
      { updateActions: ['EDIT_SUBJECT'], subject: 's', description: 'd' },
      'description',
      'INVALID_REQUEST',
    ],
    ['updateActions is missing', { subject: 's' }, 'updateActions', 'MISSING_FIELD'],
    ['an action is unknown', { updateActions: ['RENAME'] }, 'updateActions', 'INVALID_VALUE'],
    [
      'assignedTo is not a user',
      { updateActions: ['ASSIGN_TO_USER'], assignedTo: '66000020' },
      'assignedTo',
      'INVALID_VALUE',
    ],
  ])('answers 400 when %s', async (_what, over, field, code) => {
    const res = await call('PUT', '/api/v2/case', { body: { caseIds: [SIM_SEEDED_CASE_ID], ...over } });
    expect(res.status).toBe(400);
    expect(res.json.errors).toContainEqual({ code, message: expect.any(String), field });
  });

  it('requires caseIds or caseNumbers', async () => {
    const res = await call('PUT', '/api/v2/case', { body: { updateActions: ['EDIT_SUBJECT'], subject: 's' } });
    expect(res.status).toBe(400);
    expect(res.json.errors).toContainEqual({ code: 'MISSING_FIELD', message: expect.any(String), field: 'caseIds' });
  });

  it('answers an empty list for an unknown case', async () => {
    const res = await call('PUT', '/api/v2/case', {
      body: { caseIds: ['ffffffffffffffffffffffff'], updateActions: ['EDIT_SUBJECT'], subject: 's' },
    });
    expect(res.status).toBe(200);
    expect(res.json.data).toEqual([]);
    expect(res.json.errors[0].code).toBe('NOT_FOUND');
  });

  it('refuses a documented action it does not carry out with 501, and changes nothing', async () => {
    const created = await createCase({ workflow: { customProperties: {}, queues: ['100072'] } });
    const res = await call('PUT', '/api/v2/case', {
      body: { caseIds: [created.id], updateActions: ['REMOVE_QUEUES'], removedQueues: ['100072'] },
    });
    expect(res.status).toBe(501);
    expect(res.json.errors[0].code).toBe('NOT_SIMULATED');
    expect(sim.storedCase(created.id)?.workflow.queues.map((q) => q.queueId)).toEqual([100072]);
  });

  it('answers 409 on a version conflict and leaves the case alone', async () => {
    const created = await createCase();
    sim.conflictNext();
    const res = await call('PUT', '/api/v2/case', {
      body: { caseIds: [created.id], updateActions: ['EDIT_SUBJECT'], subject: 'x' },
    });
    expect(res.status).toBe(409);
    expect(res.json.errors[0].code).toBe('VERSION_CONFLICT');
    expect(sim.storedCase(created.id)?.version).toBe(0);
  });
});

describe('comments', () => {
  it('adds a comment by case number, as documented', async () => {
    const created = await createCase();
    const res = await call('POST', `/api/v2/comment/CASE/${created.caseNumber}`, { body: { text: 'comment test' } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      data: {
        id: expect.stringMatching(/^[0-9a-f]{24}$/),
        text: 'comment test',
        commentingUser: expect.any(Number),
        createdTime: expect.any(Number),
        modifiedTime: expect.any(Number),
        entityType: 'CASE',
        entityId: String(created.caseNumber),
      },
      errors: [],
    });
  });

  it('answers 404 when the case id is used where the case number belongs', async () => {
    const created = await createCase();
    const res = await call('POST', `/api/v2/comment/CASE/${created.id}`, { body: { text: 'x' } });
    expect(res.status).toBe(404);
    expect(sim.storedComments(created.caseNumber)).toEqual([]);
  });

  it('answers 400 without text', async () => {
    const res = await call('POST', `/api/v2/comment/CASE/${SIM_SEEDED_CASE_NUMBER}`, { body: { body: 'x' } });
    expect(res.status).toBe(400);
    expect((res.json.errors as Array<{ field: string }>).map((e) => e.field)).toEqual(['body', 'text']);
  });

  it('searches comments by case number in the documented v1 shape, page by page', async () => {
    const created = await createCase();
    for (const text of ['one', 'two', 'three']) {
      await call('POST', `/api/v2/comment/CASE/${created.caseNumber}`, { body: { text } });
    }
    const page = (start: number) =>
      call('POST', `/api/v1/generic/comment/search/UNIVERSAL_CASE/${created.caseNumber}`, {
        body: {
          assetClass: 'UNIVERSAL_CASE',
          assetId: String(created.caseNumber),
          commentPaginationInfo: { start, rows: 2, sortKey: 'commentCreationTime', sortDirection: 'ASC' },
        },
      });
    const first = await page(0);
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ hasMore: true, totalComments: 3 });
    expect((first.json.data as Array<{ comment: string }>).map((c) => c.comment)).toEqual(['\none\n', '\ntwo\n']);
    expect(first.json.data[0]).toMatchObject({
      onAsset: 'UNIVERSAL_CASE',
      assetId: String(created.caseNumber),
      deleted: false,
    });
    const second = await page(2);
    expect(second.json).toMatchObject({ hasMore: false, totalComments: 3 });
    expect(second.json.data).toHaveLength(1);
  });

  it('rejects a search whose body contradicts its path', async () => {
    const res = await call('POST', `/api/v1/generic/comment/search/UNIVERSAL_CASE/${SIM_SEEDED_CASE_NUMBER}`, {
      body: { assetClass: 'UNIVERSAL_CASE', assetId: '1' },
    });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].field).toBe('assetId');
  });
});

describe('GET /api/v2/case/associated-messages', () => {
  const associated = (query: string) => call('GET', `/api/v2/case/associated-messages${query}`);

  it("lists a case's first message, then the messages associated with it later, after a cursor if given", async () => {
    const created = await createCase();
    const first = await associated(`?id=${created.id}`);
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ data: [SIM_DOC_MESSAGE_ID], errors: [] });

    sim.associateMessage(created.id, SIM_DOC_REPLY_MESSAGE_ID, 1700000000000);
    sim.associateMessage(created.id, SIM_VOICE_MESSAGE_ID, 1700000005000);
    expect((await associated(`?id=${created.id}`)).json.data).toEqual([
      SIM_DOC_MESSAGE_ID,
      SIM_DOC_REPLY_MESSAGE_ID,
      SIM_VOICE_MESSAGE_ID,
    ]);
    expect((await associated(`?id=${created.id}&cursor=1700000000000`)).json.data).toEqual([SIM_VOICE_MESSAGE_ID]);
    expect(sim.associatedMessages(created.id)).toHaveLength(3);
    expect(sim.storedCase(created.id)).toMatchObject({
      associatedFanMessageCount: 2,
      associatedBrandMessageCount: 1,
      latestMessageAssociatedTime: 1700000005000,
    });
  });

  it('goes through the same gateway checks as every call', async () => {
    const path = `/api/v2/case/associated-messages?id=${SIM_SEEDED_CASE_ID}`;
    expect((await call('GET', path, { headers: { key: 'wrong' } })).status).toBe(403);
    expect((await call('GET', path, { headers: { authorization: undefined } })).status).toBe(401);
    expect((await call('GET', path, { prefix: '/prod3' })).status).toBe(421);
    expect((await call('GET', path)).json.data).toEqual([
      'ACCOUNT_600046533_1696531224000_TWITTER_7_1710002013122044372',
    ]);
  });

  it('answers 400 without id, with a parameter it does not know, or with a cursor that is not epoch ms', async () => {
    const missing = await associated('');
    expect(missing.status).toBe(400);
    expect(missing.json).toEqual({
      data: null,
      errors: [{ code: 'MISSING_FIELD', message: expect.any(String), field: 'id' }],
    });
    const misnamed = await associated(`?caseId=${SIM_SEEDED_CASE_ID}`);
    expect(misnamed.status).toBe(400);
    expect((misnamed.json.errors as Array<{ field: string }>).map((e) => e.field)).toEqual(['caseId', 'id']);
    const cursor = await associated(`?id=${SIM_SEEDED_CASE_ID}&cursor=2024-01-01`);
    expect(cursor.status).toBe(400);
    expect(cursor.json.errors[0].field).toBe('cursor');
  });

  it("answers 404 in Sprinklr's error body for an unknown case, and for a case number in place of the id", async () => {
    for (const id of ['ffffffffffffffffffffffff', String(SIM_SEEDED_CASE_NUMBER)]) {
      const res = await associated(`?id=${id}`);
      expect(res.status).toBe(404);
      expect(res.json).toEqual({ data: null, errors: [{ code: 'NOT_FOUND', message: expect.any(String) }] });
    }
  });
});

describe('POST /api/v2/message/bulk-fetch', () => {
  const bulk = (body: unknown, headers?: Record<string, string | undefined>) =>
    call('POST', '/api/v2/message/bulk-fetch', { body, ...(headers ? { headers } : {}) });

  it('answers the documented request: the known message in the documented shape, the unknown id in errors', async () => {
    const unknown = 'VOICE_66076376_1731588218296_SPRINKLR_VOICE_325_000001932ab35db8e4b042fc69f4476e';
    const res = await bulk([SIM_VOICE_MESSAGE_ID, unknown]);
    expect(res.status).toBe(200);
    expect(res.json.data).toHaveLength(1);
    expect(res.json.data[0]).toMatchObject({
      sourceType: 'VOICE',
      sourceId: 66076376,
      content: {
        attachment: { commands: [{ from: '+12025391107', type: 'INCOMING_CALL' }], type: 'VOICE' },
        isRichText: false,
      },
      channelMessageId: '000001932ab35db8e4b042fc69f4425d',
      channelType: 'SPRINKLR_VOICE',
      accountType: 'SPRINKLR_VOICE',
      channelCreatedTime: 1731588218296,
      senderProfile: {
        name: '+12025391107',
        channelType: 'SPRINKLR_VOICE',
        channelId: '+12025391107',
        username: '+12025391107',
      },
      receiverProfile: { name: 'Vishesh app_DND_New', channelId: '+15077044489' },
      messageId: SIM_VOICE_MESSAGE_ID,
      brandPost: false,
      createdTime: 1731588218337,
      modifiedTime: 1731588218337,
      conversationId: '000001932ab35afae4b042fc69f4425b',
      autoImported: false,
      autoResponse: false,
    });
    expect(res.json.data[0].content.text).toBeUndefined();
    expect(res.json.errors).toEqual([{ code: 'MESSAGE_NOT_FOUND', message: expect.stringContaining(unknown) }]);
  });

  it('serves every seeded message with the source, channel and time its id names, each once, in the order asked', async () => {
    const ids = SIM_MESSAGES.map((m) => m.id);
    const res = await bulk([...ids, ids[0]]);
    expect(res.json.errors).toEqual([]);
    const data = res.json.data as Array<Record<string, Json>>;
    expect(data.map((m) => String(m.messageId))).toEqual(ids);
    for (const m of data) {
      const [, sourceType, sourceId, time, channelType] =
        /^([A-Z]+(?:_[A-Z]+)*)_(\d+)_(\d+)_([A-Z]+(?:_[A-Z]+)*)_\d+_/.exec(m.messageId) ?? [];
      expect([m.sourceType, String(m.sourceId), m.channelCreatedTime, m.channelType]).toEqual([
        sourceType,
        sourceId,
        Number(time),
        channelType,
      ]);
      expect(m.senderProfile.channelType).toBe(channelType);
      expect(typeof m.brandPost).toBe('boolean');
    }
    expect(data.find((m) => m.messageId === SIM_DOC_REPLY_MESSAGE_ID)).toMatchObject({
      brandPost: true,
      parentMessageId: SIM_DOC_MESSAGE_ID,
      senderProfile: { username: 'AcmeCare' },
    });
    expect(data.find((m) => m.messageId === SIM_INSTAGRAM_MESSAGE_ID)?.content.text).toBe(
      'Is the blue one back in stock?',
    );
  });

  it('answers 400 for anything but a non-empty JSON array of message ids', async () => {
    for (const body of [{ messageIds: [SIM_DOC_MESSAGE_ID] }, SIM_DOC_MESSAGE_ID, [], [SIM_DOC_MESSAGE_ID, 42], ['']]) {
      const res = await bulk(JSON.stringify(body));
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.data).toBeNull();
      expect(res.json.errors).toHaveLength(1);
    }
    const empty = await bulk('');
    expect(empty.status).toBe(400);
    expect(empty.json.errors[0].code).toBe('INVALID_REQUEST');
  });

  it('requires JSON (415), Content-Length (411) and credentials, as every POST does', async () => {
    const body = JSON.stringify([SIM_DOC_MESSAGE_ID]);
    expect((await bulk(body, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await bulk(body, { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await bulk(body, { key: undefined })).status).toBe(403);
    const chunked = await request(`${sim.url}/${sim.env}/api/v2/message/bulk-fetch`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${sim.config.accessToken}`,
        key: sim.config.apiKey,
        'content-type': 'application/json',
      },
      body: Readable.from([Buffer.from(body)]),
    });
    expect(chunked.statusCode).toBe(411);
    await chunked.body.dump();
  });
});

describe('the seeded cases', () => {
  it('holds the documented case and SIM_SEEDED_CASE_COUNT more, the same on every start', async () => {
    const fresh = await startSprinklrSimulator();
    const again = await startSprinklrSimulator();
    const bare = await startSprinklrSimulator({ seedCases: 0 });
    try {
      const cases = fresh.storedCases();
      expect(cases).toHaveLength(SIM_SEEDED_CASE_COUNT + 1);
      expect(again.storedCases()).toEqual(cases);
      expect(bare.storedCases().map((c) => c.id)).toEqual([SIM_SEEDED_CASE_ID]);
      expect(fresh.storedCase(SIM_SEEDED_CASE_ID)).toMatchObject({
        caseNumber: SIM_SEEDED_CASE_NUMBER,
        subject: 'Test',
      });
      expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
      expect(new Set(cases.map((c) => c.caseNumber)).size).toBe(cases.length);
      expect(new Set(cases.map((c) => c.createdTime)).size).toBe(cases.length);
      expect(new Set(cases.map((c) => c.status)).size).toBeGreaterThanOrEqual(6);
      expect(new Set(cases.map((c) => c.priority ?? 'none'))).toEqual(new Set([...SIM_PRIORITIES, 'none']));
      for (const c of cases.filter((x) => x.id !== SIM_SEEDED_CASE_ID)) {
        expect(c.modifiedTime).toBeGreaterThanOrEqual(c.createdTime);
        if (c.status === 'New') expect(c.workflow.assignment).toBeUndefined();
        expect(c.workflow.customProperties.spr_uc_status).toEqual([c.status]);
        expect(fresh.associatedMessages(c.id)).toEqual([c.firstMessageId]);
      }
      for (const email of ['ada@example.com', 'grace@example.com']) {
        const theirs = cases.filter((c) => c.contact.channelId === email);
        expect(theirs.length).toBeGreaterThanOrEqual(5);
        expect(theirs.every((c) => c.contact.channelType === 'EMAIL' && c.contact.id === `EMAIL_${email}`)).toBe(true);
      }
      expect(cases.some((c) => c.contact.channelType === 'TWITTER' && c.id !== SIM_SEEDED_CASE_ID)).toBe(true);
      expect(cases.filter((c) => c.workflow.assignment).length).toBeGreaterThan(20);
      expect(cases.filter((c) => fresh.storedComments(c.caseNumber).length > 0).length).toBeGreaterThanOrEqual(5);
      expect(cases.filter((c) => (c.workflow.customProperties.spr_uc_tag ?? []).length > 1).length).toBeGreaterThan(0);
    } finally {
      await Promise.all([fresh.close(), again.close(), bare.close()]);
    }
  });

  it('numbers the next created case after the seeded ones', async () => {
    const created = await createCase();
    expect(created.caseNumber).toBeGreaterThan(
      Math.max(
        ...sim
          .storedCases()
          .filter((c) => c.id !== created.id)
          .map((c) => c.caseNumber),
      ),
    );
  });
});

describe('POST /api/v2/search/CASE (search by entity)', () => {
  const search = (body: unknown, options: CallOptions = {}) =>
    call('POST', '/api/v2/search/CASE', { body, ...options });
  const byCursor = (cursor: string) => call('GET', `/api/v2/search/CASE?id=${encodeURIComponent(cursor)}`);
  const cursorId = (cursor: string): string => cursor.replace(/^id=/, '');
  const SEEDED_NUMBERS = [18005000, 18005001, 18005002];
  const ids = (json: Json): string[] => (json.data.results as Array<{ id: string }>).map((r) => r.id);
  const stored = () => sim.storedCases();
  const byCreated = (a: { createdTime: number; id: string }, b: { createdTime: number; id: string }) =>
    a.createdTime - b.createdTime || (a.id < b.id ? -1 : 1);

  it('answers the documented CASE example: page.start is the 0-based offset, count every match, no cursor at the end', async () => {
    const res = await search({
      filter: { type: 'AND', filters: [{ type: 'IN', key: 'caseNumber', values: SEEDED_NUMBERS.map(String) }] },
      page: { start: 1, size: 2 },
      includeCount: true,
    });
    expect(res.status).toBe(200);
    const all = stored()
      .filter((c) => SEEDED_NUMBERS.includes(c.caseNumber))
      .map((c) => c.id)
      .sort();
    expect(res.json).toEqual({
      data: { results: expect.any(Array), count: 3 },
      errors: [],
    });
    expect(ids(res.json)).toEqual(all.slice(1, 3));
    expect(res.json.data.results[0]).toEqual(sim.storedCase(all[1]!));
  });

  it('pages on with the cursor (GET ?id=), each page the size asked, until no cursor comes back', async () => {
    const expected = stored()
      .sort(byCreated)
      .map((c) => c.id);
    const first = await search({
      filter: { type: 'AND', filters: [{ type: 'EQUALS', key: 'deleted', values: ['false'] }] },
      sorts: [{ key: 'createdTime', order: 'ASC' }],
      page: { start: 0, size: 30 },
      includeCount: true,
    });
    expect(first.status).toBe(200);
    expect(first.json.data).toMatchObject({
      count: expected.length,
      cursor: expect.stringMatching(/^id=[0-9a-f]{24}$/),
    });
    const seen = ids(first.json);
    expect(seen).toHaveLength(30);
    let cursor: string | undefined = first.json.data.cursor;
    while (cursor !== undefined) {
      const next = await byCursor(cursorId(cursor));
      expect(next.status).toBe(200);
      expect(next.json.data.count).toBe(expected.length);
      seen.push(...ids(next.json));
      cursor = next.json.data.cursor;
    }
    expect(seen).toEqual(expected);
  });

  it('keeps a cursor usable for its five minutes, then refuses it like an unknown one (400 INVALID_CURSOR)', async () => {
    const first = await search({
      filter: { type: 'EQUALS', key: 'deleted', values: [false] },
      page: { size: 5 },
    });
    const id = cursorId(first.json.data.cursor);
    expect(first.json.data.count).toBeUndefined();
    const twice = [await byCursor(id), await byCursor(id)];
    expect(twice.map((r) => r.status)).toEqual([200, 200]);
    expect(ids(twice[0]!.json)).toEqual(ids(twice[1]!.json));
    sim.expireSearchCursors();
    for (const cursor of [id, '0123456789abcdef01234567']) {
      const res = await byCursor(cursor);
      expect(res.status).toBe(400);
      expect(res.json).toEqual({
        data: null,
        errors: [{ code: 'INVALID_CURSOR', message: expect.stringContaining('five minutes'), field: 'id' }],
      });
    }
  });

  it('refuses a cursor request without id, or with another parameter', async () => {
    const none = await call('GET', '/api/v2/search/CASE');
    expect(none.status).toBe(400);
    expect(none.json.errors).toEqual([{ code: 'MISSING_FIELD', message: 'id is required.', field: 'id' }]);
    const extra = await call('GET', '/api/v2/search/CASE?id=abc&start=5');
    expect(extra.status).toBe(400);
    expect(extra.json.errors[0]).toMatchObject({ code: 'UNKNOWN_FIELD', field: 'start' });
  });

  it('sorts by each documented sort key in either order, ties by ascending id; without sorts, by id', async () => {
    const filter = { type: 'AND', filters: [{ type: 'EQUALS', key: 'deleted', values: ['false'] }] };
    const all = stored();
    const newestUpdated = await search({
      filter,
      sorts: [{ key: 'modifiedTime', order: 'DESC' }],
      page: { size: 100 },
    });
    expect(ids(newestUpdated.json)).toEqual(
      [...all].sort((a, b) => b.modifiedTime - a.modifiedTime || (a.id < b.id ? -1 : 1)).map((c) => c.id),
    );
    const byNumber = await search({ filter, sorts: [{ key: 'caseNumber', order: 'DESC' }], page: { size: 100 } });
    expect(ids(byNumber.json)).toEqual([...all].sort((a, b) => b.caseNumber - a.caseNumber).map((c) => c.id));
    const unsorted = await search({ filter, page: { size: 100 } });
    expect(ids(unsorted.json)).toEqual(all.map((c) => c.id).sort());
  });

  it('applies each documented CASE key with its filter types, values as strings or numbers', async () => {
    const all = stored();
    const t = [...all].sort(byCreated)[20]!.createdTime;
    const ada = 'ada@example.com';
    const found = async (filter: unknown): Promise<string[]> => {
      const res = await search({ filter, page: { size: 100 } });
      expect(res.status).toBe(200);
      return ids(res.json).sort();
    };
    const only = (keep: (c: (typeof all)[number]) => boolean) =>
      all
        .filter(keep)
        .map((c) => c.id)
        .sort();
    expect(await found({ type: 'GTE', key: 'createdTime', values: [t] })).toEqual(only((c) => c.createdTime >= t));
    expect(await found({ type: 'LT', key: 'createdTime', values: [String(t)] })).toEqual(
      only((c) => c.createdTime < t),
    );
    expect(await found({ type: 'IN', key: 'contact.channelId', values: [ada] })).toEqual(
      only((c) => c.contact.channelId === ada),
    );
    expect(
      await found({ type: 'NIN', key: 'workflow.customProperties.spr_uc_status', values: ['New', 'Closed'] }),
    ).toEqual(only((c) => !['New', 'Closed'].includes(c.workflow.customProperties.spr_uc_status?.[0] ?? '')));
    expect(await found({ type: 'IN', key: 'workflow.customProperties.spr_uc_tag', values: ['vip'] })).toEqual(
      only((c) => (c.workflow.customProperties.spr_uc_tag ?? []).includes('vip')),
    );
    expect(
      await found({
        type: 'OR',
        filters: [
          { type: 'IN', key: 'contact.channelId', values: [ada] },
          { type: 'EQUALS', key: 'caseNumber', values: [SIM_SEEDED_CASE_NUMBER] },
        ],
      }),
    ).toEqual(only((c) => c.contact.channelId === ada || c.caseNumber === SIM_SEEDED_CASE_NUMBER));
    expect(await found({ type: 'NOT', filters: [{ type: 'IN', key: 'contact.channelId', values: [ada] }] })).toEqual(
      only((c) => c.contact.channelId !== ada),
    );
    expect(await found({ type: 'EQUALS', key: 'deleted', values: ['true'] })).toEqual([]);
    expect(await found({ type: 'IN', key: 'workflow.queues.queueId', values: ['100072'] })).toEqual(
      only((c) => c.workflow.queues.some((q) => q.queueId === 100072)),
    );
  });

  it("refuses a filter the CASE table does not document, in Sprinklr's error body, naming the field", async () => {
    const refusals: [unknown, string, string][] = [
      [{ type: 'CONTAINS', key: 'subject', values: ['Refund'] }, 'filter.key', 'not a CASE filter key'],
      [
        { type: 'IN', key: 'createdTime', values: [1] },
        'filter.type',
        'createdTime takes LT, LTE, GT, GTE, EQUALS, not IN',
      ],
      [{ type: 'CONTAINS', key: 'contact.channelId', values: ['ada'] }, 'filter.type', 'not CONTAINS'],
      [{ type: 'GT', key: 'modifiedTime', values: [1, 2] }, 'filter.values', 'exactly one value'],
      [{ type: 'IN', key: 'caseNumber', values: [] }, 'filter.values', 'needs values'],
      [{ type: 'IN', key: 'caseNumber' }, 'filter.values', 'needs values'],
      [{ type: 'GTE', key: 'createdTime', values: ['yesterday'] }, 'filter.values.0', 'numbers'],
      [{ type: 'IN', key: 'contact.channelId', values: [42] }, 'filter.values.0', 'strings'],
      [{ type: 'AND', filters: [] }, 'filter', 'needs nested filters'],
      [{ type: 'AND', key: 'id', values: ['x'] }, 'filter', 'not a key and values'],
      [{ type: 'IN', key: 'id', values: ['x'], filters: [] }, 'filter', 'not nested filters'],
      [
        { type: 'AND', filters: [{ type: 'IN', key: 'workflow.assignment.assigneeId', values: ['66000020'] }] },
        'filter.filters.0.key',
        'not a CASE filter key',
      ],
    ];
    for (const [filter, field, message] of refusals) {
      const res = await search({ filter, page: { size: 10 } });
      expect(res.status, JSON.stringify(filter)).toBe(400);
      expect(res.json).toEqual({
        data: null,
        errors: [{ code: 'INVALID_FILTER', message: expect.stringContaining(message), field }],
      });
    }
    const unknownType = await search({ filter: { type: 'LIKE', key: 'id', values: ['x'] }, page: { size: 10 } });
    expect(unknownType.status).toBe(400);
    expect(unknownType.json.errors[0]).toMatchObject({ code: 'INVALID_VALUE', field: 'filter.type' });
  });

  it('refuses a page size over its maximum, a missing page or filter, a negative start, and unknown fields', async () => {
    const filter = { type: 'EQUALS', key: 'deleted', values: ['false'] };
    const tooBig = await search({ filter, page: { size: SIM_SEARCH_MAX_PAGE_SIZE + 1 } });
    expect(tooBig.status).toBe(400);
    expect(tooBig.json).toEqual({
      data: null,
      errors: [
        {
          code: 'INVALID_PAGE_SIZE',
          message: `page.size is at most ${SIM_SEARCH_MAX_PAGE_SIZE}; it was 101.`,
          field: 'page.size',
        },
      ],
    });
    expect((await search({ filter, page: { size: SIM_SEARCH_MAX_PAGE_SIZE } })).status).toBe(200);
    const cases: [unknown, { code: string; field: string }][] = [
      [
        { filter, page: { size: 0 } },
        { code: 'INVALID_VALUE', field: 'page.size' },
      ],
      [
        { filter, page: { start: -1, size: 5 } },
        { code: 'INVALID_VALUE', field: 'page.start' },
      ],
      [
        { filter, page: { start: 0 } },
        { code: 'MISSING_FIELD', field: 'page.size' },
      ],
      [{ filter }, { code: 'MISSING_FIELD', field: 'page' }],
      [{ page: { size: 5 } }, { code: 'MISSING_FIELD', field: 'filter' }],
      [
        { filter, page: { size: 5 }, timeFilter: { key: 'createdTime', since: 1, until: 2 } },
        { code: 'UNKNOWN_FIELD', field: 'timeFilter' },
      ],
      [
        { filter, page: { size: 5 }, includeCount: 'yes' },
        { code: 'INVALID_VALUE', field: 'includeCount' },
      ],
    ];
    for (const [body, error] of cases) {
      const res = await search(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.errors[0]).toMatchObject(error);
    }
  });

  it('refuses a sort key it cannot order by, and a sort order other than ASC or DESC', async () => {
    const filter = { type: 'EQUALS', key: 'deleted', values: ['false'] };
    const badKey = await search({ filter, sorts: [{ key: 'subject', order: 'ASC' }], page: { size: 5 } });
    expect(badKey.status).toBe(400);
    expect(badKey.json.errors).toEqual([
      { code: 'INVALID_SORT', message: expect.stringContaining('not "subject"'), field: 'sorts.0.key' },
    ]);
    const badOrder = await search({ filter, sorts: [{ key: 'createdTime', order: 'UP' }], page: { size: 5 } });
    expect(badOrder.status).toBe(400);
    expect(badOrder.json.errors[0]).toMatchObject({ code: 'INVALID_VALUE', field: 'sorts.0.order' });
  });

  it('searches CASE only: another documented entity is 501, an undocumented one 400', async () => {
    const body = { filter: { type: 'EQUALS', key: 'deleted', values: ['false'] }, page: { size: 5 } };
    const message = await call('POST', '/api/v2/search/MESSAGE', { body });
    expect(message.status).toBe(501);
    expect(message.json.errors[0].code).toBe('NOT_SIMULATED');
    const unknown = await call('POST', '/api/v2/search/TICKET', { body });
    expect(unknown.status).toBe(400);
    expect(unknown.json.errors[0]).toMatchObject({ code: 'INVALID_VALUE', field: 'entityType' });
  });

  it('goes through the gateway like every call', async () => {
    const body = { filter: { type: 'EQUALS', key: 'deleted', values: ['false'] }, page: { size: 5 } };
    expect((await search(body, { headers: { key: undefined } })).status).toBe(403);
    expect((await search(body, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await search(body, { prefix: '/prod3' })).status).toBe(421);
    expect((await search(body, { headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    expect((await call('GET', '/api/v2/search/CASE?id=abc', { headers: { key: undefined } })).status).toBe(403);
  });
});

describe('comment search paging (start, rows)', () => {
  /** The fourth seeded case, with seven comments. */
  const number = 18005003;
  const page = (commentPaginationInfo: Record<string, unknown>) =>
    call('POST', `/api/v1/generic/comment/search/UNIVERSAL_CASE/${number}`, {
      body: { assetClass: 'UNIVERSAL_CASE', assetId: String(number), commentPaginationInfo },
    });

  it('answers exactly `rows` comments from the `start` offset, in the asked direction', async () => {
    const stored = sim.storedComments(number);
    expect(stored).toHaveLength(7);
    const asc = await page({ start: 2, rows: 3, sortKey: 'commentCreationTime', sortDirection: 'ASC' });
    expect((asc.json.data as Array<{ id: string }>).map((c) => c.id)).toEqual(stored.slice(2, 5).map((c) => c.id));
    expect(asc.json).toMatchObject({
      hasMore: true,
      totalComments: 7,
      lastProcessedCommentTime: stored[4]!.createdTime,
    });
    const desc = await page({ start: 0, rows: 2, sortKey: 'commentCreationTime', sortDirection: 'DESC' });
    expect((desc.json.data as Array<{ id: string }>).map((c) => c.id)).toEqual([stored[6]!.id, stored[5]!.id]);
    const end = await page({ start: 5, rows: 5 });
    expect(end.json).toMatchObject({ hasMore: false, totalComments: 7 });
    expect(end.json.data).toHaveLength(2);
  });

  it('refuses rows outside 1..100, a negative or fractional start, and another sort key', async () => {
    for (const [info, field] of [
      [{ start: 0, rows: 0 }, 'commentPaginationInfo.rows'],
      [{ start: 0, rows: 101 }, 'commentPaginationInfo.rows'],
      [{ start: -1, rows: 5 }, 'commentPaginationInfo.start'],
      [{ start: 1.5, rows: 5 }, 'commentPaginationInfo.start'],
      [{ start: 0, rows: 5, sortKey: 'modifiedTime' }, 'commentPaginationInfo.sortKey'],
    ] as const) {
      const res = await page(info);
      expect(res.status, JSON.stringify(info)).toBe(400);
      expect(res.json.errors[0]).toMatchObject({ code: 'INVALID_VALUE', field });
    }
  });
});
