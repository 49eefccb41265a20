import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import { CaseError } from '../../../src/domain/errors.js';
import type { CreateCaseInput, InteractionInput } from '../../../src/domain/model.js';
import { DEFAULT_TIMEOUTS } from '../../../src/http/client.js';
import type { HttpTimeouts } from '../../../src/http/client.js';
import { KhorosConnection, khoros, khorosCapabilities } from '../../../src/providers/khoros/index.js';
import type { KhorosConfig, KhorosSimulator } from '../../../src/providers/khoros/index.js';
import { startKhorosSimulator } from '../../../src/providers/khoros/simulator/index.js';
import type { RecordedRequest } from '../../../src/simulators/harness.js';
import { DEFAULT_RESILIENCE } from '../../../src/http/resilience.js';

let sim: KhorosSimulator;
let connection: KhorosConnection;
let clock = new Date('2024-05-01T10:00:05.000Z');
const opened: KhorosConnection[] = [];

beforeAll(async () => {
  sim = await startKhorosSimulator({ now: () => clock });
  connection = connect();
});
afterAll(async () => {
  await Promise.all(opened.map((c) => c.close()));
  await sim.close();
});
beforeEach(() => {
  sim.server.requests.length = 0;
  sim.server.clearFaults();
  connection.definitions.invalidate();
  clock = new Date('2024-05-01T10:00:05.000Z');
});

function connect(
  overrides: Partial<KhorosConfig> = {},
  timeouts: Partial<HttpTimeouts> = {},
  now?: () => number,
): KhorosConnection {
  const conn = new KhorosConnection(
    { ...sim.config, ...overrides },
    khorosCapabilities,
    { timeouts: { ...DEFAULT_TIMEOUTS, ...timeouts } },
    now,
  );
  opened.push(conn);
  return conn;
}

const interaction: InteractionInput = {
  body: 'My order never arrived',
  createdAt: new Date('2024-05-01T10:00:00.000Z'),
  linkUrl: new URL('https://www.facebook.com/brand/posts/123'),
  serviceId: '123_456',
  author: { service: 'facebook', serviceId: '10001', handle: 'jane.doe', name: 'Jane Doe', brandOwned: false },
};
const interactionWire = {
  created: '2024-05-01T10:00:00.000Z',
  body: 'My order never arrived',
  linkUrl: 'https://www.facebook.com/brand/posts/123',
  serviceId: '123_456',
  service: 'facebook',
  contentType: 'post',
  author: { service: 'facebook', serviceId: '10001', handle: 'jane.doe', name: 'Jane Doe', brandOwned: false },
};

/** The spec's example: {"customerId": "…", "title": "Case title", "interactions": [...], "clubNo": "…"}. */
const specExample: CreateCaseInput = {
  provider: 'KHOROS',
  title: 'Case title',
  requester: { id: 'cust-1234' },
  interactions: [interaction],
  customFields: [{ key: 'clubNo', value: 'CLUB-0042' }],
};

async function failure(promise: Promise<unknown>): Promise<CaseError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof CaseError) return err;
    throw err;
  }
  throw new Error('expected a CaseError');
}

const caseRequests = (): RecordedRequest[] => sim.server.requests.filter((r) => r.path.startsWith('/api/v1/case'));

describe('createCase', () => {
  it('sends the spec example exactly, with every documented header', async () => {
    const { case: created, warnings } = await connection.dataSource().createCase(specExample);

    expect(sim.server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/v1/meta/object/case',
      'POST /api/v1/case',
    ]);
    const [meta, post] = sim.server.requests as [RecordedRequest, RecordedRequest];
    expect(post.rawBody).toBe(
      JSON.stringify({
        customerId: 'cust-1234',
        title: 'Case title',
        interactions: [interactionWire],
        clubNo: 'CLUB-0042',
      }),
    );
    expect(post.headers).toMatchObject({
      authorization: sim.config.authValue,
      'x-sf-email': 'agent@brand.example',
      'x-sf-initiative': '4611686018427387905',
      'x-sf-company-id': '9007199254740993',
      'content-type': 'application/json',
    });
    expect(post.headers['x-sf-user-email']).toBeUndefined();
    expect(meta.headers).toMatchObject({
      authorization: sim.config.authValue,
      'x-sf-user-email': 'agent@brand.example',
      'x-sf-company-id': '9007199254740993',
    });
    expect(meta.headers['x-sf-initiative']).toBeUndefined();

    expect(warnings).toEqual([]);
    expect(created).toEqual({
      id: expect.stringMatching(/^\d+$/),
      provider: 'KHOROS',
      number: expect.stringMatching(/^CASE-/),
      title: 'Case title',
      description: 'My order never arrived',
      status: 'OPEN',
      vendorStatus: 'open',
      priority: null,
      vendorPriority: null,
      url: `${sim.url}/cases/${created.id}`,
      createdAt: clock,
      updatedAt: clock,
      requester: { id: 'cust-1234' },
      assignee: null,
      interactions: [
        {
          id: null,
          body: 'My order never arrived',
          createdAt: new Date('2024-05-01T10:00:00.000Z'),
          linkUrl: 'https://www.facebook.com/brand/posts/123',
          service: 'facebook',
          serviceId: '123_456',
          contentType: 'post',
          author: {
            id: '10001',
            service: 'facebook',
            serviceId: '10001',
            handle: 'jane.doe',
            name: 'Jane Doe',
            brandOwned: false,
          },
        },
      ],
      notes: [],
      comments: [],
      customFields: [{ key: 'clubNo', label: 'Customer Club Number', type: 'TEXT', value: 'CLUB-0042' }],
    });
  });

  it('sends khoros.agentEmail as x-sf-email for this request only', async () => {
    const ds = connection.dataSource();
    await ds.createCase({ ...specExample, khoros: { agentEmail: 'supervisor@brand.example' } });
    const [post] = sim.server.received('POST', '/api/v1/case');
    expect(post?.headers['x-sf-email']).toBe('supervisor@brand.example');
  });

  it('round-trips every custom field type, typed', async () => {
    const { case: created } = await connection.dataSource().createCase({
      provider: 'KHOROS',
      title: 'Typed',
      requester: { id: 'c1' },
      customFields: [
        { key: 'vip', value: true },
        { key: 'tier', value: 'gold' },
        { key: 'agentSummary', value: 'Line one\nLine two' },
      ],
    });
    expect(JSON.parse(sim.server.received('POST')[0]!.rawBody)).toEqual({
      customerId: 'c1',
      title: 'Typed',
      vip: true,
      tier: 'gold',
      agentSummary: 'Line one\nLine two',
    });
    expect(created.customFields).toEqual([
      { key: 'tier', label: 'Membership Tier', type: 'SINGLE_SELECT', value: 'gold' },
      { key: 'vip', label: 'VIP Customer', type: 'BOOLEAN', value: true },
      { key: 'agentSummary', label: 'Agent Summary', type: 'TEXTAREA', value: 'Line one\nLine two' },
    ]);
  });

  it('rejects missing title and customer id before any vendor call', async () => {
    const err = await failure(
      connection.dataSource().createCase({ provider: 'KHOROS', title: '  ', interactions: [interaction] }),
    );
    expect(err.type).toBe('ValidationError');
    expect(err.fields.map((f) => f.path)).toEqual([['title'], ['requester', 'id']]);
    expect(sim.server.requests).toEqual([]);
  });

  it('rejects inputs the spec has no place for, before any vendor call', async () => {
    const err = await failure(
      connection.dataSource().createCase({
        ...specExample,
        description: 'Long text',
        priority: 'HIGH',
        status: 'OPEN',
        assigneeId: 'a1',
        notes: [{ body: 'n', public: false }],
        comments: [{ body: 'c' }],
        requester: { id: 'c1', name: 'Jane', email: 'jane@example.com' },
        talkdesk: { groupId: 'g' },
      }),
    );
    expect(err.fields.map((f) => f.path.join('.'))).toEqual([
      'description',
      'priority',
      'status',
      'assigneeId',
      'notes',
      'comments',
      'requester.name',
      'requester.email',
      'talkdesk',
    ]);
    expect(sim.server.requests).toEqual([]);
  });

  it('checks custom fields against /meta/object/case before writing', async () => {
    const err = await failure(
      connection.dataSource().createCase({
        ...specExample,
        customFields: [
          { key: 'shoeSize', value: '42' },
          { key: 'vip', value: 'yes' },
          { key: 'tier', value: 'platinum' },
        ],
      }),
    );
    expect(err.fields.map((f) => f.path)).toEqual([
      ['customFields', '0', 'key'],
      ['customFields', '1', 'value'],
      ['customFields', '2', 'value'],
    ]);
    expect(sim.server.received('POST')).toEqual([]);
  });

  it('never lets a CRM field named like a case property be set', async () => {
    const before = sim.caseFields();
    try {
      sim.setCaseFields([...before, { name: 'title', label: 'Title', type: 'text', searchable: false }]);
      const ds = connection.dataSource();
      expect((await ds.customFieldDefinitions()).map((d) => d.key)).not.toContain('title');
      const err = await failure(ds.createCase({ ...specExample, customFields: [{ key: 'title', value: 'sneaky' }] }));
      expect(err.fields).toEqual([
        { path: ['customFields', '0', 'key'], message: 'Khoros has no custom field "title".' },
      ]);
      expect(sim.server.received('POST')).toEqual([]);
    } finally {
      sim.setCaseFields(before);
    }
  });

  it('maps the CRM 400 fields to input paths when its definitions changed under the cache, then refreshes them', async () => {
    const ds = connection.dataSource();
    await ds.customFieldDefinitions();
    const before = sim.caseFields();
    try {
      sim.setCaseFields(before.filter((f) => f.name !== 'clubNo'));
      const err = await failure(ds.createCase(specExample));
      expect(err.type).toBe('ValidationError');
      expect(err.fields).toEqual([
        {
          path: ['customFields', '0'],
          message: 'Unknown property: not a case field declared by /meta/object/case.',
          vendorCode: 'INVALID_FIELDS',
        },
      ]);
      sim.server.requests.length = 0;
      const again = await failure(ds.createCase(specExample));
      expect(again.fields[0]?.path).toEqual(['customFields', '0', 'key']);
      expect(sim.server.requests.map((r) => r.method)).toEqual(['GET']);
    } finally {
      sim.setCaseFields(before);
    }
  });

  it('maps interaction field names from a 400 to input paths with the vendor code', async () => {
    sim.server.injectFault(
      {
        kind: 'respond',
        response: {
          status: 400,
          json: {
            error: 'INVALID_FIELDS',
            message: 'Bad interaction.',
            fields: [
              { name: 'interactions[0].created', errorMessage: 'Too old.' },
              { name: 'interactions[0].author.handle', errorMessage: 'Unknown handle.' },
            ],
          },
        },
      },
      { match: (r) => r.method === 'POST' },
    );
    const err = await failure(connection.dataSource().createCase({ ...specExample, customFields: [] }));
    expect(err.fields).toEqual([
      { path: ['interactions', '0', 'createdAt'], message: 'Too old.', vendorCode: 'INVALID_FIELDS' },
      { path: ['interactions', '0', 'author', 'handle'], message: 'Unknown handle.', vendorCode: 'INVALID_FIELDS' },
    ]);
  });

  it('rejects an agent email that is not one before any vendor call', async () => {
    const err = await failure(
      connection.dataSource().createCase({ ...specExample, khoros: { agentEmail: 'agent\r\nx-evil: 1' } }),
    );
    expect(err.fields.map((f) => f.path)).toEqual([['khoros', 'agentEmail']]);
    expect(sim.server.requests).toEqual([]);
  });
});

describe('updateCase', () => {
  it('appends an interaction with exactly this PATCH', async () => {
    const ds = connection.dataSource();
    const { case: created } = await ds.createCase(specExample);
    sim.server.requests.length = 0;
    clock = new Date('2024-05-02T08:30:00.000Z');

    const reply: InteractionInput = {
      body: 'We are looking into it',
      createdAt: new Date('2024-05-02T08:29:00.000Z'),
      linkUrl: new URL('https://www.facebook.com/brand/posts/123?comment_id=789'),
      serviceId: '123_789',
      service: 'facebook',
      contentType: 'comment',
      author: { service: 'facebook', serviceId: '555', handle: 'brand', name: 'Brand Support', brandOwned: true },
    };
    const { case: updated, warnings } = await ds.updateCase({
      provider: 'KHOROS',
      id: created.id,
      interactions: [reply],
    });

    expect(sim.server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /api/v1/case/${created.id}`]);
    const [patch] = sim.server.requests as [RecordedRequest];
    expect(patch.rawBody).toBe(
      JSON.stringify({
        interactions: [
          {
            created: '2024-05-02T08:29:00.000Z',
            body: 'We are looking into it',
            linkUrl: 'https://www.facebook.com/brand/posts/123?comment_id=789',
            serviceId: '123_789',
            service: 'facebook',
            contentType: 'comment',
            author: { service: 'facebook', serviceId: '555', handle: 'brand', name: 'Brand Support', brandOwned: true },
          },
        ],
      }),
    );
    expect(patch.headers).toMatchObject({
      authorization: sim.config.authValue,
      'x-sf-email': 'agent@brand.example',
      'x-sf-initiative': '4611686018427387905',
      'x-sf-company-id': '9007199254740993',
      'content-type': 'application/json',
    });

    expect(warnings).toEqual([]);
    expect(updated.interactions.map((i) => [i.body, i.author.brandOwned])).toEqual([
      ['My order never arrived', false],
      ['We are looking into it', true],
    ]);
    expect(updated.updatedAt).toEqual(new Date('2024-05-02T08:30:00.000Z'));
    expect(updated.createdAt).toEqual(created.createdAt);
    expect(updated.customFields).toEqual(created.customFields);
  });

  it('sends title and custom fields top-level, and the case reads back changed', async () => {
    const ds = connection.dataSource();
    const { case: created } = await ds.createCase(specExample);
    sim.server.requests.length = 0;
    await ds.updateCase({
      provider: 'KHOROS',
      id: created.id,
      title: 'Order missing',
      customFields: [{ key: 'tier', value: 'silver' }],
    });
    expect(JSON.parse(sim.server.received('PATCH')[0]!.rawBody)).toEqual({ title: 'Order missing', tier: 'silver' });
    const read = await connection.dataSource().getCase(created.id);
    expect(read.title).toBe('Order missing');
    expect(read.customFields.map((f) => [f.key, f.value])).toEqual([
      ['clubNo', 'CLUB-0042'],
      ['tier', 'silver'],
    ]);
  });

  it('unknown id → NotFoundError', async () => {
    const err = await failure(connection.dataSource().updateCase({ provider: 'KHOROS', id: '424242', title: 'x' }));
    expect([err.type, err.id, err.message]).toEqual([
      'NotFoundError',
      '424242',
      'Khoros has no case with id "424242".',
    ]);
  });

  it('a closed case → the CRM 422 as ValidationError', async () => {
    const ds = connection.dataSource();
    const { case: created } = await ds.createCase(specExample);
    sim.closeCase(created.id);
    const err = await failure(ds.updateCase({ provider: 'KHOROS', id: created.id, title: 'again' }));
    expect([err.type, err.message, err.retriable]).toEqual([
      'ValidationError',
      'Khoros rejected the request: This case is closed and can no longer be changed.',
      false,
    ]);
  });

  it('rejects updates the spec cannot carry before any vendor call', async () => {
    const ds = connection.dataSource();
    const unsupported = await failure(
      ds.updateCase({
        provider: 'KHOROS',
        id: '1',
        status: 'CLOSED',
        description: 'd',
        notes: [{ body: 'n', public: true }],
      }),
    );
    expect(unsupported.fields.map((f) => f.path.join('.'))).toEqual(['description', 'status', 'notes']);
    const blank = await failure(ds.updateCase({ provider: 'KHOROS', id: '1', title: ' ' }));
    expect(blank.fields.map((f) => f.path)).toEqual([['title']]);
    expect(sim.server.requests).toEqual([]);
  });

  it('answers an update that changes nothing with the case as it is, without a PATCH', async () => {
    const ds = connection.dataSource();
    const { case: created } = await ds.createCase(specExample);
    sim.server.requests.length = 0;
    const { case: same, warnings } = await connection.dataSource().updateCase({ provider: 'KHOROS', id: created.id });
    expect(warnings).toEqual([]);
    expect(same).toEqual(created);
    expect(sim.server.requests.map((r) => r.method)).toEqual(['GET']);
  });

  it('returns the written case with a warning when a custom field comes back with the wrong type', async () => {
    const ds = connection.dataSource();
    const { case: created } = await ds.createCase(specExample);
    sim.setRawCaseProperty(created.id, 'vip', 'yes');
    const { case: updated, warnings } = await ds.updateCase({
      provider: 'KHOROS',
      id: created.id,
      title: 'Still here',
    });
    expect(updated.title).toBe('Still here');
    expect(updated.customFields.map((f) => f.key)).toEqual(['clubNo']);
    expect(warnings).toEqual([
      {
        path: ['customFields'],
        code: 'PROVIDER_UNAVAILABLE',
        message:
          'Khoros returned custom field "vip" as a string, which does not fit its type BOOLEAN. The case was saved; this field is left out of the result.',
      },
    ]);
  });
});

describe('getCase', () => {
  it('sends the lookup headers and reads the case, closed included', async () => {
    const { case: created } = await connection.dataSource().createCase(specExample);
    sim.closeCase(created.id);
    sim.server.requests.length = 0;
    const found = await connection.dataSource().getCase(created.id);
    const [get] = caseRequests();
    expect(`${get?.method} ${get?.path}`).toBe(`GET /api/v1/case/${created.id}`);
    expect(get?.headers).toMatchObject({
      authorization: sim.config.authValue,
      'x-sf-user-email': 'agent@brand.example',
      'x-sf-initiative': '4611686018427387905',
      'x-sf-company-id': '9007199254740993',
    });
    expect(get?.headers['x-sf-email']).toBeUndefined();
    expect([found.status, found.vendorStatus, found.requester]).toEqual(['CLOSED', 'closed', { id: 'cust-1234' }]);
  });

  it('costs one vendor call for the same case read twice in one request, and none after a write', async () => {
    const { case: created } = await connection.dataSource().createCase(specExample);
    sim.server.requests.length = 0;
    const ds = connection.dataSource();
    const [a, b] = await Promise.all([ds.getCase(created.id), ds.getCase(created.id)]);
    await ds.getCase(created.id);
    expect(a).toBe(b);
    expect(caseRequests()).toHaveLength(1);
    await ds.updateCase({ provider: 'KHOROS', id: created.id, title: 'Renamed' });
    expect((await ds.getCase(created.id)).title).toBe('Renamed');
    expect(caseRequests().map((r) => r.method)).toEqual(['GET', 'PATCH']);
  });

  it('unknown id → NotFoundError from the CRM; an id that is no URL-safe case id → NotFoundError without a call', async () => {
    const unknown = await failure(connection.dataSource().getCase('no-such-case'));
    expect([unknown.type, unknown.id]).toEqual(['NotFoundError', 'no-such-case']);
    expect(caseRequests().map((r) => r.path)).toEqual(['/api/v1/case/no-such-case']);
    for (const id of ['no/such case', '..', '.']) {
      const err = await failure(connection.dataSource().getCase(id));
      expect([err.type, err.id]).toEqual(['NotFoundError', id]);
    }
    expect(caseRequests()).toHaveLength(1);
  });

  it('a declared custom field with the wrong type → ProviderUnavailableError', async () => {
    const { case: created } = await connection.dataSource().createCase(specExample);
    sim.setRawCaseProperty(created.id, 'clubNo', 42);
    const err = await failure(connection.dataSource().getCase(created.id));
    expect([err.type, err.retriable, err.message]).toEqual([
      'ProviderUnavailableError',
      false,
      'Khoros sent an unexpected response: custom field "clubNo" does not have its declared type.',
    ]);
  });
});

describe('field definitions', () => {
  it('are cached on the connection with one fetch in flight', async () => {
    const conn = connect();
    const results = await Promise.all([
      conn.dataSource().customFieldDefinitions(),
      conn.dataSource().customFieldDefinitions(),
      conn.dataSource().customFieldDefinitions(),
    ]);
    await conn.dataSource().customFieldDefinitions();
    expect(sim.server.received('GET', '/api/v1/meta/object/case')).toHaveLength(1);
    expect(results[0]).toEqual([
      { key: 'clubNo', label: 'Customer Club Number', type: 'TEXT', required: false, requiredFor: [], options: [] },
      {
        key: 'tier',
        label: 'Membership Tier',
        type: 'SINGLE_SELECT',
        required: false,
        requiredFor: [],
        options: [
          { value: 'gold', label: 'Gold' },
          { value: 'silver', label: 'Silver' },
          { value: 'bronze', label: 'Bronze' },
        ],
      },
      { key: 'vip', label: 'VIP Customer', type: 'BOOLEAN', required: false, requiredFor: [], options: [] },
      { key: 'agentSummary', label: 'Agent Summary', type: 'TEXTAREA', required: false, requiredFor: [], options: [] },
    ]);
  });

  it('are fetched again after the TTL', async () => {
    let now = 1_000_000;
    const conn = connect({ definitionsTtlMs: 60_000 }, {}, () => now);
    await conn.definitions.get();
    now += 59_999;
    await conn.definitions.get();
    expect(sim.server.received('GET', '/api/v1/meta/object/case')).toHaveLength(1);
    now += 2;
    await conn.definitions.get();
    expect(sim.server.received('GET', '/api/v1/meta/object/case')).toHaveLength(2);
  });

  it('are not cached when the fetch fails', async () => {
    const conn = connect();
    sim.server.injectFault(
      { kind: 'respond', response: { status: 500, json: { error: 'X', message: 'y' } } },
      { times: DEFAULT_RESILIENCE.attempts },
    );
    const err = await failure(conn.definitions.get());
    expect([err.type, err.retriable]).toEqual(['ProviderUnavailableError', true]);
    expect(await conn.definitions.get()).toHaveLength(4);
  });

  it('are none when the CRM answers "Meta Type Not Supported"', async () => {
    const conn = connect();
    sim.server.injectFault({ kind: 'respond', response: { status: 404, text: 'Meta Type Not Supported' } });
    expect(await conn.definitions.get()).toEqual([]);
  });
});

describe('failures', () => {
  it('a wrong secret → AuthenticationError on every operation, without the secret or URL in the message', async () => {
    const conn = connect({ authValue: 'not-the-secret' });
    const ds = conn.dataSource();
    for (const promise of [
      ds.createCase(specExample),
      ds.updateCase({ provider: 'KHOROS', id: '1', title: 't' }),
      ds.getCase('1'),
      ds.customFieldDefinitions(),
    ]) {
      const err = await failure(promise);
      expect(err.type).toBe('AuthenticationError');
      expect(err.message).not.toContain('not-the-secret');
      expect(err.message).not.toContain(sim.url);
    }
  });

  it('a secret in the wrong header → AuthenticationError', async () => {
    const conn = connect({ authHeader: 'X-Api-Key' });
    const err = await failure(conn.dataSource().createCase(specExample));
    expect(err.message).toBe(
      "Khoros rejected casegraph's credentials (HTTP 401); an operator must check casegraph's Khoros configuration.",
    );
  });

  it('another company id (here the float-rounded one) → AuthenticationError', async () => {
    const other = connect({ companyId: '9007199254740992' });
    const err = await failure(other.dataSource().getCase('1'));
    expect(err.type).toBe('AuthenticationError');
  });

  it('500 to a create → OutcomeUnknownError (the CRM may have saved it), without the vendor body, sent once', async () => {
    await connection.definitions.get();
    sim.server.requests.length = 0;
    sim.server.injectFault({
      kind: 'respond',
      response: { status: 500, json: { error: 'DB', message: 'db-7.internal:5432 refused' } },
    });
    const err = await failure(connection.dataSource().createCase(specExample));
    expect([err.type, err.retriable, err.message]).toEqual([
      'OutcomeUnknownError',
      false,
      'Khoros received createCase but it answered HTTP 500: the change may or may not have been made.',
    ]);
    expect(sim.server.received('POST')).toHaveLength(1);
  });

  it('a hang → OutcomeUnknownError for a create after the headers timeout; a retriable one for a read', async () => {
    const conn = connect({}, { headersMs: 150 });
    await conn.definitions.get();
    sim.server.injectFault({ kind: 'hang', ms: 5_000 });
    const started = Date.now();
    const err = await failure(conn.dataSource().createCase(specExample));
    expect([err.type, err.retriable, err.message]).toEqual([
      'OutcomeUnknownError',
      false,
      'Khoros received createCase but its answer never came: the change may or may not have been made.',
    ]);
    expect(Date.now() - started).toBeLessThan(4_000);
    sim.server.injectFault({ kind: 'hang', ms: 5_000 }, { times: DEFAULT_RESILIENCE.attempts });
    const read = await failure(conn.dataSource().getCase('1001'));
    expect([read.type, read.retriable, read.message]).toEqual([
      'ProviderUnavailableError',
      true,
      'Khoros did not answer in time.',
    ]);
  });

  it('a 2xx body that breaks the spec → non-retriable ProviderUnavailableError', async () => {
    await connection.definitions.get();
    sim.server.injectFault({ kind: 'respond', response: { status: 201, json: { id: 1001, title: 'x' } } });
    const err = await failure(connection.dataSource().createCase(specExample));
    expect([err.type, err.retriable, err.message]).toEqual([
      'ProviderUnavailableError',
      false,
      'Khoros sent an unexpected response: the created case is not in the documented shape.',
    ]);
  });

  it('a wrong instance path → ProviderUnavailableError, not a missing case', async () => {
    const conn = connect({ baseUrl: `${sim.url}/wrong` });
    const err = await failure(conn.dataSource().createCase(specExample));
    expect([err.type, err.message]).toEqual(['ProviderUnavailableError', 'Khoros failed with HTTP 404.']);
  });
});

describe('module', () => {
  it('declares what the spec supports', () => {
    expect(khoros.provider).toBe('KHOROS');
    expect(khoros.capabilities).toMatchObject({
      interactions: 'READ_WRITE',
      notes: 'UNSUPPORTED',
      comments: 'UNSUPPORTED',
      customFields: 'READ_WRITE',
      requiredCreateFields: ['title', 'requester.id'],
    });
  });

  it('starts a simulator its connection works against', async () => {
    const started = await khoros.startSimulator();
    const conn = khoros.connect(started.config, { timeouts: DEFAULT_TIMEOUTS });
    try {
      const { case: created } = await conn.dataSource().createCase(specExample);
      expect((await conn.dataSource().getCase(created.id)).title).toBe('Case title');
    } finally {
      await conn.close();
      await started.close();
    }
  });
});
