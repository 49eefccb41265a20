// Keys shared by every casegraph instance behind one gateway. A claim is one atomic
// `SET key value PX ttl NX`: of two instances racing on a key, exactly one sends the write.
import { Redis } from 'ioredis';
import { parseEntry } from './store.js';
import type { IdempotencyEntry, IdempotencyStore } from './store.js';

export const REDIS_KEY_PREFIX = 'casegraph:idem:';

export class RedisIdempotencyStore implements IdempotencyStore {
  private readonly redis: Redis;

  constructor(url: string) {
    // A command waits at most a second, connecting included: with Redis down the mutation answers
    // a retriable error (nothing was sent) instead of hanging past its deadline.
    this.redis = new Redis(url, {
      commandTimeout: 1_000,
      connectTimeout: 1_000,
      maxRetriesPerRequest: 1,
    });
    // Connection errors surface through the commands that fail; an unhandled 'error' event would crash.
    this.redis.on('error', () => undefined);
  }

  async claim(
    key: string,
    entry: IdempotencyEntry & { state: 'running' },
    ttlMs: number,
  ): Promise<IdempotencyEntry | null> {
    const redisKey = REDIS_KEY_PREFIX + key;
    // Two tries: the held key may expire between the failed SET and the GET.
    for (let tries = 0; tries < 2; tries += 1) {
      const set = await this.redis.set(redisKey, JSON.stringify(entry), 'PX', ttlMs, 'NX');
      if (set === 'OK') return null;
      const held = await this.redis.get(redisKey);
      if (held === null) continue;
      return (
        parseEntry(held) ?? {
          state: 'unknown',
          fingerprint: '',
          message: 'The stored state of this idempotency key is unreadable.',
          startedAt: 0,
        }
      );
    }
    throw new Error('idempotency key kept changing while being claimed');
  }

  async record(key: string, entry: IdempotencyEntry & { state: 'done' | 'unknown' }, ttlMs: number): Promise<void> {
    await this.redis.set(REDIS_KEY_PREFIX + key, JSON.stringify(entry), 'PX', ttlMs);
  }

  async release(key: string): Promise<void> {
    await this.redis.del(REDIS_KEY_PREFIX + key);
  }

  async reachable(): Promise<boolean> {
    return this.redis.ping().then(
      (answer) => answer === 'PONG',
      () => false,
    );
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
