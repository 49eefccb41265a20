// Every rate limit of one casegraph process, made once at start-up: the counters (Redis when
// REDIS_URL is set), each vendor account's quota and back-off, each caller's limits. When nothing is
// limited and there is no Redis to share back-offs through, nothing is made, and neither the HTTP
// adapter nor the vendor funnel does any work for rate limits.
import type { Logger } from 'pino';
import type { Caller } from '../auth/caller.js';
import type { CaseProvider } from '../domain/model.js';
import type { Deadline } from '../http/deadline.js';
import { LimitStore } from '../http/limitStore.js';
import type { RateWindow } from '../http/rateLimit.js';
import { VendorQuota } from '../http/vendorQuota.js';
import { metrics, rateLimitDegraded } from '../observability/metrics.js';
import { CallerLimits } from './callerLimits.js';
import type { CallerLimitSettings } from './callerLimits.js';

export interface RateLimitSettings {
  /**
   * Each provider's quota as configured (<VENDOR>_RATE_LIMIT), or the vendor's documented limits
   * when it is a real vendor and nothing is configured; none for a simulator.
   */
  vendors: ReadonlyMap<CaseProvider, readonly RateWindow[]>;
  /** Calls that may wait for one vendor's quota at once, per replica (CASEGRAPH_RATE_LIMIT_QUEUE). */
  queue: number;
  /** Each replica's share of every limit while Redis cannot be asked (CASEGRAPH_RATE_LIMIT_LOCAL_SHARE). */
  localShare: number;
  callers: CallerLimitSettings;
}

export interface RateLimitOptions {
  redisUrl: string | undefined;
  logger: Logger;
  /** Whether callers authenticate (API keys or JWTs): the default caller limits apply only then. */
  authenticated: boolean;
  /** Whether some API key sets its own limits (`;rate=`, `;vendor-rate=`). */
  keyLimits: boolean;
}

/** What `/readyz` says of rate limits. */
export interface RateLimitReadiness {
  /** `shared` (Redis), `local` (no Redis configured) or `degraded` (Redis failing: per-replica shares). */
  rateLimits: 'shared' | 'local' | 'degraded';
  /** Providers whose vendor asked for a pause, and until when (ISO 8601). */
  backoffs: Partial<Record<CaseProvider, string>>;
}

export class RateLimits {
  /** The per-caller check the HTTP adapter makes; undefined when no caller can be limited. */
  readonly callers: CallerLimits | undefined;
  private readonly store: LimitStore;
  private readonly quotas = new Map<CaseProvider, VendorQuota>();
  /** Whether any vendor has a quota: waiting calls then take turns by caller, so requests carry it. */
  private readonly queued: boolean;

  constructor(settings: RateLimitSettings, options: RateLimitOptions) {
    const { logger } = options;
    this.store = new LimitStore({
      redisUrl: options.redisUrl,
      localShare: settings.localShare,
      events: {
        degraded: (err) => {
          rateLimitDegraded.set(1);
          logger.warn(
            { err, localShare: settings.localShare },
            'Redis cannot be asked: rate limits apply per replica, at its local share of each, until Redis answers',
          );
        },
        recovered: () => {
          rateLimitDegraded.set(0);
          logger.info('Redis answers again: rate limits are shared by every replica again');
        },
        decidedLocally: () => metrics.rateLimitLocalDecisions.inc(),
      },
    });
    rateLimitDegraded.set(0);
    for (const [provider, windows] of settings.vendors) {
      // Without a quota, a vendor's back-off is only worth keeping where the fleet shares it.
      if (windows.length === 0 && options.redisUrl === undefined) continue;
      this.quotas.set(provider, new VendorQuota({ provider, windows, queue: settings.queue, store: this.store }));
    }
    this.queued = [...settings.vendors.values()].some((windows) => windows.length > 0);
    const { callers } = settings;
    const limited =
      (options.authenticated && (callers.requests.length > 0 || callers.vendorCalls.length > 0)) ||
      options.keyLimits ||
      callers.anonymous.requests.length > 0 ||
      callers.anonymous.vendorCalls.length > 0;
    this.callers = limited ? new CallerLimits(callers, this.store) : undefined;
  }

  /** The quota and back-off of a provider's vendor account; undefined when it has neither. */
  quotaFor(provider: CaseProvider): VendorQuota | undefined {
    return this.quotas.get(provider);
  }

  /** The request's deadline, carrying its caller when a limit needs to know it; unchanged otherwise. */
  forRequest(deadline: Deadline, caller: Caller): Deadline {
    if (this.callers) return this.callers.attach(deadline, caller);
    if (this.queued) deadline.caller = { id: caller.id };
    return deadline;
  }

  readiness(): RateLimitReadiness {
    const backoffs: RateLimitReadiness['backoffs'] = {};
    for (const [provider, quota] of this.quotas) {
      const until = quota.backoffUntil;
      if (until > 0) backoffs[provider] = new Date(until).toISOString();
    }
    return { rateLimits: this.store.state, backoffs };
  }

  /** Waits (at most `ms`) for Redis to connect, so the first requests count in the fleet's counters. */
  ready(ms: number): Promise<void> {
    return this.store.ready(ms);
  }

  async close(): Promise<void> {
    for (const quota of this.quotas.values()) quota.close();
    await this.store.close();
  }
}
