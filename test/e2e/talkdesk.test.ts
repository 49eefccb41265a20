// TALKDESK through the GraphQL endpoint over HTTP, against the embedded Talkdesk simulator (Case API
// and its OAuth token service).
import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import {
  CreateCaseDocument,
  CustomFieldDefinitionsDocument,
  CustomFieldRequirementsDocument,
  GetCaseByVendorIdDocument,
  GetCaseDocument,
  NoteNodeDocument,
  ProvidersDocument,
  UpdateCaseDocument,
} from '../../examples/client/generated/graphql.js';
import type {
  CreateCaseInput,
  CreateCaseMutation,
  GetCaseQuery,
  UpdateCaseInput,
  UpdateCaseMutation,
} from '../../examples/client/generated/graphql.js';
import { caseGlobalId, toGlobalId } from '../../src/domain/globalId.js';
import { startTalkdeskSimulator } from '../../src/providers/talkdesk/simulator/index.js';
import type { TalkdeskSimulator } from '../../src/providers/talkdesk/simulator/index.js';
import { startTestApp } from '../helpers/app.js';
import type { TestApp } from '../helpers/app.js';
import { dataOf, member } from '../helpers/results.js';
import { SEED_CREATE_BODY, SEED_CREATE_INPUT, SEED_DEPENDENT_PATH } from '../providers/talkdesk/fixtures.js';
import { DEFAULT_RESILIENCE } from '../../src/http/resilience.js';

// The fixture is typed with the server's inputs, whose DateTime and URL fields are objects rather
// than the strings a client sends; the seed sample sets none of the inputs that have them.
const { interactions: _interactions, sprinklr: _sprinklr, ...SEED_SAMPLE } = SEED_CREATE_INPUT;
const seedSample: CreateCaseInput = SEED_SAMPLE;

/** The seeded case 1, by its global id. */
const SEEDED = caseGlobalId('TALKDESK', '1');

let sim: TalkdeskSimulator;
let app: TestApp;

beforeAll(async () => {
  sim = await startTalkdeskSimulator();
  app = await startTestApp({
    simulators: { TALKDESK: sim },
    env: { CASEGRAPH_PROVIDERS: 'TALKDESK' },
    timeouts: { headersMs: 300 },
  });
});
afterAll(async () => {
  await app.close();
  await sim.close();
});
beforeEach(() => {
  sim.server.requests.length = 0;
  sim.server.clearFaults();
});

async function create(input: CreateCaseInput): Promise<CreateCaseMutation['createCase']> {
  const res = await app.gql(CreateCaseDocument, { input });
  expect(res.status).toBe(200);
  return dataOf(res).createCase;
}

async function update(input: UpdateCaseInput): Promise<UpdateCaseMutation['updateCase']> {
  return dataOf(await app.gql(UpdateCaseDocument, { input })).updateCase;
}

/** `case(id:)`, by global id. */
async function get(id: string): Promise<GetCaseQuery['case']> {
  return dataOf(await app.gql(GetCaseDocument, { id })).case;
}

describe('TALKDESK over GraphQL', () => {
  it('createCase sends the seed’s create sample and returns the case with notes and typed custom fields', async () => {
    const result = member(await create(seedSample), 'CreateCaseSuccess');
    expect(result.warnings).toEqual([]);
    const [post] = sim.server.received('POST', '/cm/core/va/cases');
    expect(post!.headers.authorization).toMatch(/^Bearer /);
    expect(post!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(post!.rawBody)).toEqual(SEED_CREATE_BODY);

    const { vendorId } = result.case;
    expect(result.case).toMatchObject({
      id: caseGlobalId('TALKDESK', vendorId),
      vendorId,
      provider: 'TALKDESK',
      number: vendorId,
      title: 'test title',
      description: 'test description',
      status: 'OPEN',
      vendorStatus: 'OPEN',
      priority: 'LOW',
      vendorPriority: 'LOW',
      url: null,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/),
      requester: {
        id: expect.any(String),
        vendorId: expect.any(String),
        name: 'example',
        email: 'example@example.com',
        phone: null,
      },
      assignee: { id: expect.any(String), vendorId: '61036b508ff57b5578f25a10', name: null },
      interactions: [],
      comments: [],
      notes: [
        {
          id: expect.any(String),
          vendorId: expect.any(String),
          title: 'test subject',
          body: 'test body',
          public: true,
        },
      ],
    });
    expect(result.case.customFields).toEqual([
      { key: 'checkbox1', label: 'Follow-up needed', type: 'BOOLEAN', value: true },
      { key: 'dropdown1', label: 'Region', type: 'SINGLE_SELECT', value: '1' },
      { key: 'text1', label: 'Order number', type: 'TEXT', value: 'text desc' },
      { key: 'dependent_field1', label: 'Product', type: 'DEPENDENT', value: SEED_DEPENDENT_PATH },
      { key: 'date1', label: 'Due date', type: 'DATE', value: '2022-04-21T06:30:21Z' },
      { key: 'numeric1', label: 'Units affected', type: 'NUMBER', value: 1 },
      { key: 'decimal1', label: 'Refund amount', type: 'DECIMAL', value: 1.2 },
      { key: 'multi_line_text1', label: 'Steps to reproduce', type: 'TEXTAREA', value: String.raw`Line1\\nLine2` },
      { key: 'multi_select1', label: 'Channels', type: 'MULTI_SELECT', value: ['002', '003'] },
    ]);
  });

  it('updateCase sends object-form custom fields and appended notes; the case query reads it all back', async () => {
    const created = member(await create(seedSample), 'CreateCaseSuccess');
    const { id, vendorId } = created.case;
    const updated = member(
      await update({
        id,
        title: 'Router keeps rebooting',
        priority: 'URGENT',
        status: 'ON_HOLD',
        assigneeId: '61036b508ff57b5578f25a11',
        talkdesk: { type: 'PROBLEM', groupId: 'tier-2' },
        customFields: [
          { key: 'dropdown1', value: '3' },
          { key: 'multi_select1', value: ['001'] },
          { key: 'checkbox1', value: false },
        ],
        notes: [{ title: 'Escalated', body: 'Waiting on the carrier.', public: false }],
      }),
      'UpdateCaseSuccess',
    );
    expect(JSON.parse(sim.server.received('PATCH', `/cm/core/va/cases/${vendorId}`)[0]!.rawBody)).toEqual({
      title: 'Router keeps rebooting',
      owner_id: '61036b508ff57b5578f25a11',
      priority: 'URGENT',
      type: 'PROBLEM',
      status: 'ON-HOLD',
      custom_fields: {
        dropdown1: { label: 'East', value: '3' },
        multi_select1: { label: ['1111'], value: ['001'] },
        checkbox1: { value: false },
      },
      notes: [{ note_title: 'Escalated', note_body: 'Waiting on the carrier.', public: false }],
      group_id: 'tier-2',
    });
    expect(updated.case).toMatchObject({ status: 'ON_HOLD', vendorStatus: 'ON-HOLD', priority: 'URGENT' });

    const read = member(await get(id), 'Case');
    expect(read).toMatchObject({
      id,
      vendorId,
      title: 'Router keeps rebooting',
      status: 'ON_HOLD',
      vendorStatus: 'On-hold',
      priority: 'URGENT',
      vendorPriority: 'Urgent',
      assignee: { vendorId: '61036b508ff57b5578f25a11', name: 'Bruno Agent' },
      requester: { name: 'example', email: 'example@example.com' },
    });
    expect(read.notes.map((n) => [n.title, n.body, n.public])).toEqual([
      ['test subject', 'test body', true],
      ['Escalated', 'Waiting on the carrier.', false],
    ]);
    expect(read.customFields).toEqual(
      expect.arrayContaining([
        { key: 'dropdown1', label: 'Region', type: 'SINGLE_SELECT', value: '3' },
        { key: 'multi_select1', label: 'Channels', type: 'MULTI_SELECT', value: ['001'] },
        { key: 'checkbox1', label: 'Follow-up needed', type: 'BOOLEAN', value: false },
        { key: 'text1', label: 'Order number', type: 'TEXT', value: 'text desc' },
      ]),
    );

    // The appended note keeps its own global id, and node refetches it.
    const escalated = read.notes[1]!;
    expect(escalated.id).not.toBe(read.notes[0]!.id);
    const note = dataOf(await app.gql(NoteNodeDocument, { id: escalated.id })).node;
    expect(note).toEqual({ __typename: 'Note', ...escalated });
  });

  it('resolves a case with a resolution', async () => {
    const created = member(
      await create({ provider: 'TALKDESK', title: 'Noisy fan', description: 'It whirs.' }),
      'CreateCaseSuccess',
    );
    const resolved = await update({
      id: created.case.id,
      status: 'RESOLVED',
      talkdesk: { resolution: 'Cleaned the fan' },
      customFields: [{ key: 'text2', value: 'Dust' }],
    });
    expect(member(resolved, 'UpdateCaseSuccess').case).toMatchObject({ status: 'RESOLVED', vendorStatus: 'RESOLVED' });
  });

  it('lists the active custom-field definitions', async () => {
    const res = await app.gql(CustomFieldDefinitionsDocument, { provider: 'TALKDESK' });
    const result = member(dataOf(res).customFieldDefinitions, 'CustomFieldDefinitions');
    expect(result.provider).toBe('TALKDESK');
    expect(result.fields.map((f) => f.key)).not.toContain('text9');
    expect(result.fields.find((f) => f.key === 'dropdown1')).toEqual({
      key: 'dropdown1',
      label: 'Region',
      type: 'SINGLE_SELECT',
      required: false,
      options: [
        { value: '1', label: 'North' },
        { value: '2', label: 'South' },
        { value: '3', label: 'East' },
      ],
    });
  });

  it('lists the field Talkdesk requires to solve a case as required for RESOLVE, not on create', async () => {
    const res = await app.gql(CustomFieldRequirementsDocument, { provider: 'TALKDESK' });
    const { fields } = member(dataOf(res).customFieldDefinitions, 'CustomFieldDefinitions');
    expect(fields.find((f) => f.key === 'text2')).toEqual({
      key: 'text2',
      label: 'Root cause',
      required: false,
      requiredFor: ['RESOLVE'],
    });
    expect(fields.filter((f) => f.requiredFor.length > 0).map((f) => f.key)).toEqual(['text2']);
    expect(fields.every((f) => !f.required)).toBe(true);
  });

  it('resolves a case whose field required to solve was set earlier, without sending it again', async () => {
    const created = member(
      await create({
        provider: 'TALKDESK',
        title: 'Noisy fan',
        description: 'It whirs.',
        customFields: [{ key: 'text2', value: 'Dust' }],
      }),
      'CreateCaseSuccess',
    );
    sim.server.requests.length = 0;
    const resolved = await update({ id: created.case.id, status: 'RESOLVED', talkdesk: { resolution: 'Cleaned' } });
    expect(member(resolved, 'UpdateCaseSuccess').case.status).toBe('RESOLVED');
    expect(JSON.parse(sim.server.received('PATCH')[0]!.rawBody)).toEqual({ status: 'RESOLVED', resolution: 'Cleaned' });
  });

  it('publishes Talkdesk’s capabilities', async () => {
    const { providers } = dataOf(await app.gql(ProvidersDocument));
    expect(providers.find((p) => p.provider === 'TALKDESK')).toMatchObject({
      simulated: true,
      interactions: 'UNSUPPORTED',
      notes: 'READ_WRITE',
      comments: 'UNSUPPORTED',
      customFields: 'READ_WRITE',
      requiredCreateFields: ['title', 'description'],
    });
  });

  it('refreshes an expired token once for many parallel queries', async () => {
    await get(SEEDED);
    sim.expireAllTokens();
    const before = sim.tokenRequestCount;
    // By vendor id, as a caller that stored Talkdesk's ids would read them.
    const results = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const res = await app.gql(GetCaseByVendorIdDocument, { provider: 'TALKDESK', vendorId: '1' });
        return dataOf(res).caseByVendorId;
      }),
    );
    expect(results.map((r) => r.__typename === 'Case' && r.id)).toEqual(Array(10).fill(SEEDED));
    expect(sim.tokenRequestCount - before).toBe(1);
  });
});

describe('TALKDESK errors over GraphQL', () => {
  it('refuses status CLOSED with a ValidationError at status, without calling Talkdesk', async () => {
    const refused = member(await update({ id: SEEDED, status: 'CLOSED' }), 'ValidationError');
    expect(refused.fields.map((f) => f.path)).toEqual([['status']]);
    expect(refused.message).toContain('closes resolved cases itself');
    expect(sim.server.requests).toHaveLength(0);
  });

  it('ValidationError before any call: missing description, unsupported status on create', async () => {
    const result = member(
      await create({ provider: 'TALKDESK', title: 'No description', status: 'OPEN' }),
      'ValidationError',
    );
    expect(result).toMatchObject({ code: 'VALIDATION_FAILED', retriable: false, provider: 'TALKDESK' });
    expect(result.fields.map((f) => f.path)).toEqual([['description'], ['status']]);
    expect(sim.server.requests).toHaveLength(0);
  });

  it('ValidationError before any call: RESOLVED without a resolution', async () => {
    const result = member(await update({ id: SEEDED, status: 'RESOLVED' }), 'ValidationError');
    expect(result.fields).toEqual([
      {
        path: ['talkdesk', 'resolution'],
        message: 'Talkdesk requires a resolution when the status becomes RESOLVED.',
        vendorCode: null,
      },
    ]);
    expect(sim.server.requests).toHaveLength(0);
  });

  it('ValidationError before the PATCH: resolving without a field required to solve', async () => {
    const created = member(
      await create({ provider: 'TALKDESK', title: 'Noisy fan', description: 'It whirs.' }),
      'CreateCaseSuccess',
    );
    sim.server.requests.length = 0;
    const result = member(
      await update({ id: created.case.id, status: 'RESOLVED', talkdesk: { resolution: 'Cleaned the fan' } }),
      'ValidationError',
    );
    expect(result.fields).toEqual([
      {
        path: ['customFields'],
        message:
          'Talkdesk requires custom field "text2" (Root cause) to resolve a case, and the case has no value for it.',
        vendorCode: null,
      },
    ]);
    // The case was read for its own values; nothing was sent.
    expect(sim.server.received('GET', `/cm/core/va/cases/${created.case.vendorId}`)).toHaveLength(1);
    expect(sim.server.received('PATCH')).toHaveLength(0);
  });

  it('ValidationError before the PATCH: a blank value for a field required to solve', async () => {
    const result = member(
      await update({
        id: SEEDED,
        status: 'RESOLVED',
        talkdesk: { resolution: 'Reset the password' },
        customFields: [{ key: 'text2', value: '' }],
      }),
      'ValidationError',
    );
    expect(result.fields.map((f) => f.path)).toEqual([['customFields', '0', 'value']]);
    expect(sim.server.received('PATCH')).toHaveLength(0);
  });

  it('ValidationError for a custom-field value the definitions refuse', async () => {
    const result = member(
      await create({
        provider: 'TALKDESK',
        title: 't',
        description: 'd',
        customFields: [{ key: 'multi_select1', value: ['009'] }],
      }),
      'ValidationError',
    );
    expect(result.fields[0]?.path).toEqual(['customFields', '0', 'value']);
    expect(sim.server.received('POST', '/cm/core/va/cases')).toHaveLength(0);
  });

  it('ValidationError from Talkdesk’s field errors, at the input path with the vendor code', async () => {
    const result = member(await update({ id: SEEDED, assigneeId: 'ghost-agent' }), 'ValidationError');
    expect(result.message).toBe('Talkdesk rejected assigneeId: owner_id is not an existing agent.');
    expect(result.fields).toEqual([
      { path: ['assigneeId'], message: 'owner_id is not an existing agent', vendorCode: '1000400' },
    ]);
  });

  it('NotFoundError for an unknown case, on read and on update', async () => {
    const unknown = caseGlobalId('TALKDESK', '777777');
    expect(await get(unknown)).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      id: unknown,
      message: 'Talkdesk has no case with id "777777".',
    });
    expect(await update({ id: unknown, title: 'x' })).toMatchObject({
      __typename: 'NotFoundError',
      provider: 'TALKDESK',
      id: unknown,
    });
  });

  it('AuthenticationError when the token service refuses the client', async () => {
    const granted = sim.grantableScopes;
    sim.grantableScopes = ['cases-public:read'];
    sim.expireAllTokens();
    try {
      const result = member(await get(SEEDED), 'AuthenticationError');
      expect(result).toMatchObject({ code: 'AUTHENTICATION_FAILED', retriable: false });
      expect(result.message).toBe(
        "Talkdesk rejected casegraph's credentials (HTTP 400); an operator must check casegraph's Talkdesk configuration.",
      );
    } finally {
      sim.grantableScopes = granted;
    }
    expect((await get(SEEDED)).__typename).toBe('Case');
  });

  it('ProviderUnavailableError for a 500 and for a Talkdesk that does not answer', async () => {
    await get(SEEDED);
    sim.server.injectFault(
      { kind: 'respond', response: { status: 500, json: { code: '1000500', message: 'Internal server error' } } },
      { times: DEFAULT_RESILIENCE.attempts, match: (r) => r.path === '/cm/core/va/cases/1' },
    );
    expect(await get(SEEDED)).toMatchObject({
      __typename: 'ProviderUnavailableError',
      code: 'PROVIDER_UNAVAILABLE',
      retriable: true,
      message: 'Talkdesk failed with HTTP 500.',
    });
    sim.server.injectFault(
      { kind: 'hang', ms: 2_000 },
      { times: DEFAULT_RESILIENCE.attempts, match: (r) => r.path === '/cm/core/va/cases/1' },
    );
    expect(await get(SEEDED)).toMatchObject({
      __typename: 'ProviderUnavailableError',
      retriable: true,
      message: 'Talkdesk did not answer in time.',
    });
  });

  it('RateLimitedError with Retry-After', async () => {
    sim.server.injectFault(
      {
        kind: 'respond',
        response: {
          status: 429,
          headers: { 'retry-after': '12' },
          json: { code: '1000429', message: 'Too many requests' },
        },
      },
      { match: (r) => r.path === '/cm/core/va/cases' },
    );
    expect(await create({ provider: 'TALKDESK', title: 't', description: 'd' })).toMatchObject({
      __typename: 'RateLimitedError',
      code: 'RATE_LIMITED',
      retriable: true,
      retryAfterSeconds: 12,
    });
  });
});

describe('TALKDESK ids over GraphQL: the global ids casegraph served', () => {
  const createChild = (parentId: string) =>
    create({ provider: 'TALKDESK', title: 'Second router', description: 'Same fault.', talkdesk: { parentId } });
  const postedBody = () => JSON.parse(sim.server.received('POST', '/cm/core/va/cases')[0]!.rawBody) as unknown;

  it('createCase takes the parent’s Case.id as talkdesk.parentId and sends Talkdesk’s own id as parent_id', async () => {
    member(await createChild(SEEDED), 'CreateCaseSuccess');
    expect(postedBody()).toMatchObject({ parent_id: '1' });
  });

  it('still takes Talkdesk’s own case id as talkdesk.parentId (deprecated)', async () => {
    member(await createChild('1'), 'CreateCaseSuccess');
    expect(postedBody()).toMatchObject({ parent_id: '1' });
  });

  it('updateCase sends a global talkdesk.parentId as parent_id, and refuses the case’s own before the PATCH', async () => {
    const child = member(await createChild('1'), 'CreateCaseSuccess').case;
    sim.server.requests.length = 0;
    member(await update({ id: child.id, talkdesk: { parentId: SEEDED } }), 'UpdateCaseSuccess');
    expect(sim.server.received('PATCH').map((r) => JSON.parse(r.rawBody) as unknown)).toEqual([{ parent_id: '1' }]);

    sim.server.requests.length = 0;
    const refused = member(await update({ id: child.id, talkdesk: { parentId: child.id } }), 'ValidationError');
    expect(refused.fields).toEqual([
      { path: ['talkdesk', 'parentId'], message: 'A case cannot be its own parent.', vendorCode: null },
    ]);
    expect(sim.server.received('PATCH')).toHaveLength(0);
  });

  it('assigneeId takes the Assignee.id casegraph served and sends the agent’s Talkdesk id as owner_id', async () => {
    const served = member(await get(SEEDED), 'Case').assignee;
    expect(served?.vendorId).toBeTruthy();
    const created = member(
      await create({ provider: 'TALKDESK', title: 'Same agent', description: 'd', assigneeId: served!.id }),
      'CreateCaseSuccess',
    );
    expect(postedBody()).toMatchObject({ owner_id: served!.vendorId });
    expect(created.case.assignee).toMatchObject({ id: served!.id, vendorId: served!.vendorId });
  });

  const notAParent: Array<[string, string, RegExp]> = [
    ['a case of another provider', caseGlobalId('KHOROS', '1'), /names a case in KHOROS, and this case is in TALKDESK/],
    ['a note', toGlobalId('Note', 'TALKDESK', ['1', 'at', '0']), /is the id of a Note, not of a case/],
    ['a global id cut short', SEEDED.slice(0, -3), /is not a casegraph id that decodes: pass `Case.id`/],
  ];
  for (const [what, parentId, message] of notAParent) {
    it(`talkdesk.parentId as ${what} is a ValidationError at that path, with no Talkdesk call`, async () => {
      const refused = member(await createChild(parentId), 'ValidationError');
      expect(refused).toMatchObject({ code: 'VALIDATION_FAILED', provider: 'TALKDESK' });
      expect(refused.fields).toEqual([
        { path: ['talkdesk', 'parentId'], message: expect.stringMatching(message), vendorCode: null },
      ]);
      expect(sim.server.requests).toHaveLength(0);
    });
  }

  it('names every id input that names another provider’s object at once, on update too, with no Talkdesk call', async () => {
    const refused = member(
      await update({
        id: SEEDED,
        assigneeId: toGlobalId('Assignee', 'SPRINKLR', ['1001']),
        talkdesk: { parentId: caseGlobalId('THALAMUS', '2') },
      }),
      'ValidationError',
    );
    expect(refused.fields.map((f) => f.path)).toEqual([['talkdesk', 'parentId'], ['assigneeId']]);
    expect(sim.server.requests).toHaveLength(0);
  });
});
