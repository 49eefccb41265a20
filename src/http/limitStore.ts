// Where rate-limit counters live: in Redis, shared by every replica, when REDIS_URL is set; in this
// process otherwise. Redis's counting is rate-limiter-flexible's (RateLimiterRedis, an atomic INCR
// with expiry in one Lua call); casegraph adds epoch-aligned window keys (./rateLimit.ts), leases
// (a replica counts a share of a large limit at once), the fallback to a per-replica share while
// Redis is in trouble, and the fleet's vendor back-offs over pub/sub. In this process a window is
// one number in a map, counted synchronously: the library's RateLimiterMemory costs a promise and
// result objects per request, which the bench showed as most of the in-memory limiter's cost.
//
// The fallback is explicit rather than the library's `insuranceLimiter`: that one answers from
// memory and swallows the Redis error, so nothing would know when Redis failed or came back (the
// warning logged once, the metric, readiness), and every request would keep waiting out the
// command timeout of a Redis that hangs.
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateWindow } from './rateLimit.js';
import { transitGuardMs, windowAt } from './rateLimit.js';

export const RATE_LIMIT_KEY_PREFIX = 'casegraph:rl';
const BACKOFF_KEY_PREFIX = 'casegraph:backoff:';
const BACKOFF_CHANNEL = 'casegraph:backoff';
/**
 * Keeps the later of two back-offs (two replicas may hear different Retry-After values) and tells
 * the fleet only when it changed. Sent whole (EVAL, not EVALSHA): it runs once per vendor 429.
 */
const BACKOFF_SCRIPT = `local held = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) <= held then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('PUBLISH', ARGV[3], ARGV[4])
return 1`;

/**
 * Limits are asked on the request path: a Redis that does not answer must cost a request little.
 * A quarter second is far above a healthy Redis's round trip and far below any request deadline;
 * and after a failure Redis is left alone for a second (one request then probes it), so a hung
 * Redis costs at most one request per second that much, not every request.
 */
const COMMAND_TIMEOUT_MS = 250;
const REDIS_RETRY_AFTER_MS = 1_000;

/** The outcome of asking for one request against every window of a limit. */
export interface Taken {
  granted: boolean;
  /** The window that decided: the one that refused, or the one with the fewest requests left. */
  window: number;
  /** Requests that window still allows (0 when refused). */
  remaining: number;
  /** When that window ends: a refused request may be granted from then on. */
  resetAt: number;
}

export interface LimitStoreEvents {
  /** Redis stopped answering: limits now apply per replica, at `localShare` of each. Once per episode. */
  degraded(err: unknown): void;
  /** Redis answers again: limits are shared again. */
  recovered(): void;
  /** A decision made in this process because Redis could not be asked. */
  decidedLocally(): void;
}

export interface LimitStoreOptions {
  redisUrl?: string | undefined;
  /** The share of each limit one replica allows itself while Redis cannot be asked (0–1]. */
  localShare: number;
  events?: Partial<LimitStoreEvents>;
  now?: () => number;
}

/** Counters for every rate limit of this process: vendor quotas and callers' limits alike. */
export class LimitStore {
  /** True when counters are shared through Redis (when it answers). */
  readonly shared: boolean;
  private readonly redis: Redis | undefined;
  private subscriber: Redis | undefined;
  private subscribed: Promise<unknown> = Promise.resolve();
  private readonly redisLimiters = new Map<number, RateLimiterRedis>();
  /** Counts kept in this process (no Redis, or Redis in trouble), per window key. */
  private readonly localCounts = new Map<string, { count: number; endsAt: number }>();
  /** Requests this replica counted in Redis ahead of use, per window key (./limitStore.ts, leaseSize). */
  private readonly leases = new Map<string, { left: number; unleased: number; endsAt: number }>();
  /** The lease being counted in Redis, per window key, that requests finding none wait for. */
  private readonly leasing = new Map<string, Promise<'granted' | 'full' | 'failed'>>();
  private readonly backoffListeners = new Map<string, Set<(until: number) => void>>();
  private readonly now: () => number;
  private degraded = false;
  private redisAgainAt = 0;
  private closed = false;

  constructor(private readonly options: LimitStoreOptions) {
    this.now = options.now ?? Date.now;
    this.shared = options.redisUrl !== undefined;
    if (options.redisUrl === undefined) return;
    // No offline queue: a command while disconnected fails at once (and is decided in memory)
    // instead of waiting for a connection that may not come.
    this.redis = new Redis(options.redisUrl, {
      commandTimeout: COMMAND_TIMEOUT_MS,
      connectTimeout: 1_000,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      // Back within half a second of Redis returning: shared limits resume promptly.
      retryStrategy: (times) => Math.min(times * 100, 500),
    });
    // Connection errors surface through the commands that fail; an unhandled 'error' event would crash.
    this.redis.on('error', () => undefined);
    // Readiness follows the connection too, not only the requests that happen to ask Redis: a lost
    // connection is degraded at once, a new one shared again at once.
    this.redis.on('close', () => this.failed(new Error('the connection to Redis closed')));
    this.redis.on('ready', () => {
      this.redisAgainAt = 0;
      this.answered();
    });
  }

  /** 'shared' (Redis answers), 'local' (no Redis configured) or 'degraded' (Redis configured but failing). */
  get state(): 'shared' | 'local' | 'degraded' {
    return !this.shared ? 'local' : this.degraded ? 'degraded' : 'shared';
  }

  /**
   * Resolves once Redis is connected and back-offs are subscribed to, or after `ms` (casegraph
   * starts without Redis: limits then apply per replica).
   */
  async ready(ms: number): Promise<void> {
    const redis = this.redis;
    if (!redis) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
    const connected =
      redis.status === 'ready' ? Promise.resolve() : new Promise<void>((resolve) => redis.once('ready', resolve));
    await Promise.race([Promise.all([connected, this.subscribed]), timeout]);
    clearTimeout(timer);
  }

  /**
   * One request against every window of a limit, shortest window first. A window that refuses ends
   * the check, and the requests already counted in shorter windows are given back, so a refused
   * request costs no window anything. With `inTransit`, a request is not started in the last moments
   * of a window (./rateLimit.ts, transitGuardMs): it is counted in a window it will reach the vendor
   * in.
   */
  async take(key: string, windows: readonly RateWindow[], inTransit = false): Promise<Taken> {
    const now = this.now();
    let best: Taken = { granted: true, window: 0, remaining: Number.POSITIVE_INFINITY, resetAt: now };
    const refuse = (i: number, resetAt: number): Taken => {
      for (let j = 0; j < i; j += 1) {
        const earlier = windows[j];
        if (earlier !== undefined) this.giveBack(`${key}:${earlier.ms}:${windowAt(earlier, now).index}`, earlier);
      }
      return { granted: false, window: i, remaining: 0, resetAt };
    };
    for (let i = 0; i < windows.length; i += 1) {
      const window = windows[i];
      if (window === undefined) continue;
      const { index, endsAt } = windowAt(window, now);
      const windowKey = `${key}:${window.ms}:${index}`;
      let { remaining } = await this.consume(windowKey, window, endsAt);
      if (remaining < 0) return refuse(i, endsAt);
      if (inTransit && endsAt - now < transitGuardMs(window)) {
        // Decided in the window's last moments, the call may reach the vendor in the next one: it
        // is counted in that one too, so neither window's count at the vendor can pass the limit.
        const next = await this.consume(`${key}:${window.ms}:${index + 1}`, window, endsAt + window.ms);
        if (next.remaining < 0) {
          this.giveBack(windowKey, window);
          return refuse(i, endsAt + window.ms);
        }
        remaining = Math.min(remaining, next.remaining);
      }
      if (remaining < best.remaining) best = { granted: true, window: i, remaining, resetAt: endsAt };
    }
    return best;
  }

  /** Returns one request to every window of a limit (a call counted but, in the end, not sent). */
  giveBackAll(key: string, windows: readonly RateWindow[]): void {
    const now = this.now();
    for (const window of windows) this.giveBack(`${key}:${window.ms}:${windowAt(window, now).index}`, window);
  }

  /**
   * Tells every replica (and this one) that `scope` must not be called before `until` (epoch ms).
   * Without Redis, or when it fails, only this replica knows, which is what it would know anyway.
   */
  publishBackoff(scope: string, until: number): void {
    const redis = this.redis;
    if (!redis || this.closed || this.now() < this.redisAgainAt) return;
    const ttl = Math.max(1, until - this.now());
    redis.eval(BACKOFF_SCRIPT, 1, BACKOFF_KEY_PREFIX + scope, until, ttl, BACKOFF_CHANNEL, `${scope} ${until}`).then(
      () => this.answered(),
      (err: unknown) => this.failed(err),
    );
  }

  /**
   * Calls `listener` with every back-off of `scope` the fleet learns. Fleet back-offs reach each
   * replica by pub/sub, so a replica's check before each vendor call is a comparison with a number
   * it holds, never a Redis round trip, and one replica's 429 stops the others within Redis's
   * delivery time (milliseconds) instead of a polling interval. Messages sent while a replica was
   * disconnected are lost, so on every (re)connection it reads the back-off keys themselves.
   */
  watchBackoff(scope: string, listener: (until: number) => void): void {
    const listeners = this.backoffListeners.get(scope) ?? new Set();
    listeners.add(listener);
    this.backoffListeners.set(scope, listeners);
    if (!this.redis || this.subscriber) return;
    const subscriber = this.redis.duplicate({ enableOfflineQueue: true, commandTimeout: undefined });
    this.subscriber = subscriber;
    subscriber.on('error', () => undefined);
    subscriber.on('message', (_channel: string, message: string) => {
      const [heard, at] = message.split(' ');
      const until = Number(at);
      if (heard !== undefined && Number.isFinite(until)) this.tell(heard, until);
    });
    subscriber.on('ready', () => void this.readBackoffs());
    this.subscribed = subscriber.subscribe(BACKOFF_CHANNEL).catch(() => undefined);
  }

  async close(): Promise<void> {
    this.closed = true;
    const clients = [this.subscriber, this.redis].filter((client) => client !== undefined);
    await Promise.all(clients.map((client) => client.quit().catch(() => client.disconnect())));
  }

  private async readBackoffs(): Promise<void> {
    const redis = this.redis;
    const scopes = [...this.backoffListeners.keys()];
    if (!redis || scopes.length === 0) return;
    try {
      const held = await redis.mget(...scopes.map((scope) => BACKOFF_KEY_PREFIX + scope));
      scopes.forEach((scope, i) => {
        const until = Number(held[i] ?? 0);
        if (until > this.now()) this.tell(scope, until);
      });
    } catch {
      // The subscription still delivers new back-offs; one missed while disconnected is only lost.
    }
  }

  private tell(scope: string, until: number): void {
    for (const listener of this.backoffListeners.get(scope) ?? []) listener(until);
  }

  /**
   * Counts one request in one window: from this replica's lease of it, else in Redis while it
   * answers (taking a new lease), else in this process at its share. `remaining` is what the window
   * still allows this replica: its own leased requests and what no replica has leased yet; below 0
   * when the request is refused.
   */
  private async consume(windowKey: string, window: RateWindow, endsAt: number): Promise<{ remaining: number }> {
    for (;;) {
      const lease = this.leases.get(windowKey);
      if (lease && lease.left > 0) {
        lease.left -= 1;
        return { remaining: lease.left + lease.unleased };
      }
      if (!this.redis || this.now() < this.redisAgainAt) break;
      // Requests that find the lease spent wait for the one being taken, rather than each taking one.
      let leasing = this.leasing.get(windowKey);
      if (!leasing) {
        leasing = this.leaseFromRedis(windowKey, window, endsAt);
        if (leaseSize(window) > 1) {
          const taken = leasing;
          this.leasing.set(windowKey, taken);
          void taken.then(() => this.leasing.get(windowKey) === taken && this.leasing.delete(windowKey));
        }
      }
      const outcome = await leasing;
      if (outcome === 'full') return { remaining: -1 };
      if (outcome === 'failed') break;
      // Granted: take from the lease (or, if other requests spent it first, lease again).
    }
    if (this.redis) this.options.events?.decidedLocally?.();
    const counted = this.localCounts.get(windowKey);
    if (counted) {
      counted.count += 1;
      return { remaining: this.localLimit(window) - counted.count };
    }
    dropEnded(this.localCounts, this.now());
    this.localCounts.set(windowKey, { count: 1, endsAt });
    return { remaining: this.localLimit(window) - 1 };
  }

  /**
   * Counts a lease of requests in Redis and holds what it was granted: all of it, part of it when
   * the window filled meanwhile, or none.
   */
  private async leaseFromRedis(
    windowKey: string,
    window: RateWindow,
    endsAt: number,
  ): Promise<'granted' | 'full' | 'failed'> {
    const size = leaseSize(window);
    let counted: number;
    try {
      counted = (await settle(this.redisLimiter(window).consume(windowKey, size))).consumedPoints;
    } catch (err) {
      this.failed(err);
      return 'failed';
    }
    this.answered();
    const granted = Math.min(size, window.limit - (counted - size));
    if (granted <= 0) return 'full';
    const unleased = Math.max(0, window.limit - counted);
    const held = this.leases.get(windowKey);
    if (held) {
      held.left += granted;
      held.unleased = unleased;
      return 'granted';
    }
    dropEnded(this.leases, this.now());
    this.leases.set(windowKey, { left: granted, unleased, endsAt });
    return 'granted';
  }

  private giveBack(windowKey: string, window: RateWindow): void {
    // A request from a lease goes back to the lease: Redis counted it with the lease.
    const lease = this.leases.get(windowKey);
    if (lease) {
      lease.left += 1;
      return;
    }
    const counted = this.localCounts.get(windowKey);
    if (counted) {
      counted.count = Math.max(0, counted.count - 1);
      return;
    }
    if (this.redis)
      this.redisLimiter(window)
        .reward(windowKey)
        .catch(() => undefined);
  }

  /** A replica's own share of a limit while Redis cannot be asked; at least one request. */
  private localLimit(window: RateWindow): number {
    return this.redis ? Math.max(1, Math.floor(window.limit * this.options.localShare)) : window.limit;
  }

  private redisLimiter(window: RateWindow): RateLimiterRedis {
    let limiter = this.redisLimiters.get(window.ms);
    if (!limiter) {
      limiter = new RateLimiterRedis({
        ...limiterOptions(window),
        storeClient: this.redis,
        rejectIfRedisNotReady: true,
      });
      this.redisLimiters.set(window.ms, limiter);
    }
    return limiter;
  }

  private answered(): void {
    if (!this.degraded) return;
    this.degraded = false;
    this.options.events?.recovered?.();
  }

  private failed(err: unknown): void {
    this.redisAgainAt = this.now() + REDIS_RETRY_AFTER_MS;
    if (this.degraded || this.closed) return;
    this.degraded = true;
    this.options.events?.degraded?.(err);
  }
}

/**
 * How many requests a replica counts in Redis at once for a window, then hands out without a round
 * trip: 1 % of the window's limit, at most 50, at least 1. Leases are counted before they are used,
 * so the fleet never exceeds a limit; what a replica holds unused when its window ends (at most 1 %
 * of the limit per replica) is lost to that window. A limit under 100 per window is counted a
 * request at a time, exactly, as a vendor's small per-second quota needs. The bench measured what a
 * round trip per request and limit costs (bench/RESULTS.md, issue 24).
 */
const LEASE_SHARE = 0.01;
const MAX_LEASE = 50;
function leaseSize(window: RateWindow): number {
  return Math.min(MAX_LEASE, Math.max(1, Math.floor(window.limit * LEASE_SHARE)));
}

/**
 * Forgets the windows that have ended, once a map holds this many keys: window keys carry their
 * window's index, so an ended one is never asked again.
 */
const PRUNE_AT = 1_000;
function dropEnded(held: Map<string, { endsAt: number }>, now: number): void {
  if (held.size < PRUNE_AT) return;
  for (const [key, entry] of held) if (entry.endsAt <= now) held.delete(key);
}

/**
 * The window's index is in each key, so a key is only ever counted in its own window: its expiry
 * (a second past the window's end) only cleans up. `points` does not decide anything (casegraph
 * compares the count with the limit itself, which differs per caller and while degraded); the
 * library only requires it.
 */
function limiterOptions(window: RateWindow): { keyPrefix: string; points: number; duration: number } {
  return { keyPrefix: RATE_LIMIT_KEY_PREFIX, points: window.limit, duration: window.ms / 1000 + 1 };
}

/**
 * rate-limiter-flexible rejects a consume that went over the limit with the counter's state (a
 * RateLimiterRes), and one that could not be counted with the store's error: the first is an
 * answer, only the second a failure.
 */
async function settle(consumed: Promise<RateLimiterRes>): Promise<RateLimiterRes> {
  try {
    return await consumed;
  } catch (err) {
    if (err instanceof RateLimiterRes) return err;
    throw err;
  }
}
