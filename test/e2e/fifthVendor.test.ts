// A fifth vendor, end to end: Acme Helpdesk (test/fixtures/fifthVendor/, a folder with the files
// every vendor folder has, its datasource on the shared base and its simulator on the shared
// harness) is registered the way the four are, as an entry of the vendor-module list startApp
// serves: the registry's PROVIDER_MODULES with one slot given to Acme. The schema's CaseProvider
// enum is published, so a test borrows a value (capabilities.ts) rather than add one; a real fifth
// vendor adds its own (docs/adding-a-vendor.md). Everything else below is what a client sees.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CreateCaseDocument,
  GetCaseDocument,
  InboxCasesDocument,
  ProvidersDocument,
  UpdateCaseDocument,
} from '../../examples/client/generated/graphql.js';
import type { CaseStatus, CreateCaseInput } from '../../examples/client/generated/graphql.js';
import { caseGlobalId } from '../../src/domain/globalId.js';
import { PROVIDER_MODULES } from '../../src/providers/registry.js';
import { header } from '../../src/simulators/harness.js';
import { ACME_PROVIDER, acme } from '../fixtures/fifthVendor/index.js';
import type { RunningAcmeSimulator } from '../fixtures/fifthVendor/index.js';
import { startTestApp } from '../helpers/app.js';
import type { TestApp } from '../helpers/app.js';
import { dataOf, member } from '../helpers/results.js';

let sim: RunningAcmeSimulator;
let app: TestApp;

beforeAll(async () => {
  sim = await acme.startSimulator();
  app = await startTestApp({
    modules: [...PROVIDER_MODULES.filter((m) => m.provider !== ACME_PROVIDER), acme],
    simulators: { [ACME_PROVIDER]: sim },
    env: { CASEGRAPH_PROVIDERS: ACME_PROVIDER },
  });
});
afterAll(async () => {
  await app?.close();
  await sim?.close();
});
beforeEach(() => {
  sim.server.requests.length = 0;
});

async function create(input: Omit<CreateCaseInput, 'provider'>) {
  return dataOf(await app.gql(CreateCaseDocument, { input: { provider: ACME_PROVIDER, ...input } })).createCase;
}

async function inbox(status?: CaseStatus[], text?: string) {
  const res = await app.gql(InboxCasesDocument, { filter: { providers: [ACME_PROVIDER], status, text }, first: 10 });
  return member(dataOf(res).cases, 'CaseConnection');
}

describe('a fifth vendor, registered like the four', () => {
  it('is served in Query.providers with its own capabilities and listing', async () => {
    const { providers } = dataOf(await app.gql(ProvidersDocument));
    expect(providers).toHaveLength(1);
    const [info] = providers;
    expect(info).toMatchObject({
      provider: ACME_PROVIDER,
      name: 'Acme Helpdesk',
      simulated: true,
      notes: 'UNSUPPORTED',
      requiredCreateFields: ['title'],
    });
    expect(info?.listing.filters.find((f) => f.filter === 'status')?.support).toBe('NATIVE');
    expect(info?.listing.filters.find((f) => f.filter === 'text')?.support).toBe('EMULATED');
  });

  it('creates a case, reads it back and lists it, over GraphQL over HTTP', async () => {
    const created = member(
      await create({
        title: 'Printer on fire',
        description: 'Smoke from tray 2.',
        status: 'OPEN',
        requester: { email: 'ada@example.com' },
      }),
      'CreateCaseSuccess',
    ).case;
    expect(created).toMatchObject({
      id: caseGlobalId(ACME_PROVIDER, '1'),
      vendorId: '1',
      provider: ACME_PROVIDER,
      title: 'Printer on fire',
      description: 'Smoke from tray 2.',
      status: 'OPEN',
      vendorStatus: 'open',
      requester: { email: 'ada@example.com' },
    });
    const [post] = sim.server.received('POST', '/v1/tickets');
    expect(post?.json).toEqual({
      subject: 'Printer on fire',
      body: 'Smoke from tray 2.',
      status: 'open',
      requester_email: 'ada@example.com',
    });
    expect(post && header(post, 'authorization')).toBe('Token acme-simulator-token');

    const read = member(dataOf(await app.gql(GetCaseDocument, { id: created.id })).case, 'Case');
    expect(read).toMatchObject(created);
    expect(sim.server.received('GET', '/v1/tickets/1')).toHaveLength(1);

    member(
      await create({ title: 'Invoice shows wrong amount', requester: { email: 'grace@example.com' } }),
      'CreateCaseSuccess',
    );
    sim.server.requests.length = 0;

    // Status is Acme's own list parameter (NATIVE); the text filter casegraph applies (EMULATED).
    const open = await inbox(['OPEN']);
    expect(open.edges.map((e) => e.node.id)).toEqual([created.id]);
    expect(open.totalCount).toBe(1);
    expect(sim.server.received('GET', '/v1/tickets').map((r) => r.query)).toEqual([{ status: 'open' }]);

    const invoices = await inbox(undefined, 'invoice');
    expect(invoices.edges.map((e) => e.node.title)).toEqual(['Invoice shows wrong amount']);
    expect(invoices.edges.map((e) => e.node.status)).toEqual(['NEW']);
  });

  it('updates a case through the same datasource', async () => {
    const id = member(await create({ title: 'Cannot log in' }), 'CreateCaseSuccess').case.id;
    const res = await app.gql(UpdateCaseDocument, { input: { id, status: 'RESOLVED' } });
    const updated = member(dataOf(res).updateCase, 'UpdateCaseSuccess').case;
    expect(updated).toMatchObject({ id, status: 'RESOLVED', vendorStatus: 'solved', title: 'Cannot log in' });
    expect(sim.server.received('PATCH').map((r) => r.json)).toEqual([{ status: 'solved' }]);
  });

  it('runs the shared checks and its own before any vendor call, and answers errors as data', async () => {
    const refused = member(await create({ title: 'On hold', status: 'ON_HOLD', priority: 'HIGH' }), 'ValidationError');
    expect(refused.fields.map((f) => f.path)).toEqual([['priority'], ['status']]);
    expect(sim.server.received('POST')).toEqual([]);

    const missing = dataOf(await app.gql(GetCaseDocument, { id: caseGlobalId(ACME_PROVIDER, '999') })).case;
    expect(member(missing, 'NotFoundError').id).toBe(caseGlobalId(ACME_PROVIDER, '999'));
  });

  it('reads its configuration from the environment as the four do', () => {
    expect(acme.readConfig({})).toEqual({ kind: 'absent' });
    expect(acme.readConfig({ ACME_BASE_URL: sim.url })).toEqual({ kind: 'incomplete', missing: ['ACME_TOKEN'] });
    expect(acme.readConfig({ ACME_BASE_URL: sim.url, ACME_TOKEN: 't' })).toEqual({
      kind: 'ok',
      config: { baseUrl: sim.url, token: 't' },
    });
  });
});
