// A trusted document's plan answers exactly as Apollo's pipeline answers the same document sent
// ad hoc: the same status, content type and body, byte for byte, for every query the example
// client registers, over POST and GET, for each Accept header the plan takes, and for what the plan
// hands back to Apollo (variables that do not coerce, an estimate over the vendor-call limit, a
// GET without a CSRF header, a mutation over GET, an unknown operation name). Each request's path
// is read from casegraph_trusted_document_requests_total, so a plan that silently stopped running
// fails here. (The read and write suites run through both paths as well: vitest.config.ts.)
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kind, OperationTypeNode, parse } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseGlobalId } from '../../src/domain/globalId.js';
import { isRecord } from '../../src/domain/json.js';
import { documentHash } from '../../src/graphql/trustedDocuments.js';
import { metrics } from '../../src/observability/metrics.js';
import { startTestApp } from '../helpers/app.js';
import type { TestApp } from '../helpers/app.js';

const MANIFEST = new URL('../../examples/client/generated/persisted-documents.json', import.meta.url).pathname;
const manifest: unknown = JSON.parse(await readFile(MANIFEST, 'utf8'));
if (!isRecord(manifest)) throw new Error('the example manifest is not an object');

/** Every query the example client registers, by operation name. */
const QUERIES = new Map(
  Object.values(manifest).flatMap((text) => {
    if (typeof text !== 'string') return [];
    const operation = parse(text).definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    return operation?.operation === OperationTypeNode.QUERY && operation.name
      ? [[operation.name.value, text] as const]
      : [];
  }),
);

/** Documents of this test's own: two operations in one, and one whose estimate grows with its variables. */
const TWO_OPERATIONS = 'query First { providers { provider } } query Second { providers { name } }';
const MANY_COMMENTS = 'mutation Comment($input: UpdateCaseInput!) { updateCase(input: $input) { __typename } }';

let app: TestApp;
let dir: string;
/** Variables for each query of the manifest, from what the simulators hold. */
let variablesFor: Record<string, Record<string, unknown>>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casegraph-parity-'));
  await writeFile(join(dir, 'web.json'), JSON.stringify(manifest));
  await writeFile(
    join(dir, 'parity.json'),
    JSON.stringify(Object.fromEntries([TWO_OPERATIONS, MANY_COMMENTS].map((d) => [`sha256:${documentHash(d)}`, d]))),
  );
  app = await startTestApp({ env: { CASEGRAPH_TRUSTED_DOCUMENTS: dir, CASEGRAPH_MAX_VENDOR_CALLS: '10' } });
  const talkdeskCase = caseGlobalId('TALKDESK', '1');
  variablesFor = {
    InboxCases: { first: 5, filter: { providers: ['TALKDESK', 'SPRINKLR'] } },
    CaseComments: { id: talkdeskCase, first: 2 },
    CustomerCases: { email: 'ada@example.com', first: 3 },
    CustomFieldDefinitions: { provider: 'TALKDESK' },
    CustomFieldRequirements: { provider: 'SPRINKLR' },
    GetCase: { id: talkdeskCase },
    GetCaseByVendorId: { provider: 'TALKDESK', vendorId: '1' },
    Node: { id: talkdeskCase },
    InteractionNode: { id: talkdeskCase },
    NoteNode: { id: 'not a global id' },
    CommentNode: { id: caseGlobalId('THALAMUS', '999999') },
    Providers: {},
  };
});
afterAll(async () => {
  await app?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  contentType: string | null;
  body: string;
}

async function post(body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(app.app.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, contentType: res.headers.get('content-type'), body: await res.text() };
}

async function get(params: Record<string, string>, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${app.app.graphqlUrl}?${new URLSearchParams(params).toString()}`, { headers });
  return { status: res.status, contentType: res.headers.get('content-type'), body: await res.text() };
}

/** Which path each trusted-document request took since the last call. */
async function pathsTaken(): Promise<{ plan: number; apollo: number }> {
  const { values } = await metrics.trustedDocumentRequests.get();
  const now = {
    plan: values.find((v) => v.labels.path === 'plan')?.value ?? 0,
    apollo: values.find((v) => v.labels.path === 'apollo')?.value ?? 0,
  };
  const taken = { plan: now.plan - seen.plan, apollo: now.apollo - seen.apollo };
  seen = now;
  return taken;
}
let seen = { plan: 0, apollo: 0 };

const idOf = (text: string) => `sha256:${documentHash(text)}`;

describe('every query the example client registers', () => {
  it('covers the manifest', () => {
    expect([...QUERIES.keys()].sort()).toEqual(Object.keys(variablesFor).sort());
  });

  for (const name of [
    'InboxCases',
    'CaseComments',
    'CustomerCases',
    'CustomFieldDefinitions',
    'CustomFieldRequirements',
    'GetCase',
    'GetCaseByVendorId',
    'Node',
    'InteractionNode',
    'NoteNode',
    'CommentNode',
    'Providers',
  ]) {
    it(`${name}: the plan's answer is Apollo's, byte for byte`, async () => {
      const text = QUERIES.get(name);
      if (text === undefined) throw new Error(`${name} is not in the manifest`);
      const variables = variablesFor[name];
      await pathsTaken();
      const adHoc = await post({ query: text, variables });
      const byId = await post({ documentId: idOf(text), variables });
      expect(await pathsTaken()).toEqual({ plan: 1, apollo: 0 });
      expect(adHoc.status).toBe(200);
      expect(JSON.parse(adHoc.body)).toHaveProperty('data');
      expect(byId).toEqual(adHoc);
    });
  }
});

describe('errors outside the result unions', () => {
  it('are coded, masked and placed alike: a node id that is no global id, and one of a case that does not exist', async () => {
    for (const [name, id] of [
      ['NoteNode', 'not a global id'],
      ['CommentNode', caseGlobalId('THALAMUS', '999999')],
    ] as const) {
      const text = QUERIES.get(name) ?? '';
      const adHoc = await post({ query: text, variables: { id } });
      const answer: unknown = JSON.parse(adHoc.body);
      expect(isRecord(answer) && Array.isArray(answer.errors) && answer.errors.length > 0).toBe(true);
      expect(await post({ documentId: idOf(text), variables: { id } })).toEqual(adHoc);
    }
  });
});

describe('the request around the document', () => {
  const providers = () => {
    const text = QUERIES.get('Providers');
    if (text === undefined) throw new Error('Providers is not in the manifest');
    return text;
  };

  it.each([
    '*/*',
    'application/json',
    'application/graphql-response+json',
    'application/graphql-response+json,application/json;q=0.9',
    'application/graphql-response+json, application/json, multipart/mixed',
    'application/json, text/plain, */*',
  ])('Accept: %s negotiates the same content type on the plan', async (accept) => {
    await pathsTaken();
    const adHoc = await post({ query: providers() }, { accept });
    const byId = await post({ documentId: idOf(providers()) }, { accept });
    expect(await pathsTaken()).toEqual({ plan: 1, apollo: 0 });
    expect(byId).toEqual(adHoc);
  });

  it('an Accept header outside those is negotiated by Apollo, the same way', async () => {
    await pathsTaken();
    for (const accept of ['application/json;q=0.5, application/graphql-response+json', 'text/html']) {
      const adHoc = await post({ query: providers() }, { accept });
      const byId = await post({ documentId: idOf(providers()) }, { accept });
      expect(byId).toEqual(adHoc);
    }
    expect(await pathsTaken()).toEqual({ plan: 0, apollo: 2 });
  });

  it('a GET with a CSRF header runs the plan; one without is refused as Apollo refuses it', async () => {
    const variables = JSON.stringify(variablesFor.GetCase);
    const text = QUERIES.get('GetCase') ?? '';
    await pathsTaken();
    const preflight = { 'apollo-require-preflight': 'true' };
    const adHoc = await get({ query: text, variables }, preflight);
    expect(adHoc.status).toBe(200);
    expect(await get({ documentId: idOf(text), variables }, preflight)).toEqual(adHoc);
    expect(await pathsTaken()).toEqual({ plan: 1, apollo: 0 });

    const refused = await get({ query: text, variables });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatch(/Cross-Site Request Forgery/);
    expect(await get({ documentId: idOf(text), variables })).toEqual(refused);
    expect(await pathsTaken()).toEqual({ plan: 0, apollo: 1 });
  });

  it('a mutation over GET is refused as Apollo refuses it (405)', async () => {
    const params = { variables: JSON.stringify({ input: { id: 'x' } }) };
    const preflight = { 'apollo-require-preflight': 'true' };
    const adHoc = await get({ ...params, query: MANY_COMMENTS }, preflight);
    expect(adHoc.status).toBe(405);
    expect(await get({ ...params, documentId: idOf(MANY_COMMENTS) }, preflight)).toEqual(adHoc);
  });

  it('variables that do not coerce: the same 400 BAD_USER_INPUT, nothing executed', async () => {
    const text = QUERIES.get('GetCaseByVendorId') ?? '';
    const variables = { provider: 'ZENDESK', vendorId: '1' };
    await pathsTaken();
    const adHoc = await post({ query: text, variables });
    expect(adHoc.status).toBe(400);
    expect(adHoc.body).toMatch(/BAD_USER_INPUT/);
    expect(await post({ documentId: idOf(text), variables })).toEqual(adHoc);
    expect(await pathsTaken()).toEqual({ plan: 0, apollo: 1 });
  });

  it('an estimate over the vendor-call limit: the same 400, with no vendor call', async () => {
    const comments = Array.from({ length: 12 }, (_, i) => ({ body: `Comment ${i}` }));
    const variables = { input: { id: caseGlobalId('TALKDESK', '1'), comments } };
    await pathsTaken();
    const adHoc = await post({ query: MANY_COMMENTS, variables });
    expect(adHoc.status).toBe(400);
    expect(adHoc.body).toMatch(/VENDOR_CALL_LIMIT_EXCEEDED/);
    expect(await post({ documentId: idOf(MANY_COMMENTS), variables })).toEqual(adHoc);
    expect(await pathsTaken()).toEqual({ plan: 0, apollo: 1 });
  });

  it('a document of two operations runs the one named; an unknown or missing name is refused as Apollo refuses it', async () => {
    await pathsTaken();
    for (const operationName of ['First', 'Second']) {
      const adHoc = await post({ query: TWO_OPERATIONS, operationName });
      expect(adHoc.status).toBe(200);
      expect(await post({ documentId: idOf(TWO_OPERATIONS), operationName })).toEqual(adHoc);
    }
    expect(await pathsTaken()).toEqual({ plan: 2, apollo: 0 });
    for (const operationName of ['Third', undefined]) {
      const adHoc = await post({ query: TWO_OPERATIONS, operationName });
      expect(adHoc.status).toBe(400);
      expect(await post({ documentId: idOf(TWO_OPERATIONS), operationName })).toEqual(adHoc);
    }
    expect(await pathsTaken()).toEqual({ plan: 0, apollo: 2 });
  });

  it('the plan counts the operation as Apollo does: name, type and outcome', async () => {
    // prom-client hands out its live value objects: read the number at once.
    const successes = async () =>
      (await metrics.graphqlOperations.get()).values.find(
        (v) => v.labels.operation === 'GetCase' && v.labels.type === 'query' && v.labels.outcome === 'success',
      )?.value ?? 0;
    const text = QUERIES.get('GetCase') ?? '';
    const before = await successes();
    await post({ documentId: idOf(text), variables: variablesFor.GetCase });
    expect(await successes()).toBe(before + 1);
    await post({ query: text, variables: variablesFor.GetCase });
    expect(await successes()).toBe(before + 2);
  });
});
