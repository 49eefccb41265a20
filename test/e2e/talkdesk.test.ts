// TALKDESK through the GraphQL endpoint over HTTP, against the embedded Talkdesk simulator (Case API
// and its OAuth token service).
import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import { startTalkdeskSimulator } from '../../src/providers/talkdesk/simulator.js';
import type { TalkdeskSimulator } from '../../src/providers/talkdesk/simulator.js';
import { startTestApp } from '../helpers/app.js';
import { CREATE_CASE, UPDATE_CASE, customFieldDefinitions, getCase } from '../helpers/operations.js';
import type { TestApp } from '../helpers/app.js';
import { SEED_CREATE_BODY, SEED_CREATE_INPUT, SEED_DEPENDENT_PATH } from '../providers/talkdesk/fixtures.js';

const CREATE = CREATE_CASE;
const UPDATE = UPDATE_CASE;
const GET = getCase('TALKDESK');
const DEFINITIONS = customFieldDefinitions('TALKDESK');

/** What these tests read from a result (success or error member). */
interface ResultJson {
  __typename: string;
  case: {
    id: string;
    notes: { id: string; title: string | null; body: string; public: boolean }[];
    customFields: { key: string; label: string | null; type: string; value: unknown }[];
    [key: string]: unknown;
  };
  warnings: unknown[];
  message: string;
  code: string;
  retriable: boolean;
  fields: { path: string[]; message: string; vendorCode: string | null }[];
  [key: string]: unknown;
}

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

async function create(input: Record<string, unknown>): Promise<ResultJson> {
  const res = await app.gql<{ createCase: ResultJson }>(CREATE, { input });
  expect(res.body.errors).toBeUndefined();
  expect(res.status).toBe(200);
  return res.body.data!.createCase;
}

async function update(input: Record<string, unknown>): Promise<ResultJson> {
  const res = await app.gql<{ updateCase: ResultJson }>(UPDATE, { input });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.updateCase;
}

/** A `case` query result: the Case itself or an error member. */
type CaseResultJson = ResultJson & ResultJson['case'];

async function get(id: string): Promise<CaseResultJson> {
  const res = await app.gql<{ case: CaseResultJson }>(GET, { id });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.case;
}

describe('TALKDESK over GraphQL', () => {
  it('createCase sends the seed’s create sample and returns the case with notes and typed custom fields', async () => {
    const result = await create({ ...SEED_CREATE_INPUT });
    expect(result.__typename).toBe('CreateCaseSuccess');
    expect(result.warnings).toEqual([]);
    const [post] = sim.server.received('POST', '/cm/core/va/cases');
    expect(post!.headers.authorization).toMatch(/^Bearer /);
    expect(post!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(post!.rawBody)).toEqual(SEED_CREATE_BODY);

    const id = result.case.id;
    expect(result.case).toMatchObject({
      id,
      provider: 'TALKDESK',
      number: id,
      title: 'test title',
      description: 'test description',
      status: 'OPEN',
      vendorStatus: 'OPEN',
      priority: 'LOW',
      vendorPriority: 'LOW',
      url: null,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/),
      requester: { id: expect.any(String), name: 'example', email: 'example@example.com', phone: null },
      assignee: { id: '61036b508ff57b5578f25a10', name: null },
      interactions: [],
      comments: [],
      notes: [{ id: expect.any(String), title: 'test subject', body: 'test body', public: true }],
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
    const created = await create({ ...SEED_CREATE_INPUT });
    const id = created.case.id;
    const updated = await update({
      provider: 'TALKDESK',
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
    });
    expect(updated.__typename).toBe('UpdateCaseSuccess');
    expect(JSON.parse(sim.server.received('PATCH', `/cm/core/va/cases/${id}`)[0]!.rawBody)).toEqual({
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

    const read = await get(id);
    expect(read.__typename).toBe('Case');
    expect(read).toMatchObject({
      id,
      title: 'Router keeps rebooting',
      status: 'ON_HOLD',
      vendorStatus: 'On-hold',
      priority: 'URGENT',
      vendorPriority: 'Urgent',
      assignee: { id: '61036b508ff57b5578f25a11', name: 'Bruno Agent' },
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
  });

  it('resolves a case with a resolution', async () => {
    const created = await create({ provider: 'TALKDESK', title: 'Noisy fan', description: 'It whirs.' });
    const resolved = await update({
      provider: 'TALKDESK',
      id: created.case.id,
      status: 'RESOLVED',
      talkdesk: { resolution: 'Cleaned the fan' },
      customFields: [{ key: 'text2', value: 'Dust' }],
    });
    expect(resolved.__typename).toBe('UpdateCaseSuccess');
    expect(resolved.case).toMatchObject({ status: 'RESOLVED', vendorStatus: 'RESOLVED' });
  });

  it('lists the active custom-field definitions', async () => {
    const res = await app.gql<{
      customFieldDefinitions: { provider: string; fields: { key: string; type: string; options: unknown[] }[] };
    }>(DEFINITIONS);
    const result = res.body.data!.customFieldDefinitions;
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

  it('publishes Talkdesk’s capabilities', async () => {
    const res = await app.gql<{ providers: Record<string, unknown>[] }>(`{
      providers { provider simulated interactions notes comments customFields requiredCreateFields unsupportedCreateFields unsupportedUpdateFields }
    }`);
    expect(res.body.data!.providers.find((p) => p.provider === 'TALKDESK')).toMatchObject({
      simulated: true,
      interactions: 'UNSUPPORTED',
      notes: 'READ_WRITE',
      comments: 'UNSUPPORTED',
      customFields: 'READ_WRITE',
      requiredCreateFields: ['title', 'description'],
    });
  });

  it('refreshes an expired token once for many parallel queries', async () => {
    await get('1');
    sim.expireAllTokens();
    const before = sim.tokenRequestCount;
    const results = await Promise.all(Array.from({ length: 10 }, () => get('1')));
    expect(results.every((r) => r.__typename === 'Case')).toBe(true);
    expect(sim.tokenRequestCount - before).toBe(1);
  });
});

describe('TALKDESK errors over GraphQL', () => {
  it('ValidationError before any call: missing description, unsupported status on create', async () => {
    const result = await create({ provider: 'TALKDESK', title: 'No description', status: 'OPEN' });
    expect(result).toMatchObject({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      retriable: false,
      provider: 'TALKDESK',
    });
    expect(result.fields.map((f) => f.path)).toEqual([['description'], ['status']]);
    expect(sim.server.requests).toHaveLength(0);
  });

  it('ValidationError before any call: RESOLVED without a resolution', async () => {
    const result = await update({ provider: 'TALKDESK', id: '1', status: 'RESOLVED' });
    expect(result.__typename).toBe('ValidationError');
    expect(result.fields).toEqual([
      {
        path: ['talkdesk', 'resolution'],
        message: 'Talkdesk requires a resolution when the status becomes RESOLVED.',
        vendorCode: null,
      },
    ]);
    expect(sim.server.requests).toHaveLength(0);
  });

  it('ValidationError for a custom-field value the definitions refuse', async () => {
    const result = await create({
      provider: 'TALKDESK',
      title: 't',
      description: 'd',
      customFields: [{ key: 'multi_select1', value: ['009'] }],
    });
    expect(result.__typename).toBe('ValidationError');
    expect(result.fields[0]?.path).toEqual(['customFields', '0', 'value']);
    expect(sim.server.received('POST', '/cm/core/va/cases')).toHaveLength(0);
  });

  it('ValidationError from Talkdesk’s field errors, at the input path with the vendor code', async () => {
    const result = await update({ provider: 'TALKDESK', id: '1', assigneeId: 'ghost-agent' });
    expect(result.__typename).toBe('ValidationError');
    expect(result.message).toBe(
      'Talkdesk rejected the request: Invalid request body: owner_id is not an existing agent.',
    );
    expect(result.fields).toEqual([
      { path: ['assigneeId'], message: 'owner_id is not an existing agent', vendorCode: '1000400' },
    ]);
  });

  it('NotFoundError for an unknown case, on read and on update', async () => {
    expect(await get('777777')).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      id: '777777',
      message: 'Talkdesk has no case with id "777777".',
    });
    expect(await update({ provider: 'TALKDESK', id: '777777', title: 'x' })).toMatchObject({
      __typename: 'NotFoundError',
      id: '777777',
    });
  });

  it('AuthenticationError when the token service refuses the client', async () => {
    const granted = sim.grantableScopes;
    sim.grantableScopes = ['cases-public:read'];
    sim.expireAllTokens();
    try {
      const result = await get('1');
      expect(result).toMatchObject({
        __typename: 'AuthenticationError',
        code: 'AUTHENTICATION_FAILED',
        retriable: false,
      });
      expect(result.message).toBe(
        "Talkdesk rejected casegraph's credentials (HTTP 400): Scope not allowed: cases-public:write case-fields-public:read.",
      );
    } finally {
      sim.grantableScopes = granted;
    }
    expect((await get('1')).__typename).toBe('Case');
  });

  it('ProviderUnavailableError for a 500 and for a Talkdesk that does not answer', async () => {
    await get('1');
    sim.server.injectFault(
      { kind: 'respond', response: { status: 500, json: { code: '1000500', message: 'Internal server error' } } },
      { match: (r) => r.path === '/cm/core/va/cases/1' },
    );
    expect(await get('1')).toMatchObject({
      __typename: 'ProviderUnavailableError',
      code: 'PROVIDER_UNAVAILABLE',
      retriable: true,
      message: 'Talkdesk failed with HTTP 500.',
    });
    sim.server.injectFault({ kind: 'hang', ms: 2_000 }, { match: (r) => r.path === '/cm/core/va/cases/1' });
    expect(await get('1')).toMatchObject({
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
    const result = await create({ provider: 'TALKDESK', title: 't', description: 'd' });
    expect(result).toMatchObject({
      __typename: 'RateLimitedError',
      code: 'RATE_LIMITED',
      retriable: true,
      retryAfterSeconds: 12,
    });
  });
});
