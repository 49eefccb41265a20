import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import { startKhorosSimulator } from '../../../src/providers/khoros/simulator/index.js';
import type { KhorosSimulator } from '../../../src/providers/khoros/simulator/index.js';

let sim: KhorosSimulator;
let clock = new Date('2024-05-01T10:00:05.000Z');

beforeAll(async () => {
  sim = await startKhorosSimulator({ now: () => clock });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  clock = new Date('2024-05-01T10:00:05.000Z');
});

const interaction = {
  created: '2024-05-01T10:00:00.000Z',
  body: 'My order never arrived',
  linkUrl: 'https://www.facebook.com/brand/posts/123',
  serviceId: '123_456',
  service: 'facebook',
  contentType: 'post',
  author: { service: 'facebook', serviceId: '10001', handle: 'jane.doe', name: 'Jane Doe', brandOwned: false },
};

const writeHeaders = (): Record<string, string> => ({
  authorization: sim.config.authValue,
  'x-sf-email': sim.config.agentEmail,
  'x-sf-initiative': sim.config.initiativeId,
  'x-sf-company-id': sim.config.companyId,
  'content-type': 'application/json',
});
const readHeaders = (): Record<string, string> => ({
  authorization: sim.config.authValue,
  'x-sf-user-email': sim.config.agentEmail,
  'x-sf-initiative': sim.config.initiativeId,
  'x-sf-company-id': sim.config.companyId,
});

interface SimJson {
  error?: string;
  message?: string;
  fields?: { name: string; errorMessage: string }[];
  id?: string;
  name?: string;
  [key: string]: unknown;
}

const names = (json: SimJson): string[] => (json.fields ?? []).map((f) => f.name);

async function call(
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: unknown; raw?: string } = {},
): Promise<{ status: number; contentType: string | null; text: string; json: SimJson }> {
  const res = await fetch(`${sim.config.baseUrl}${path}`, {
    method,
    headers: init.headers ?? (method === 'GET' ? readHeaders() : writeHeaders()),
    ...(init.raw !== undefined
      ? { body: init.raw }
      : init.body !== undefined
        ? { body: JSON.stringify(init.body) }
        : {}),
  });
  const text = await res.text();
  let json: SimJson = {};
  try {
    json = JSON.parse(text) as SimJson;
  } catch {
    // plain-text answers (401, 404) have no JSON
  }
  return { status: res.status, contentType: res.headers.get('content-type'), text, json };
}

const without = (headers: Record<string, string>, name: string) =>
  Object.fromEntries(Object.entries(headers).filter(([k]) => k !== name));

async function createCase(extra: Record<string, unknown> = {}): Promise<SimJson & { id: string }> {
  const res = await call('POST', '/case', {
    body: { customerId: 'cust-1234', title: 'Case title', interactions: [interaction], ...extra },
  });
  expect(res.status).toBe(201);
  return res.json as SimJson & { id: string };
}

describe('createCase: POST /case', () => {
  it('serves the spec under the instance URL path', () => {
    expect(sim.config.baseUrl).toBe(`${sim.url}/api/v1`);
  });

  it('answers 201 with the case object for the spec example payload', async () => {
    const res = await call('POST', '/case', {
      body: { customerId: 'cust-1234', title: 'Case title', interactions: [interaction], clubNo: 'CLUB-0042' },
    });
    expect(res.status).toBe(201);
    expect(res.json).toEqual({
      id: expect.stringMatching(/^\d+$/),
      number: expect.stringMatching(/^CASE-\d{6}$/),
      customerId: 'cust-1234',
      title: 'Case title',
      description: 'My order never arrived',
      url: `${sim.url}/cases/${res.json.id}`,
      lastUpdated: '2024-05-01T10:00:05.000Z',
      created: '2024-05-01T10:00:05.000Z',
      status: 'open',
      interactions: [interaction],
      clubNo: 'CLUB-0042',
    });
  });

  it('accepts the customer id as customId (the OpenAPI name) and the agent as x-sf-user-email', async () => {
    const headers = { ...without(writeHeaders(), 'x-sf-email'), 'x-sf-user-email': 'other.agent@brand.example' };
    const res = await call('POST', '/case', { headers, body: { customId: 'cust-9', title: 'T' } });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ customerId: 'cust-9', description: '', interactions: [] });
  });

  it('400s without the customer id and title, naming both', async () => {
    const res = await call('POST', '/case', { body: { interactions: [interaction] } });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({
      error: 'INVALID_FIELDS',
      message: 'The case has 2 invalid fields.',
      fields: [
        { name: 'customerId', errorMessage: 'Required.' },
        { name: 'title', errorMessage: 'Required.' },
      ],
    });
  });

  it('400s on interactions missing required fields, with wrong types, or with unknown properties', async () => {
    const { handle: _h, ...authorWithoutHandle } = interaction.author;
    const { created: _c, ...withoutCreated } = interaction;
    const res = await call('POST', '/case', {
      body: {
        customerId: 'c',
        title: 't',
        interactions: [
          { ...interaction, author: authorWithoutHandle },
          { ...interaction, created: '01/05/2024', author: { ...interaction.author, brandOwned: 'no' } },
          { ...withoutCreated, likes: 3 },
          { ...interaction, author: undefined },
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(names(res.json)).toEqual([
      'interactions[0].author.handle',
      'interactions[1].created',
      'interactions[1].author.brandOwned',
      'interactions[2].created',
      'interactions[2].likes',
      'interactions[3].author',
    ]);
    expect(res.json.fields?.[0]?.errorMessage).toBe('Required.');
  });

  it('400s on properties that are neither documented nor declared custom fields, and on case properties sent as input', async () => {
    const res = await call('POST', '/case', {
      body: { customerId: 'c', title: 't', priority: 'high', status: 'closed', description: 'x' },
    });
    expect(res.status).toBe(400);
    expect(names(res.json)).toEqual(['priority', 'status', 'description']);
  });

  it('checks custom field values against their declared type and list values', async () => {
    const res = await call('POST', '/case', {
      body: { customerId: 'c', title: 't', clubNo: 42, vip: 'yes', tier: 'platinum', agentSummary: 'ok' },
    });
    expect(res.status).toBe(400);
    expect(res.json.fields).toEqual([
      { name: 'clubNo', errorMessage: 'Expected a string, got a number.' },
      { name: 'vip', errorMessage: 'Expected a boolean, got a string.' },
      { name: 'tier', errorMessage: 'Expected one of "gold", "silver", "bronze".' },
    ]);
    const ok = await createCase({ clubNo: 'A1', vip: true, tier: 'silver', agentSummary: 'Line one\nLine two' });
    expect(ok).toMatchObject({ clubNo: 'A1', vip: true, tier: 'silver', agentSummary: 'Line one\nLine two' });
  });

  it('400s on a body that is not JSON or not declared as JSON', async () => {
    const asText = await call('POST', '/case', {
      headers: { ...writeHeaders(), 'content-type': 'text/plain' },
      body: { customerId: 'c', title: 't' },
    });
    expect([asText.status, asText.json.error]).toEqual([400, 'UNSUPPORTED_CONTENT_TYPE']);
    const notJson = await call('POST', '/case', { raw: '{"customerId": ' });
    expect([notJson.status, notJson.json.error]).toEqual([400, 'INVALID_JSON']);
    const array = await call('POST', '/case', { body: [] });
    expect([array.status, array.json.error]).toEqual([400, 'INVALID_JSON']);
  });
});

describe('authentication and tenant headers', () => {
  const body = { customerId: 'c', title: 't' };

  it('401s in plain text without the secret, with a wrong one, or with it in another header', async () => {
    for (const headers of [
      without(writeHeaders(), 'authorization'),
      { ...writeHeaders(), authorization: 'wrong' },
      { ...without(writeHeaders(), 'authorization'), 'x-api-key': sim.config.authValue },
      { ...writeHeaders(), authorization: `Bearer ${sim.config.authValue}` },
    ]) {
      const res = await call('POST', '/case', { headers, body });
      expect([res.status, res.text]).toEqual([401, 'API key is invalid or has become de-authenticated']);
      expect(res.contentType).toMatch(/^text\/plain/);
    }
  });

  it('401s for another company, comparing the 64-bit id as a string (no float rounding)', async () => {
    expect(sim.config.companyId).toBe('9007199254740993');
    const rounded = String(Number(sim.config.companyId));
    expect(rounded).toBe('9007199254740992');
    const res = await call('POST', '/case', { headers: { ...writeHeaders(), 'x-sf-company-id': rounded }, body });
    expect(res.status).toBe(401);
  });

  it('400s without the tenant headers or with malformed ones', async () => {
    const res = await call('POST', '/case', {
      headers: {
        ...without(without(writeHeaders(), 'x-sf-email'), 'x-sf-initiative'),
        'x-sf-company-id': '12.0',
      },
      body,
    });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ error: 'INVALID_HEADERS' });
    expect(names(res.json)).toEqual(['x-sf-company-id', 'x-sf-initiative', 'x-sf-email']);
    const tooBig = await call('POST', '/case', {
      headers: { ...writeHeaders(), 'x-sf-initiative': '9223372036854775808' },
      body,
    });
    expect([tooBig.status, tooBig.json.fields]).toEqual([
      400,
      [{ name: 'x-sf-initiative', errorMessage: 'Must be a 64-bit integer.' }],
    ]);
  });
});

describe('updateCase: PATCH /case/{id}', () => {
  it('answers 201, appends interactions, changes title and custom fields, keeps the rest', async () => {
    const created = await createCase({ clubNo: 'A1', tier: 'gold' });
    clock = new Date('2024-05-02T08:30:00.000Z');
    const reply = { ...interaction, body: 'We are on it', contentType: 'comment', serviceId: '123_789' };
    const res = await call('PATCH', `/case/${created.id}`, {
      body: { title: 'Order missing', interactions: [reply], tier: 'silver' },
    });
    expect(res.status).toBe(201);
    expect(res.json).toEqual({
      ...created,
      title: 'Order missing',
      lastUpdated: '2024-05-02T08:30:00.000Z',
      interactions: [interaction, reply],
      clubNo: 'A1',
      tier: 'silver',
    });
    expect(sim.storedCase(created.id)).toEqual(res.json);
  });

  it('applies the same checks as create, without requiring customer id or title', async () => {
    const created = await createCase();
    const ok = await call('PATCH', `/case/${created.id}`, { body: { vip: true } });
    expect([ok.status, ok.json.vip]).toEqual([201, true]);
    const bad = await call('PATCH', `/case/${created.id}`, { body: { title: '', nickname: 'x' } });
    expect([bad.status, names(bad.json)]).toEqual([400, ['nickname', 'title']]);
  });

  it('404s in plain text for an unknown id', async () => {
    const res = await call('PATCH', '/case/999999', { body: { title: 'x' } });
    expect([res.status, res.text]).toEqual([404, 'No case exists with the provided ID']);
  });

  it('422s on a closed case', async () => {
    const created = await createCase();
    sim.closeCase(created.id);
    const res = await call('PATCH', `/case/${created.id}`, { body: { title: 'again' } });
    expect(res.status).toBe(422);
    expect(res.json).toEqual({ error: 'CASE_CLOSED', message: 'This case is closed and can no longer be changed.' });
  });

  it('401s before revealing whether a case exists', async () => {
    const res = await call('PATCH', '/case/999999', { headers: { ...writeHeaders(), authorization: 'x' }, body: {} });
    expect(res.status).toBe(401);
  });
});

describe('lookupCase: GET /case/{id}', () => {
  it('answers 200 with the stored case', async () => {
    const created = await createCase({ clubNo: 'Z9' });
    const res = await call('GET', `/case/${created.id}`);
    expect([res.status, res.json]).toEqual([200, created]);
  });

  it('404s in plain text for an unknown id and checks the same headers', async () => {
    const missing = await call('GET', '/case/nope');
    expect([missing.status, missing.text]).toEqual([404, 'No case exists with the provided ID']);
    const noInitiative = await call('GET', '/case/nope', { headers: without(readHeaders(), 'x-sf-initiative') });
    expect(noInitiative.status).toBe(400);
  });
});

describe('Define Object Structures: GET /meta/object/{type}', () => {
  const metaHeaders = () => without(readHeaders(), 'x-sf-initiative');

  it('declares the docs clubNo field plus a list and a checkbox for cases', async () => {
    const res = await call('GET', '/meta/object/case', { headers: metaHeaders() });
    expect(res.status).toBe(200);
    expect(res.json.name).toBe('case');
    expect(res.json.fields).toContainEqual({
      name: 'clubNo',
      label: 'Customer Club Number',
      type: 'text',
      searchable: false,
    });
    expect((res.json.fields as unknown as { type: string }[]).map((f) => f.type)).toEqual(
      expect.arrayContaining(['text', 'single_sel_list', 'checkbox']),
    );
  });

  it('serves customer too, and 404s "Meta Type Not Supported" for anything else', async () => {
    const customer = await call('GET', '/meta/object/customer', { headers: metaHeaders() });
    expect([customer.status, customer.json.name]).toEqual([200, 'customer']);
    const other = await call('GET', '/meta/object/interaction', { headers: metaHeaders() });
    expect([other.status, other.text]).toEqual([404, 'Meta Type Not Supported']);
  });

  it('401s "Invalid API Key" and 400s {error, message} without the company', async () => {
    const denied = await call('GET', '/meta/object/case', { headers: { ...metaHeaders(), authorization: 'x' } });
    expect([denied.status, denied.text]).toEqual([401, 'Invalid API Key']);
    const noCompany = await call('GET', '/meta/object/case', { headers: without(metaHeaders(), 'x-sf-company-id') });
    expect(noCompany.status).toBe(400);
    expect(Object.keys(noCompany.json).sort()).toEqual(['error', 'message']);
  });

  it('enforces whatever fields are declared now', async () => {
    const before = sim.caseFields();
    try {
      sim.setCaseFields([{ name: 'region', label: 'Region', type: 'text', searchable: false }]);
      const res = await call('POST', '/case', { body: { customerId: 'c', title: 't', clubNo: 'A1', region: 'EU' } });
      expect([res.status, res.json.fields]).toEqual([
        400,
        [{ name: 'clubNo', errorMessage: 'Unknown property: not a case field declared by /meta/object/case.' }],
      ]);
    } finally {
      sim.setCaseFields(before);
    }
  });
});

describe('other paths', () => {
  it('404s paths the spec does not define and 405s wrong methods', async () => {
    expect((await call('GET', '/cases')).status).toBe(404);
    expect((await call('DELETE', '/case/1')).status).toBe(405);
  });
});
