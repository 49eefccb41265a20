import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { REDIS_KEY_PREFIX, RedisIdempotencyStore } from '../../src/idempotency/redis.js';
import { redisAvailable, redisSkipReason, startRedis } from '../helpers/redis.js';
import type { RunningRedis } from '../helpers/redis.js';

const running = (startedAt = 0) => ({ state: 'running' as const, fingerprint: 'f', startedAt });

describe.skipIf(!redisAvailable)(
  `RedisIdempotencyStore against a real redis-server${redisAvailable ? '' : ` (skipped: ${redisSkipReason})`}`,
  () => {
    let redis: RunningRedis;
    let raw: Redis;
    const stores: RedisIdempotencyStore[] = [];
    const open = () => {
      const store = new RedisIdempotencyStore(redis.url);
      stores.push(store);
      return store;
    };

    beforeAll(async () => {
      redis = await startRedis();
      raw = new Redis(redis.url);
    });
    afterAll(async () => {
      await Promise.all(stores.map((s) => s.close()));
      await raw.quit();
      await redis.stop();
    });

    it('lets exactly one of two instances claim a key at once', async () => {
      const [a, b] = [open(), open()];
      const claims = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).claim('race', running(i), 60_000)),
      );
      expect(claims.filter((c) => c === null)).toHaveLength(1);
      expect(new Set(claims.filter((c) => c !== null).map((c) => JSON.stringify(c))).size).toBe(1);
    });

    it('stores entries under its prefix with the TTL, and reads back what another instance recorded', async () => {
      const [a, b] = [open(), open()];
      await a.claim('k', running(), 60_000);
      await a.record('k', { state: 'unknown', fingerprint: 'f', message: 'lost', startedAt: 0 }, 60_000);
      expect(await b.claim('k', running(), 60_000)).toEqual({
        state: 'unknown',
        fingerprint: 'f',
        message: 'lost',
        startedAt: 0,
      });
      const ttl = await raw.pttl(`${REDIS_KEY_PREFIX}k`);
      expect(ttl).toBeGreaterThan(50_000);
      expect(ttl).toBeLessThanOrEqual(60_000);
    });

    it('frees a released key and expires an unreleased one', async () => {
      const store = open();
      await store.claim('released', running(), 60_000);
      await store.release('released');
      expect(await store.claim('released', running(), 60_000)).toBeNull();
      await store.claim('short', running(), 50);
      await new Promise((r) => setTimeout(r, 120));
      expect(await store.claim('short', running(), 60_000)).toBeNull();
    });

    it('reads a foreign value under its prefix as an unreadable, unknown outcome rather than trusting it', async () => {
      await raw.set(`${REDIS_KEY_PREFIX}foreign`, '{"state":"done","outcome":"not a case"}');
      const held = await open().claim('foreign', running(), 60_000);
      expect(held).toMatchObject({ state: 'unknown', fingerprint: '' });
    });

    it('fails a claim quickly when Redis is unreachable instead of queueing it', async () => {
      const store = new RedisIdempotencyStore('redis://127.0.0.1:1');
      stores.push(store);
      const started = Date.now();
      await expect(store.claim('k', running(), 1_000)).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(3_000);
    });
  },
);
