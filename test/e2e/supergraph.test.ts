// casegraph behind a real gateway: Hive Gateway serves the committed supergraph
// (examples/supergraph/supergraph.graphql) in front of casegraph and the example customers
// subgraph, everything in-process on 127.0.0.1 and port 0, talked to over HTTP like a client would.
// The vendor simulators' request logs show what one gateway query costs the vendors.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningCustomersSubgraph } from '../../examples/supergraph/customers.js';
import type { RunningGateway } from '../../examples/supergraph/gateway.js';
import { startTalkdeskSimulator } from '../../src/providers/talkdesk/simulator/index.js';
import type { TalkdeskSimulator } from '../../src/providers/talkdesk/simulator/index.js';
import { startThalamusSimulator } from '../../src/providers/thalamus/simulator/index.js';
import type { RunningThalamusSimulator } from '../../src/providers/thalamus/simulator/index.js';
import { graphQLClient } from '../helpers/app.js';
import type { TestApp } from '../helpers/app.js';
import { startSupergraphStack } from '../helpers/supergraph.js';
import type { SupergraphStack } from '../helpers/supergraph.js';

const CASE = 'id provider vendorId title status';
const KEY = 'kf_0123456789abcdef0123456789abcdef';
const GATEWAY_SECRET = 'gw_0123456789abcdef0123456789abcdef';

const CREATE = `mutation Create($input: CreateCaseInput!) {
  createCase(input: $input) {
    __typename
    ... on CreateCaseSuccess { case { ${CASE} } warnings { path } }
    ... on Error { message }
  }
}`;

const UPDATE = `mutation Update($input: UpdateCaseInput!) {
  updateCase(input: $input) {
    __typename
    ... on UpdateCaseSuccess { case { ${CASE} } warnings { path } }
    ... on Error { message }
  }
}`;

const GET = `query Get($id: ID!) {
  case(id: $id) { __typename ... on Case { ${CASE} } ... on Error { message } }
  node(id: $id) { __typename id ... on Case { vendorId } }
}`;

const CUSTOMERS_WITH_CASES = `{
  customers { name openCases { id provider vendorId title interactions { author { name } } } }
}`;

let talkdesk: TalkdeskSimulator;
let thalamus: RunningThalamusSimulator;
let casegraph: TestApp;
let customers: RunningCustomersSubgraph;
let gateway: RunningGateway;
let stack: SupergraphStack | undefined;

beforeAll(async () => {
  talkdesk = await startTalkdeskSimulator();
  thalamus = await startThalamusSimulator();
  stack = await startSupergraphStack({
    simulators: { TALKDESK: talkdesk, THALAMUS: thalamus },
    // As in production: callers authenticate, and casegraph answers only the gateway.
    env: {
      CASEGRAPH_PROVIDERS: 'TALKDESK,THALAMUS',
      CASEGRAPH_API_KEYS: `frontend=${KEY}`,
    },
    gatewaySecret: GATEWAY_SECRET,
  });
  ({ casegraph, customers, gateway } = stack);
});

afterAll(async () => {
  // The stack front to back, then the simulators; each is closed even when an earlier close fails.
  const results = await Promise.allSettled([stack?.close()]);
  results.push(...(await Promise.allSettled([talkdesk?.close(), thalamus?.close()])));
  for (const r of results) if (r.status === 'rejected') throw r.reason;
});

beforeEach(() => {
  talkdesk.server.requests.length = 0;
  thalamus.server.requests.length = 0;
});

/** One operation through the gateway; GraphQL errors fail the test with their messages. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers are asserted field by field in tests
async function viaGateway(query: string, variables?: Record<string, unknown>): Promise<any> {
  const res = await graphQLClient(gateway.graphqlUrl, { authorization: `Bearer ${KEY}` })(query, variables);
  expect(res.body.errors).toBeUndefined();
  expect(res.status).toBe(200);
  return res.body.data;
}

/** The cases created through the gateway, for the tests that follow. */
const created: Record<'TALKDESK' | 'THALAMUS', { id: string; vendorId: string }> = {
  TALKDESK: { id: '', vendorId: '' },
  THALAMUS: { id: '', vendorId: '' },
};

describe('casegraph behind Hive Gateway', () => {
  it('createCase reaches each vendor once and answers the case with its global id and vendor key', async () => {
    const td = await viaGateway(CREATE, {
      input: { provider: 'TALKDESK', title: 'Router keeps rebooting', description: 'Since Monday.' },
    });
    expect(td.createCase).toMatchObject({
      __typename: 'CreateCaseSuccess',
      case: { provider: 'TALKDESK', title: 'Router keeps rebooting', status: 'NEW' },
      warnings: [],
    });
    expect(talkdesk.server.received('POST', '/cm/core/va/cases')).toHaveLength(1);
    expect(td.createCase.case.vendorId).toMatch(/^\d+$/);

    const th = await viaGateway(CREATE, {
      input: {
        provider: 'THALAMUS',
        status: 'NEW',
        thalamus: { categoryCode: 'Reclamo', typeCode: 'Telefonico' },
        customFields: [{ key: 'fechaIncidente', value: '2024-05-01' }],
      },
    });
    expect(th.createCase).toMatchObject({ __typename: 'CreateCaseSuccess', case: { provider: 'THALAMUS' } });
    expect(thalamus.server.received('POST', '/api/v4/cases')).toHaveLength(1);
    expect(thalamus.storedCase(th.createCase.case.vendorId)).toBeDefined();

    for (const result of [td.createCase, th.createCase]) {
      const { id, vendorId, provider } = result.case;
      // The global id is opaque and names the vendor too: never just the vendor's id.
      expect(id).not.toBe(vendorId);
      created[provider as 'TALKDESK' | 'THALAMUS'] = { id, vendorId };
    }
    expect(created.TALKDESK.id).not.toBe(created.THALAMUS.id);
  });

  it('updateCase takes the global id and changes the case in its vendor', async () => {
    const data = await viaGateway(UPDATE, { input: { id: created.TALKDESK.id, title: 'Router replaced' } });
    expect(data.updateCase).toMatchObject({
      __typename: 'UpdateCaseSuccess',
      case: { id: created.TALKDESK.id, vendorId: created.TALKDESK.vendorId, title: 'Router replaced' },
    });
    const patches = talkdesk.server.received('PATCH', `/cm/core/va/cases/${created.TALKDESK.vendorId}`);
    expect(patches).toHaveLength(1);
    expect(patches[0]!.json).toMatchObject({ title: 'Router replaced' });
    expect(thalamus.server.requests).toEqual([]);

    talkdesk.server.requests.length = 0;
    const th = await viaGateway(UPDATE, {
      input: { id: created.THALAMUS.id, comments: [{ body: 'Technician booked.' }] },
    });
    expect(th.updateCase).toMatchObject({
      __typename: 'UpdateCaseSuccess',
      case: { id: created.THALAMUS.id, vendorId: created.THALAMUS.vendorId },
    });
    const puts = thalamus.server.received('PUT', `/api/v4/cases/${created.THALAMUS.vendorId}`);
    expect(puts).toHaveLength(1);
    expect(JSON.stringify(puts[0]!.json)).toContain('Technician booked.');
    expect(talkdesk.server.requests).toEqual([]);
  });

  it('case(id:) and node(id:) read one case from its vendor once', async () => {
    const data = await viaGateway(GET, { id: created.THALAMUS.id });
    expect(data.case).toMatchObject({
      __typename: 'Case',
      id: created.THALAMUS.id,
      provider: 'THALAMUS',
      vendorId: created.THALAMUS.vendorId,
      title: 'Telefonico',
    });
    expect(data.node).toEqual({ __typename: 'Case', id: created.THALAMUS.id, vendorId: created.THALAMUS.vendorId });
    // Both fields go to casegraph in one request, whose DataLoader reads the case once.
    expect(thalamus.server.received('GET', `/api/v4/cases/${created.THALAMUS.vendorId}`)).toHaveLength(1);
    expect(talkdesk.server.requests).toEqual([]);

    thalamus.server.requests.length = 0;
    const td = await viaGateway(GET, { id: created.TALKDESK.id });
    expect(td.case).toMatchObject({ __typename: 'Case', provider: 'TALKDESK', title: 'Router replaced' });
    expect(talkdesk.server.received('GET', `/cm/core/va/cases/${created.TALKDESK.vendorId}`)).toHaveLength(1);
    expect(thalamus.server.requests).toEqual([]);
  });

  it('a query starting at the customers subgraph resolves its case keys through casegraph, one vendor read per case', async () => {
    // The Thalamus case is open for both customers: one read of it must serve both.
    customers.setOpenCases({
      'cust-1': [
        { provider: 'TALKDESK', vendorId: created.TALKDESK.vendorId },
        { provider: 'THALAMUS', vendorId: created.THALAMUS.vendorId },
      ],
      'cust-2': [{ provider: 'THALAMUS', vendorId: created.THALAMUS.vendorId }],
    });

    const data = await viaGateway(CUSTOMERS_WITH_CASES);

    const talkdeskCase = {
      id: created.TALKDESK.id,
      provider: 'TALKDESK',
      vendorId: created.TALKDESK.vendorId,
      title: 'Router replaced',
      interactions: [],
    };
    const thalamusCase = {
      id: created.THALAMUS.id,
      provider: 'THALAMUS',
      vendorId: created.THALAMUS.vendorId,
      title: 'Telefonico',
      interactions: [],
    };
    expect(data.customers).toEqual([
      { name: 'Ada Lovelace', openCases: [talkdeskCase, thalamusCase] },
      { name: 'Grace Hopper', openCases: [thalamusCase] },
    ]);

    // One `_entities` request carries every case key; casegraph reads each unique case once.
    expect(talkdesk.server.received('GET', `/cm/core/va/cases/${created.TALKDESK.vendorId}`)).toHaveLength(1);
    expect(thalamus.server.received('GET', `/api/v4/cases/${created.THALAMUS.vendorId}`)).toHaveLength(1);
    // Talkdesk's token from the writes above is still valid: at most one token request, nothing else.
    expect(talkdesk.server.received('POST', '/oauth/token').length).toBeLessThanOrEqual(1);
    expect(talkdesk.server.requests.filter((r) => r.path !== '/oauth/token')).toHaveLength(1);
    expect(thalamus.server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /api/v4/cases/${created.THALAMUS.vendorId}`,
    ]);
  });

  it('a customer with no open cases costs the vendors nothing', async () => {
    customers.setOpenCases({});
    const data = await viaGateway(`{ customer(id: "cust-2") { name openCases { id title } } }`);
    expect(data.customer).toEqual({ name: 'Grace Hopper', openCases: [] });
    expect(talkdesk.server.requests).toEqual([]);
    expect(thalamus.server.requests).toEqual([]);
  });
});

describe('casegraph behind Hive Gateway, closed to everyone else', () => {
  it('refuses a caller who goes around the gateway, even with a valid key', async () => {
    const direct = await graphQLClient(casegraph.app.graphqlUrl, { authorization: `Bearer ${KEY}` })(GET, {
      id: created.TALKDESK.id || 'Q2FzZTpUQUxLREVTSzox',
    });
    expect(direct.status).toBe(401);
  });

  it('passes the caller token through: without one, the gateway gets the 401 of casegraph and no vendor is called', async () => {
    const before = talkdesk.server.requests.length + thalamus.server.requests.length;
    const res = await graphQLClient(gateway.graphqlUrl)(CREATE, {
      input: { provider: 'TALKDESK', title: 'Anonymous', description: 'Should not be created' },
    });
    expect(JSON.stringify(res.body.data ?? null)).not.toContain('CreateCaseSuccess');
    expect(JSON.stringify(res.body.errors)).toMatch(/401|Authentication is required|UNAUTHENTICATED/);
    expect(talkdesk.server.requests.length + thalamus.server.requests.length).toBe(before);
  });
});
