// KHOROS through the GraphQL endpoint over HTTP, against the embedded Khoros CRM spec simulator.
import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import { startKhorosSimulator } from '../../src/providers/khoros/simulator.js';
import type { KhorosSimulator } from '../../src/providers/khoros/simulator.js';
import { startTestApp } from '../helpers/app.js';
import { CREATE_CASE, UPDATE_CASE, getCase } from '../helpers/operations.js';
import type { TestApp } from '../helpers/app.js';

const CREATE = CREATE_CASE;
const UPDATE = UPDATE_CASE;
const GET = getCase('KHOROS');

const interaction = {
  body: 'My order never arrived',
  createdAt: '2024-05-01T10:00:00.000Z',
  linkUrl: 'https://www.facebook.com/brand/posts/123',
  serviceId: '123_456',
  author: { service: 'facebook', serviceId: '10001', handle: 'jane.doe', name: 'Jane Doe', brandOwned: false },
};

const specExample = {
  provider: 'KHOROS',
  title: 'Case title',
  requester: { id: 'cust-1234' },
  interactions: [interaction],
  customFields: [{ key: 'clubNo', value: 'CLUB-0042' }],
};

let sim: KhorosSimulator;
let app: TestApp;
const clock = new Date('2024-05-01T10:00:05.000Z');

beforeAll(async () => {
  sim = await startKhorosSimulator({ now: () => clock });
  app = await startTestApp({
    simulators: { KHOROS: sim },
    env: { CASEGRAPH_PROVIDERS: 'KHOROS' },
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

/** What these tests read from a mutation result (success or error member). */
interface ResultJson {
  __typename: string;
  case: { id: string; title: string; interactions: { body: string; contentType: string }[]; [key: string]: unknown };
  warnings: unknown[];
  message: string;
  fields: { path: string[]; message: string; vendorCode: string | null }[];
  [key: string]: unknown;
}

async function create(input: Record<string, unknown> = specExample): Promise<ResultJson> {
  const res = await app.gql<{ createCase: ResultJson }>(CREATE, { input });
  expect(res.body.errors).toBeUndefined();
  expect(res.status).toBe(200);
  return res.body.data!.createCase;
}

describe('KHOROS over GraphQL', () => {
  it('createCase sends the spec example and returns the case with nested interactions', async () => {
    const result = await create();
    expect(result.__typename).toBe('CreateCaseSuccess');
    expect(result.warnings).toEqual([]);
    const id: string = result.case.id;
    expect(result.case).toEqual({
      id,
      provider: 'KHOROS',
      number: `CASE-${id.padStart(6, '0')}`,
      title: 'Case title',
      description: 'My order never arrived',
      status: 'OPEN',
      vendorStatus: 'open',
      priority: null,
      vendorPriority: null,
      url: `${sim.url}/cases/${id}`,
      createdAt: '2024-05-01T10:00:05.000Z',
      updatedAt: '2024-05-01T10:00:05.000Z',
      requester: {
        id: 'cust-1234',
        service: null,
        serviceId: null,
        handle: null,
        name: null,
        email: null,
        phone: null,
        brandOwned: null,
      },
      assignee: null,
      interactions: [
        {
          id: null,
          body: 'My order never arrived',
          createdAt: '2024-05-01T10:00:00.000Z',
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
    const [post] = sim.server.received('POST', '/api/v1/case');
    expect(JSON.parse(post!.rawBody)).toEqual({
      customerId: 'cust-1234',
      title: 'Case title',
      interactions: [
        {
          created: '2024-05-01T10:00:00.000Z',
          body: 'My order never arrived',
          linkUrl: 'https://www.facebook.com/brand/posts/123',
          serviceId: '123_456',
          service: 'facebook',
          contentType: 'post',
          author: interaction.author,
        },
      ],
      clubNo: 'CLUB-0042',
    });
  });

  it('updateCase appends an interaction, renames, sets custom fields; case reads it back', async () => {
    const created = await create();
    const reply = {
      body: 'We are on it',
      createdAt: '2024-05-02T08:29:00.000Z',
      linkUrl: 'https://www.facebook.com/brand/posts/123?comment_id=789',
      serviceId: '123_789',
      service: 'facebook',
      contentType: 'comment',
      author: { service: 'facebook', serviceId: '555', handle: 'brand', name: 'Brand Support', brandOwned: true },
    };
    const res = await app.gql<{ updateCase: ResultJson }>(UPDATE, {
      input: {
        provider: 'KHOROS',
        id: created.case.id,
        title: 'Order missing',
        interactions: [reply],
        customFields: [
          { key: 'vip', value: true },
          { key: 'tier', value: 'gold' },
        ],
        khoros: { agentEmail: 'supervisor@brand.example' },
      },
    });
    const updated = res.body.data!.updateCase;
    expect(updated.__typename).toBe('UpdateCaseSuccess');
    expect(updated.case.title).toBe('Order missing');
    expect(updated.case.interactions.map((i) => [i.body, i.contentType])).toEqual([
      ['My order never arrived', 'post'],
      ['We are on it', 'comment'],
    ]);
    const [patch] = sim.server.received('PATCH');
    expect(patch!.headers['x-sf-email']).toBe('supervisor@brand.example');
    expect(JSON.parse(patch!.rawBody)).toEqual({
      title: 'Order missing',
      interactions: [
        {
          created: reply.createdAt,
          body: reply.body,
          linkUrl: reply.linkUrl,
          serviceId: reply.serviceId,
          service: 'facebook',
          contentType: 'comment',
          author: reply.author,
        },
      ],
      vip: true,
      tier: 'gold',
    });

    const read = await app.gql(GET, { id: created.case.id });
    expect(read.body.data.case.__typename).toBe('Case');
    expect(read.body.data.case).toEqual({ __typename: 'Case', ...updated.case });
    expect(read.body.data.case.customFields).toEqual([
      { key: 'clubNo', label: 'Customer Club Number', type: 'TEXT', value: 'CLUB-0042' },
      { key: 'tier', label: 'Membership Tier', type: 'SINGLE_SELECT', value: 'gold' },
      { key: 'vip', label: 'VIP Customer', type: 'BOOLEAN', value: true },
    ]);
  });

  it('case reports a case closed in the CRM as CLOSED', async () => {
    const created = await create();
    sim.closeCase(created.case.id);
    const res = await app.gql(GET, { id: created.case.id });
    expect([res.body.data.case.status, res.body.data.case.vendorStatus]).toEqual(['CLOSED', 'closed']);
  });

  it('customFieldDefinitions and providers describe Khoros', async () => {
    const defs = await app.gql(`{
      customFieldDefinitions(provider: KHOROS) {
        __typename
        ... on CustomFieldDefinitions { provider fields { key label type required options { value label } } }
      }
      providers { provider name simulated interactions notes comments customFields requiredCreateFields unsupportedCreateFields unsupportedUpdateFields }
    }`);
    expect(defs.body.data.customFieldDefinitions.fields).toContainEqual({
      key: 'tier',
      label: 'Membership Tier',
      type: 'SINGLE_SELECT',
      required: false,
      options: [
        { value: 'gold', label: 'Gold' },
        { value: 'silver', label: 'Silver' },
        { value: 'bronze', label: 'Bronze' },
      ],
    });
    expect(defs.body.data.providers).toEqual([
      {
        provider: 'KHOROS',
        name: 'Khoros',
        simulated: true,
        interactions: 'READ_WRITE',
        notes: 'UNSUPPORTED',
        comments: 'UNSUPPORTED',
        customFields: 'READ_WRITE',
        requiredCreateFields: ['title', 'requester.id'],
        unsupportedCreateFields: [
          'description',
          'priority',
          'status',
          'assigneeId',
          'notes',
          'comments',
          'requester.name',
          'requester.email',
        ],
        unsupportedUpdateFields: ['description', 'priority', 'status', 'assigneeId', 'notes', 'comments'],
      },
    ]);
  });
});

describe('KHOROS errors over GraphQL', () => {
  it('ValidationError before any vendor call for missing and unsupported input', async () => {
    const result = await create({
      provider: 'KHOROS',
      description: 'Khoros has no description input',
      interactions: [interaction],
    });
    expect(result).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION_FAILED', retriable: false });
    expect(result.fields.map((f) => f.path)).toEqual([['title'], ['requester', 'id'], ['description']]);
    expect(sim.server.requests).toEqual([]);
  });

  it('ValidationError with the vendor code when the CRM rejects a field it stopped declaring', async () => {
    await app.gql('{ customFieldDefinitions(provider: KHOROS) { __typename } }');
    const before = sim.caseFields();
    sim.setCaseFields(before.filter((f) => f.name !== 'clubNo'));
    try {
      const result = await create();
      expect(result.__typename).toBe('ValidationError');
      expect(result.fields).toEqual([
        {
          path: ['customFields', '0'],
          message: 'Unknown property: not a case field declared by /meta/object/case.',
          vendorCode: 'INVALID_FIELDS',
        },
      ]);
    } finally {
      sim.setCaseFields(before);
    }
  });

  it('ValidationError for the CRM 422 on a closed case', async () => {
    const created = await create();
    sim.closeCase(created.case.id);
    const res = await app.gql(UPDATE, { input: { provider: 'KHOROS', id: created.case.id, title: 'again' } });
    expect(res.body.data.updateCase).toMatchObject({
      __typename: 'ValidationError',
      message: 'Khoros rejected the request: This case is closed and can no longer be changed.',
      fields: [],
    });
  });

  it('AuthenticationError when the shared secret was rotated', async () => {
    const secret = sim.config.authValue;
    sim.setAuthValue('rotated-secret');
    try {
      const created = await create();
      expect(created).toMatchObject({
        __typename: 'AuthenticationError',
        code: 'AUTHENTICATION_FAILED',
        provider: 'KHOROS',
      });
      expect(created.message).not.toContain(secret);
      const read = await app.gql(GET, { id: '1' });
      expect(read.body.data.case.__typename).toBe('AuthenticationError');
    } finally {
      sim.setAuthValue(secret);
    }
  });

  it('NotFoundError for unknown ids on update and case', async () => {
    const updated = await app.gql(UPDATE, { input: { provider: 'KHOROS', id: '999999', title: 'x' } });
    expect(updated.body.data.updateCase).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      id: '999999',
      message: 'Khoros has no case with id "999999".',
    });
    const read = await app.gql(GET, { id: '999999' });
    expect(read.body.data.case).toMatchObject({ __typename: 'NotFoundError', id: '999999' });
  });

  it('ProviderUnavailableError for a CRM 500 and for a CRM that hangs', async () => {
    await app.gql('{ customFieldDefinitions(provider: KHOROS) { __typename } }');
    sim.server.injectFault(
      { kind: 'respond', response: { status: 500, json: { error: 'DB', message: 'db-7.internal refused' } } },
      { match: (r) => r.method === 'POST' },
    );
    const failed = await create();
    expect(failed).toMatchObject({
      __typename: 'ProviderUnavailableError',
      message: 'Khoros failed with HTTP 500.',
      retriable: true,
    });

    const created = await create();
    sim.server.injectFault(
      { kind: 'hang', ms: 5_000 },
      { match: (r) => r.method === 'GET' && r.path.includes('/case/') },
    );
    const read = await app.gql(GET, { id: created.case.id });
    expect(read.body.data.case).toMatchObject({
      __typename: 'ProviderUnavailableError',
      message: 'Khoros did not answer in time.',
      retriable: true,
    });
  });
});

describe('KHOROS configured from the environment', () => {
  it('talks to the CRM at KHOROS_BASE_URL with the configured header and ids', async () => {
    const crm = await startKhorosSimulator({ authHeader: 'X-CRM-Key', authValue: 'env-secret', basePath: '/crm/api' });
    const envApp = await startTestApp({
      env: {
        CASEGRAPH_PROVIDERS: 'KHOROS',
        KHOROS_BASE_URL: crm.config.baseUrl,
        KHOROS_AUTH_HEADER: 'X-CRM-Key',
        KHOROS_AUTH_VALUE: 'env-secret',
        KHOROS_AGENT_EMAIL: 'ops@brand.example',
        KHOROS_COMPANY_ID: crm.config.companyId,
        KHOROS_INITIATIVE_ID: '9223372036854775807',
      },
    });
    try {
      const providers = await envApp.gql('{ providers { provider simulated } }');
      expect(providers.body.data.providers).toEqual([{ provider: 'KHOROS', simulated: false }]);
      const res = await envApp.gql(CREATE, { input: specExample });
      expect(res.body.data.createCase.__typename).toBe('CreateCaseSuccess');
      const [post] = crm.server.received('POST', '/crm/api/case');
      expect(post!.headers).toMatchObject({
        'x-crm-key': 'env-secret',
        'x-sf-email': 'ops@brand.example',
        'x-sf-initiative': '9223372036854775807',
        'x-sf-company-id': '9007199254740993',
      });
      expect(post!.headers.authorization).toBeUndefined();
    } finally {
      await envApp.close();
      await crm.close();
    }
  });
});
