// Caller authentication over real HTTP, against the simulators: who gets in (API keys, JWTs from a
// JWKS), what each may do (scopes), and that a refused caller costs no vendor call at all.
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateCaseDocument,
  GetCaseByVendorIdDocument,
  NodeDocument,
} from '../../examples/client/generated/graphql.js';
import type { CreateCaseInput } from '../../examples/client/generated/graphql.js';
import { caseGlobalId } from '../../src/domain/globalId.js';
import { startKhorosSimulator } from '../../src/providers/khoros/simulator/index.js';
import { startTalkdeskSimulator } from '../../src/providers/talkdesk/simulator/index.js';
import type { RunningSimulator } from '../../src/providers/types.js';
import { graphQLClient, startTestApp } from '../helpers/app.js';
import type { TestApp } from '../helpers/app.js';
import { AUDIENCE, ISSUER, startIdp } from '../helpers/jwks.js';
import type { RunningIdp } from '../helpers/jwks.js';
import { dataOf, member } from '../helpers/results.js';

const WRITER = 'kw_0123456789abcdef0123456789abcdef';
const READER = 'kr_0123456789abcdef0123456789abcdef';
const AGENT = 'ka_0123456789abcdef0123456789abcdef';

const TALKDESK_CASE: CreateCaseInput = {
  provider: 'TALKDESK',
  title: 'Printer on fire',
  description: 'Smoke from tray 2',
};
const KHOROS_CASE: CreateCaseInput = {
  provider: 'KHOROS',
  title: 'Printer on fire',
  requester: { id: 'customer-7' },
  interactions: [
    {
      body: 'Smoke from tray 2',
      createdAt: '2024-05-01T09:30:00Z',
      linkUrl: 'https://twitter.com/acme/status/1',
      serviceId: '1',
      author: { service: 'twitter', serviceId: '2', handle: 'acme', name: 'Acme', brandOwned: false },
    },
  ],
};

let idp: RunningIdp;
let talkdesk: RunningSimulator<unknown>;
let khoros: RunningSimulator<unknown>;
let app: TestApp;
const logLines: string[] = [];

/** Vendor requests seen by both simulators so far. */
const vendorCalls = () => talkdesk.server.requests.length + khoros.server.requests.length;
const as = (token: string) => graphQLClient(app.app.graphqlUrl, { authorization: `Bearer ${token}` });
const post = (headers: Record<string, string>, query = '{ providers { provider } }') =>
  fetch(app.app.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

beforeAll(async () => {
  idp = await startIdp();
  talkdesk = await startTalkdeskSimulator();
  khoros = await startKhorosSimulator();
  app = await startTestApp({
    simulators: { TALKDESK: talkdesk, KHOROS: khoros },
    logger: pino(
      { level: 'info' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          logLines.push(chunk.toString());
          done();
        },
      }),
    ),
    env: {
      CASEGRAPH_PROVIDERS: 'TALKDESK,KHOROS',
      CASEGRAPH_API_KEYS: [
        `writer=${WRITER}`,
        `reader=${READER};scopes=cases:read:talkdesk`,
        `agent=${AGENT};scopes=cases:write:khoros khoros:agent`,
      ].join(','),
      CASEGRAPH_JWT_JWKS_URL: idp.jwksUrl,
      CASEGRAPH_JWT_ISSUER: ISSUER,
      CASEGRAPH_JWT_AUDIENCE: AUDIENCE,
    },
  });
});
afterAll(async () => {
  await app?.close();
  await Promise.all([talkdesk?.close(), khoros?.close(), idp?.close()]);
});

describe('unauthenticated callers', () => {
  it('get 401 with a Bearer challenge and cause no vendor call', async () => {
    const before = vendorCalls();
    const mutation = `mutation { createCase(input: { provider: TALKDESK, title: "t", description: "d" }) { __typename } }`;
    const anonymous = await post({}, mutation);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="casegraph"');
    // Refused requests carry an id too, for whoever has to find them in a proxy's logs.
    expect(anonymous.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await anonymous.json()).toEqual({
      errors: [{ message: 'Authentication is required.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const wrongKey = await post({ authorization: `Bearer ${WRITER.replace('0', '1')}` }, mutation);
    expect(wrongKey.status).toBe(401);
    expect(wrongKey.headers.get('www-authenticate')).toMatch(/^Bearer realm="casegraph", error="invalid_token"/);
    for (const token of [
      await idp.token({ audience: 'another-service' }),
      await idp.token({ expiresIn: -600 }),
      await idp.token({ unpublished: true }),
    ]) {
      const res = await post({ authorization: `Bearer ${token}` }, mutation);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toContain('error="invalid_token"');
    }
    expect(vendorCalls()).toBe(before);
  });

  it('still reach /healthz, CORS preflights and the Sandbox page, which run nothing', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const preflight = await fetch(app.app.graphqlUrl, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    const sandbox = await fetch(app.app.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(sandbox.status).toBe(200);
    expect(sandbox.headers.get('content-type')).toContain('text/html');
    // A GET that carries an operation is a request like any other.
    const query = await fetch(`${app.app.graphqlUrl}?query=${encodeURIComponent('{ providers { provider } }')}`, {
      headers: { accept: 'text/html, application/json' },
    });
    expect(query.status).toBe(401);
  });
});

describe('authenticated callers', () => {
  it('with an API key may do what its scopes allow, and nothing else, without a vendor call', async () => {
    const created = member(
      dataOf(await as(WRITER)(CreateCaseDocument, { input: TALKDESK_CASE })).createCase,
      'CreateCaseSuccess',
    );
    const before = vendorCalls();
    const refused = member(
      dataOf(await as(READER)(CreateCaseDocument, { input: TALKDESK_CASE })).createCase,
      'ForbiddenError',
    );
    expect(refused).toMatchObject({
      code: 'FORBIDDEN',
      retriable: false,
      provider: 'TALKDESK',
      message: 'This caller may not write TALKDESK cases (it needs the cases:write scope).',
    });
    const otherProvider = member(
      dataOf(await as(READER)(GetCaseByVendorIdDocument, { provider: 'KHOROS', vendorId: '1001' })).caseByVendorId,
      'ForbiddenError',
    );
    expect(otherProvider.message).toBe('This caller may not read KHOROS cases (it needs the cases:read scope).');
    expect(vendorCalls()).toBe(before);
    const read = member(
      dataOf(await as(READER)(GetCaseByVendorIdDocument, { provider: 'TALKDESK', vendorId: created.case.vendorId }))
        .caseByVendorId,
      'Case',
    );
    expect(read.title).toBe('Printer on fire');
  });

  it('with a JWT may do what its scope claim allows; node lookups are refused as GraphQL errors', async () => {
    const token = await idp.token({ scope: 'cases:write:talkdesk cases:read:talkdesk', subject: 'ada' });
    member(dataOf(await as(token)(CreateCaseDocument, { input: TALKDESK_CASE })).createCase, 'CreateCaseSuccess');
    const before = vendorCalls();
    member(dataOf(await as(token)(CreateCaseDocument, { input: KHOROS_CASE })).createCase, 'ForbiddenError');
    const node = await as(token)(NodeDocument, { id: caseGlobalId('KHOROS', '1001') });
    expect(node.body.data?.node).toBeNull();
    expect(node.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', provider: 'KHOROS' });
    expect(vendorCalls()).toBe(before);
  });

  it('chooses the Khoros agent only with the khoros:agent scope; otherwise the configured agent acts', async () => {
    const input = { ...KHOROS_CASE, khoros: { agentEmail: 'someone.else@brand.example' } };
    const before = khoros.server.requests.length;
    const refused = member(dataOf(await as(WRITER)(CreateCaseDocument, { input })).createCase, 'ForbiddenError');
    expect(refused.message).toBe('This caller may not set khoros.agentEmail (it needs the khoros:agent scope).');
    expect(khoros.server.requests.length).toBe(before);

    member(dataOf(await as(AGENT)(CreateCaseDocument, { input })).createCase, 'CreateCaseSuccess');
    const write = khoros.server.requests.findLast((r) => r.method === 'POST');
    expect(write?.headers['x-sf-email']).toBe('someone.else@brand.example');
    member(dataOf(await as(WRITER)(CreateCaseDocument, { input: KHOROS_CASE })).createCase, 'CreateCaseSuccess');
    // The simulator's configured agent (KHOROS_AGENT_EMAIL), not the one the last caller chose.
    const configured = khoros.server.requests.findLast((r) => r.method === 'POST');
    expect(configured?.headers['x-sf-email']).toBe('agent@brand.example');
  });

  it('own their idempotency keys: the same key from two callers is two writes, and each replays its own', async () => {
    const key = 'shared-key-0001';
    const ada = await idp.token({ scope: 'cases:write cases:read', subject: 'ada' });
    const first = member(
      dataOf(await as(WRITER)(CreateCaseDocument, { input: { ...TALKDESK_CASE, idempotencyKey: key } })).createCase,
      'CreateCaseSuccess',
    );
    const other = member(
      dataOf(
        await as(ada)(CreateCaseDocument, { input: { ...TALKDESK_CASE, title: 'Another case', idempotencyKey: key } }),
      ).createCase,
      'CreateCaseSuccess',
    );
    expect(other.case.vendorId).not.toBe(first.case.vendorId);
    const replay = member(
      dataOf(await as(WRITER)(CreateCaseDocument, { input: { ...TALKDESK_CASE, idempotencyKey: key } })).createCase,
      'CreateCaseSuccess',
    );
    expect(replay.case.vendorId).toBe(first.case.vendorId);
  });

  it('are named in every log line of their requests, never with their credentials', () => {
    const lines = logLines.map((line) => JSON.parse(line) as { caller?: string; msg: string });
    expect(lines.filter((l) => l.msg === 'graphql operation').map((l) => l.caller)).toEqual(
      expect.arrayContaining(['writer', 'reader', 'agent', `jwt:${ISSUER}#ada`]),
    );
    const all = logLines.join('\n');
    for (const secret of [WRITER, READER, AGENT]) expect(all).not.toContain(secret);
  });
});
