// Vendor metadata (field definitions, case types) changes rarely and is needed on most requests:
// one copy per process, refreshed after a TTL, with at most one fetch in flight however many
// requests ask at once. Failures are not cached.

import type { Deadline } from '../../http/deadline.js';

export interface SingleFlightCacheOptions<T> {
  /** Fetches on behalf of the request that found the cache empty, within its deadline. */
  fetch: (deadline: Deadline | undefined) => Promise<T>;
  ttlMs: number;
  /** Clock for expiry (tests). */
  now?: () => number;
}

export class SingleFlightCache<T> {
  private cached: { value: T; expiresAt: number } | undefined;
  private inFlight: Promise<T> | undefined;
  /** Bumped by invalidate(), so a fetch that started before it does not store a stale value. */
  private generation = 0;
  private readonly now: () => number;

  constructor(private readonly options: SingleFlightCacheOptions<T>) {
    this.now = options.now ?? Date.now;
  }

  get(deadline?: Deadline): Promise<T> {
    if (this.cached && this.now() < this.cached.expiresAt) return Promise.resolve(this.cached.value);
    if (this.inFlight) return this.inFlight;
    const generation = this.generation;
    const fetching = this.options.fetch(deadline).then((value) => {
      if (generation === this.generation) this.cached = { value, expiresAt: this.now() + this.options.ttlMs };
      return value;
    });
    this.inFlight = fetching;
    const clear = () => {
      if (this.inFlight === fetching) this.inFlight = undefined;
    };
    fetching.then(clear, clear);
    return fetching;
  }

  /** Drops the cached value, e.g. after the vendor rejected a field casegraph thought was defined. */
  invalidate(): void {
    this.generation += 1;
    this.cached = undefined;
    this.inFlight = undefined;
  }
}
