// A vendor account's quota in the funnel, against a real HTTP server: calls beyond it wait their
// turn within the deadline or are refused unsent, waiting callers take turns, and a vendor's 429
// pauses every caller (and, through Redis, every replica) until its Retry-After.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { z } from 'zod';
import { CaseError } from '../../src/domain/errors.js';
import { withDeadline } from '../../src/http/deadline.js';
import type { Deadline } from '../../src/http/deadline.js';
import { LimitStore } from '../../src/http/limitStore.js';
import type { RateWindow } from '../../src/http/rateLimit.js';
import { VendorApi } from '../../src/http/vendorApi.js';
import type { VendorCall } from '../../src/http/vendorApi.js';
import { QuotaRefused, VendorQuota } from '../../src/http/vendorQuota.js';
import { SimulatorServer } from '../../src/simulators/harness.js';
import { redisAvailable, redisSkipReason, startRedis } from '../helpers/redis.js';

const server = new SimulatorServer().route('GET', '/thing', () => ({ status: 200, json: { ok: true } }));
let baseUrl = '';
const closing: { close(): unknown }[] = [];

beforeAll(async () => {
  baseUrl = await server.listen();
});
afterEach(async () => {
  server.clearFaults();
  server.requests.length = 0;
  for (const c of closing.splice(0).reverse()) await c.close();
});
afterAll(() => server.close());

const read: VendorCall<z.ZodType<{ ok: boolean }>> = {
  operation: 'getThing',
  effect: 'read',
  method: 'GET',
  path: '/thing',
  expect: z.object({ ok: z.boolean() }),
  what: 'the thing',
};

function store(redisUrl?: string): LimitStore {
  const made = new LimitStore({ redisUrl, localShare: 0.5 });
  closing.push(made);
  return made;
}

function quota(windows: RateWindow[], limits: LimitStore, queue = 100): VendorQuota {
  const made = new VendorQuota({ provider: 'THALAMUS', windows, queue, store: limits });
  closing.push(made);
  return made;
}

function api(vendorQuota: VendorQuota): VendorApi {
  const made = new VendorApi({
    provider: 'THALAMUS',
    vendorName: 'Acme',
    baseUrl,
    classify: () => ({}),
    resilience: { baseDelayMs: 5, maxDelayMs: 20, attempts: 1 },
    quota: vendorQuota,
  });
  closing.push(made);
  return made;
}

async function failure(p: Promise<unknown>): Promise<CaseError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof CaseError) return err;
    throw err;
  }
  throw new Error('expected a CaseError');
}

/** Resolves at the start of the next whole second plus `ms`, so a one-second window is all ahead. */
const nextSecond = (ms = 5) => new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + ms));

describe("a window's last moments", () => {
  it('send a call at once and count it in the next window too, where it may reach the vendor', async () => {
    let now = 10_000_950; // 950 ms into a one-second window
    const limits = new LimitStore({ localShare: 1, now: () => now });
    closing.push(limits);
    const perSecond = [{ limit: 3, ms: 1_000 }];
    const late = await limits.take('v', perSecond, true);
    expect(late).toMatchObject({ granted: true, remaining: 2 });
    // The next window starts with that call in it: two more, not three.
    now = 10_001_010;
    const next = [];
    for (let i = 0; i < 3; i += 1) next.push((await limits.take('v', perSecond, true)).granted);
    expect(next).toEqual([true, true, false]);
  });

  it('refuse a call when the next window has no room left, until that window ends', async () => {
    const now = 20_000_920; // the last moments of a one-second window
    const limits = new LimitStore({ localShare: 1, now: () => now });
    closing.push(limits);
    const perSecond = [{ limit: 2, ms: 1_000 }];
    expect((await limits.take('w', perSecond, true)).granted).toBe(true);
    expect((await limits.take('w', perSecond, true)).granted).toBe(true);
    // Both given back unsent: this window has room again; the next keeps both counts (giving back is conservative).
    limits.giveBackAll('w', perSecond);
    limits.giveBackAll('w', perSecond);
    expect(await limits.take('w', perSecond, true)).toMatchObject({ granted: false, resetAt: 20_002_000 });
  });
});

describe('a vendor quota in the funnel', () => {
  it('sends at most the quota per window; the next call waits for the next window within its deadline', async () => {
    const acme = api(quota([{ limit: 3, ms: 1_000 }], store()));
    await nextSecond();
    const started = Date.now();
    await withDeadline(3_000, (deadline) => Promise.all([1, 2, 3, 4].map(() => acme.call(read, deadline))));
    const arrivals = server.requests.map((r) => r.at);
    expect(arrivals).toHaveLength(4);
    expect(arrivals.filter((at) => Math.floor(at / 1000) === Math.floor(started / 1000))).toHaveLength(3);
    expect(Math.floor(arrivals[3]! / 1000)).toBe(Math.floor(started / 1000) + 1);
  });

  it('refuses unsent, as RateLimitedError with retryAfterSeconds, a call whose deadline comes before its turn', async () => {
    const acme = api(quota([{ limit: 1, ms: 1_000 }], store()));
    await nextSecond();
    await acme.call(read);
    const err = await failure(withDeadline(200, (deadline) => acme.call(read, deadline)));
    expect(err).toMatchObject({ type: 'RateLimitedError', retryAfterSeconds: 1 });
    expect(err.message).toBe("Acme's rate limit is spent for now; nothing was sent.");
    expect(server.requests).toHaveLength(1);
  });

  it('gives the per-request vendor-call budget back for a call it refused', async () => {
    const acme = api(quota([{ limit: 1, ms: 1_000 }], store()));
    await nextSecond();
    await acme.call(read);
    let left = -1;
    await failure(
      withDeadline(
        200,
        async (deadline) => {
          try {
            await acme.call(read, deadline);
          } finally {
            left = deadline.vendorCallsLeft;
          }
        },
        5,
      ),
    );
    expect(left).toBe(5);
  });

  it('refuses beyond its queue at once', async () => {
    const acme = api(quota([{ limit: 1, ms: 1_000 }], store(), 1));
    await nextSecond();
    await acme.call(read);
    const waiting = withDeadline(3_000, (deadline) => acme.call(read, deadline));
    const err = await failure(withDeadline(3_000, (deadline) => acme.call(read, deadline)));
    expect(err.message).toBe("Too many calls are waiting for Acme's rate limit; nothing was sent.");
    await expect(waiting).resolves.toEqual({ ok: true });
  });

  it("pauses every call after a vendor's 429 until its Retry-After, and sends them then", async () => {
    const acme = api(quota([], store()));
    server.injectFault({ kind: 'respond', response: { status: 429, headers: { 'retry-after': '1' }, json: {} } });
    expect((await failure(acme.call(read))).type).toBe('RateLimitedError');
    const paused = Date.now();
    await withDeadline(3_000, (deadline) => acme.call(read, deadline));
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.at - paused).toBeGreaterThanOrEqual(900);
  });
});

describe('waiting calls take turns per caller', () => {
  it('serves two callers alternately, however many calls one of them queued', async () => {
    const shared = quota([{ limit: 2, ms: 1_000 }], store());
    const order: string[] = [];
    await nextSecond();
    // The window's two calls go at once; everything else waits for the next windows.
    await shared.acquire(undefined, 'greedy', 5_000);
    await shared.acquire(undefined, 'greedy', 5_000);
    const asFor = (caller: string) =>
      withDeadline(5_000, async (deadline: Deadline) => {
        await shared.acquire(deadline, caller, 5_000);
        order.push(caller);
      });
    const greedy = [1, 2, 3, 4].map(() => asFor('greedy'));
    const modest = [1, 2].map(() => asFor('modest'));
    await Promise.all([...greedy, ...modest]);
    expect(order.slice(0, 4)).toEqual(['greedy', 'modest', 'greedy', 'modest']);
  });

  it('refuses with the reason and the wait when the wait is longer than the caller may be made to wait', async () => {
    // Half a minute into a one-minute window, whatever the time of day.
    const now = () => 30_000;
    const limits = new LimitStore({ localShare: 0.5, now });
    closing.push(limits);
    const shared = new VendorQuota({
      provider: 'THALAMUS',
      windows: [{ limit: 1, ms: 60_000 }],
      queue: 10,
      store: limits,
      now,
    });
    closing.push(shared);
    await shared.acquire(undefined, 'a', 5_000);
    const refused = await shared.acquire(undefined, 'a', 5_000).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(QuotaRefused);
    expect(refused).toMatchObject({ reason: 'quota', retryAfterMs: 30_000 });
  });
});

describe.skipIf(!redisAvailable)(
  `shared through Redis${redisAvailable ? '' : ` (skipped: ${redisSkipReason})`}`,
  () => {
    it('counts one quota for two replicas, and a back-off heard by one pauses the other within milliseconds', async () => {
      const redis = await startRedis();
      closing.push({ close: () => redis.stop() });
      const one = store(redis.url);
      const two = store(redis.url);
      const a = quota([{ limit: 3, ms: 60_000 }], one);
      const b = quota([{ limit: 3, ms: 60_000 }], two);
      // Both connected and subscribed before anything is counted or published.
      await Promise.all([one.ready(2_000), two.ready(2_000)]);
      const granted = await Promise.all(
        [a, b, a, b, a].map((q) =>
          q.acquire(undefined, 'c', 0).then(
            () => true,
            () => false,
          ),
        ),
      );
      expect(granted.filter(Boolean)).toHaveLength(3);

      const until = Date.now() + 5_000;
      const c = quota([], one);
      const d = quota([], two);
      c.backOff(until);
      const heardBy = Date.now() + 100;
      while (d.backoffUntil === 0 && Date.now() < heardBy) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(d.backoffUntil).toBe(until);
    });

    it('leases 1 % of a large limit per round trip: two replicas grant exactly the limit, one Redis count per ten requests', async () => {
      const redis = await startRedis();
      closing.push({ close: () => redis.stop() });
      const one = store(redis.url);
      const two = store(redis.url);
      await Promise.all([one.ready(2_000), two.ready(2_000)]);
      // A day's window: this test never straddles two.
      const day = [{ limit: 1_000, ms: 86_400_000 }];
      const key = `lease-${Date.now()}`;
      const windowKey = `casegraph:rl:${key}:86400000:${Math.floor(Date.now() / 86_400_000)}`;
      const client = new Redis(redis.url);
      closing.push({ close: () => client.quit() });

      for (let i = 0; i < 25; i += 1) expect((await one.take(key, day)).granted).toBe(true);
      // Three leases of ten, not 25 counts: 25 requests cost Redis three round trips.
      expect(await client.get(windowKey)).toBe('30');

      const granted = await Promise.all(
        Array.from({ length: 1_100 }, (_, i) => (i % 2 === 0 ? two : one).take(key, day).then((t) => t.granted)),
      );
      // The 25 above and the first 975 of these: the limit, never more, whichever replica asked.
      expect(granted.filter(Boolean)).toHaveLength(975);
    });

    it('decides locally at its share while Redis is stopped, and shares again once it is back', async () => {
      const redis = await startRedis();
      const limits = store(redis.url);
      await limits.ready(2_000);
      expect(limits.state).toBe('shared');
      await redis.stop();
      const window = [{ limit: 10, ms: 60_000 }];
      const started = Date.now();
      const taken = [];
      for (let i = 0; i < 8; i += 1) taken.push(await limits.take(`k${started}`, window));
      // Each answer came at once (no command waited on a Redis that is gone), at half the limit.
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(taken.filter((t) => t.granted)).toHaveLength(5);
      expect(limits.state).toBe('degraded');
      const back = await startRedis(redis.port);
      closing.push({ close: () => back.stop() });
      await limits.ready(3_000);
      const until = Date.now() + 3_000;
      while (limits.state !== 'shared' && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(limits.state).toBe('shared');
      expect((await limits.take(`k${started}`, window)).remaining).toBe(9);
    });
  },
);
