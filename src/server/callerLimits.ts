// Each caller's own limits, shared by every replica (through the LimitStore): GraphQL requests per
// window, checked in the HTTP adapter right after authentication, before the body is read, a
// document admitted or anything executed (HTTP 429 with Retry-After and the IETF RateLimit fields,
// as Stripe's and GitHub's request-rate limiters answer); and vendor calls per window, which the
// funnel counts as it sends them (src/http/vendorApi.ts), since only execution knows how many a
// request makes. Without caller authentication nobody is limited unless limits are set explicitly.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Caller } from '../auth/caller.js';
import type { Deadline, RequestCaller } from '../http/deadline.js';
import type { LimitStore } from '../http/limitStore.js';
import { rateLimitHeaders } from '../http/rateLimit.js';
import type { RateWindow } from '../http/rateLimit.js';
import { metrics } from '../observability/metrics.js';

export interface CallerLimitSettings {
  /** Every caller's GraphQL requests per window, unless its API key says otherwise (`;rate=`). */
  requests: readonly RateWindow[];
  /** Every caller's vendor calls per window, unless its API key says otherwise (`;vendor-rate=`). */
  vendorCalls: readonly RateWindow[];
  /**
   * The anonymous caller's (caller authentication off): only what is set explicitly, so development
   * on the simulators is not limited by default.
   */
  anonymous: { requests: readonly RateWindow[]; vendorCalls: readonly RateWindow[] };
}

/** What the HTTP adapter asks before it reads a request's body. */
export interface CallerAdmission {
  /**
   * Counts one request of the caller's. True when it may go on (the RateLimit fields are set on
   * `res`); false when it was answered 429 here.
   */
  admit(req: IncomingMessage, res: ServerResponse, caller: Caller): Promise<boolean>;
}

export class CallerLimits implements CallerAdmission {
  constructor(
    private readonly settings: CallerLimitSettings,
    private readonly store: LimitStore,
    private readonly now: () => number = Date.now,
  ) {}

  async admit(req: IncomingMessage, res: ServerResponse, caller: Caller): Promise<boolean> {
    const windows = this.windows(caller, 'requests');
    if (windows.length === 0) return true;
    const taken = await this.store.take(`caller:requests:${caller.id}`, windows);
    const resetInMs = taken.resetAt - this.now();
    const headers = rateLimitHeaders(windows, { window: taken.window, remaining: taken.remaining, resetInMs });
    res.setHeader('ratelimit-policy', headers.policy);
    res.setHeader('ratelimit', headers.state);
    if (taken.granted) return true;
    metrics.callerLimited.inc({ limit: 'requests' });
    const seconds = Math.max(1, Math.ceil(resetInMs / 1000));
    res.setHeader('retry-after', String(seconds));
    if (!req.complete) {
      // Its body was never read: the connection is not reused mid-request.
      res.setHeader('connection', 'close');
      res.once('finish', () => req.destroy());
    }
    res.writeHead(429, { 'content-type': 'application/json; charset=utf-8' });
    res.end(
      JSON.stringify({
        errors: [
          {
            message: `This caller has sent all the requests it may send for now; retry in ${seconds} s.`,
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds },
          },
        ],
      }),
    );
    return false;
  }

  /**
   * The request's deadline, told who the caller is (whose turn at a vendor's quota) and, when it
   * has one, the caller's vendor-call limit.
   */
  attach(deadline: Deadline, caller: Caller): Deadline {
    deadline.caller = this.requestCaller(caller);
    return deadline;
  }

  private requestCaller(caller: Caller): RequestCaller {
    const windows = this.windows(caller, 'vendorCalls');
    if (windows.length === 0) return { id: caller.id };
    const key = `caller:vendor-calls:${caller.id}`;
    return {
      id: caller.id,
      vendorCalls: {
        take: async () => {
          const taken = await this.store.take(key, windows);
          return taken.granted ? undefined : Math.max(0, taken.resetAt - this.now());
        },
        giveBack: () => this.store.giveBackAll(key, windows),
      },
    };
  }

  private windows(caller: Caller, limit: 'requests' | 'vendorCalls'): readonly RateWindow[] {
    const own = caller.limits?.[limit];
    if (own) return own;
    return caller.via === 'none' ? this.settings.anonymous[limit] : this.settings[limit];
  }
}
