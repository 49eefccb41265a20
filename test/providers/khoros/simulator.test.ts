import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import {
  KHOROS_SIM_CUSTOMER_FIELDS,
  KHOROS_SIM_SEED_CASE_COUNT,
  startKhorosSimulator,
} from '../../../src/providers/khoros/simulator/index.js';
import type { KhorosSimulator } from '../../../src/providers/khoros/simulator/index.js';
import { SEED_REQUESTERS, SEED_WINDOW } from '../../../src/simulators/people.js';

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

describe('seeded customers and cases', () => {
  it('holds a customer for each shared seed requester and their cases: ada@ and grace@ several each', () => {
    const customers = sim.customers();
    expect(customers.slice(0, SEED_REQUESTERS.length).map((c) => c.values.email)).toEqual(
      SEED_REQUESTERS.map((r) => r.email),
    );
    const seeded = sim.storedCases().slice(0, KHOROS_SIM_SEED_CASE_COUNT);
    expect(KHOROS_SIM_SEED_CASE_COUNT).toBe(60);
    expect(seeded.map((c) => c.id)).toEqual(Array.from({ length: 60 }, (_, i) => String(1001 + i)));
    const ids = new Set(customers.map((c) => c.id));
    expect(seeded.every((c) => ids.has(c.customerId))).toBe(true);
    const count = (email: string) =>
      seeded.filter((c) => c.customerId === customers.find((k) => k.values.email === email)?.id).length;
    expect(count('ada@example.com')).toBeGreaterThanOrEqual(8);
    expect(count('grace@example.com')).toBeGreaterThanOrEqual(8);
    expect(new Set(seeded.map((c) => c.status))).toEqual(new Set(['open', 'closed']));
    const instants = seeded.flatMap((c) => [Date.parse(c.created), Date.parse(c.lastUpdated)]);
    expect(new Set(instants).size).toBe(instants.length);
    expect(instants.every((t) => t >= SEED_WINDOW.from && t <= SEED_WINDOW.to)).toBe(true);
    expect(seeded.every((c) => Date.parse(c.created) < Date.parse(c.lastUpdated))).toBe(true);
    expect(seeded.filter((c) => typeof c.tier === 'string').length).toBeGreaterThan(5);
    expect(seeded.filter((c) => typeof c.vip === 'boolean').length).toBeGreaterThan(5);
  });

  it('is the same on every start, and empty when told to seed nothing', async () => {
    const again = await startKhorosSimulator({ authValue: sim.config.authValue });
    const empty = await startKhorosSimulator({ seedCases: 0 });
    try {
      const strip = (cases: { url: string }[]) => cases.map(({ url: _url, ...rest }) => rest);
      expect(strip(again.storedCases().slice(0, 60))).toEqual(strip(sim.storedCases().slice(0, 60)));
      expect(empty.storedCases()).toEqual([]);
      expect(empty.customers()).toHaveLength(SEED_REQUESTERS.length);
    } finally {
      await again.close();
      await empty.close();
    }
  });

  it('gives a created case the next id after the seeded ones', async () => {
    const created = await createCase();
    expect(Number(created.id)).toBeGreaterThan(1060);
  });
});

/** The customer endpoints' headers: `x-sf-user-email`, the initiative and the company. */
const customerHeaders = (): Record<string, string> => ({ ...readHeaders(), 'content-type': 'application/json' });

describe('Define Object Structures: the customer object', () => {
  it('declares a searchable email field, a name, and the club number', async () => {
    const res = await call('GET', '/meta/object/customer', {
      headers: without(readHeaders(), 'x-sf-initiative'),
    });
    expect(res.json).toEqual({ name: 'customer', fields: KHOROS_SIM_CUSTOMER_FIELDS });
    expect(res.json.fields).toContainEqual({ name: 'email', label: 'Email', type: 'text', searchable: true });
  });
});

describe('searchCustomers: POST /customers', () => {
  it('answers 200 with an array of customer objects matching every criterion (id, url, declared fields)', async () => {
    const res = await call('POST', '/customers', { headers: customerHeaders(), body: { email: 'ada@example.com' } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual([
      {
        id: 'cust-0001',
        url: `${sim.url}/customers/cust-0001`,
        email: 'ada@example.com',
        name: 'Ada Lovelace',
        clubNo: 'CLUB-0007',
        loyaltyOptIn: true,
      },
    ]);
    const both = await call('POST', '/customers', {
      headers: customerHeaders(),
      body: { email: 'ADA@example.com', clubNo: 'CLUB-0007' },
    });
    expect((both.json as unknown as { id: string }[]).map((c) => c.id)).toEqual(['cust-0001']);
    const mismatch = await call('POST', '/customers', {
      headers: customerHeaders(),
      body: { email: 'ada@example.com', clubNo: 'CLUB-0020' },
    });
    expect(mismatch.status).toBe(204);
  });

  it('answers 204 with no body when no customer matches', async () => {
    const res = await call('POST', '/customers', { headers: customerHeaders(), body: { email: 'nobody@example.com' } });
    expect([res.status, res.text]).toEqual([204, '']);
  });

  it('400s {error, message, fields} for a field that is not declared, not searchable or not a string', async () => {
    const res = await call('POST', '/customers', {
      headers: customerHeaders(),
      body: { name: 'Ada Lovelace', phone: '555', email: 42 },
    });
    expect([res.status, res.json.error, res.json.fields]).toEqual([
      400,
      'INVALID_FIELDS',
      [
        { name: 'name', errorMessage: 'Not searchable: /meta/object/customer declares it "searchable": false.' },
        { name: 'phone', errorMessage: 'Unknown property: not a customer field declared by /meta/object/customer.' },
        { name: 'email', errorMessage: 'Expected a string, got a number.' },
      ],
    ]);
  });

  it('400s for no criteria, a body that is not JSON, and a query parameter', async () => {
    const none = await call('POST', '/customers', { headers: customerHeaders(), body: {} });
    expect([none.status, none.json.error]).toEqual([400, 'NO_CRITERIA']);
    const text = await call('POST', '/customers', {
      headers: { ...customerHeaders(), 'content-type': 'text/plain' },
      raw: 'email=ada@example.com',
    });
    expect([text.status, text.json.error]).toEqual([400, 'UNSUPPORTED_CONTENT_TYPE']);
    const query = await call('POST', '/customers?limit=5', { headers: customerHeaders(), body: { email: 'x' } });
    expect([query.status, query.json.fields]).toEqual([
      400,
      [{ name: 'limit', errorMessage: 'Unknown query parameter.' }],
    ]);
  });

  it('401s in plain text for a wrong secret, 400s without the tenant headers', async () => {
    const denied = await call('POST', '/customers', {
      headers: { ...customerHeaders(), authorization: 'x' },
      body: { email: 'ada@example.com' },
    });
    expect([denied.status, denied.text]).toEqual([401, 'API key is invalid or has become de-authenticated']);
    const noInitiative = await call('POST', '/customers', {
      headers: without(customerHeaders(), 'x-sf-initiative'),
      body: { email: 'ada@example.com' },
    });
    expect([noInitiative.status, names(noInitiative.json)]).toEqual([400, ['x-sf-initiative']]);
  });

  it('searches whatever fields are declared searchable now', async () => {
    try {
      sim.setCustomerFields(KHOROS_SIM_CUSTOMER_FIELDS.map((f) => ({ ...f, searchable: f.name === 'name' })));
      const byName = await call('POST', '/customers', { headers: customerHeaders(), body: { name: 'Grace Hopper' } });
      expect((byName.json as unknown as { id: string }[]).map((c) => c.id)).toEqual(['cust-0002']);
      const byEmail = await call('POST', '/customers', {
        headers: customerHeaders(),
        body: { email: 'x@example.com' },
      });
      expect(byEmail.status).toBe(400);
    } finally {
      sim.setCustomerFields(KHOROS_SIM_CUSTOMER_FIELDS);
    }
  });
});

describe('bestmatchCustomers: POST /customer/bestmatch', () => {
  it('answers 200 with the best match for the social information given, as an array', async () => {
    const byEmail = await call('POST', '/customer/bestmatch', {
      headers: customerHeaders(),
      body: { email: 'grace@example.com', screenName: 'ghopper', phoneNumbers: ['555-0100'] },
    });
    expect(byEmail.status).toBe(200);
    expect((byEmail.json as unknown as { id: string; url: string }[]).map((c) => [c.id, c.url])).toEqual([
      ['cust-0002', `${sim.url}/customers/cust-0002`],
    ]);
    const byName = await call('POST', '/customer/bestmatch', {
      headers: customerHeaders(),
      body: { displayName: 'Alan Turing' },
    });
    expect((byName.json as unknown as { id: string }[]).map((c) => c.id)).toEqual(['cust-0003']);
  });

  it('answers an empty array when nothing matches: every field is optional, even all of them', async () => {
    for (const body of [{}, { email: 'nobody@example.com' }]) {
      const res = await call('POST', '/customer/bestmatch', { headers: customerHeaders(), body });
      expect([res.status, res.text]).toEqual([200, '[]']);
    }
  });

  it('finds by email even where the customer object declares no email field', async () => {
    try {
      sim.setCustomerFields([]);
      const res = await call('POST', '/customer/bestmatch', {
        headers: customerHeaders(),
        body: { email: 'ada@example.com' },
      });
      expect(res.json).toEqual([{ id: 'cust-0001', url: `${sim.url}/customers/cust-0001` }]);
    } finally {
      sim.setCustomerFields(KHOROS_SIM_CUSTOMER_FIELDS);
    }
  });

  it('400s {error, message, fields} for an undocumented property or a wrong type', async () => {
    const res = await call('POST', '/customer/bestmatch', {
      headers: customerHeaders(),
      body: { email: 'ada@example.com', phoneNumbers: '555', addresses: [{ city: 'London', country: 'UK' }], age: 36 },
    });
    expect(res.status).toBe(400);
    expect(res.json.error).toBe('INVALID_FIELDS');
    expect(names(res.json).sort()).toEqual(['addresses[0].country', 'age', 'phoneNumbers']);
  });

  it('401s in plain text for a wrong secret', async () => {
    const denied = await call('POST', '/customer/bestmatch', {
      headers: { ...customerHeaders(), authorization: 'x' },
      body: { email: 'ada@example.com' },
    });
    expect([denied.status, denied.text]).toEqual([401, 'API key is invalid or has become de-authenticated']);
  });
});

describe('findCases: GET /customer/{id}/cases', () => {
  it('answers 200 with every case of the customer, whole, as lookupCase answers each', async () => {
    const res = await call('GET', '/customer/cust-0002/cases');
    expect(res.status).toBe(200);
    const cases = res.json as unknown as { id: string; customerId: string }[];
    expect(cases.length).toBeGreaterThanOrEqual(8);
    expect(cases.map((c) => c.id)).toEqual(
      sim
        .storedCases()
        .filter((c) => c.customerId === 'cust-0002')
        .map((c) => c.id),
    );
    for (const c of cases) expect(c).toEqual(sim.storedCase(c.id));
  });

  it('answers an empty array for a customer without cases', async () => {
    const id = sim.addCustomer({ email: 'new@example.com' });
    const res = await call('GET', `/customer/${id}/cases`);
    expect([res.status, res.text]).toEqual([200, '[]']);
  });

  it('404s "No customer exists with the provided ID" in plain text for an unknown customer', async () => {
    const res = await call('GET', '/customer/cust-1234/cases');
    expect([res.status, res.text]).toEqual([404, 'No customer exists with the provided ID']);
  });

  it('400s {error, message} for a query parameter (it takes none), 401s for a wrong secret', async () => {
    const query = await call('GET', '/customer/cust-0001/cases?status=open');
    expect(query.status).toBe(400);
    expect(Object.keys(query.json).sort()).toEqual(['error', 'message']);
    const denied = await call('GET', '/customer/cust-0001/cases', {
      headers: { ...readHeaders(), authorization: 'x' },
    });
    expect([denied.status, denied.text]).toEqual([401, 'API key is invalid or has become de-authenticated']);
  });
});

describe('other paths', () => {
  it('404s paths the spec does not define and 405s wrong methods', async () => {
    expect((await call('GET', '/cases')).status).toBe(404);
    expect((await call('DELETE', '/case/1')).status).toBe(405);
  });
});
