// Each caller's own limits, over HTTP against the real server and a simulator: a caller over its
// request limit is answered 429 with Retry-After and the RateLimit fields before anything runs; a
// caller over its vendor-call limit gets RateLimitedError and the vendor hears nothing; two callers
// with equal limits hitting one vendor each get their share, however hard one of them pushes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startThalamusSimulator } from '../../src/providers/thalamus/simulator/index.js';
import type { RunningThalamusSimulator } from '../../src/providers/thalamus/simulator/index.js';
import { startTestApp } from '../helpers/app.js';
import type { TestApp } from '../helpers/app.js';

const KEYS = {
  alice: 'alice-key-0123456789abcdef0123456789',
  bob: 'bob-key-0123456789abcdef0123456789abc',
  carol: 'carol-key-0123456789abcdef0123456789',
  dave: 'dave-key-0123456789abcdef0123456789a',
  erin: 'erin-key-0123456789abcdef0123456789a',
} as const;
const READ =
  '{ caseByVendorId(provider: THALAMUS, vendorId: "1") { __typename ... on Error { code } ... on RateLimitedError { retryAfterSeconds } } }';

let thalamus: RunningThalamusSimulator;
const apps: TestApp[] = [];

beforeAll(async () => {
  thalamus = await startThalamusSimulator();
});
afterAll(async () => {
  await Promise.all(apps.splice(0).map((a) => a.close()));
  await thalamus.close();
});

async function app(env: NodeJS.ProcessEnv): Promise<TestApp> {
  const started = await startTestApp({
    simulators: { THALAMUS: thalamus },
    env: { CASEGRAPH_PROVIDERS: 'THALAMUS', ...env },
  });
  apps.push(started);
  return started;
}

function send(t: TestApp, key?: string): Promise<Response> {
  return fetch(t.app.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query: READ }),
  });
}

/** The outcome of the read: `Case`, or the error code. */
async function outcome(res: Response): Promise<string> {
  const body = (await res.json()) as { data?: { caseByVendorId: { __typename: string; code?: string } } };
  const result = body.data?.caseByVendorId;
  return result?.__typename === 'Case' ? 'Case' : (result?.code ?? `HTTP ${res.status}`);
}

describe('per-caller limits', () => {
  it('answers 429 with Retry-After and the RateLimit fields beyond the request limit, and calls no vendor', async () => {
    const t = await app({ CASEGRAPH_API_KEYS: `alice=${KEYS.alice};rate=3/1d,bob=${KEYS.bob}` });
    for (let i = 2; i >= 0; i -= 1) {
      const res = await send(t, KEYS.alice);
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit-policy')).toBe('"default";q=3;w=86400');
      expect(res.headers.get('ratelimit')).toMatch(new RegExp(`^"default";r=${i};t=\\d+$`));
    }
    const sent = thalamus.server.requests.length;
    const refused = await send(t, KEYS.alice);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
    expect(refused.headers.get('ratelimit')).toBe(`"default";r=0;t=${retryAfter}`);
    expect(await refused.json()).toEqual({
      errors: [
        {
          message: `This caller has sent all the requests it may send for now; retry in ${retryAfter} s.`,
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
        },
      ],
    });
    expect(thalamus.server.requests.length).toBe(sent);
    // Another caller has its own count, at the default limit.
    const other = await send(t, KEYS.bob);
    expect(other.status).toBe(200);
    expect(other.headers.get('ratelimit-policy')).toBe('"default";q=600;w=60');
  });

  it('refuses a vendor call beyond the caller’s vendor-call limit as RateLimitedError, unsent', async () => {
    const t = await app({ CASEGRAPH_API_KEYS: `carol=${KEYS.carol};vendor-rate=2/1d` });
    expect(await outcome(await send(t, KEYS.carol))).toBe('Case');
    expect(await outcome(await send(t, KEYS.carol))).toBe('Case');
    const sent = thalamus.server.requests.length;
    const res = await send(t, KEYS.carol);
    expect(res.status).toBe(200);
    expect(await outcome(res)).toBe('RATE_LIMITED');
    expect(thalamus.server.requests.length).toBe(sent);
  });

  it('limits nobody by default without caller authentication', async () => {
    const t = await app({});
    const answers = await Promise.all(Array.from({ length: 5 }, () => send(t)));
    expect(answers.map((res) => res.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers.map((res) => res.headers.get('ratelimit'))).toEqual([null, null, null, null, null]);
  });
});

describe('fairness', () => {
  it('gives two callers with equal limits their share of one vendor within 10 %, one pushing three times as hard', async () => {
    const perCaller = 15;
    const t = await app({
      CASEGRAPH_API_KEYS: `dave=${KEYS.dave},erin=${KEYS.erin}`,
      THALAMUS_RATE_LIMIT: `${2 * perCaller}/1s`,
      CASEGRAPH_CALLER_VENDOR_RATE_LIMIT: `${perCaller}/1s`,
      CASEGRAPH_CALLER_RATE_LIMIT: 'off',
    });
    // Four whole windows: requests sent from the start of one second to the start of the fifth.
    const windows = 4;
    const start = Math.ceil(Date.now() / 1000) * 1000;
    const end = start + windows * 1000;
    await new Promise((resolve) => setTimeout(resolve, start - Date.now()));
    const served = { dave: 0, erin: 0 };
    const caller = async (name: 'dave' | 'erin') => {
      while (Date.now() < end) {
        const sentAt = Date.now();
        const result = await outcome(await send(t, KEYS[name]));
        if (result === 'Case' && sentAt >= start && sentAt < end) served[name] += 1;
        // A client told to slow down waits a little before its next request.
        else await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const sentBefore = thalamus.server.requests.length;
    await Promise.all([
      ...Array.from({ length: 15 }, () => caller('dave')),
      ...Array.from({ length: 5 }, () => caller('erin')),
    ]);
    const shares = JSON.stringify(served);
    expect(served.dave, shares).toBeGreaterThanOrEqual(windows * perCaller - 4);
    expect(served.erin, shares).toBeGreaterThanOrEqual(windows * perCaller - 4);
    expect(Math.abs(served.dave - served.erin), shares).toBeLessThanOrEqual(0.1 * Math.max(served.dave, served.erin));
    // …and the vendor's quota held meanwhile.
    const perWindow = new Map<number, number>();
    for (const r of thalamus.server.requests.slice(sentBefore)) {
      perWindow.set(Math.floor(r.at / 1000), (perWindow.get(Math.floor(r.at / 1000)) ?? 0) + 1);
    }
    expect(Math.max(...perWindow.values())).toBeLessThanOrEqual(2 * perCaller);
  });
});
