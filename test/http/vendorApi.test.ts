// The one funnel's resilience policy against a real HTTP server: retries where repeating cannot
// write twice, the retry budget, the circuit breaker, the bulkhead, Retry-After and the deadline.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CaseError } from '../../src/domain/errors.js';
import { withDeadline } from '../../src/http/deadline.js';
import { VendorApi } from '../../src/http/vendorApi.js';
import type { VendorApiOptions, VendorCall } from '../../src/http/vendorApi.js';
import type { ResilienceSettings } from '../../src/http/resilience.js';
import { SimulatorServer } from '../../src/simulators/harness.js';

const server = new SimulatorServer()
  .route('GET', '/thing', () => ({ status: 200, json: { ok: true } }))
  .route('POST', '/thing', () => ({ status: 201, json: { ok: true } }));
let baseUrl = '';
const apis: VendorApi[] = [];

beforeAll(async () => {
  baseUrl = await server.listen();
});
afterEach(async () => {
  server.clearFaults();
  server.requests.length = 0;
  await Promise.all(apis.splice(0).map((a) => a.close()));
});
afterAll(() => server.close());

function api(resilience: Partial<ResilienceSettings> = {}, options: Partial<VendorApiOptions> = {}): VendorApi {
  const created = new VendorApi({
    provider: 'THALAMUS',
    vendorName: 'Acme',
    baseUrl,
    timeouts: { headersMs: 200, bodyMs: 200 },
    classify: () => ({}),
    resilience: { baseDelayMs: 5, maxDelayMs: 20, ...resilience },
    ...options,
  });
  apis.push(created);
  return created;
}

const read: VendorCall<z.ZodType<{ ok: boolean }>> = {
  operation: 'getThing',
  effect: 'read',
  method: 'GET',
  path: '/thing',
  expect: z.object({ ok: z.boolean() }),
  what: 'the thing',
};
const write: VendorCall<z.ZodType<{ ok: boolean }>> = {
  ...read,
  operation: 'createThing',
  effect: 'write',
  method: 'POST',
};
const calls = (method = 'GET') => server.received(method, '/thing').length;

async function failure(p: Promise<unknown>): Promise<CaseError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof CaseError) return err;
    throw err;
  }
  throw new Error('expected a CaseError');
}

const status = (code: number, headers: Record<string, string> = {}) =>
  ({ kind: 'respond', response: { status: code, headers, text: 'down' } }) as const;

describe('retries', () => {
  it('retries a read after 5xx, a reset and a timeout, up to the attempt limit', async () => {
    server.injectFault(status(503));
    server.injectFault({ kind: 'reset' });
    expect(await api().call(read)).toEqual({ ok: true });
    expect(calls()).toBe(3);

    server.requests.length = 0;
    server.injectFault(status(500), { times: 5 });
    const err = await failure(api({ attempts: 4 }).call(read));
    expect(err).toMatchObject({ type: 'ProviderUnavailableError', retriable: true });
    expect(calls()).toBe(4);
  });

  it('never repeats a write that may have reached the vendor; a 503 with Retry-After is repeated', async () => {
    server.injectFault(status(500));
    expect((await failure(api().call(write))).type).toBe('OutcomeUnknownError');
    expect(calls('POST')).toBe(1);

    server.requests.length = 0;
    server.injectFault({ kind: 'reset' });
    expect((await failure(api().call(write))).type).toBe('OutcomeUnknownError');
    expect(calls('POST')).toBe(1);

    server.requests.length = 0;
    server.injectFault(status(503, { 'retry-after': '0' }));
    expect(await api().call(write)).toEqual({ ok: true });
    expect(calls('POST')).toBe(2);
  });

  it('repeats a write that provably never left (connection refused)', async () => {
    const closed = new SimulatorServer();
    const url = await closed.listen();
    await closed.close();
    const err = await failure(api({}, { baseUrl: url }).call(write));
    expect(err).toMatchObject({ type: 'ProviderUnavailableError', retriable: true });
    expect(err.message).toBe('Acme could not be reached.');
  });

  it('waits out a short Retry-After, and answers a long one at once as RateLimitedError', async () => {
    server.injectFault(status(429, { 'retry-after': '1' }));
    const started = Date.now();
    expect(await api().call(read)).toEqual({ ok: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);

    server.requests.length = 0;
    server.injectFault(status(429, { 'retry-after': '30' }));
    const err = await failure(api().call(read));
    expect(err).toMatchObject({ type: 'RateLimitedError', retryAfterSeconds: 30 });
    expect(calls()).toBe(1);
  });

  it('stops retrying when the vendor’s retry budget is spent', async () => {
    const budgeted = api({ retryBurst: 2, retryRatio: 0, attempts: 3, breakerFailures: 1000 });
    server.injectFault(status(500), { times: 100 });
    for (let i = 0; i < 4; i += 1) await failure(budgeted.call(read));
    // 4 calls, 2 retries in the budget: 6 attempts instead of 12.
    expect(calls()).toBe(6);
  });
});

describe('circuit breaker', () => {
  it('opens after consecutive failures, fails fast without calling, and closes after a good probe', async () => {
    const guarded = api({ breakerFailures: 3, breakerHalfOpenMs: 300, attempts: 1 });
    server.injectFault(status(500), { times: 3 });
    for (let i = 0; i < 3; i += 1) await failure(guarded.call(read));
    expect(calls()).toBe(3);

    const open = await failure(guarded.call(write));
    expect(open).toMatchObject({ type: 'ProviderUnavailableError', retriable: true, retryAfterSeconds: 1 });
    expect(open.message).toContain('Nothing was sent');
    expect(calls('POST')).toBe(0);

    await new Promise((r) => setTimeout(r, 350));
    expect(await guarded.call(read)).toEqual({ ok: true });
    expect(await guarded.call(read)).toEqual({ ok: true });
    expect(calls()).toBe(5);
  });

  it('does not count a vendor’s refusals (4xx) as failures', async () => {
    const guarded = api({ breakerFailures: 2, attempts: 1 });
    server.injectFault(status(400), { times: 5 });
    for (let i = 0; i < 5; i += 1) expect((await failure(guarded.call(read))).type).toBe('ValidationError');
    expect(await guarded.call(read)).toEqual({ ok: true });
  });
});

describe('bulkhead', () => {
  it('caps calls in flight and fails fast beyond the queue, without touching the vendor', async () => {
    const capped = api({ concurrency: 1, queue: 1, attempts: 1 });
    server.injectFault({ kind: 'hang', ms: 150 }, { times: 1 });
    const results = await Promise.allSettled([capped.call(read), capped.call(read), capped.call(read)]);
    const refusals = results.filter((r) => {
      if (r.status !== 'rejected') return false;
      const reason: unknown = r.reason;
      return reason instanceof CaseError && reason.message.includes('too many calls in flight');
    });
    expect(refusals).toHaveLength(1);
    expect(calls()).toBe(2);
  });

  it('keeps one hanging vendor from slowing another', async () => {
    const other = new SimulatorServer().route('GET', '/thing', () => ({ status: 200, json: { ok: true } }));
    const otherUrl = await other.listen();
    try {
      const hanging = api({ concurrency: 4, queue: 100, attempts: 1 });
      const healthy = api({}, { baseUrl: otherUrl, vendorName: 'Other' });
      server.injectFault({ kind: 'hang', ms: 1_000 }, { times: 50 });
      const stuck = Array.from({ length: 50 }, () => hanging.call(read).catch(() => undefined));
      const started = Date.now();
      for (let i = 0; i < 10; i += 1) await healthy.call(read);
      expect(Date.now() - started).toBeLessThan(500);
      await Promise.all(stuck);
    } finally {
      await other.close();
    }
  });
});

describe('deadline', () => {
  it('answers a hanging vendor within the deadline and makes no call after it', async () => {
    const slow = api({ attempts: 5 }, { timeouts: { headersMs: 5_000, bodyMs: 5_000 } });
    server.injectFault({ kind: 'hang', ms: 3_000 }, { times: 10 });
    const started = Date.now();
    const err = await failure(withDeadline(400, (deadline) => slow.call(read, deadline)));
    const elapsed = Date.now() - started;
    expect(err).toMatchObject({ type: 'ProviderUnavailableError', retriable: true });
    expect(err.message).toContain('deadline');
    expect(elapsed).toBeLessThan(600);
    const sent = calls();
    await new Promise((r) => setTimeout(r, 300));
    expect(calls()).toBe(sent);
  });

  it('a write cut by the deadline after it was sent is an unknown outcome', async () => {
    server.injectFault({ kind: 'hang', ms: 3_000 }, { afterHandling: true });
    const slow = api({}, { timeouts: { headersMs: 5_000, bodyMs: 5_000 } });
    const err = await failure(withDeadline(300, (deadline) => slow.call(write, deadline)));
    expect(err.type).toBe('OutcomeUnknownError');
    expect(calls('POST')).toBe(1);
  });

  it('sends nothing once the deadline has passed', async () => {
    const err = await failure(
      withDeadline(50, async (deadline) => {
        await new Promise((r) => setTimeout(r, 80));
        return api().call(write, deadline);
      }),
    );
    expect(err.message).toContain('nothing was sent');
    expect(calls('POST')).toBe(0);
  });
});

describe('the per-request vendor-call budget', () => {
  it('refuses, unsent, a call beyond the request budget, retries included', async () => {
    const acme = api();
    server.injectFault(status(503));
    const err = await failure(
      withDeadline(
        5_000,
        async (deadline) => {
          // One call that took two attempts, one more, then nothing is left.
          await acme.call(read, deadline);
          await acme.call(read, deadline);
          await acme.call(write, deadline);
        },
        3,
      ),
    );
    expect(err).toMatchObject({ type: 'ValidationError', retriable: false });
    expect(err.message).toBe(
      'This request used all 3 vendor calls casegraph allows per request (CASEGRAPH_MAX_VENDOR_CALLS); nothing more was sent to Acme. Split the work into smaller requests.',
    );
    expect(calls('GET')).toBe(3);
    expect(calls('POST')).toBe(0);
  });

  it('stops retrying when the budget is spent, answering the failure it had', async () => {
    server.injectFault(status(503), { times: 5 });
    const err = await failure(withDeadline(5_000, (deadline) => api().call(read, deadline), 2));
    expect(err).toMatchObject({ type: 'ProviderUnavailableError' });
    expect(calls()).toBe(2);
  });

  it('gives each request its own budget', async () => {
    const acme = api();
    for (let i = 0; i < 3; i += 1) {
      expect(await withDeadline(5_000, (deadline) => acme.call(read, deadline), 1)).toEqual({ ok: true });
    }
    expect(calls()).toBe(3);
  });
});
