// The default store: one process's keys, in a Map kept in least-recently-used order and bounded,
// so a flood of fresh keys evicts the oldest instead of growing without limit.
import type { IdempotencyEntry, IdempotencyStore } from './store.js';

interface Slot {
  entry: IdempotencyEntry;
  expiresAt: number;
}

export interface MemoryStoreOptions {
  /** Most keys held at once; the least recently used goes first. */
  maxEntries?: number;
  now?: () => number;
}

export class MemoryIdempotencyStore implements IdempotencyStore {
  private readonly slots = new Map<string, Slot>();
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: MemoryStoreOptions = {}) {
    this.maxEntries = options.maxEntries ?? 100_000;
    this.now = options.now ?? Date.now;
  }

  claim(key: string, entry: IdempotencyEntry & { state: 'running' }, ttlMs: number): Promise<IdempotencyEntry | null> {
    const held = this.live(key);
    if (held) return Promise.resolve(held);
    this.put(key, entry, ttlMs);
    return Promise.resolve(null);
  }

  record(key: string, entry: IdempotencyEntry & { state: 'done' | 'unknown' }, ttlMs: number): Promise<void> {
    this.put(key, entry, ttlMs);
    return Promise.resolve();
  }

  release(key: string): Promise<void> {
    this.slots.delete(key);
    return Promise.resolve();
  }

  reachable(): Promise<boolean> {
    return Promise.resolve(true);
  }

  close(): Promise<void> {
    this.slots.clear();
    return Promise.resolve();
  }

  get size(): number {
    return this.slots.size;
  }

  private live(key: string): IdempotencyEntry | undefined {
    const slot = this.slots.get(key);
    if (!slot) return undefined;
    this.slots.delete(key);
    if (slot.expiresAt <= this.now()) return undefined;
    this.slots.set(key, slot);
    return slot.entry;
  }

  private put(key: string, entry: IdempotencyEntry, ttlMs: number): void {
    this.slots.delete(key);
    this.slots.set(key, { entry, expiresAt: this.now() + ttlMs });
    while (this.slots.size > this.maxEntries) {
      const oldest = this.slots.keys().next();
      if (oldest.done) break;
      this.slots.delete(oldest.value);
    }
  }
}
