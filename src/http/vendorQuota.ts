// One vendor account's quota, kept by every replica together: the requests it allows per window
// (<VENDOR>_RATE_LIMIT, counted in the LimitStore, so in Redis when there is one) and the back-off
// the vendor last asked for (a 429's Retry-After), which one replica hears and all obey. VendorApi
// asks it before every attempt. A call that does not fit waits its turn, within its deadline and a
// bounded queue, or is refused unsent; waiting calls take turns per caller, so a caller sending
// many calls at once does not starve one sending a few.
import { metrics, watchBackoff } from '../observability/metrics.js';
import type { Deadline } from './deadline.js';
import type { LimitStore } from './limitStore.js';
import type { RateWindow } from './rateLimit.js';

/** Why a call was not sent: its window is spent, the vendor asked for a pause, too many wait, or its deadline came first. */
export type QuotaRefusalReason = 'quota' | 'backoff' | 'queue_full' | 'deadline';

export class QuotaRefused extends Error {
  constructor(
    readonly reason: QuotaRefusalReason,
    /** How long until a call could be sent (0 when unknown). */
    readonly retryAfterMs: number,
  ) {
    super(`vendor quota: ${reason}`);
    this.name = 'QuotaRefused';
  }
}

export interface VendorQuotaOptions {
  /** The provider whose account this is: the key of its counters and back-off, and the metrics label. */
  provider: string;
  /** Requests per window; none when only the fleet's back-off is kept. */
  windows: readonly RateWindow[];
  /** Calls that may wait for their turn at once in this replica; more are refused. */
  queue: number;
  store: LimitStore;
  now?: () => number;
}

interface Waiter {
  caller: string;
  deadline: Deadline | undefined;
  ceilingMs: number;
  resolve: () => void;
  reject: (err: QuotaRefused) => void;
  detach: () => void;
}

/**
 * Back-offs closer than this to the one already held are the same back-off (concurrent 429s of one
 * burst, each timed a few milliseconds apart): not published again.
 */
const SAME_BACKOFF_MS = 50;

export class VendorQuota {
  readonly provider: string;
  private readonly windows: readonly RateWindow[];
  private readonly key: string;
  private readonly now: () => number;
  private blockedUntil = 0;
  /** The current window is known to be spent until then: calls queue without asking the store. */
  private spentUntil = 0;
  /** Waiting calls per caller; Map order is the round-robin order of callers. */
  private readonly turns = new Map<string, Waiter[]>();
  private waiting = 0;
  private timer: NodeJS.Timeout | undefined;
  private pumping = false;
  private readonly unwatch: () => void;

  constructor(private readonly options: VendorQuotaOptions) {
    this.provider = options.provider;
    this.windows = options.windows;
    this.key = `vendor:${options.provider}`;
    this.now = options.now ?? Date.now;
    options.store.watchBackoff(options.provider, (until) => this.heard(until));
    this.unwatch = watchBackoff(() => ({ provider: this.provider, until: this.blockedUntil }));
  }

  /** Epoch ms before which the vendor asked not to be called (0 when it did not). */
  get backoffUntil(): number {
    return this.blockedUntil > this.now() ? this.blockedUntil : 0;
  }

  /** True when a call may go at once without counting anything: no quota configured, no back-off. */
  isOpen(now: number): boolean {
    return this.windows.length === 0 && now >= this.blockedUntil;
  }

  /**
   * Resolves when the call may be sent, with the milliseconds it waited; rejects with QuotaRefused
   * when it may not (nothing was sent). `ceilingMs` is the longest wait a caller is made to sit
   * through (CASEGRAPH_RETRY_AFTER_CEILING_SECONDS, as for a vendor's Retry-After).
   */
  async acquire(deadline: Deadline | undefined, caller: string, ceilingMs: number): Promise<number> {
    const started = this.now();
    if (this.waiting === 0 && started >= this.blockedUntil && started >= this.spentUntil && (await this.takeOne())) {
      return 0;
    }
    await this.wait(deadline, caller, ceilingMs);
    return this.now() - started;
  }

  /** The vendor answered 429 (or 503 with Retry-After): nobody calls it before `until`. */
  backOff(until: number): void {
    if (until <= this.now() || until <= this.blockedUntil + SAME_BACKOFF_MS) return;
    this.blockedUntil = until;
    metrics.vendorBackoffs.inc({ provider: this.provider, source: 'vendor' });
    this.options.store.publishBackoff(this.provider, until);
    this.refuseUnservable();
  }

  /** Refuses every waiting call; for shutdown. */
  close(): void {
    this.unwatch();
    clearTimeout(this.timer);
    for (const list of this.turns.values()) for (const waiter of list) this.refuse(waiter, 'deadline', 0);
    this.turns.clear();
    this.waiting = 0;
  }

  /** Another replica (or this one, echoed) heard a back-off. */
  private heard(until: number): void {
    if (until <= this.blockedUntil + SAME_BACKOFF_MS) return;
    this.blockedUntil = until;
    metrics.vendorBackoffs.inc({ provider: this.provider, source: 'fleet' });
    this.refuseUnservable();
  }

  private async takeOne(): Promise<boolean> {
    if (this.windows.length === 0) return true;
    const taken = await this.options.store.take(this.key, this.windows, true);
    if (!taken.granted) this.spentUntil = Math.max(this.spentUntil, taken.resetAt);
    return taken.granted;
  }

  private readyAt(): number {
    return Math.max(this.blockedUntil, this.spentUntil);
  }

  /** Why calls wait now: the vendor's back-off when it ends last, else the spent window. */
  private reason(): QuotaRefusalReason {
    return this.blockedUntil >= this.spentUntil ? 'backoff' : 'quota';
  }

  private fits(at: number, now: number, deadline: Deadline | undefined, ceilingMs: number): boolean {
    return at - now <= ceilingMs && (deadline === undefined || at < deadline.at);
  }

  private wait(deadline: Deadline | undefined, caller: string, ceilingMs: number): Promise<void> {
    const now = this.now();
    const at = Math.max(this.readyAt(), now);
    if (!this.fits(at, now, deadline, ceilingMs)) throw new QuotaRefused(this.reason(), at - now);
    if (this.waiting >= this.options.queue) throw new QuotaRefused('queue_full', Math.max(at - now, 1_000));
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { caller, deadline, ceilingMs, resolve, reject, detach: () => undefined };
      const signal = deadline?.signal;
      if (signal) {
        const onAbort = () => {
          if (this.remove(waiter)) waiter.reject(new QuotaRefused('deadline', 0));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        waiter.detach = () => signal.removeEventListener('abort', onAbort);
      }
      const list = this.turns.get(caller);
      if (list) list.push(waiter);
      else this.turns.set(caller, [waiter]);
      this.waiting += 1;
      if (!this.pumping) this.schedule(at - now);
    });
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.pump(), Math.max(0, ms));
  }

  /**
   * Serves waiting calls one at a time, callers in turn: each is counted in the store as it goes,
   * and when a window is spent (here or, through Redis, by the fleet) the rest sleep until it ends.
   */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    this.timer = undefined;
    try {
      for (;;) {
        const next = this.turns.values().next();
        const waiter = next.done ? undefined : next.value[0];
        if (waiter === undefined) return;
        const now = this.now();
        const at = this.readyAt();
        if (now < at) {
          this.refuseUnservable();
          if (this.waiting > 0) this.schedule(at - now);
          return;
        }
        if (!(await this.takeOne())) continue;
        if (this.remove(waiter)) {
          this.rotate(waiter.caller);
          waiter.resolve();
        } else {
          // Its deadline passed while it was being counted: the request is returned unsent.
          this.options.store.giveBackAll(this.key, this.windows);
        }
      }
    } finally {
      this.pumping = false;
    }
  }

  /** The caller just served goes to the back of the line of callers. */
  private rotate(caller: string): void {
    const list = this.turns.get(caller);
    if (!list) return;
    this.turns.delete(caller);
    this.turns.set(caller, list);
  }

  /** Refuses the waiting calls that could not be served before their deadline or their ceiling. */
  private refuseUnservable(): void {
    if (this.waiting === 0) return;
    const now = this.now();
    const at = Math.max(this.readyAt(), now);
    const reason = this.reason();
    for (const list of [...this.turns.values()]) {
      for (const waiter of [...list]) {
        if (!this.fits(at, now, waiter.deadline, waiter.ceilingMs) && this.remove(waiter)) {
          this.refuse(waiter, reason, at - now);
        }
      }
    }
  }

  private refuse(waiter: Waiter, reason: QuotaRefusalReason, retryAfterMs: number): void {
    waiter.detach();
    waiter.reject(new QuotaRefused(reason, retryAfterMs));
  }

  /** Takes a waiter out of its caller's line; false when it was no longer in it. */
  private remove(waiter: Waiter): boolean {
    const list = this.turns.get(waiter.caller);
    const index = list?.indexOf(waiter) ?? -1;
    if (!list || index === -1) return false;
    list.splice(index, 1);
    if (list.length === 0) this.turns.delete(waiter.caller);
    this.waiting -= 1;
    waiter.detach();
    return true;
  }
}
