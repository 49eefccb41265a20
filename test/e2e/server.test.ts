// The GraphQL service itself, independent of any vendor: HTTP handling, error masking, limits,
// Sandbox, and how provider failures are served as data. A stand-in vendor module lets the tests
// make a datasource misbehave in ways no real vendor path should.
import { emulatedPage } from '../../src/domain/listing.js';
import { InboxCasesDocument } from '../../examples/client/generated/graphql.js';
import type { ProviderListPage, ProviderListRequest } from '../../src/domain/listing.js';
import { listingSupportOf } from '../../src/providers/shared/listing.js';
import type { ListingRules } from '../../src/providers/shared/listing.js';
import { connect } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CreateCaseDocument,
  GetCaseDocument,
  ProvidersDocument,
  UpdateCaseDocument,
} from '../../examples/client/generated/graphql.js';
import { startApp } from '../../src/app.js';
import type { RunningApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { caseGlobalId } from '../../src/domain/globalId.js';
import type { FieldErrorModel } from '../../src/domain/errors.js';
import type {
  CaseModel,
  CustomFieldDefinitionModel,
  MutationOutcome,
  ProviderCapabilities,
} from '../../src/domain/model.js';
import { VendorDataSource } from '../../src/providers/shared/dataSource.js';
import { SimulatorServer } from '../../src/simulators/harness.js';
import type { ProviderModule } from '../../src/providers/types.js';
import { graphQLClient } from '../helpers/app.js';
import type { SendGraphQL } from '../helpers/app.js';
import { dataOf, member } from '../helpers/results.js';

const goodCase: CaseModel = {
  id: 'c-1',
  provider: 'KHOROS',
  title: 'Printer on fire',
  createdAt: new Date('2024-05-01T10:00:00Z'),
  interactions: [],
  notes: [],
  comments: [],
  customFields: [],
};

const STAND_IN_CAPABILITIES: ProviderCapabilities = {
  name: 'Stand-in',
  interactions: 'READ_WRITE',
  notes: 'UNSUPPORTED',
  comments: 'UNSUPPORTED',
  customFields: 'READ_WRITE',
  requiredCreateFields: ['title'],
  requiredUpdateFields: [],
  unsupportedCreateFields: [],
  unsupportedUpdateFields: [],
  maxLengths: {},
};

/** The stand-in filters and orders its one case itself, like a vendor with an unpaged list. */
const emulated = { support: 'EMULATED', detail: 'The stand-in filters its one case.' } as const;
const STAND_IN_LISTING: ListingRules<never> = {
  requiredFilters: [],
  filters: {
    status: emulated,
    priority: emulated,
    requesterEmail: emulated,
    assigneeId: emulated,
    createdAt: emulated,
    updatedAt: emulated,
    text: emulated,
    customFields: emulated,
  },
  orders: { CREATED_AT: emulated, UPDATED_AT: emulated },
  totalCount: true,
};

/** A vendor whose create fails the way a bug would, and whose reads can break the schema. */
class StandInDataSource extends VendorDataSource {
  readonly provider = 'KHOROS' as const;
  protected readonly capabilities = STAND_IN_CAPABILITIES;

  getCase(id: string): Promise<CaseModel> {
    return Promise.resolve(id === 'broken' ? { ...goodCase, createdAt: new Date('not a date') } : { ...goodCase, id });
  }

  customFieldDefinitions(): Promise<CustomFieldDefinitionModel[]> {
    return Promise.resolve([]);
  }

  listCases(request: ProviderListRequest): Promise<ProviderListPage> {
    if (request.filter.text === 'crash') {
      return Promise.reject(new TypeError('Cannot read properties of undefined (at /srv/list.js:7)'));
    }
    return Promise.resolve(emulatedPage('KHOROS', 'Stand-in', [goodCase], request));
  }

  protected inputProblems(): FieldErrorModel[] {
    return [];
  }

  protected create(): Promise<MutationOutcome> {
    return Promise.reject(new TypeError('Cannot read properties of undefined (at /srv/secret.js:12)'));
  }

  protected update(): Promise<MutationOutcome> {
    return Promise.resolve({ case: goodCase, warnings: [] });
  }
}

function standIn(): ProviderModule<string> {
  const dataSource = new StandInDataSource();
  return {
    provider: 'KHOROS',
    capabilities: STAND_IN_CAPABILITIES,
    listing: listingSupportOf(STAND_IN_LISTING),
    envVars: [],
    variables: [],
    requiredEnvVars: [],
    secrets: [],
    readConfig: () => ({ kind: 'absent' }),
    connect: () => ({ dataSource: () => dataSource, vendorApis: [], close: () => Promise.resolve() }),
    startSimulator: async () => {
      const server = new SimulatorServer();
      const url = await server.listen();
      return { config: url, url, server, close: () => server.close() };
    },
  };
}

describe('casegraph HTTP service', () => {
  let app: RunningApp;
  const logLines: Record<string, unknown>[] = [];
  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(app.graphqlUrl, { method: 'POST', headers, body });
  let gql: SendGraphQL;

  beforeAll(async () => {
    const outcome = loadConfig({ CASEGRAPH_PROVIDERS: 'KHOROS', PORT: '0', HOST: '127.0.0.1' });
    if (!outcome.ok) throw new Error(outcome.problems.join('; '));
    const sink = { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) };
    app = await startApp({ config: outcome.config, modules: [standIn()], logger: pino({ level: 'info' }, sink) });
    gql = graphQLClient(app.graphqlUrl);
  });
  afterAll(() => app.close());

  it('logs a client that hangs up mid-body at info level, without a stack and without an error line', async () => {
    const before = logLines.length;
    const { port } = new URL(app.url);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.on('connect', resolve));
    socket.write(
      'POST /graphql HTTP/1.1\r\nHost: casegraph\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"query":',
    );
    await new Promise((r) => setTimeout(r, 100));
    socket.destroy();
    await new Promise((r) => setTimeout(r, 300));
    const lines = logLines.slice(before);
    expect(lines.filter((l) => l.msg === 'client disconnected before its request was read')).toHaveLength(1);
    expect(lines.filter((l) => typeof l.level === 'number' && l.level >= 50)).toEqual([]);
    expect(JSON.stringify(lines)).not.toContain('stack');
  });
  it('answers health checks', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('serves the Apollo Sandbox landing page to browsers', async () => {
    const res = await fetch(app.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('embeddable-sandbox');
  });

  it('allows introspection outside production, with descriptions for Sandbox', async () => {
    const { body } = await gql('{ __type(name: "Case") { description fields { name description } } }');
    const field = z.object({ name: z.string(), description: z.string().nullable() });
    const type = z.object({ description: z.string().nullable(), fields: z.array(field) });
    const { __type } = z.object({ __type: type }).parse(body.data);
    expect(__type.description).toContain('support case');
    for (const field of __type.fields) expect(field.description, field.name).toBeTruthy();
  });

  it('rejects a body that is not JSON with 400 and a GraphQL-shaped error', async () => {
    const res = await post('{"query": ');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers a document that does not parse, or is over the token limit, with 400, never 500', async () => {
    const cases = ['{ providers { ', `{ __typename ${'a '.repeat(2_000)}}`];
    for (const query of cases) {
      const res = await post(JSON.stringify({ query }));
      expect(res.status).toBe(400);
      const body: unknown = await res.json();
      expect(body).toMatchObject({ errors: [{ message: expect.stringContaining('Syntax Error') }] });
      expect(body).not.toHaveProperty('data');
    }
  });

  it('rejects an oversized body with 413 before parsing it', async () => {
    const res = await post(JSON.stringify({ query: `{ providers { name } } #${'x'.repeat(1_100_000)}` }));
    expect(res.status).toBe(413);
  });

  it('accepts the deepest selection a client can make: the published UpdateCase, shared through fragments', async () => {
    const res = await gql(UpdateCaseDocument, { input: { id: caseGlobalId('KHOROS', 'c-1') } });
    const result = member(dataOf(res).updateCase, 'UpdateCaseSuccess');
    expect(result.case).toMatchObject({ id: caseGlobalId('KHOROS', 'c-1'), vendorId: 'c-1' });
  });

  it('rejects a query that fans out into more aliases than the limit, before any vendor call', async () => {
    const fanOut = Array.from(
      { length: 11 },
      (_, i) => `c${i}: caseByVendorId(provider: KHOROS, vendorId: "${i}") { __typename }`,
    );
    const { body } = await gql(`{ ${fanOut.join(' ')} }`);
    expect(body.data).toBeUndefined();
    expect(body.errors![0]!.message).toMatch(/aliases/i);
  });

  it('rejects an unknown provider as a GraphQL input error, not a crash', async () => {
    const { status, body } = await gql('query { caseByVendorId(provider: ZENDESK, vendorId: "1") { __typename } }');
    expect(status).toBe(400);
    expect(body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers variables that do not coerce with 400 BAD_USER_INPUT, as graphql-js would', async () => {
    const query = 'query Q($p: CaseProvider!) { caseByVendorId(provider: $p, vendorId: "1") { __typename } }';
    for (const variables of [{ p: 'ZENDESK' }, {}]) {
      const { status, body } = await gql(query, variables);
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      expect(body.errors![0]!.message).toMatch(/^Variable "\$p"/);
    }
  });

  it('executes the same document again from its compiled form, with each request its own variables', async () => {
    const query = 'query Q($id: ID!) { caseByVendorId(provider: KHOROS, vendorId: $id) { ... on Case { vendorId } } }';
    const ids = ['a-1', 'b-2', 'c-3', 'a-1'];
    const answers = await Promise.all(ids.map((id) => gql(query, { id })));
    expect(
      answers.map((a) => (a.body.data as { caseByVendorId: { vendorId: string } }).caseByVendorId.vendorId),
    ).toEqual(ids);
  });

  it('sends a gateway that asks for them (apollo-federation-include-trace: ftv1) an inline trace, and nobody else', async () => {
    const traced = await post(JSON.stringify({ query: '{ providers { provider } }' }), {
      'content-type': 'application/json',
      'apollo-federation-include-trace': 'ftv1',
    });
    const body = (await traced.json()) as { extensions?: { ftv1?: string } };
    expect(Buffer.from(body.extensions?.ftv1 ?? '', 'base64').length).toBeGreaterThan(20);
    const plain = (await (await post(JSON.stringify({ query: '{ providers { provider } }' }))).json()) as object;
    expect(plain).not.toHaveProperty('extensions');
  });

  it('serves an unexpected datasource failure as a generic ProviderUnavailableError without internals', async () => {
    const { body } = await gql(CreateCaseDocument, { input: { provider: 'KHOROS', title: 'x' } });
    expect(body.data?.createCase).toEqual({
      __typename: 'ProviderUnavailableError',
      message: 'The request failed inside casegraph. It has been logged.',
      code: 'PROVIDER_UNAVAILABLE',
      retriable: false,
      provider: 'KHOROS',
      retryAfterSeconds: null,
    });
    expect(JSON.stringify(body)).not.toContain('secret.js');
  });

  it('masks a failure while serialising a field as "Internal server error" with no stack', async () => {
    const { body } = await gql(
      '{ caseByVendorId(provider: KHOROS, vendorId: "broken") { ... on Case { id createdAt } } }',
    );
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(body.errors)).not.toMatch(/stacktrace|at .*\.js/);
  });

  it('serves a provider that is not enabled as ProviderUnavailableError', async () => {
    const res = await gql(GetCaseDocument, { id: caseGlobalId('TALKDESK', '1') });
    expect(dataOf(res).case).toEqual({
      __typename: 'ProviderUnavailableError',
      message: 'TALKDESK is not enabled on this casegraph instance.',
      code: 'PROVIDER_UNAVAILABLE',
      retriable: false,
      retryAfterSeconds: null,
    });
  });

  it('lists the served providers with their capabilities', async () => {
    expect(dataOf(await gql(ProvidersDocument)).providers).toEqual([
      {
        provider: 'KHOROS',
        name: 'Stand-in',
        simulated: true,
        interactions: 'READ_WRITE',
        notes: 'UNSUPPORTED',
        comments: 'UNSUPPORTED',
        customFields: 'READ_WRITE',
        requiredCreateFields: ['title'],
        requiredUpdateFields: [],
        unsupportedCreateFields: [],
        unsupportedUpdateFields: [],
        listing: {
          requiredFilters: [],
          filters: [
            'status',
            'priority',
            'requesterEmail',
            'assigneeId',
            'createdAt',
            'updatedAt',
            'text',
            'customFields',
          ].map((filter) => ({ filter, support: 'EMULATED', detail: 'The stand-in filters its one case.' })),
          orders: ['CREATED_AT', 'UPDATED_AT'].map((field) => ({
            field,
            support: 'EMULATED',
            detail: 'The stand-in filters its one case.',
          })),
          totalCount: true,
        },
      },
    ]);
  });

  it('lists cases through a provider, and a bug while listing is a generic error with no stack or path', async () => {
    const listed = member(dataOf(await gql(InboxCasesDocument, { first: 5 })).cases, 'CaseConnection');
    expect(listed.edges.map((e) => e.node.vendorId)).toEqual([goodCase.id]);
    expect(listed.totalCount).toBe(1);
    expect(listed.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    const crashed = member(
      dataOf(await gql(InboxCasesDocument, { filter: { text: 'crash' } })).cases,
      'ProviderUnavailableError',
    );
    expect(crashed.message).toBe('The request failed inside casegraph. It has been logged.');
    expect(JSON.stringify(crashed)).not.toMatch(/srv|TypeError|undefined/);
  });

  it('answers CORS preflights for browser clients', async () => {
    const res = await fetch(app.graphqlUrl, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://app.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-evil-header',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    // A fixed list, not an echo of what was asked for.
    const allowed = (res.headers.get('access-control-allow-headers') ?? '').split(', ');
    expect(allowed).toContain('content-type');
    expect(allowed).toContain('authorization');
    expect(allowed).not.toContain('x-evil-header');
  });

  it('tags each request with an id, echoed to the client and stamped on its log lines', async () => {
    const res = await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-42' },
      body: JSON.stringify({
        query: 'mutation Doomed($input: CreateCaseInput!) { createCase(input: $input) { __typename } }',
        variables: { input: { provider: 'KHOROS', title: 'x' } },
      }),
    });
    expect(res.headers.get('x-request-id')).toBe('trace-42');
    const stamped = logLines.filter((l) => l.requestId === 'trace-42');
    // The write's audit events carry the id too (test/e2e/observability.test.ts covers them).
    expect(stamped.filter((l) => l.audit === true).map((l) => l.event)).toEqual([
      'case.write.attempted',
      'case.write.finished',
    ]);
    const mine = stamped.filter((l) => l.audit !== true);
    expect(mine.map((l) => l.msg)).toEqual(['unexpected failure while serving a provider', 'graphql operation']);
    expect(mine[0]).toMatchObject({ provider: 'KHOROS', operation: 'createCase', outcome: 'ProviderUnavailableError' });
    expect(mine[1]).toMatchObject({ operation: 'Doomed', graphqlErrors: 0 });

    const generated = await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'not a valid id!' },
      body: JSON.stringify({ query: '{ providers { name } }' }),
    });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs one line per operation at info, carrying the provider call it made', async () => {
    await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'read-1' },
      body: JSON.stringify({
        query: 'query Read { caseByVendorId(provider: KHOROS, vendorId: "7") { __typename } }',
      }),
    });
    const mine = logLines.filter((l) => l.requestId === 'read-1');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      msg: 'graphql operation',
      caller: 'anonymous',
      operation: 'Read',
      provider: 'KHOROS',
      outcome: 'success',
      graphqlErrors: 0,
    });
  });

  it('answers 404 off the GraphQL path', async () => {
    expect((await fetch(`${app.url}/graphql/extra`)).status).toBe(404);
  });
});
