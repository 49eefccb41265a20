import { describe, expect, it } from 'vitest';
import { MemoryIdempotencyStore } from '../../src/idempotency/memory.js';

const running = (startedAt = 0) => ({ state: 'running' as const, fingerprint: 'f', startedAt });

describe('MemoryIdempotencyStore', () => {
  it('claims a key once; later claims read what it holds', async () => {
    const store = new MemoryIdempotencyStore();
    expect(await store.claim('k', running(1), 1_000)).toBeNull();
    expect(await store.claim('k', running(2), 1_000)).toEqual(running(1));
    await store.record('k', { state: 'unknown', fingerprint: 'f', message: 'lost', startedAt: 0 }, 1_000);
    expect(await store.claim('k', running(3), 1_000)).toEqual({
      state: 'unknown',
      fingerprint: 'f',
      message: 'lost',
      startedAt: 0,
    });
  });

  it('frees a released key and forgets an expired one', async () => {
    let now = 0;
    const store = new MemoryIdempotencyStore({ now: () => now });
    await store.claim('released', running(), 1_000);
    await store.release('released');
    expect(await store.claim('released', running(), 1_000)).toBeNull();

    await store.claim('expiring', running(), 1_000);
    now = 999;
    expect(await store.claim('expiring', running(), 1_000)).not.toBeNull();
    now = 2_000;
    expect(await store.claim('expiring', running(), 1_000)).toBeNull();
  });

  it('evicts the least recently used key beyond its bound', async () => {
    const store = new MemoryIdempotencyStore({ maxEntries: 2 });
    await store.claim('a', running(), 1_000);
    await store.claim('b', running(), 1_000);
    await store.claim('a', running(), 1_000); // a is now the most recently used
    await store.claim('c', running(), 1_000);
    expect(store.size).toBe(2);
    expect(await store.claim('b', running(9), 1_000)).toBeNull();
    expect(await store.claim('c', running(9), 1_000)).toEqual(running());
  });
});
