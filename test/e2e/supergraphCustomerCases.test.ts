// A customer's cases through the supergraph: the customers subgraph owns `Customer` (keys `id` and
// `email`), casegraph contributes `Customer.cases`, the cases whose requester has the customer's
// email in every vendor. Hive Gateway serves the committed supergraph (examples/supergraph/
// supergraph.graphql) in front of casegraph on all four vendor simulators and the customers
// subgraph, everything in-process on 127.0.0.1 and port 0, talked to over HTTP like a client would.
// The simulators are seeded with cases raised by SEED_REQUESTERS, whose first two are the customers
// subgraph's accounts; their request logs show what each page costs the vendors.
//
// The query lives here rather than under examples/client/operations: those documents are typed by
// codegen against casegraph's schema alone, where `Query.customer` does not exist, and the
// repository has no place for documents against the supergraph.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CUSTOMERS } from '../../examples/supergraph/customers.js';
import type { RunningGateway } from '../../examples/supergraph/gateway.js';
import { startKhorosSimulator } from '../../src/providers/khoros/simulator/index.js';
import type { KhorosSimulator } from '../../src/providers/khoros/simulator/index.js';
import { startSprinklrSimulator } from '../../src/providers/sprinklr/simulator/index.js';
import type { RunningSprinklrSimulator } from '../../src/providers/sprinklr/simulator/index.js';
import { startTalkdeskSimulator } from '../../src/providers/talkdesk/simulator/index.js';
import type { TalkdeskSimulator } from '../../src/providers/talkdesk/simulator/index.js';
import { startThalamusSimulator } from '../../src/providers/thalamus/simulator/index.js';
import type { RunningThalamusSimulator } from '../../src/providers/thalamus/simulator/index.js';
import { SEED_REQUESTERS } from '../../src/simulators/people.js';
import { graphQLClient } from '../helpers/app.js';
import { startSupergraphStack } from '../helpers/supergraph.js';
import type { SupergraphStack } from '../helpers/supergraph.js';

const KEY = 'kf_fedcba9876543210fedcba9876543210';
const GATEWAY_SECRET = 'gw_fedcba9876543210fedcba9876543210';
const ADA = 'ada@example.com';
const GRACE = 'grace@example.com';

const CONNECTION = `
  ... on CaseConnection {
    nodes { id provider title updatedAt requester { email } }
    totalCount
    warnings { message path }
    pageInfo { hasNextPage endCursor }
  }
  ... on Error { __typename message }`;

const CUSTOMER_CASES = `query CustomerCases($id: ID!, $first: Int, $after: String) {
  customer(id: $id) {
    name
    email
    cases(first: $first, after: $after) { ${CONNECTION} }
  }
}`;

const EVERY_CUSTOMERS_CASES = `{
  customers { id email cases(first: 5) { ${CONNECTION} } }
}`;

interface CaseNode {
  id: string;
  provider: string;
  title: string | null;
  updatedAt: string | null;
  requester: { email: string | null } | null;
}

interface CasePage {
  nodes: CaseNode[];
  totalCount: number | null;
  warnings: { message: string; path: string[] | null }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

let talkdesk: TalkdeskSimulator;
let sprinklr: RunningSprinklrSimulator;
let khoros: KhorosSimulator;
let thalamus: RunningThalamusSimulator;
let gateway: RunningGateway;
let stack: SupergraphStack | undefined;

beforeAll(async () => {
  [talkdesk, sprinklr, khoros, thalamus] = await Promise.all([
    startTalkdeskSimulator(),
    startSprinklrSimulator(),
    startKhorosSimulator(),
    startThalamusSimulator(),
  ]);
  stack = await startSupergraphStack({
    simulators: { TALKDESK: talkdesk, SPRINKLR: sprinklr, KHOROS: khoros, THALAMUS: thalamus },
    // As in production: callers authenticate (this one may only read), and casegraph answers only the gateway.
    env: {
      CASEGRAPH_PROVIDERS: 'TALKDESK,SPRINKLR,KHOROS,THALAMUS',
      CASEGRAPH_API_KEYS: `frontend=${KEY};scopes=cases:read`,
    },
    gatewaySecret: GATEWAY_SECRET,
  });
  ({ gateway } = stack);
});

afterAll(async () => {
  // The stack front to back, then the simulators; each is closed even when an earlier close fails.
  const results = await Promise.allSettled([stack?.close()]);
  results.push(
    ...(await Promise.allSettled([talkdesk?.close(), sprinklr?.close(), khoros?.close(), thalamus?.close()])),
  );
  for (const r of results) if (r.status === 'rejected') throw r.reason;
});

function clearRequestLogs(): void {
  for (const sim of [talkdesk, sprinklr, khoros, thalamus]) sim.server.requests.length = 0;
}

beforeEach(clearRequestLogs);

/** One operation through the gateway; GraphQL errors fail the test with their messages. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers are asserted field by field in tests
async function viaGateway(query: string, variables?: Record<string, unknown>): Promise<any> {
  const res = await graphQLClient(gateway.graphqlUrl, { authorization: `Bearer ${KEY}` })(query, variables);
  expect(res.body.errors).toBeUndefined();
  expect(res.status).toBe(200);
  return res.body.data;
}

/** A page of `Customer.cases`; an error in the result union fails the test with its message. */
function connectionOf(result: unknown): CasePage {
  // Only the error fragment selects `__typename`: its presence means the answer is an error.
  if (typeof result === 'object' && result !== null && '__typename' in result) {
    expect.fail(`Customer.cases answered an error: ${JSON.stringify(result)}`);
  }
  expect(result).toHaveProperty('nodes');
  return result as CasePage;
}

/**
 * One page of cust-1's (Ada's) cases. Whatever it holds, it costs each vendor at most one list call,
 * Thalamus (left out) nothing at all, and no single-case read: the list answers carry the fields.
 */
async function adaPage(first: number, after?: string): Promise<CasePage> {
  clearRequestLogs();
  const data = await viaGateway(CUSTOMER_CASES, { id: 'cust-1', first, ...(after === undefined ? {} : { after }) });
  expect(data.customer).toMatchObject({ name: 'Ada Lovelace', email: ADA });
  const calls = listCalls();
  for (const vendor of ['TALKDESK', 'SPRINKLR', 'KHOROS'] as const) expect(calls[vendor]).toBeLessThanOrEqual(1);
  expect(thalamus.server.requests).toEqual([]);
  expect(singleCaseReads()).toEqual([]);
  return connectionOf(data.customer.cases);
}

/**
 * The list calls each vendor received since the logs were cleared: Talkdesk's `GET /cm/core/va/cases`,
 * Sprinklr's case search (first page or continuation), Khoros's `GET /customer/{id}/cases`, and
 * Thalamus's `GET /api/v4/cases`.
 */
function listCalls(): Record<'TALKDESK' | 'SPRINKLR' | 'KHOROS' | 'THALAMUS', number> {
  return {
    TALKDESK: talkdesk.server.received('GET', '/cm/core/va/cases').length,
    SPRINKLR: sprinklr.server.requests.filter((r) => /\/api\/v2\/search\/CASE$/.test(r.path)).length,
    KHOROS: khoros.server.received('GET', /\/customer\/[^/]+\/cases$/).length,
    THALAMUS: thalamus.server.received('GET', '/api/v4/cases').length,
  };
}

/** Reads of one case by its id, in any vendor, since the logs were cleared. */
function singleCaseReads(): string[] {
  return [
    ...talkdesk.server.received('GET', /^\/cm\/core\/va\/cases\/[^/]+$/),
    ...sprinklr.server
      .received('GET', /\/api\/v2\/case\/[^/]+$/)
      .filter((r) => !r.path.endsWith('/associated-messages')),
    ...khoros.server.received('GET', /\/case\/[^/]+$/),
    ...thalamus.server.received('GET', /^\/api\/v4\/cases\/[^/]+$/),
  ].map((r) => `${r.method} ${r.path}`);
}

/** Every warning is Thalamus's: it has no requesters, so it is left out of a customer's cases. */
function expectOnlyTheThalamusWarning(page: CasePage): void {
  expect(page.warnings).toContainEqual(
    expect.objectContaining({ message: expect.stringMatching(/^Thalamus cannot filter by requesterEmail/) }),
  );
  for (const warning of page.warnings) {
    expect(warning.message).toMatch(/^Thalamus\b/);
    expect(warning.message).toContain('left out');
    expect(warning.path).toEqual(['filter', 'requesterEmail']);
  }
}

/** Every case was raised by `email`: its requester carries that email (vendors may differ in case). */
function expectRaisedBy(nodes: readonly CaseNode[], email: string): void {
  for (const node of nodes) {
    expect(node.requester?.email?.toLowerCase(), `requester email of ${node.provider} case ${node.id}`).toBe(email);
  }
}

/** Most recently updated first, the default order; a case without a time would come last. */
function expectUpdatedAtDescending(nodes: readonly CaseNode[]): void {
  const times = nodes.map((n) => (n.updatedAt === null ? -Infinity : Date.parse(n.updatedAt)));
  for (let i = 1; i < times.length; i++) expect(times[i]!).toBeLessThanOrEqual(times[i - 1]!);
}

describe("a customer's cases through Hive Gateway", () => {
  it("the example customers are the simulators' first seeded requesters", () => {
    expect(CUSTOMERS.map((c) => ({ name: c.name, email: c.email }))).toEqual(SEED_REQUESTERS.slice(0, 2));
  });

  it('the customers subgraph serves the email key on its own', async () => {
    const data = await viaGateway(`{ customer(id: "cust-2") { id name email } }`);
    expect(data.customer).toEqual({ id: 'cust-2', name: 'Grace Hopper', email: GRACE });
    expect(listCalls()).toEqual({ TALKDESK: 0, SPRINKLR: 0, KHOROS: 0, THALAMUS: 0 });
  });

  it("Customer.cases answers Ada's cases, leaves Thalamus out with a warning, and pages with `after`", async () => {
    const first = await adaPage(10);
    expect(first.nodes).toHaveLength(10);
    expectRaisedBy(first.nodes, ADA);
    for (const node of first.nodes) expect(['TALKDESK', 'SPRINKLR', 'KHOROS']).toContain(node.provider);
    expectOnlyTheThalamusWarning(first);
    expectUpdatedAtDescending(first.nodes);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.pageInfo.endCursor).toEqual(expect.any(String));
    if (first.totalCount !== null) expect(first.totalCount).toBeGreaterThan(10);

    const second = await adaPage(10, first.pageInfo.endCursor!);
    expect(second.nodes.length).toBeGreaterThan(0);
    expectRaisedBy(second.nodes, ADA);
    expectOnlyTheThalamusWarning(second);
    // The second page continues the first: no case twice, still in order across the page boundary.
    const firstIds = new Set(first.nodes.map((n) => n.id));
    for (const node of second.nodes) expect(firstIds.has(node.id)).toBe(false);
    expectUpdatedAtDescending([...first.nodes, ...second.nodes]);
    expect(second.totalCount).toBe(first.totalCount);
    // One merged list across vendors, not one vendor's list.
    expect(new Set([...first.nodes, ...second.nodes].map((n) => n.provider)).size).toBeGreaterThan(1);
  });

  it("walking every page yields each of Ada's cases once, in order, from Talkdesk, Sprinklr and Khoros", async () => {
    const seen: CaseNode[] = [];
    let after: string | undefined;
    let totalCount: number | null = null;
    for (let pages = 0; ; pages++) {
      expect(pages, 'the walk should end well before 50 pages of 10').toBeLessThan(50);
      const page = await adaPage(10, after);
      expectOnlyTheThalamusWarning(page);
      seen.push(...page.nodes);
      totalCount = page.totalCount;
      if (!page.pageInfo.hasNextPage) break;
      expect(page.pageInfo.endCursor).toEqual(expect.any(String));
      after = page.pageInfo.endCursor!;
    }

    expectRaisedBy(seen, ADA);
    expect(new Set(seen.map((n) => n.id)).size).toBe(seen.length);
    expectUpdatedAtDescending(seen);
    if (totalCount !== null) expect(totalCount).toBe(seen.length);
    // Across vendors: each of the three that list by requester email has some of Ada's cases.
    expect(new Set(seen.map((n) => n.provider))).toEqual(new Set(['TALKDESK', 'SPRINKLR', 'KHOROS']));
  });

  it("both customers' cases in one query: each customer gets only their own", async () => {
    const data = await viaGateway(EVERY_CUSTOMERS_CASES);
    const answered: { id: string; email: string; cases: unknown }[] = data.customers;
    expect(answered.map((c) => [c.id, c.email])).toEqual([
      ['cust-1', ADA],
      ['cust-2', GRACE],
    ]);
    for (const customer of answered) {
      const page = connectionOf(customer.cases);
      expect(page.nodes.length).toBeGreaterThan(0);
      expectRaisedBy(page.nodes, customer.email);
      expectOnlyTheThalamusWarning(page);
    }
    expect(thalamus.server.requests).toEqual([]);
    expect(singleCaseReads()).toEqual([]);
  });
});
