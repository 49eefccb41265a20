// Trusted documents over real HTTP: the client preset's manifest (examples/client/generated/
// persisted-documents.json) served under each CASEGRAPH_DOCUMENTS policy, named by `documentId`
// and by Apollo's persisted-query extension, over POST and GET; unknown ids and wrong hashes
// refused before anything is parsed or any vendor is called; the manifests reloaded without a
// failed request; and Apollo Client 4 with its persisted-queries link against `trusted-only`.
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApolloClient, HttpLink } from '@apollo/client';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { DocumentNode } from 'graphql';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasegraphCache } from '../../examples/client/apolloClient.js';
import { GetCaseDocument, ProvidersDocument } from '../../examples/client/generated/graphql.js';
import { caseGlobalId } from '../../src/domain/globalId.js';
import { documentHash } from '../../src/graphql/trustedDocuments.js';
import { startTalkdeskSimulator } from '../../src/providers/talkdesk/simulator/index.js';
import type { TalkdeskSimulator } from '../../src/providers/talkdesk/simulator/index.js';
import { startTestApp } from '../helpers/app.js';
import type { TestApp } from '../helpers/app.js';

const MANIFEST = new URL('../../examples/client/generated/persisted-documents.json', import.meta.url).pathname;
const APP_KEY = 'kw_a0000000000000000000000000000000';
const DEV_KEY = 'kw_d0000000000000000000000000000000';

/** The hash the client preset gave a generated document (`sha256:<hex>`). */
const hashOf = (document: DocumentNode): string =>
  (document as unknown as { __meta__: { hash: string } }).__meta__.hash;
const GET_CASE = hashOf(GetCaseDocument);
const GET_CASE_HEX = GET_CASE.slice('sha256:'.length);
const UNKNOWN = `sha256:${'0'.repeat(64)}`;
const AD_HOC = '{ providers { provider } }';

let talkdesk: TalkdeskSimulator;
let dir: string;
const apps = new Map<string, TestApp>();

beforeAll(async () => {
  talkdesk = await startTalkdeskSimulator();
  dir = await mkdtemp(join(tmpdir(), 'casegraph-documents-'));
  await copyFile(MANIFEST, join(dir, 'web.json'));
  for (const policy of ['any', 'trusted-preferred', 'trusted-only']) {
    apps.set(
      policy,
      await startTestApp({
        simulators: { TALKDESK: talkdesk },
        env: {
          CASEGRAPH_PROVIDERS: 'TALKDESK',
          CASEGRAPH_API_KEYS: `web=${APP_KEY},developer=${DEV_KEY};scopes=cases:read cases:write documents:any`,
          CASEGRAPH_DOCUMENTS: policy,
          CASEGRAPH_TRUSTED_DOCUMENTS: dir,
        },
      }),
    );
  }
});
afterAll(async () => {
  await Promise.all([...apps.values()].map((a) => a.close()));
  await talkdesk?.close();
  await rm(dir, { recursive: true, force: true });
});

const appFor = (policy: string): TestApp => {
  const app = apps.get(policy);
  if (!app) throw new Error(`no app for ${policy}`);
  return app;
};

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function post(policy: string, body: Record<string, unknown>, key = APP_KEY): Promise<Answer> {
  const res = await fetch(appFor(policy).app.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

async function get(policy: string, params: Record<string, unknown>, key = APP_KEY): Promise<Answer> {
  const search = new URLSearchParams(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  );
  const res = await fetch(`${appFor(policy).app.graphqlUrl}?${search.toString()}`, {
    headers: { authorization: `Bearer ${key}`, 'apollo-require-preflight': 'true' },
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

const variables = { id: caseGlobalId('TALKDESK', '424242') };
const apq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

/** A read of a Talkdesk case that the simulator does not have: one vendor call, a NotFoundError. */
function expectCaseRead(answer: Answer): void {
  expect(answer.status).toBe(200);
  expect(answer.body.errors).toBeUndefined();
  expect(answer.body.data?.case).toMatchObject({ __typename: 'NotFoundError' });
}

describe('the manifest from codegen', () => {
  it('maps each sha256 id to its document, as the client preset hashed it', async () => {
    const manifest = (await import(MANIFEST, { with: { type: 'json' } })) as { default: Record<string, string> };
    const entries = Object.entries(manifest.default);
    expect(entries.length).toBeGreaterThan(5);
    for (const [id, document] of entries) expect(id).toBe(`sha256:${documentHash(document)}`);
    expect(manifest.default[GET_CASE]).toContain('query GetCase(');
  });
});

describe.each(['any', 'trusted-preferred', 'trusted-only'])('CASEGRAPH_DOCUMENTS=%s', (policy) => {
  for (const method of ['POST', 'GET'] as const) {
    const send = method === 'POST' ? post : get;
    it(`runs a trusted document by documentId (prefixed and bare) over ${method}`, async () => {
      const before = talkdesk.server.requests.length;
      expectCaseRead(await send(policy, { documentId: GET_CASE, variables }));
      expectCaseRead(await send(policy, { documentId: GET_CASE_HEX, variables }));
      // The vendor was called (Talkdesk's first read also fetches a token).
      expect(talkdesk.server.requests.length).toBeGreaterThan(before);
    });

    it(`runs a trusted document by Apollo's persisted-query hash over ${method}`, async () => {
      expectCaseRead(await send(policy, { extensions: apq(GET_CASE_HEX), variables }));
      expectCaseRead(await send(policy, { extensions: apq(GET_CASE), variables }));
    });

    it(`refuses an unknown documentId over ${method} with a 400 and no vendor call`, async () => {
      const before = talkdesk.server.requests.length;
      const refused = await send(policy, { documentId: UNKNOWN, variables });
      expect(refused.status).toBe(400);
      expect(codeOf(refused)).toBe('TRUSTED_DOCUMENT_NOT_FOUND');
      expect(refused.body.errors?.[0]?.message).toMatch(/^No trusted document has the id/);
      expect(talkdesk.server.requests.length).toBe(before);
    });
  }

  it('refuses a persisted query whose hash is not its document, with no vendor call', async () => {
    const before = talkdesk.server.requests.length;
    const query = print(GetCaseDocument);
    const wrong = await post(policy, { query, variables, extensions: apq(UNKNOWN) }, DEV_KEY);
    expect(wrong.status).toBe(400);
    expect(codeOf(wrong)).toBe('PERSISTED_QUERY_HASH_MISMATCH');
    expect(talkdesk.server.requests.length).toBe(before);
  });
});

describe('ad-hoc documents and registration by policy', () => {
  it('any: ad-hoc documents and automatic persisted queries work as before', async () => {
    expect((await post('any', { query: AD_HOC })).body.data).toEqual({ providers: [{ provider: 'TALKDESK' }] });
    const hash = documentHash(AD_HOC);
    const missing = await post('any', { extensions: apq(hash) });
    expect(codeOf(missing)).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post('any', { query: AD_HOC, extensions: apq(hash) })).body.data).toBeDefined();
    expect((await get('any', { extensions: apq(hash) })).body.data).toEqual({ providers: [{ provider: 'TALKDESK' }] });
  });

  it('trusted-preferred: ad-hoc only with documents:any, and nothing is registered', async () => {
    const refused = await post('trusted-preferred', { query: AD_HOC });
    expect(refused.status).toBe(400);
    expect(codeOf(refused)).toBe('TRUSTED_DOCUMENT_REQUIRED');
    expect((await post('trusted-preferred', { query: AD_HOC }, DEV_KEY)).body.data).toBeDefined();

    // Apollo's link for a developer: not found, so it retries with the document, which runs once.
    const hash = documentHash(AD_HOC);
    const missing = await post('trusted-preferred', { extensions: apq(hash) }, DEV_KEY);
    expect(missing.status).toBe(200);
    expect(codeOf(missing)).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(
      (await post('trusted-preferred', { query: AD_HOC, extensions: apq(hash) }, DEV_KEY)).body.data,
    ).toBeDefined();
    // ...and was not registered: the hash alone is still unknown, to everyone.
    expect(codeOf(await post('trusted-preferred', { extensions: apq(hash) }, DEV_KEY))).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
    const app = await post('trusted-preferred', { extensions: apq(hash) });
    expect([app.status, codeOf(app)]).toEqual([400, 'TRUSTED_DOCUMENT_NOT_FOUND']);
    // A caller without the scope cannot register a document either.
    const register = await post('trusted-preferred', { query: AD_HOC, extensions: apq(hash) });
    expect([register.status, codeOf(register)]).toEqual([400, 'TRUSTED_DOCUMENT_REQUIRED']);
  });

  it('trusted-only: no ad-hoc document and no registration, whatever the scope', async () => {
    const before = talkdesk.server.requests.length;
    const query = `query { case(id: ${JSON.stringify(variables.id)}) { __typename } }`;
    for (const key of [APP_KEY, DEV_KEY]) {
      const adHoc = await post('trusted-only', { query }, key);
      expect([adHoc.status, codeOf(adHoc)]).toEqual([400, 'TRUSTED_DOCUMENT_REQUIRED']);
      expect(adHoc.body.errors?.[0]?.message).toBe(
        'This deployment runs trusted documents only: send a `documentId` or a persisted-query hash.',
      );
      const viaGet = await get('trusted-only', { query }, key);
      expect([viaGet.status, codeOf(viaGet)]).toEqual([400, 'TRUSTED_DOCUMENT_REQUIRED']);
      const register = await post('trusted-only', { query, extensions: apq(documentHash(query)) }, key);
      expect([register.status, codeOf(register)]).toEqual([400, 'TRUSTED_DOCUMENT_REQUIRED']);
      const unknown = await get('trusted-only', { extensions: apq(UNKNOWN) }, key);
      expect([unknown.status, codeOf(unknown)]).toEqual([400, 'TRUSTED_DOCUMENT_NOT_FOUND']);
    }
    expect(talkdesk.server.requests.length).toBe(before);
    // The whole text of a trusted document is still that document.
    expectCaseRead(await post('trusted-only', { query: await trustedText(GET_CASE), variables }));
  });

  it('authenticates first: an unknown caller is a 401 whatever it names', async () => {
    const res = await fetch(appFor('trusted-only').app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documentId: GET_CASE, variables }),
    });
    expect(res.status).toBe(401);
  });
});

async function trustedText(id: string): Promise<string> {
  const manifest = (await import(MANIFEST, { with: { type: 'json' } })) as { default: Record<string, string> };
  const text = manifest.default[id];
  if (text === undefined) throw new Error(`${id} is not in the manifest`);
  return text;
}

describe('Apollo Client 4 with its persisted-queries link', () => {
  it('works against trusted-only, sending hashes only, over POST and GET', async () => {
    for (const useGETForHashedQueries of [false, true]) {
      const before = talkdesk.server.requests.length;
      const sent: string[] = [];
      const client = new ApolloClient({
        link: createPersistedQueryLink({ generateHash: hashOf, useGETForHashedQueries }).concat(
          new HttpLink({
            uri: appFor('trusted-only').app.graphqlUrl,
            headers: { authorization: `Bearer ${APP_KEY}`, 'apollo-require-preflight': 'true' },
            fetch: async (input, init) => {
              sent.push(
                `${init?.method ?? 'GET'} ${typeof init?.body === 'string' ? init.body : input instanceof Request ? input.url : input.toString()}`,
              );
              return fetch(input, init);
            },
          }),
        ),
        cache: createCasegraphCache(),
      });
      const read = await client.query({ query: GetCaseDocument, variables });
      expect(read.data?.case).toMatchObject({ __typename: 'NotFoundError', id: variables.id });
      const providers = await client.query({ query: ProvidersDocument });
      expect(providers.data?.providers.map((p) => p.provider)).toEqual(['TALKDESK']);
      expect(talkdesk.server.requests.length).toBe(before + 1);
      // Hashes only: no document text ever went over the wire.
      expect(sent).toHaveLength(2);
      for (const request of sent) {
        expect(request).toMatch(useGETForHashedQueries ? /^GET / : /^POST /);
        expect(request).not.toMatch(/query[=":]+\s*"?(query|\{)/);
      }
    }
  });
});

describe('manifests', () => {
  it('reload between requests, with no failed request, and keep serving on a broken manifest', async () => {
    const app = appFor('trusted-only').app;
    const extra = 'query Extra { providers { provider } }';
    const extraId = `sha256:${documentHash(extra)}`;
    expect(codeOf(await post('trusted-only', { documentId: extraId }))).toBe('TRUSTED_DOCUMENT_NOT_FOUND');

    await writeFile(join(dir, 'admin.json'), JSON.stringify({ [extraId]: extra }));
    let stop = false;
    const statuses: number[] = [];
    const load = Promise.all(
      Array.from({ length: 4 }, async () => {
        while (!stop) statuses.push((await post('trusted-only', { documentId: hashOf(ProvidersDocument) })).status);
      }),
    );
    for (let i = 0; i < 5; i++) expect(await app.reloadTrustedDocuments()).toBe(true);
    stop = true;
    await load;
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect((await post('trusted-only', { documentId: extraId })).body.data).toEqual({
      providers: [{ provider: 'TALKDESK' }],
    });

    // A manifest that no longer validates is not loaded; the set in use stays.
    await writeFile(join(dir, 'broken.json'), JSON.stringify({ [`sha256:${documentHash('{ nope }')}`]: '{ nope }' }));
    expect(await app.reloadTrustedDocuments()).toBe(false);
    expect((await post('trusted-only', { documentId: extraId })).body.data).toBeDefined();
    await rm(join(dir, 'broken.json'));
  });

  it('that no longer validate, or whose hash is not their document, stop start-up naming the operation', async () => {
    const bad = await mkdtemp(join(tmpdir(), 'casegraph-bad-documents-'));
    try {
      const stale = 'query Stale { providers { retired } }';
      await writeFile(
        join(bad, 'web.json'),
        JSON.stringify({ [`sha256:${documentHash(stale)}`]: stale, [UNKNOWN]: '{ providers { provider } }' }),
      );
      const started = startTestApp({
        env: { CASEGRAPH_PROVIDERS: 'TALKDESK', CASEGRAPH_DOCUMENTS: 'trusted-only', CASEGRAPH_TRUSTED_DOCUMENTS: bad },
      });
      await expect(started).rejects.toThrow(
        /operation Stale \(sha256:[0-9a-f]{64}\) no longer validates: Cannot query field "retired"/,
      );
      await expect(started).rejects.toThrow(/the hash does not match its document/);
    } finally {
      await rm(bad, { recursive: true, force: true });
    }
  });
});
