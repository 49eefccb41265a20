// casegraph as NODE_ENV=production runs it, over real HTTP against a vendor simulator configured as
// a real vendor: callers must authenticate, browsers get no origin unless listed, and nothing in
// an answer suggests what the schema holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startThalamusSimulator } from '../../src/providers/thalamus/simulator/index.js';
import type { RunningThalamusSimulator } from '../../src/providers/thalamus/simulator/index.js';
import { startTestApp } from '../helpers/app.js';
import type { TestApp } from '../helpers/app.js';

const KEY = 'kp_0123456789abcdef0123456789abcdef';

let thalamus: RunningThalamusSimulator;
let app: TestApp;

const post = (body: unknown) =>
  fetch(app.app.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  thalamus = await startThalamusSimulator();
  app = await startTestApp({
    env: {
      NODE_ENV: 'production',
      CASEGRAPH_PROVIDERS: 'THALAMUS',
      THALAMUS_BASE_URL: thalamus.url,
      THALAMUS_TOUCHPOINT: thalamus.touchpoint,
      THALAMUS_TOKEN: thalamus.token,
      // The simulator listens on plain http on 127.0.0.1.
      CASEGRAPH_ALLOW_HTTP_URLS: 'true',
      CASEGRAPH_API_KEYS: `frontend=${KEY}`,
    },
  });
});
afterAll(async () => {
  await app?.close();
  await thalamus?.close();
});

describe('in production', () => {
  it('serves an authenticated caller and refuses an anonymous one before any vendor call', async () => {
    const before = thalamus.server.requests.length;
    const anonymous = await fetch(app.app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ caseByVendorId(provider: THALAMUS, vendorId: "1") { __typename } }' }),
    });
    expect(anonymous.status).toBe(401);
    expect(thalamus.server.requests.length).toBe(before);
    const res = await post({ query: '{ providers { provider simulated } }' });
    expect(await res.json()).toEqual({ data: { providers: [{ provider: 'THALAMUS', simulated: false }] } });
  });

  it('grants no browser origin unless CASEGRAPH_CORS_ORIGINS lists one', async () => {
    const preflight = await fetch(app.app.graphqlUrl, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-headers')).toBeNull();
    const simple = await post({ query: '{ providers { provider } }' });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  // Each with the name a suggestion would have offered, which must not appear.
  it.each([
    ['a misspelt field', '{ providers { provide } }', undefined, '"provider"'],
    [
      'a misspelt enum literal',
      '{ caseByVendorId(provider: THALAMOS, vendorId: "1") { __typename } }',
      undefined,
      '"THALAMUS"',
    ],
    [
      'a misspelt enum in variables',
      'query Q($p: CaseProvider!) { caseByVendorId(provider: $p, vendorId: "1") { __typename } }',
      { p: 'THALAMOS' },
      '"THALAMUS"',
    ],
    ['a field on a union', '{ caseByVendorId(provider: THALAMUS, vendorId: "1") { title } }', undefined, '"Case"'],
    ['a misspelt argument', '{ caseByVendorId(provider: THALAMUS, vendorID: "1") { __typename } }', undefined, 'mean'],
    ['a misspelt type', 'query Q($p: CaseProvidr!) { providers { provider } }', { p: 'THALAMUS' }, '"CaseProvider"'],
    [
      'a misspelt input field',
      'mutation { createCase(input: { provider: THALAMUS, titel: "x" }) { __typename } }',
      undefined,
      '"title"',
    ],
  ])('suggests nothing for %s', async (_what, query, variables, suggested) => {
    const res = await post({ query, variables });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Array<{ message: string }> };
    expect(body.errors.length).toBeGreaterThan(0);
    for (const { message } of body.errors) {
      expect(message).not.toMatch(/did you mean|suggestion/i);
      expect(message).not.toContain(suggested);
      expect(message).toMatch(/[.!]$/);
    }
  });

  it('refuses introspection and the subgraph SDL', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ _service { sdl } }']) {
      const res = await post({ query });
      expect(res.status).toBe(400);
    }
  });
});
