import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import { startTalkdeskSimulator } from '../../../src/providers/talkdesk/simulator/index.js';
import type { TalkdeskSimulator } from '../../../src/providers/talkdesk/simulator/index.js';
import { SEED_CREATE_BODY } from './fixtures.js';

let sim: TalkdeskSimulator;

beforeAll(async () => {
  sim = await startTalkdeskSimulator();
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  sim.server.clearFaults();
});

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
const goodBasic = () => basic(sim.credentials.clientId, sim.credentials.clientSecret);
const ALL_SCOPES = 'cases-public:read cases-public:write case-fields-public:read';

async function tokenRequest(options: { authorization?: string; contentType?: string; body?: string } = {}) {
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/x-www-form-urlencoded',
  };
  const authorization = options.authorization ?? goodBasic();
  if (authorization) headers.authorization = authorization;
  const res = await fetch(`${sim.url}/oauth/token`, {
    method: 'POST',
    headers,
    body: options.body ?? new URLSearchParams({ grant_type: 'client_credentials', scope: ALL_SCOPES }).toString(),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function accessToken(scope = ALL_SCOPES): Promise<string> {
  const { status, body } = await tokenRequest({
    body: new URLSearchParams({ grant_type: 'client_credentials', scope }).toString(),
  });
  expect(status).toBe(200);
  return body.access_token as string;
}

async function api(
  method: string,
  path: string,
  options: { token?: string | null; json?: unknown; contentType?: string } = {},
) {
  const token = options.token === undefined ? await accessToken() : options.token;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (options.json !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
  const res = await fetch(`${sim.url}${path}`, {
    method,
    headers,
    body: options.json === undefined ? undefined : JSON.stringify(options.json),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const fieldNames = (body: Record<string, unknown>) => (body.fields as { name: string }[]).map((f) => f.name).sort();

describe('Talkdesk simulator: token endpoint (client credentials, HTTP Basic)', () => {
  it('issues an opaque bearer token for the requested scopes', async () => {
    const { status, body } = await tokenRequest();
    expect(status).toBe(200);
    expect(body).toEqual({
      access_token: expect.any(String),
      token_type: 'Bearer',
      expires_in: 3600,
      scope: ALL_SCOPES,
    });
  });

  it('grants every allowed scope when none is requested, and refuses scopes it does not grant', async () => {
    const none = await tokenRequest({ body: 'grant_type=client_credentials' });
    expect(none.body.scope).toBe(ALL_SCOPES);
    const extra = await tokenRequest({ body: 'grant_type=client_credentials&scope=users%3Aread' });
    expect(extra).toEqual({
      status: 400,
      body: { error: 'invalid_scope', error_description: 'Scope not allowed: users:read' },
    });
  });

  it('rejects a wrong secret, a missing Authorization header and credentials sent any other way', async () => {
    const wrong = await tokenRequest({ authorization: basic(sim.credentials.clientId, 'nope') });
    expect(wrong).toEqual({
      status: 401,
      body: { error: 'invalid_client', error_description: 'Client authentication failed' },
    });
    expect((await tokenRequest({ authorization: '' })).status).toBe(401);
    const inBody = await tokenRequest({
      authorization: '',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: sim.credentials.clientId,
        client_secret: sim.credentials.clientSecret,
      }).toString(),
    });
    expect(inBody.status).toBe(401);
  });

  it('requires a form body with grant_type=client_credentials', async () => {
    const json = await tokenRequest({ contentType: 'application/json', body: '{"grant_type":"client_credentials"}' });
    expect(json.status).toBe(400);
    expect(json.body.error).toBe('invalid_request');
    expect((await tokenRequest({ body: 'grant_type=password' })).body.error).toBe('unsupported_grant_type');
    expect((await tokenRequest({ body: 'scope=cases-public%3Aread' })).body.error).toBe('invalid_request');
  });

  it('counts token requests and issues tokens with the configured lifetime', async () => {
    const before = sim.tokenRequestCount;
    sim.tokenLifetimeSeconds = 120;
    try {
      expect((await tokenRequest()).body.expires_in).toBe(120);
      await tokenRequest({ authorization: basic('x', 'y') });
      expect(sim.tokenRequestCount).toBe(before + 2);
    } finally {
      sim.tokenLifetimeSeconds = 3600;
    }
  });
});

describe('Talkdesk simulator: bearer tokens and scopes', () => {
  it('answers 401 with Talkdesk’s error body without a token or with an unknown one', async () => {
    const missing = await api('GET', '/cm/core/va/cases/1', { token: null });
    expect(missing).toEqual({
      status: 401,
      body: { code: '1000401', message: 'Unauthorized', description: 'Invalid or unverifiable JWT', fields: [] },
    });
    expect((await api('GET', '/cm/core/va/cases/1', { token: 'made-up' })).status).toBe(401);
  });

  it('answers 401 once tokens have expired', async () => {
    const token = await accessToken();
    expect((await api('GET', '/cm/core/va/cases/1', { token })).status).toBe(200);
    sim.expireAllTokens();
    expect((await api('GET', '/cm/core/va/cases/1', { token })).status).toBe(401);
  });

  it('answers 403 when the token lacks the scope the route needs', async () => {
    const readOnly = await accessToken('cases-public:read');
    expect((await api('GET', '/cm/core/va/cases/1', { token: readOnly })).status).toBe(200);
    const write = await api('POST', '/cm/core/va/cases', { token: readOnly, json: { title: 't', description: 'd' } });
    expect(write).toEqual({
      status: 403,
      body: {
        code: '1000403',
        message: 'Forbidden',
        description: 'The access token is missing the scope cases-public:write',
        fields: [],
      },
    });
    expect((await api('GET', '/cm/meta/va/fields', { token: readOnly })).status).toBe(403);
  });
});

describe('Talkdesk simulator: case fields', () => {
  it('lists definitions for every prefix of the create sample, in the documented shape', async () => {
    const res = await fetch(`${sim.url}/cm/meta/va/fields`, {
      headers: { authorization: `Bearer ${await accessToken()}` },
    });
    const fields = (await res.json()) as { key: string; active: boolean; dict_list?: { key: string }[] }[];
    expect(res.status).toBe(200);
    expect(fields.map((f) => f.key)).toEqual(
      expect.arrayContaining([
        'text1',
        'checkbox1',
        'dropdown1',
        'dependent_field1',
        'date1',
        'numeric1',
        'decimal1',
        'multi_line_text1',
        'multi_select1',
      ]),
    );
    expect(fields.find((f) => f.key === 'dropdown1')?.dict_list?.map((o) => o.key)).toContain('1');
    expect(fields.find((f) => f.key === 'multi_select1')?.dict_list?.map((o) => o.key)).toEqual(
      expect.arrayContaining(['002', '003']),
    );
    // "If true, agents must enter a value in the field to change the case status to solved."
    expect(fields.filter((f) => 'required' in f && f.required === true).map((f) => f.key)).toEqual(['text2']);
    expect(fields[0]).toEqual({
      id: '1',
      key: 'text1',
      name: 'Order number',
      type: 'text',
      description: expect.any(String),
      required: false,
      active: true,
      created_at: '2024-01-15T08:00:00Z',
      updated_at: '2024-01-15T08:00:00Z',
    });
  });
});

describe('Talkdesk simulator: create', () => {
  it('accepts the seed’s create sample and answers 201 with the case', async () => {
    const { status, body } = await api('POST', '/cm/core/va/cases', { json: SEED_CREATE_BODY });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      id: expect.stringMatching(/^[1-9]\d*$/),
      title: 'test title',
      description: 'test description',
      parent_id: '1',
      owner_id: '61036b508ff57b5578f25a10',
      status: 'OPEN',
      priority: 'LOW',
      requester_id: expect.any(String),
      requester_name: 'example',
      requester_email: 'example@example.com',
      requester_type: 'Contact',
      custom_fields: { checkbox1: true, dropdown1: '1', text1: 'text desc', multi_select1: ['002', '003'] },
      notes: [{ id: expect.any(String), note_title: 'test subject', note_body: 'test body', public: true }],
      create_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
    });
    const again = await api('GET', `/cm/core/va/cases/${body.id as string}`);
    expect(again.body).toMatchObject({ id: body.id, status: 'Open', priority: 'Low', agent_name: 'Ana Agent' });
  });

  it('numbers cases from "1" (the seeded case) upwards', async () => {
    expect((await api('GET', '/cm/core/va/cases/1')).body.id).toBe('1');
    const a = await api('POST', '/cm/core/va/cases', { json: { title: 'a', description: 'a' } });
    const b = await api('POST', '/cm/core/va/cases', { json: { title: 'b', description: 'b' } });
    expect(Number(b.body.id)).toBe(Number(a.body.id) + 1);
    expect(a.body.status).toBe('NEW');
  });

  it('requires title and description', async () => {
    const { status, body } = await api('POST', '/cm/core/va/cases', { json: { priority: 'LOW' } });
    expect(status).toBe(400);
    expect(body).toEqual({
      code: '1000400',
      message: 'Invalid request body',
      fields: [
        { name: 'title', description: 'title is required' },
        { name: 'description', description: 'description is required' },
      ],
    });
  });

  it('rejects fields the create body does not have, and enum spellings it does not use', async () => {
    const { status, body } = await api('POST', '/cm/core/va/cases', {
      json: { title: 't', description: 'd', status: 'OPEN', priority: 'Low', requester_type: 'Robot' },
    });
    expect(status).toBe(400);
    expect(fieldNames(body)).toEqual(['priority', 'requester_type', 'status']);
  });

  it('rejects custom fields in object form, unknown or inactive keys, and values of the wrong type', async () => {
    const { status, body } = await api('POST', '/cm/core/va/cases', {
      json: {
        title: 't',
        description: 'd',
        custom_fields: {
          text1: { value: 'object form' },
          nope1: 'x',
          text9: 'inactive',
          numeric1: 1.5,
          dropdown1: 99,
          date1: '21/04/2022',
          dependent_field1: ['bbb2a5e7-6190-4eb1-b889-ec37e0badd0b'],
        },
      },
    });
    expect(status).toBe(400);
    expect(fieldNames(body)).toEqual([
      'custom_fields.date1',
      'custom_fields.dependent_field1',
      'custom_fields.dropdown1',
      'custom_fields.nope1',
      'custom_fields.numeric1',
      'custom_fields.text1',
      'custom_fields.text9',
    ]);
  });

  it('rejects an unknown parent, an unknown agent, a malformed email and a note without a body', async () => {
    const { body } = await api('POST', '/cm/core/va/cases', {
      json: {
        title: 't',
        description: 'd',
        parent_id: '999',
        owner_id: 'nobody',
        requester_email: 'not-an-email',
        notes: [{ note_title: 'x', public: true }],
      },
    });
    expect(fieldNames(body)).toEqual(['notes[0].note_body', 'owner_id', 'parent_id', 'requester_email']);
  });

  it('requires a JSON body', async () => {
    const res = await api('POST', '/cm/core/va/cases', {
      json: { title: 't', description: 'd' },
      contentType: 'text/plain',
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('Content-Type must be application/json');
  });
});

describe('Talkdesk simulator: update and get', () => {
  async function newCase(): Promise<string> {
    const { body } = await api('POST', '/cm/core/va/cases', { json: SEED_CREATE_BODY });
    return body.id as string;
  }

  it('accepts object-form custom fields with matching labels, appends notes, and answers 200', async () => {
    const id = await newCase();
    const { status, body } = await api('PATCH', `/cm/core/va/cases/${id}`, {
      json: {
        status: 'ON-HOLD',
        type: 'QUESTION',
        custom_fields: {
          dropdown1: { label: 'South', value: '2' },
          multi_select1: { label: ['1111'], value: ['001'] },
          text1: { value: 'changed' },
        },
        notes: [{ note_body: 'second' }],
        group_id: 'group',
      },
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id,
      status: 'ON-HOLD',
      type: 'QUESTION',
      group_id: 'group',
      custom_fields: {
        dropdown1: { label: 'South', value: '2' },
        multi_select1: { label: ['1111'], value: ['001'] },
        text1: { value: 'changed' },
        checkbox1: { value: true },
      },
    });
    expect((body.notes as unknown[]).length).toBe(2);
    const got = await api('GET', `/cm/core/va/cases/${id}`);
    expect(got.body).toMatchObject({ status: 'On-hold', type: 'Question' });
  });

  it('rejects flat custom fields and labels that do not match the options', async () => {
    const id = await newCase();
    const { status, body } = await api('PATCH', `/cm/core/va/cases/${id}`, {
      json: {
        custom_fields: {
          text1: 'flat',
          dropdown1: { label: 'North', value: '2' },
          checkbox1: { value: true, colour: 'red' },
        },
      },
    });
    expect(status).toBe(400);
    expect(fieldNames(body)).toEqual(['custom_fields.checkbox1', 'custom_fields.dropdown1', 'custom_fields.text1']);
  });

  it('requires a resolution and the required-to-solve fields when solving', async () => {
    const id = await newCase();
    const unsolved = await api('PATCH', `/cm/core/va/cases/${id}`, { json: { status: 'RESOLVED' } });
    expect(unsolved.status).toBe(400);
    expect(fieldNames(unsolved.body)).toEqual(['custom_fields.text2', 'resolution']);
    const solved = await api('PATCH', `/cm/core/va/cases/${id}`, {
      json: { status: 'RESOLVED', resolution: 'Replaced the part', custom_fields: { text2: { value: 'Worn part' } } },
    });
    expect(solved.status).toBe(200);
    expect(solved.body).toMatchObject({ status: 'RESOLVED', resolution: 'Replaced the part' });
  });

  it('counts a value already on the case towards solving, and a blank value as none', async () => {
    const id = await newCase();
    const fields = await api('GET', '/cm/meta/va/fields');
    expect(fields.status).toBe(200);
    const blank = await api('PATCH', `/cm/core/va/cases/${id}`, {
      json: { status: 'RESOLVED', resolution: 'r', custom_fields: { text2: { value: ' ' } } },
    });
    expect(blank.status).toBe(400);
    expect(fieldNames(blank.body)).toEqual(['custom_fields.text2']);
    expect(
      (await api('PATCH', `/cm/core/va/cases/${id}`, { json: { custom_fields: { text2: { value: 'Worn part' } } } }))
        .status,
    ).toBe(200);
    const solved = await api('PATCH', `/cm/core/va/cases/${id}`, {
      json: { status: 'RESOLVED', resolution: 'Replaced' },
    });
    expect(solved.status).toBe(200);
    expect(solved.body).toMatchObject({ status: 'RESOLVED', custom_fields: { text2: { value: 'Worn part' } } });
  });

  it('rejects fields the update body does not have', async () => {
    const id = await newCase();
    const { status, body } = await api('PATCH', `/cm/core/va/cases/${id}`, {
      json: { requester_email: 'a@b.co', requester_type: 'Agent', status: 'On-hold' },
    });
    expect(status).toBe(400);
    expect(fieldNames(body)).toEqual(['requester_email', 'requester_type', 'status']);
  });

  it('takes parent_id on update when it names another existing case', async () => {
    const parent = await newCase();
    const child = await newCase();
    const set = await api('PATCH', `/cm/core/va/cases/${child}`, { json: { parent_id: parent } });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ id: child, parent_id: parent });
    for (const parentId of ['424242', child]) {
      const refused = await api('PATCH', `/cm/core/va/cases/${child}`, { json: { parent_id: parentId } });
      expect([refused.status, fieldNames(refused.body)]).toEqual([400, ['parent_id']]);
    }
  });

  it('refuses to set Closed manually, and to change a case Talkdesk closed', async () => {
    const id = await newCase();
    const manual = await api('PATCH', `/cm/core/va/cases/${id}`, { json: { status: 'CLOSED' } });
    expect([manual.status, fieldNames(manual.body)]).toEqual([400, ['status']]);
    expect(sim.closeResolvedCase(id)).toBe(false);
    const solved = await api('PATCH', `/cm/core/va/cases/${id}`, {
      // text2 ("Root cause") is required to solve.
      json: { status: 'RESOLVED', resolution: 'fixed', custom_fields: { text2: { value: 'worn roller' } } },
    });
    expect(solved.status).toBe(200);
    expect(sim.closeResolvedCase(id)).toBe(true);
    const again = await api('PATCH', `/cm/core/va/cases/${id}`, { json: { title: 'reopen?' } });
    expect(again).toEqual({
      status: 400,
      body: { code: '1000400', message: 'Closed cases cannot be updated', fields: [] },
    });
  });

  it('answers 404 with Talkdesk’s error body for unknown cases', async () => {
    const get = await api('GET', '/cm/core/va/cases/424242');
    expect(get).toEqual({
      status: 404,
      body: { code: '1000404', message: 'Case not found', description: 'No case exists with id 424242', fields: [] },
    });
    expect((await api('PATCH', '/cm/core/va/cases/424242', { json: { title: 'x' } })).status).toBe(404);
  });
});

describe('Talkdesk simulator: case list (get-case-list)', () => {
  const list = (query: string) => api('GET', `/cm/core/va/cases?${query}`);

  it('pages the cases, newest first, filtered by title, description and create_at', async () => {
    const title = `List probe ${Date.now()}`;
    for (let i = 0; i < 3; i += 1) {
      await api('POST', '/cm/core/va/cases', { json: { title, description: `d${i}` } });
    }
    const from = new Date(Date.now() - 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const to = new Date(Date.now() + 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const page = await list(
      `title=${encodeURIComponent(title.toUpperCase())}&create_at=${encodeURIComponent(JSON.stringify([from, to]))}&per_page=2`,
    );
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ total: 3, count: 2, page: 1, per_page: 2 });
    expect(page.body._links).toHaveProperty('next');
    const embedded = page.body._embedded as { data: { title: string; description: string }[] };
    expect(embedded.data.map((c) => c.description)).toEqual(['d2', 'd1']);
    const one = await list(`title=${encodeURIComponent(title)}&description=d0`);
    expect((one.body._embedded as { data: unknown[] }).data).toHaveLength(1);
  });

  type Item = Record<string, unknown> & { id: string; custom_fields: Record<string, { value: unknown }> };
  const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
  const items = (body: Record<string, unknown>) => (body._embedded as { data: Item[] }).data;
  /** Every case, newest created first (the default order), in one page. */
  const everyCase = async () => items((await list('per_page=500')).body);
  const ADA = 'ada@example.com';

  it('answers HAL pages of 50 by default, newest created first, with total, count and links that keep the filters', async () => {
    const all = await everyCase();
    expect(all.length).toBeGreaterThanOrEqual(81);
    const first = await list('');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: all.length, count: 50, page: 1, per_page: 50 });
    expect(items(first.body).map((c) => c.id)).toEqual(all.slice(0, 50).map((c) => c.id));
    const created = all.map((c) => Date.parse(c.create_at as string));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    expect(first.body._links).toEqual({
      self: { href: '/cm/core/va/cases?page=1&per_page=50' },
      next: { href: '/cm/core/va/cases?page=2&per_page=50' },
    });

    const filtered = await list(query({ status: 'Pending', per_page: '3', page: '2' }));
    expect(filtered.body._links).toEqual({
      self: { href: '/cm/core/va/cases?status=Pending&per_page=3&page=2' },
      prev: { href: '/cm/core/va/cases?status=Pending&per_page=3&page=1' },
      next: { href: '/cm/core/va/cases?status=Pending&per_page=3&page=3' },
    });
    const beyond = await list(query({ page: '2147483647', per_page: '500' }));
    expect(beyond.body).toMatchObject({ total: all.length, count: 0, page: 2147483647, per_page: 500 });
    expect(items(beyond.body)).toEqual([]);
  });

  it('lists seeded cases of every status and priority, several each for ada@ and grace@', async () => {
    const seeded = (await everyCase()).filter((c) => Number(c.id) <= 81);
    expect(new Set(seeded.map((c) => c.status))).toEqual(
      new Set(['New', 'Open', 'Pending', 'On-hold', 'Resolved', 'Closed']),
    );
    expect(new Set(seeded.map((c) => c.priority))).toEqual(new Set(['Low', 'Normal', 'High', 'Urgent', null]));
    for (const email of [ADA, 'grace@example.com']) {
      expect(seeded.filter((c) => c.requester_email === email).length).toBeGreaterThanOrEqual(5);
    }
    expect(seeded.filter((c) => Object.keys(c.custom_fields).length > 0).length).toBeGreaterThan(20);
    expect(new Set(seeded.map((c) => c.create_at)).size).toBe(81);
  });

  it.each([
    ['create_at', 'asc'],
    ['create_at', 'desc'],
    ['update_at', 'asc'],
    ['update_at', 'desc'],
  ] as const)('orders by %s %s', async (orderBy, sort) => {
    const page = await list(query({ order_by: orderBy, sort, per_page: '500' }));
    const times = items(page.body).map((c) => Date.parse(c[orderBy] as string));
    expect(times.length).toBeGreaterThanOrEqual(81);
    expect(times).toEqual([...times].sort((a, b) => (sort === 'asc' ? a - b : b - a)));
  });

  it('applies every documented filter, each one exactly', async () => {
    const agentRaised = await api('POST', '/cm/core/va/cases', {
      json: {
        title: 'Headset broken',
        description: 'Raised by an agent',
        requester_type: 'Agent',
        requester_email: 'ana@example.com',
      },
    });
    expect(agentRaised.status).toBe(201);
    const all = await everyCase();
    const ada = all.find((c) => c.requester_email === ADA)!;
    const phoned = all.find((c) => typeof c.requester_phone === 'string' && c.requester_phone !== '')!;
    const mid = all[40]!;
    const cases: [Record<string, string>, (c: Item) => boolean][] = [
      [{ status: 'Pending' }, (c) => c.status === 'Pending'],
      [{ status: 'On-hold' }, (c) => c.status === 'On-hold'],
      [{ priority: '["High","Urgent"]' }, (c) => c.priority === 'High' || c.priority === 'Urgent'],
      [{ type: '["Question", "Incident"]' }, (c) => c.type === 'Question' || c.type === 'Incident'],
      [{ ids: '["2", "5", "9"]' }, (c) => ['2', '5', '9'].includes(c.id)],
      [{ create_at: JSON.stringify([mid.create_at, mid.create_at]) }, (c) => c.id === mid.id],
      [
        { update_at: JSON.stringify(['2026-09-01T00:00:00Z', '2026-10-01T00:00:00Z']) },
        (c) => (c.update_at as string) >= '2026-09-01T00:00:00Z' && (c.update_at as string) <= '2026-10-01T00:00:00Z',
      ],
      [{ custom_fields: '[{"label":"dropdown1","value":"2"}]' }, (c) => c.custom_fields.dropdown1?.value === '2'],
      [
        { custom_fields: '[{"label":"checkbox1","value":true},{"label":"dropdown1","value":1}]' },
        (c) => c.custom_fields.checkbox1?.value === true && c.custom_fields.dropdown1?.value === '1',
      ],
      [
        { custom_fields: '[{"label":"multi_select1","value":"002"}]' },
        (c) => ((c.custom_fields.multi_select1?.value ?? []) as string[]).includes('002'),
      ],
      [{ requester_email: ADA }, (c) => c.requester_email === ADA],
      [{ requester_email: 'ADA@Example.com' }, (c) => c.requester_email === ADA],
      [{ requester_email: 'da@example.com' }, () => false],
      [{ requester_id: ada.requester_id as string }, (c) => c.requester_id === ada.requester_id],
      [{ requester_name: 'lovelace' }, (c) => c.requester_name === 'Ada Lovelace'],
      [{ requester_phone: phoned.requester_phone as string }, (c) => c.requester_phone === phoned.requester_phone],
      [{ requester_type: 'agents' }, (c) => c.id === agentRaised.body.id],
      [{ requester_type: 'contacts' }, (c) => c.id !== agentRaised.body.id],
      [{ agent_id: '61036b508ff57b5578f25a13' }, (c) => c.agent_id === '61036b508ff57b5578f25a13'],
      [{ agent_name: 'kim' }, (c) => c.agent_name === 'Kim Agent'],
      [
        { title: 'refund', description: 'ada lovelace' },
        (c) =>
          (c.title as string).toLowerCase().includes('refund') &&
          (c.description as string).toLowerCase().includes('ada lovelace'),
      ],
    ];
    for (const [params, holds] of cases) {
      const page = await list(query({ ...params, per_page: '500' }));
      expect([params, page.status]).toEqual([params, 200]);
      const want = all.filter(holds).map((c) => c.id);
      expect([params, items(page.body).map((c) => c.id)]).toEqual([params, want]);
      expect(page.body.total).toBe(want.length);
    }
    // Every filter above that is not meant to match nothing matched something.
    expect(all.filter((c) => c.status === 'On-hold').length).toBeGreaterThan(0);
    expect(all.filter((c) => c.custom_fields.multi_select1 !== undefined).length).toBeGreaterThan(0);
  });

  it('refuses an unknown parameter and every malformed value with Talkdesk’s 400 body, naming the parameter', async () => {
    const one = await list('status=OPEN');
    expect(one).toEqual({
      status: 400,
      body: {
        code: '1000400',
        message: 'Invalid query parameters',
        description: 'status must be one of New, Open, Pending, On-hold, Resolved, Closed',
        fields: [
          { name: 'status', description: 'status must be one of New, Open, Pending, On-hold, Resolved, Closed' },
        ],
      },
    });
    const malformed: Record<string, string>[] = [
      { status: '["Open"]' },
      { priority: 'High' },
      { priority: '["HIGH"]' },
      { priority: '[]' },
      { type: '["Bug"]' },
      { ids: '[20808]' },
      { create_at: '["2022-11-01T01:43:29Z"]' },
      { create_at: '["2022-11-01T01:43:29.000Z","2022-11-17T01:43:29Z"]' },
      { update_at: 'yesterday' },
      { custom_fields: '{"label":"checkbox1","value":true}' },
      { custom_fields: '[{"label":"checkbox1","value":"yes"}]' },
      { custom_fields: '[{"label":"numeric1","value":"1"}]' },
      { custom_fields: '[{"label":"text9","value":"x"}]' },
      { custom_fields: '[{"key":"text1","value":"x"}]' },
      { requester_email: 'ada' },
      { requester_type: 'Contact' },
      { title: '' },
      { page: '0' },
      { page: '2147483648' },
      { per_page: '501' },
      { per_page: '1.5' },
      { order_by: 'created_at' },
      { sort: 'up' },
      { requester: ADA },
    ];
    for (const params of malformed) {
      const bad = await list(query(params));
      expect([params, bad.status, fieldNames(bad.body)]).toEqual([params, 400, Object.keys(params)]);
      expect(bad.body.code).toBe('1000400');
    }
    const several = await list('create_at=yesterday&per_page=501&bogus=1');
    expect([several.status, fieldNames(several.body)]).toEqual([400, ['bogus', 'create_at', 'per_page']]);
  });
});
