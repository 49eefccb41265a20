import { describe, it, expect, beforeAll, afterAll, afterEach, beforeEach } from 'vitest';
import { CaseError } from '../../../src/domain/errors.js';
import type { UpdateCaseInput } from '../../../src/domain/model.js';
import { DEFAULT_TIMEOUTS } from '../../../src/http/client.js';
import type { HttpTimeouts } from '../../../src/http/client.js';
import type { RecordedRequest } from '../../../src/simulators/harness.js';
import { TalkdeskConnection } from '../../../src/providers/talkdesk/client.js';
import type { TalkdeskConfig } from '../../../src/providers/talkdesk/config.js';
import { startTalkdeskSimulator } from '../../../src/providers/talkdesk/simulator/index.js';
import type { TalkdeskSimulator } from '../../../src/providers/talkdesk/simulator/index.js';
import { talkdesk } from '../../../src/providers/talkdesk/index.js';
import { SEED_CREATE_BODY, SEED_CREATE_INPUT, SEED_DEPENDENT_PATH } from './fixtures.js';
import { DEFAULT_RESILIENCE } from '../../../src/http/resilience.js';

let sim: TalkdeskSimulator;
const open: TalkdeskConnection[] = [];

beforeAll(async () => {
  sim = await startTalkdeskSimulator();
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  sim.server.requests.length = 0;
});
afterEach(async () => {
  sim.server.clearFaults();
  await Promise.all(open.splice(0).map((c) => c.close()));
});

function connect(
  overrides: Partial<TalkdeskConfig> = {},
  options: { timeouts?: Partial<HttpTimeouts>; now?: () => number } = {},
): TalkdeskConnection {
  const connection = new TalkdeskConnection(
    { ...sim.config, ...overrides },
    { timeouts: { ...DEFAULT_TIMEOUTS, ...options.timeouts } },
    options.now ? { now: options.now } : {},
  );
  open.push(connection);
  return connection;
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

const apiRequests = () => sim.server.requests.filter((r) => r.path.startsWith('/cm/'));
const tokenRequests = () => sim.server.requests.filter((r) => r.path === '/oauth/token');
const bearer = (r: RecordedRequest) => r.headers.authorization;
const caseRequests = () => sim.server.requests.filter((r) => r.path.startsWith('/cm/core/va/cases'));

async function createSeedCase(connection = connect()): Promise<string> {
  return (await connection.dataSource().createCase(SEED_CREATE_INPUT)).case.id;
}

describe('Talkdesk token (client credentials)', () => {
  it('asks the token URL exactly as cc-basic documents, then calls the API with the bearer token', async () => {
    await connect().dataSource().getCase('1');
    const [token] = tokenRequests();
    expect(token).toMatchObject({
      method: 'POST',
      path: '/oauth/token',
      rawBody: 'grant_type=client_credentials&scope=cases-public%3Aread+cases-public%3Awrite+case-fields-public%3Aread',
    });
    expect(token?.headers.authorization).toBe(
      `Basic ${Buffer.from(`${sim.credentials.clientId}:${sim.credentials.clientSecret}`).toString('base64')}`,
    );
    expect(token?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(tokenRequests()).toHaveLength(1);
    const get = sim.server.received('GET', '/cm/core/va/cases/1')[0];
    expect(get?.headers.authorization).toMatch(/^Bearer tdsim\./);
  });

  it('reuses the token until shortly before it expires, then fetches one for ten parallel calls', async () => {
    let now = Date.now();
    const connection = connect({}, { now: () => now });
    await connection.dataSource().getCase('1'); // token + field definitions
    await connection.dataSource().getCase('1');
    expect(tokenRequests()).toHaveLength(1);

    now += 3_571_000; // past expires_in (3600 s) minus the 30 s margin
    const before = sim.tokenRequestCount;
    const sources = Array.from({ length: 10 }, () => connection.dataSource());
    await Promise.all(sources.map((s) => s.getCase('1')));
    expect(sim.tokenRequestCount - before).toBe(1);
    const tokens = new Set(caseRequests().slice(-10).map(bearer));
    expect(tokens.size).toBe(1);
  });

  it('makes exactly one token request when ten parallel calls all meet an expired token', async () => {
    const connection = connect();
    await connection.dataSource().getCase('1');
    const oldToken = bearer(caseRequests()[0]!);
    sim.expireAllTokens();
    sim.server.requests.length = 0;
    const before = sim.tokenRequestCount;

    const cases = await Promise.all(Array.from({ length: 10 }, () => connection.dataSource().getCase('1')));

    expect(cases.every((c) => c.id === '1')).toBe(true);
    expect(sim.tokenRequestCount - before).toBe(1);
    const gets = caseRequests();
    expect(gets).toHaveLength(20); // ten refused, ten retried
    expect(gets.filter((r) => bearer(r) === oldToken)).toHaveLength(10);
    expect(new Set(gets.filter((r) => bearer(r) !== oldToken).map(bearer)).size).toBe(1);
  });

  it('refreshes once on a 401 mid-life and retries the request once', async () => {
    const connection = connect();
    const id = await createSeedCase(connection);
    sim.expireAllTokens();
    sim.server.requests.length = 0;

    const updated = await connection.dataSource().updateCase({ provider: 'TALKDESK', id, title: 'after refresh' });

    expect(updated.case.title).toBe('after refresh');
    expect(sim.server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /cm/core/va/cases/${id}`,
      'POST /oauth/token',
      `PATCH /cm/core/va/cases/${id}`,
    ]);
    const [first, , retry] = sim.server.requests;
    expect(bearer(retry!)).not.toBe(bearer(first!));
    expect(retry?.json).toEqual(first?.json);
  });

  it('gives up with AuthenticationError when the retried request is refused again', async () => {
    const connection = connect();
    await connection.dataSource().getCase('1');
    const unauthorized = {
      code: '1000401',
      message: 'Unauthorized',
      description: 'Invalid or unverifiable JWT',
      fields: [],
    };
    sim.server.injectFault(
      { kind: 'respond', response: { status: 401, json: unauthorized } },
      { times: 2, match: (r) => r.path === '/cm/core/va/cases/1' },
    );
    sim.server.requests.length = 0;
    const before = sim.tokenRequestCount;

    const err = await failure(connection.dataSource().getCase('1'));

    expect(err.type).toBe('AuthenticationError');
    expect(err.message).toBe(
      "Talkdesk rejected casegraph's credentials (HTTP 401); an operator must check casegraph's Talkdesk configuration.",
    );
    expect(sim.tokenRequestCount - before).toBe(1);
    expect(caseRequests()).toHaveLength(2);
    for (const r of sim.server.requests) {
      const token = r.headers.authorization?.replace(/^Bearer /, '') ?? '';
      if (r.path !== '/oauth/token') expect(err.message).not.toContain(token);
    }
  });

  it('turns a rejected client into AuthenticationError without calling the API or leaking the secret', async () => {
    const err = await failure(connect({ clientSecret: 'wrong-secret' }).dataSource().getCase('1'));
    expect(err.type).toBe('AuthenticationError');
    expect(err.message).toBe(
      "Talkdesk rejected casegraph's credentials (HTTP 401); an operator must check casegraph's Talkdesk configuration.",
    );
    expect(err.message).not.toContain('wrong-secret');
    expect(apiRequests()).toHaveLength(0);
  });

  it('turns a scope the client may not have into AuthenticationError', async () => {
    const err = await failure(
      connect({ scopes: ['cases-public:admin'] })
        .dataSource()
        .getCase('1'),
    );
    expect(err.type).toBe('AuthenticationError');
    // The vendor's own words stay with the error, for the operator's log, not in the message.
    expect(err.message).not.toContain('Scope not allowed');
    expect(err.cause).toBeInstanceOf(Error);
    expect(err.cause instanceof Error && err.cause.message).toContain('Scope not allowed');
  });

  it('turns a token without the write scope into AuthenticationError (403) on create', async () => {
    const connection = connect({ scopes: ['cases-public:read', 'case-fields-public:read'] });
    const err = await failure(
      connection.dataSource().createCase({ provider: 'TALKDESK', title: 't', description: 'd' }),
    );
    expect(err.type).toBe('AuthenticationError');
    expect(err.message).toBe(
      "Talkdesk rejected casegraph's credentials (HTTP 403); an operator must check casegraph's Talkdesk configuration.",
    );
  });

  it('reports a token service that answers nonsense as ProviderUnavailableError', async () => {
    sim.server.injectFault(
      { kind: 'respond', response: { status: 200, json: { token: 'x' } } },
      { match: (r) => r.path === '/oauth/token' },
    );
    const err = await failure(connect().dataSource().getCase('1'));
    expect(err.type).toBe('ProviderUnavailableError');
    expect(err.retriable).toBe(false);
  });
});

describe('Talkdesk createCase (create-a-new-case)', () => {
  it('sends exactly the seed sample for the equivalent input and maps the 201 back', async () => {
    const connection = connect();
    const outcome = await connection.dataSource().createCase(SEED_CREATE_INPUT);

    const [create] = sim.server.received('POST', '/cm/core/va/cases');
    expect(create?.method).toBe('POST');
    expect(create?.path).toBe('/cm/core/va/cases');
    expect(create?.headers.authorization).toMatch(/^Bearer tdsim\.\d+\.\w+$/);
    expect(create?.headers['content-type']).toBe('application/json');
    expect(create?.headers.accept).toBe('application/json');
    expect(create?.json).toEqual(SEED_CREATE_BODY);

    expect(outcome.warnings).toEqual([]);
    const c = outcome.case;
    expect(c).toMatchObject({
      provider: 'TALKDESK',
      number: c.id,
      title: 'test title',
      description: 'test description',
      status: 'OPEN',
      vendorStatus: 'OPEN',
      priority: 'LOW',
      vendorPriority: 'LOW',
      requester: { name: 'example', email: 'example@example.com' },
      assignee: { id: '61036b508ff57b5578f25a10' },
      interactions: [],
      comments: [],
      notes: [{ id: expect.any(String), title: 'test subject', body: 'test body', public: true }],
    });
    expect(c.createdAt).toBeInstanceOf(Date);
    expect(c.customFields).toEqual(
      expect.arrayContaining([
        { key: 'checkbox1', label: 'Follow-up needed', type: 'BOOLEAN', value: true },
        { key: 'dropdown1', label: 'Region', type: 'SINGLE_SELECT', value: '1' },
        { key: 'dependent_field1', label: 'Product', type: 'DEPENDENT', value: SEED_DEPENDENT_PATH },
        { key: 'multi_line_text1', label: 'Steps to reproduce', type: 'TEXTAREA', value: String.raw`Line1\\nLine2` },
        { key: 'multi_select1', label: 'Channels', type: 'MULTI_SELECT', value: ['002', '003'] },
      ]),
    );
    expect(c.customFields).toHaveLength(9);
  });

  it('sends a minimal case with only the keys that have values', async () => {
    const { case: created } = await connect().dataSource().createCase({
      provider: 'TALKDESK',
      title: 'Printer jam',
      description: 'Tray 2 jams.',
    });
    expect(sim.server.received('POST', '/cm/core/va/cases')[0]?.json).toEqual({
      title: 'Printer jam',
      description: 'Tray 2 jams.',
      requester_type: 'Contact',
    });
    expect(created).toMatchObject({ status: 'NEW', requester: null, assignee: null, customFields: [] });
    // No custom fields to check: no need for the definitions before the create.
    expect(sim.server.requests.map((r) => r.path).indexOf('/cm/meta/va/fields')).toBeGreaterThan(
      sim.server.requests.map((r) => r.path).indexOf('/cm/core/va/cases'),
    );
  });

  it('refuses missing and unsupported inputs before any call to Talkdesk', async () => {
    const err = await failure(
      connect()
        .dataSource()
        .createCase({
          provider: 'TALKDESK',
          title: ' ',
          status: 'OPEN',
          requester: { id: '42' },
          comments: [{ body: 'hi' }],
          talkdesk: { groupId: 'g', resolution: 'r', type: 'TASK' },
          thalamus: { categoryCode: 'x' },
        }),
    );
    expect(err.type).toBe('ValidationError');
    expect(err.fields.map((f) => f.path.join('.'))).toEqual([
      'title',
      'description',
      'status',
      'comments',
      'requester.id',
      'talkdesk.type',
      'talkdesk.resolution',
      'talkdesk.groupId',
      'thalamus',
    ]);
    expect(sim.server.requests).toHaveLength(0);
  });

  it('checks custom fields against the definitions and sends no case when they are wrong', async () => {
    const err = await failure(
      connect()
        .dataSource()
        .createCase({
          provider: 'TALKDESK',
          title: 't',
          description: 'd',
          customFields: [
            { key: 'nope1', value: 'x' },
            { key: 'text9', value: 'inactive' },
            { key: 'dropdown1', value: '9' },
            { key: 'dependent_field1', value: [SEED_DEPENDENT_PATH[1]] },
          ],
        }),
    );
    expect(err.type).toBe('ValidationError');
    expect(err.fields.map((f) => f.path.join('.'))).toEqual([
      'customFields.0.key',
      'customFields.1.key',
      'customFields.2.value',
      'customFields.3.value',
    ]);
    expect(sim.server.received('POST', '/cm/core/va/cases')).toHaveLength(0);
  });

  it('maps Talkdesk’s field errors to input paths with the vendor code', async () => {
    const err = await failure(
      connect()
        .dataSource()
        .createCase({
          provider: 'TALKDESK',
          title: 't',
          description: 'd',
          assigneeId: 'no-such-agent',
          requester: { email: 'not-an-email' },
          talkdesk: { parentId: '999999' },
        }),
    );
    expect(err.type).toBe('ValidationError');
    expect(err.message).toBe(
      'Talkdesk rejected talkdesk.parentId: parent_id is not an existing case (and 2 more problems).',
    );
    expect(err.fields).toEqual([
      { path: ['talkdesk', 'parentId'], message: 'parent_id is not an existing case', vendorCode: '1000400' },
      { path: ['assigneeId'], message: 'owner_id is not an existing agent', vendorCode: '1000400' },
      { path: ['requester', 'email'], message: 'requester_email is not a valid email address', vendorCode: '1000400' },
    ]);
  });
});

describe('Talkdesk updateCase (update-a-case)', () => {
  it('sends custom fields in object form with labels from the definitions, and notes to append', async () => {
    const connection = connect();
    const id = await createSeedCase(connection);
    sim.server.requests.length = 0;

    const outcome = await connection.dataSource().updateCase({
      provider: 'TALKDESK',
      id,
      title: 'test title 2',
      description: 'test description 2',
      assigneeId: '61036b508ff57b5578f25a11',
      priority: 'HIGH',
      status: 'ON_HOLD',
      talkdesk: { type: 'QUESTION', groupId: 'group' },
      customFields: [
        { key: 'checkbox1', value: false },
        { key: 'dropdown1', value: '2' },
        { key: 'text1', value: 'text desc 2' },
        { key: 'dependent_field1', value: SEED_DEPENDENT_PATH.slice(0, 2) },
        { key: 'date1', value: '2022-04-22' },
        { key: 'numeric1', value: 2 },
        { key: 'decimal1', value: 2.5 },
        { key: 'multi_select1', value: ['001', '003'] },
      ],
      notes: [{ title: 'second', body: 'second body' }],
    });

    const [patch] = sim.server.received('PATCH', `/cm/core/va/cases/${id}`);
    expect(patch?.headers.authorization).toMatch(/^Bearer tdsim\./);
    expect(patch?.headers['content-type']).toBe('application/json');
    expect(patch?.json).toEqual({
      title: 'test title 2',
      description: 'test description 2',
      owner_id: '61036b508ff57b5578f25a11',
      priority: 'HIGH',
      type: 'QUESTION',
      status: 'ON-HOLD',
      custom_fields: {
        checkbox1: { value: false },
        dropdown1: { label: 'South', value: '2' },
        text1: { value: 'text desc 2' },
        dependent_field1: { label: ['a', 'a1'], value: SEED_DEPENDENT_PATH.slice(0, 2) },
        date1: { value: '2022-04-22T00:00:00Z' },
        numeric1: { value: 2 },
        decimal1: { value: 2.5 },
        multi_select1: { label: ['1111', '3333'], value: ['001', '003'] },
      },
      notes: [{ note_title: 'second', note_body: 'second body', public: false }],
      group_id: 'group',
    });
    expect(outcome.case).toMatchObject({
      id,
      status: 'ON_HOLD',
      vendorStatus: 'ON-HOLD',
      priority: 'HIGH',
      assignee: { id: '61036b508ff57b5578f25a11' },
    });
    expect(outcome.case.notes.map((n) => n.body)).toEqual(['test body', 'second body']);

    const read = await connection.dataSource().getCase(id);
    expect(read).toMatchObject({
      status: 'ON_HOLD',
      vendorStatus: 'On-hold',
      priority: 'HIGH',
      vendorPriority: 'High',
      assignee: { id: '61036b508ff57b5578f25a11', name: 'Bruno Agent' },
      requester: { name: 'example', email: 'example@example.com' },
    });
    expect(read.customFields).toEqual(
      expect.arrayContaining([
        { key: 'dropdown1', label: 'Region', type: 'SINGLE_SELECT', value: '2' },
        { key: 'multi_line_text1', label: 'Steps to reproduce', type: 'TEXTAREA', value: String.raw`Line1\\nLine2` },
        { key: 'date1', label: 'Due date', type: 'DATE', value: '2022-04-22T00:00:00Z' },
      ]),
    );
  });

  it('resolves a case with its resolution', async () => {
    const connection = connect();
    const id = await createSeedCase(connection);
    const { case: resolved } = await connection.dataSource().updateCase({
      provider: 'TALKDESK',
      id,
      status: 'RESOLVED',
      talkdesk: { resolution: 'Replaced the toner' },
      customFields: [{ key: 'text2', value: 'Empty toner' }],
    });
    expect(resolved.status).toBe('RESOLVED');
    expect(sim.server.received('PATCH').at(-1)?.json).toEqual({
      status: 'RESOLVED',
      resolution: 'Replaced the toner',
      custom_fields: { text2: { value: 'Empty toner' } },
    });
  });

  it('requires a resolution for RESOLVED, and refuses requester-type changes and a case as its own parent, before any call', async () => {
    const input: UpdateCaseInput = {
      provider: 'TALKDESK',
      id: '1',
      status: 'RESOLVED',
      talkdesk: { parentId: '1', requesterType: 'Agent' },
    };
    const err = await failure(connect().dataSource().updateCase(input));
    expect(err.type).toBe('ValidationError');
    expect(err.fields.map((f) => f.path.join('.'))).toEqual([
      'talkdesk.requesterType',
      'talkdesk.parentId',
      'talkdesk.resolution',
    ]);
    expect(sim.server.requests).toHaveLength(0);
  });

  it('refuses status CLOSED before any call: Talkdesk closes resolved cases itself', async () => {
    const err = await failure(connect().dataSource().updateCase({ provider: 'TALKDESK', id: '1', status: 'CLOSED' }));
    expect(err.fields).toEqual([{ path: ['status'], message: expect.stringContaining('Set RESOLVED') }]);
    expect(sim.server.requests).toHaveLength(0);
  });

  it('sends talkdesk.parentId on update as parent_id (update-a-case body parameters)', async () => {
    const connection = connect();
    const parent = await createSeedCase(connection);
    const child = await createSeedCase(connection);
    sim.server.requests.length = 0;
    const { case: updated } = await connection
      .dataSource()
      .updateCase({ provider: 'TALKDESK', id: child, talkdesk: { parentId: parent } });
    expect(updated.id).toBe(child);
    expect(sim.server.received('PATCH').map((r) => r.json)).toEqual([{ parent_id: parent }]);
  });

  it('refuses to solve without a field required to solve, reading the case for it, before any PATCH', async () => {
    const connection = connect();
    const id = await createSeedCase(connection);
    sim.server.requests.length = 0;
    const err = await failure(
      connection.dataSource().updateCase({
        provider: 'TALKDESK',
        id,
        status: 'RESOLVED',
        talkdesk: { resolution: 'done' },
        customFields: [{ key: 'text1', value: 'x' }],
      }),
    );
    expect(err.type).toBe('ValidationError');
    expect(err.fields).toEqual([
      {
        path: ['customFields'],
        message:
          'Talkdesk requires custom field "text2" (Root cause) to resolve a case, and the case has no value for it.',
      },
    ]);
    expect(sim.server.received('GET', `/cm/core/va/cases/${id}`)).toHaveLength(1);
    expect(sim.server.received('PATCH')).toHaveLength(0);
  });

  it('solves a case that already has the field required to solve, without sending it again', async () => {
    const connection = connect();
    const id = await createSeedCase(connection);
    await connection.dataSource().updateCase({
      provider: 'TALKDESK',
      id,
      customFields: [{ key: 'text2', value: 'Worn cable' }],
    });
    const { case: resolved } = await connection.dataSource().updateCase({
      provider: 'TALKDESK',
      id,
      status: 'RESOLVED',
      talkdesk: { resolution: 'Replaced the cable' },
    });
    expect(resolved.status).toBe('RESOLVED');
    expect(sim.server.received('PATCH').at(-1)?.json).toEqual({ status: 'RESOLVED', resolution: 'Replaced the cable' });
  });

  it('refuses a blank value for a field required to solve at that value, without reading the case', async () => {
    const connection = connect();
    const id = await createSeedCase(connection);
    sim.server.requests.length = 0;
    const err = await failure(
      connection.dataSource().updateCase({
        provider: 'TALKDESK',
        id,
        status: 'RESOLVED',
        talkdesk: { resolution: 'done' },
        customFields: [{ key: 'text2', value: '  ' }],
      }),
    );
    expect(err.fields.map((f) => f.path)).toEqual([['customFields', '0', 'value']]);
    expect(caseRequests()).toHaveLength(0);
  });

  it('needs no case read to solve when the input sets every field required to solve', async () => {
    const connection = connect();
    const id = await createSeedCase(connection);
    sim.server.requests.length = 0;
    await connection.dataSource().updateCase({
      provider: 'TALKDESK',
      id,
      status: 'RESOLVED',
      talkdesk: { resolution: 'done' },
      customFields: [{ key: 'text2', value: 'Dust' }],
    });
    expect(caseRequests().map((r) => r.method)).toEqual(['PATCH']);
  });

  it('answers an update that changes nothing with the case as it is, without a PATCH', async () => {
    const { case: same } = await connect().dataSource().updateCase({ provider: 'TALKDESK', id: '1' });
    expect(same.id).toBe('1');
    expect(sim.server.received('PATCH')).toHaveLength(0);
    expect(sim.server.received('GET', '/cm/core/va/cases/1')).toHaveLength(1);
  });

  it('turns an unknown case into NotFoundError', async () => {
    const err = await failure(connect().dataSource().updateCase({ provider: 'TALKDESK', id: '987654', title: 'x' }));
    expect(err.type).toBe('NotFoundError');
    expect(err.id).toBe('987654');
  });
});

describe('Talkdesk getCase (get-case-details)', () => {
  it('reads the seeded case with the requester, agent, notes and typed custom fields', async () => {
    const c = await connect().dataSource().getCase('1');
    expect(c).toMatchObject({
      id: '1',
      number: '1',
      title: 'Cannot log in to the customer portal',
      status: 'OPEN',
      vendorStatus: 'Open',
      priority: 'NORMAL',
      requester: { name: 'Richard Roe', email: 'richardroe@example.com', phone: '+16785828251' },
      assignee: { id: '61036b508ff57b5578f25a10', name: 'Ana Agent' },
      notes: [{ title: 'Called back', body: 'Left a voicemail.', public: false }],
      customFields: [{ key: 'text1', label: 'Order number', type: 'TEXT', value: 'ORD-1001' }],
    });
    expect(c.createdAt).toEqual(new Date('2024-03-01T09:00:00Z'));
  });

  it('reads the same case once per request however often it is asked for', async () => {
    const source = connect().dataSource();
    const [a, b] = await Promise.all([source.getCase('1'), source.getCase('1')]);
    await source.getCase('1');
    expect(a).toBe(b);
    expect(sim.server.received('GET', '/cm/core/va/cases/1')).toHaveLength(1);
  });

  it('turns Talkdesk’s 404 into NotFoundError naming the id', async () => {
    const err = await failure(connect().dataSource().getCase('31337'));
    expect(err.type).toBe('NotFoundError');
    expect(err.id).toBe('31337');
    expect(err.message).toBe('Talkdesk has no case with id "31337".');
  });

  it('knows that a non-numeric id names no case without asking', async () => {
    const err = await failure(connect().dataSource().getCase('../../meta/va/fields'));
    expect(err.type).toBe('NotFoundError');
    expect(sim.server.requests).toHaveLength(0);
  });

  it('retries a read that answered 500, then turns a lasting 500 into a retriable ProviderUnavailableError that names no URL', async () => {
    const caseReads = () => sim.server.received('GET', '/cm/core/va/cases/1').length;
    const fail500 = {
      kind: 'respond',
      response: { status: 500, json: { code: '1000500', message: 'boom at 10.0.0.7' } },
    } as const;
    sim.server.injectFault(fail500, { match: (r) => r.path === '/cm/core/va/cases/1' });
    expect((await connect().dataSource().getCase('1')).id).toBe('1');
    expect(caseReads()).toBe(2);

    sim.server.requests.length = 0;
    sim.server.injectFault(fail500, {
      times: DEFAULT_RESILIENCE.attempts,
      match: (r) => r.path === '/cm/core/va/cases/1',
    });
    const err = await failure(connect().dataSource().getCase('1'));
    expect(err.type).toBe('ProviderUnavailableError');
    expect(err.retriable).toBe(true);
    expect(err.message).toBe('Talkdesk failed with HTTP 500.');
    expect(caseReads()).toBe(DEFAULT_RESILIENCE.attempts);
  });

  it('turns a hanging Talkdesk into a retriable ProviderUnavailableError', async () => {
    const connection = connect({}, { timeouts: { headersMs: 150, bodyMs: 150 } });
    await connection.dataSource().getCase('1');
    sim.server.injectFault(
      { kind: 'hang', ms: 2_000 },
      { times: DEFAULT_RESILIENCE.attempts, match: (r) => r.path === '/cm/core/va/cases/1' },
    );
    const err = await failure(connection.dataSource().getCase('1'));
    expect(err.type).toBe('ProviderUnavailableError');
    expect(err.retriable).toBe(true);
    expect(err.message).toBe('Talkdesk did not answer in time.');
  });

  it('turns a 429 with Retry-After into RateLimitedError', async () => {
    sim.server.injectFault(
      {
        kind: 'respond',
        response: {
          status: 429,
          headers: { 'retry-after': '7' },
          json: { code: '1000429', message: 'Too many requests' },
        },
      },
      { match: (r) => r.path === '/cm/core/va/cases/1' },
    );
    const err = await failure(connect().dataSource().getCase('1'));
    expect(err.type).toBe('RateLimitedError');
    expect(err.retryAfterSeconds).toBe(7);
  });

  it('reports a case body without the documented fields as an unexpected response', async () => {
    sim.server.injectFault(
      { kind: 'respond', response: { status: 200, json: { id: '1' } } },
      { match: (r) => r.path === '/cm/core/va/cases/1' },
    );
    const err = await failure(connect().dataSource().getCase('1'));
    expect(err.type).toBe('ProviderUnavailableError');
    expect(err.retriable).toBe(false);
    expect(err.message).toBe('Talkdesk sent an unexpected response: the case is not in the documented shape.');
  });

  it('still reads a case when the field definitions cannot be had, typing values by key prefix', async () => {
    const source = connect({ scopes: ['cases-public:read'] }).dataSource();
    const c = await source.getCase('1');
    expect(c.customFields).toEqual([{ key: 'text1', label: null, type: 'TEXT', value: 'ORD-1001' }]);
  });
});

describe('Talkdesk custom-field definitions (get-a-list-of-case-fields)', () => {
  it('offers the active fields, typed, with options and their labels', async () => {
    const definitions = await connect().dataSource().customFieldDefinitions();
    expect(definitions.map((d) => [d.key, d.type])).toEqual([
      ['text1', 'TEXT'],
      ['checkbox1', 'BOOLEAN'],
      ['dropdown1', 'SINGLE_SELECT'],
      ['dependent_field1', 'DEPENDENT'],
      ['date1', 'DATE'],
      ['numeric1', 'NUMBER'],
      ['decimal1', 'DECIMAL'],
      ['multi_line_text1', 'TEXTAREA'],
      ['multi_select1', 'MULTI_SELECT'],
      ['text2', 'TEXT'],
    ]);
    expect(definitions.find((d) => d.key === 'multi_select1')?.options).toEqual([
      { value: '001', label: '1111' },
      { value: '002', label: '2222' },
      { value: '003', label: '3333' },
    ]);
  });

  it('fetches them once per TTL for the whole connection, one fetch in flight at a time', async () => {
    let now = Date.now();
    const connection = connect({ definitionsTtlMs: 60_000 }, { now: () => now });
    await Promise.all(Array.from({ length: 5 }, () => connection.dataSource().customFieldDefinitions()));
    await connection.dataSource().customFieldDefinitions();
    expect(sim.server.received('GET', '/cm/meta/va/fields')).toHaveLength(1);
    now += 60_001;
    await connection.dataSource().customFieldDefinitions();
    expect(sim.server.received('GET', '/cm/meta/va/fields')).toHaveLength(2);
  });
});

describe('Talkdesk provider module', () => {
  it('declares what Talkdesk supports', () => {
    expect(talkdesk.provider).toBe('TALKDESK');
    expect(talkdesk.capabilities).toMatchObject({
      interactions: 'UNSUPPORTED',
      notes: 'READ_WRITE',
      comments: 'UNSUPPORTED',
      customFields: 'READ_WRITE',
      requiredCreateFields: ['title', 'description'],
    });
  });

  it('starts a simulator whose config the module connects with', async () => {
    const other = await talkdesk.startSimulator();
    try {
      expect(other.config.tokenUrl).toBe(`${other.url}/oauth/token`);
      const connection = talkdesk.connect(other.config, { timeouts: DEFAULT_TIMEOUTS });
      try {
        expect((await connection.dataSource().getCase('1')).id).toBe('1');
      } finally {
        await connection.close();
      }
    } finally {
      await other.close();
    }
  });
});
