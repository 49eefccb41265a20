// KHOROS through the GraphQL endpoint over HTTP, against the embedded Khoros CRM spec simulator.
import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import {
  CreateCaseDocument,
  CustomFieldDefinitionsDocument,
  GetCaseByVendorIdDocument,
  GetCaseDocument,
  InteractionNodeDocument,
  NodeDocument,
  ProvidersDocument,
  UpdateCaseDocument,
} from '../../examples/client/generated/graphql.js';
import type {
  CaseFieldsFragment,
  CreateCaseInput,
  CreateCaseMutation,
  InteractionInput,
  UpdateCaseInput,
  UpdateCaseMutation,
} from '../../examples/client/generated/graphql.js';
import { caseGlobalId } from '../../src/domain/globalId.js';
import { startKhorosSimulator } from '../../src/providers/khoros/simulator/index.js';
import type { KhorosSimulator } from '../../src/providers/khoros/simulator/index.js';
import { startTestApp } from '../helpers/app.js';
import type { TestApp } from '../helpers/app.js';
import { dataOf, member } from '../helpers/results.js';
import { DEFAULT_RESILIENCE } from '../../src/http/resilience.js';

const interaction = {
  body: 'My order never arrived',
  createdAt: '2024-05-01T10:00:00.000Z',
  linkUrl: 'https://www.facebook.com/brand/posts/123',
  serviceId: '123_456',
  author: { service: 'facebook', serviceId: '10001', handle: 'jane.doe', name: 'Jane Doe', brandOwned: false },
} satisfies InteractionInput;

const specExample: CreateCaseInput = {
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

async function create(input: CreateCaseInput = specExample): Promise<CreateCaseMutation['createCase']> {
  const res = await app.gql(CreateCaseDocument, { input });
  expect(res.status).toBe(200);
  return dataOf(res).createCase;
}

async function update(input: UpdateCaseInput): Promise<UpdateCaseMutation['updateCase']> {
  return dataOf(await app.gql(UpdateCaseDocument, { input })).updateCase;
}

/** A case created from the spec example. */
async function created(): Promise<CaseFieldsFragment> {
  return member(await create(), 'CreateCaseSuccess').case;
}

async function read(id: string) {
  return dataOf(await app.gql(GetCaseDocument, { id })).case;
}

describe('KHOROS over GraphQL', () => {
  it('createCase sends the spec example and returns the case with nested interactions', async () => {
    const result = member(await create(), 'CreateCaseSuccess');
    expect(result.warnings).toEqual([]);
    const { vendorId } = result.case;
    expect(result.case).toEqual({
      id: caseGlobalId('KHOROS', vendorId),
      vendorId,
      provider: 'KHOROS',
      number: `CASE-${vendorId.padStart(6, '0')}`,
      title: 'Case title',
      description: 'My order never arrived',
      status: 'OPEN',
      vendorStatus: 'open',
      priority: null,
      vendorPriority: null,
      url: `${sim.url}/cases/${vendorId}`,
      createdAt: '2024-05-01T10:00:05.000Z',
      updatedAt: '2024-05-01T10:00:05.000Z',
      requester: {
        id: expect.any(String),
        vendorId: 'cust-1234',
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
          id: expect.any(String),
          vendorId: null,
          body: 'My order never arrived',
          createdAt: '2024-05-01T10:00:00.000Z',
          linkUrl: 'https://www.facebook.com/brand/posts/123',
          service: 'facebook',
          serviceId: '123_456',
          contentType: 'post',
          author: {
            id: expect.any(String),
            vendorId: '10001',
            service: 'facebook',
            serviceId: '10001',
            handle: 'jane.doe',
            name: 'Jane Doe',
            email: null,
            phone: null,
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
    const before = await created();
    const reply = {
      body: 'We are on it',
      createdAt: '2024-05-02T08:29:00.000Z',
      linkUrl: 'https://www.facebook.com/brand/posts/123?comment_id=789',
      serviceId: '123_789',
      service: 'facebook',
      contentType: 'comment',
      author: { service: 'facebook', serviceId: '555', handle: 'brand', name: 'Brand Support', brandOwned: true },
    } satisfies InteractionInput;
    const updated = member(
      await update({
        id: before.id,
        title: 'Order missing',
        interactions: [reply],
        customFields: [
          { key: 'vip', value: true },
          { key: 'tier', value: 'gold' },
        ],
        khoros: { agentEmail: 'supervisor@brand.example' },
      }),
      'UpdateCaseSuccess',
    );
    expect(updated.case).toMatchObject({ id: before.id, vendorId: before.vendorId, title: 'Order missing' });
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

    const after = member(await read(before.id), 'Case');
    expect(after).toEqual({ __typename: 'Case', ...updated.case });
    expect(after.customFields).toEqual([
      { key: 'clubNo', label: 'Customer Club Number', type: 'TEXT', value: 'CLUB-0042' },
      { key: 'tier', label: 'Membership Tier', type: 'SINGLE_SELECT', value: 'gold' },
      { key: 'vip', label: 'VIP Customer', type: 'BOOLEAN', value: true },
    ]);
  });

  it('case reports a case closed in the CRM as CLOSED', async () => {
    const { id, vendorId } = await created();
    sim.closeCase(vendorId);
    const closed = member(await read(id), 'Case');
    expect([closed.status, closed.vendorStatus]).toEqual(['CLOSED', 'closed']);
  });

  it('caseByVendorId finds the case by the CRM id, with the same global id; node refetches it and its interaction', async () => {
    const kase = await created();
    const byVendorId = dataOf(
      await app.gql(GetCaseByVendorIdDocument, { provider: 'KHOROS', vendorId: kase.vendorId }),
    ).caseByVendorId;
    expect(byVendorId).toEqual({ __typename: 'Case', ...kase });

    expect(dataOf(await app.gql(NodeDocument, { id: kase.id })).node).toEqual({ __typename: 'Case', ...kase });
    const [first] = kase.interactions;
    const node = dataOf(await app.gql(InteractionNodeDocument, { id: first!.id })).node;
    expect(node).toEqual({ __typename: 'Interaction', ...first });
    // Every id is distinct: the case's, its requester's, the interaction's and its author's.
    expect(new Set([kase.id, kase.requester?.id, first!.id, first!.author.id]).size).toBe(4);
  });

  it('customFieldDefinitions and providers describe Khoros', async () => {
    const defs = dataOf(await app.gql(CustomFieldDefinitionsDocument, { provider: 'KHOROS' }));
    const providers = dataOf(await app.gql(ProvidersDocument));
    expect(member(defs.customFieldDefinitions, 'CustomFieldDefinitions').fields).toContainEqual({
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
    expect(providers.providers).toEqual([
      {
        provider: 'KHOROS',
        name: 'Khoros',
        simulated: true,
        interactions: 'READ_WRITE',
        notes: 'UNSUPPORTED',
        comments: 'UNSUPPORTED',
        customFields: 'READ_WRITE',
        requiredCreateFields: ['title', 'requester.id'],
        requiredUpdateFields: [],
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
        // One customer's cases (findCases), found by the requester's email; casegraph does the rest.
        listing: {
          requiredFilters: ['requesterEmail'],
          filters: [
            ['status', 'EMULATED'],
            ['priority', 'UNSUPPORTED'],
            ['requesterEmail', 'NATIVE'],
            ['assigneeId', 'UNSUPPORTED'],
            ['createdAt', 'EMULATED'],
            ['updatedAt', 'EMULATED'],
            ['text', 'EMULATED'],
            ['customFields', 'EMULATED'],
          ].map(([filter, support]) => ({ filter, support, detail: expect.stringMatching(/\S/) })),
          orders: [
            { field: 'CREATED_AT', support: 'EMULATED', detail: expect.stringContaining('`created`') },
            { field: 'UPDATED_AT', support: 'EMULATED', detail: expect.stringContaining('`lastUpdated`') },
          ],
          totalCount: true,
        },
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
    expect(member(result, 'ValidationError').fields.map((f) => f.path)).toEqual([
      ['title'],
      ['requester', 'id'],
      ['description'],
    ]);
    expect(sim.server.requests).toEqual([]);
  });

  it('ValidationError with the vendor code when the CRM rejects a field it stopped declaring', async () => {
    await app.gql(CustomFieldDefinitionsDocument, { provider: 'KHOROS' });
    const before = sim.caseFields();
    sim.setCaseFields(before.filter((f) => f.name !== 'clubNo'));
    try {
      const result = member(await create(), 'ValidationError');
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
    const { id, vendorId } = await created();
    sim.closeCase(vendorId);
    expect(await update({ id, title: 'again' })).toMatchObject({
      __typename: 'ValidationError',
      message: 'Khoros rejected the request: This case is closed and can no longer be changed.',
      fields: [],
    });
  });

  it('AuthenticationError when the shared secret was rotated', async () => {
    const secret = sim.config.authValue;
    sim.setAuthValue('rotated-secret');
    try {
      const refused = member(await create(), 'AuthenticationError');
      expect(refused).toMatchObject({ code: 'AUTHENTICATION_FAILED', provider: 'KHOROS' });
      expect(refused.message).not.toContain(secret);
      const byVendorId = await app.gql(GetCaseByVendorIdDocument, { provider: 'KHOROS', vendorId: '1' });
      expect(dataOf(byVendorId).caseByVendorId.__typename).toBe('AuthenticationError');
    } finally {
      sim.setAuthValue(secret);
    }
  });

  it('never sends a dot segment or a slash as a case id: refused before any CRM call', async () => {
    for (const vendorId of ['..', '.', 'a/b', '1001?x=1', 'x'.repeat(129)]) {
      const id = caseGlobalId('KHOROS', vendorId);
      const updated = member(await update({ id, title: 'x' }), 'ValidationError');
      expect(updated.fields.map((f) => f.path)).toEqual([['id']]);
      expect(await read(id)).toMatchObject({ __typename: 'NotFoundError' });
      const byVendorId = await app.gql(GetCaseByVendorIdDocument, { provider: 'KHOROS', vendorId });
      expect(dataOf(byVendorId).caseByVendorId).toMatchObject({ __typename: 'NotFoundError' });
    }
    expect(sim.server.requests.filter((r) => r.path.includes('/case'))).toEqual([]);
  });

  it('NotFoundError, naming the global id, for unknown ids on update, case and caseByVendorId', async () => {
    const unknown = caseGlobalId('KHOROS', '999999');
    expect(await update({ id: unknown, title: 'x' })).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      provider: 'KHOROS',
      id: unknown,
      message: 'Khoros has no case with id "999999".',
    });
    expect(await read(unknown)).toMatchObject({ __typename: 'NotFoundError', id: unknown });
    const byVendorId = await app.gql(GetCaseByVendorIdDocument, { provider: 'KHOROS', vendorId: '999999' });
    expect(dataOf(byVendorId).caseByVendorId).toMatchObject({ __typename: 'NotFoundError', id: unknown });
  });

  it('ValidationError at id, before any CRM call, for an update or read by the vendor id instead of the global id', async () => {
    const { vendorId } = await created();
    sim.server.requests.length = 0;
    const updated = member(await update({ id: vendorId, title: 'x' }), 'ValidationError');
    expect(updated).toMatchObject({ code: 'VALIDATION_FAILED', retriable: false, provider: null });
    expect(updated.fields.map((f) => f.path)).toEqual([['id']]);
    expect(member(await read(vendorId), 'ValidationError').fields.map((f) => f.path)).toEqual([['id']]);
    expect(sim.server.requests).toEqual([]);
  });

  it('OutcomeUnknownError for a CRM 500 to a create; ProviderUnavailableError for a CRM that hangs on reads', async () => {
    await app.gql(CustomFieldDefinitionsDocument, { provider: 'KHOROS' });
    sim.server.injectFault(
      { kind: 'respond', response: { status: 500, json: { error: 'DB', message: 'db-7.internal refused' } } },
      { match: (r) => r.method === 'POST' },
    );
    const failed = await create();
    expect(failed).toMatchObject({ __typename: 'OutcomeUnknownError', retriable: false });
    expect(JSON.stringify(failed)).not.toContain('db-7');

    const { id } = await created();
    sim.server.injectFault(
      { kind: 'hang', ms: 5_000 },
      { times: DEFAULT_RESILIENCE.attempts, match: (r) => r.method === 'GET' && r.path.includes('/case/') },
    );
    expect(await read(id)).toMatchObject({
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
      const { providers } = dataOf(await envApp.gql(ProvidersDocument));
      expect(providers.map(({ provider, simulated }) => ({ provider, simulated }))).toEqual([
        { provider: 'KHOROS', simulated: false },
      ]);
      const res = await envApp.gql(CreateCaseDocument, { input: specExample });
      expect(dataOf(res).createCase.__typename).toBe('CreateCaseSuccess');
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
