// The resilience policy every vendor call shares, tuned once: which failures are retried and how
// long to wait, how many retries a vendor may receive, when its circuit opens, how many calls it
// may hold at once. VendorApi applies it; no provider has its own.
import { ConsecutiveBreaker, bulkhead, circuitBreaker, handleWhen } from 'cockatiel';
import type { CircuitBreakerPolicy, BulkheadPolicy } from 'cockatiel';
import type { HttpResponse } from './client.js';

export interface ResilienceSettings {
  /** Most attempts per vendor call, the first included. */
  attempts: number;
  /** First backoff ceiling; each retry doubles it, up to `maxDelayMs` (full jitter below the ceiling). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the client gets RateLimitedError at once. */
  retryAfterCeilingMs: number;
  /** Retries a vendor may receive, as a share of its calls (a retry storm stops at this ratio)… */
  retryRatio: number;
  /** …plus this many, so a quiet vendor's first failures are still retried. */
  retryBurst: number;
  /** Consecutive failed attempts (transport failures, 5xx) that open a vendor's circuit. */
  breakerFailures: number;
  /** How long an open circuit fails fast before one probe call is let through. */
  breakerHalfOpenMs: number;
  /** Calls in flight to one vendor at once… */
  concurrency: number;
  /** …and calls waiting for a slot; beyond that a call fails fast instead of queueing. */
  queue: number;
}

export const DEFAULT_RESILIENCE: ResilienceSettings = {
  attempts: 4,
  baseDelayMs: 100,
  maxDelayMs: 2_000,
  retryAfterCeilingMs: 5_000,
  retryRatio: 0.2,
  retryBurst: 10,
  breakerFailures: 5,
  breakerHalfOpenMs: 5_000,
  concurrency: 32,
  queue: 64,
};

/**
 * Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff and Jitter"):
 * a uniformly random wait below a ceiling that doubles per retry, so clients that failed together
 * do not retry together.
 */
export function backoffMs(retry: number, settings: ResilienceSettings, random: () => number = Math.random): number {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * A token bucket of retries (Finagle's RetryBudget, gRPC's retry throttling): every call earns
 * `ratio` of a retry, every retry spends one, so a failing vendor gets at most that share of
 * extra traffic instead of every caller's attempts multiplied.
 */
export class RetryBudget {
  private balance: number;

  constructor(
    private readonly ratio: number,
    private readonly burst: number,
  ) {
    this.balance = burst;
  }

  /** A first attempt was made. */
  deposit(): void {
    this.balance = Math.min(this.burst, this.balance + this.ratio);
  }

  /** Whether a retry may be sent now; spends one when it may. */
  withdraw(): boolean {
    if (this.balance < 1) return false;
    this.balance -= 1;
    return true;
  }
}

/** Thrown inside the breaker for an answer that counts as the vendor failing (5xx). */
export class VendorFailed extends Error {
  constructor(
    readonly status: number,
    /** The answer itself, classified once the breaker has counted it. */
    readonly response: HttpResponse,
  ) {
    super(`vendor answered HTTP ${status}`);
    this.name = 'VendorFailed';
  }
}

/** A vendor's breaker and bulkhead; the breaker also knows when it will let a probe through. */
export class VendorGuard {
  readonly breaker: CircuitBreakerPolicy;
  readonly bulkhead: BulkheadPolicy;
  readonly budget: RetryBudget;
  private openedAt = 0;

  constructor(
    readonly settings: ResilienceSettings,
    isVendorFailure: (err: Error) => boolean,
    private readonly now: () => number = Date.now,
  ) {
    this.breaker = circuitBreaker(handleWhen(isVendorFailure), {
      halfOpenAfter: settings.breakerHalfOpenMs,
      breaker: new ConsecutiveBreaker(settings.breakerFailures),
    });
    this.breaker.onBreak(() => {
      this.openedAt = this.now();
    });
    this.bulkhead = bulkhead(settings.concurrency, settings.queue);
    this.budget = new RetryBudget(settings.retryRatio, settings.retryBurst);
  }

  /** Whole seconds until an open circuit lets a probe through (at least 1). */
  secondsUntilProbe(): number {
    return Math.max(1, Math.ceil((this.openedAt + this.settings.breakerHalfOpenMs - this.now()) / 1000));
  }
}
