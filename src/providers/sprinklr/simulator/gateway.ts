// What Sprinklr's API gateway checks before a request reaches the Case API, in the gateway's order
// (https://dev.sprinklr.com/rest-api-error-and-status-codes): the `Key` header (403 "Developer
// Inactive"), the environment the key belongs to (421), the Bearer token (401), the key's rate limit
// (429, or 403 "Developer Over Rate"), then the media types and Content-Length on writes.
import { randomUUID } from 'node:crypto';
import { header, isJsonContentType } from '../../../simulators/harness.js';
import type { SimHandler, SimResponse, SimulatorServer } from '../../../simulators/harness.js';
import { appError, badRequest } from './state.js';
import type { SimRateLimit, SprinklrSimState } from './state.js';

/** Sprinklr's documented default: 1,000 calls an hour per key (sprinklr-api-rate-limiting). */
const DOCUMENTED_QUOTA = { limit: 1000, windowMs: 3_600_000 };

/** The gateway's envelope (observed on api3.sprinklr.com for 401s), used for every gateway refusal. */
const gatewayError = (status: number, message: string, headers?: Record<string, string>): SimResponse => ({
  status,
  json: { data: [], errors: [{ id: randomUUID(), code: status, message }] },
  ...(headers ? { headers } : {}),
});

/**
 * The rate-limit answer: 429 with Retry-After, the X-RateLimit-* headers and the RATE_LIMIT_EXCEEDED
 * body (sprinklr-api-rate-limiting), or the gateway's 403 "Developer Over Rate".
 */
function rateLimited(limit: SimRateLimit): SimResponse {
  const retry = String(limit.retryAfterSeconds);
  if (limit.style === 'developer-over-rate') return gatewayError(403, 'Developer Over Rate', { 'retry-after': retry });
  const resetAt = Date.now() + limit.retryAfterSeconds * 1000;
  const quota = limit.quota ?? DOCUMENTED_QUOTA;
  const window = quota.windowMs % 3_600_000 === 0 ? `${quota.windowMs / 3_600_000}h` : `${quota.windowMs / 1000}s`;
  return {
    status: 429,
    headers: {
      'retry-after': retry,
      'x-ratelimit-limit': String(quota.limit),
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.ceil(resetAt / 1000)),
    },
    json: {
      success: false,
      errors: [
        {
          code: 'RATE_LIMIT_EXCEEDED',
          message: 'Rate limit exceeded. Retry after the window resets.',
          details: { limit: quota.limit, window, resetAt: new Date(resetAt).toISOString() },
        },
      ],
    },
  };
}

/**
 * The key's enforced limit: the call is counted in its window (fixed, aligned to the epoch, as
 * X-RateLimit-Reset's unix seconds suggest), and one beyond the limit is answered 429 with a
 * Retry-After of the seconds left in the window, rounded up.
 */
function overQuota(state: SprinklrSimState, now: number): SimRateLimit | undefined {
  const quota = state.quota;
  if (!quota) return undefined;
  const window = Math.floor(now / quota.limit.windowMs);
  if (window !== quota.window) {
    quota.window = window;
    quota.calls = 0;
  }
  quota.calls += 1;
  if (quota.calls <= quota.limit.limit) return undefined;
  const resetAt = (window + 1) * quota.limit.windowMs;
  return { retryAfterSeconds: Math.ceil((resetAt - now) / 1000), style: '429', quota: quota.limit };
}

function gate(state: SprinklrSimState, handler: SimHandler): SimHandler {
  return (req) => {
    if (header(req, 'key') !== state.apiKey) return gatewayError(403, 'Developer Inactive');
    if ((req.params.env ?? '') !== state.env) {
      return gatewayError(421, 'Misdirected Request: the API key is not mapped to this environment.');
    }
    if (header(req, 'authorization') !== `Bearer ${state.accessToken}` || state.tokenExpired) {
      return gatewayError(401, 'Unauthorized');
    }
    const limited = state.rateLimits.shift() ?? overQuota(state, req.at);
    if (limited) return rateLimited(limited);
    const accept = header(req, 'accept');
    if (accept !== undefined && !/application\/json|\*\/\*|application\/\*/i.test(accept)) {
      return appError(415, [
        { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Only application/json responses are served.' },
      ]);
    }
    if (req.method === 'POST' || req.method === 'PUT') {
      if (header(req, 'content-length') === undefined) {
        return appError(411, [{ code: 'LENGTH_REQUIRED', message: 'Content-Length is required on POST and PUT.' }]);
      }
      if (!isJsonContentType(req)) {
        return appError(415, [{ code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Content-Type must be application/json.' }]);
      }
      if (req.json === undefined) {
        return badRequest([{ code: 'INVALID_REQUEST', message: 'The request body is not valid JSON.' }]);
      }
    }
    return handler(req);
  };
}

/**
 * A route behind the gateway, with and without the environment segment: a key of the default
 * production environment calls without one, any other key with its own.
 */
export function gatedRoute(
  server: SimulatorServer,
  state: SprinklrSimState,
): (method: string, pattern: string, handler: SimHandler) => void {
  return (method, pattern, handler) => {
    server.route(method, `/:env/${pattern}`, gate(state, handler));
    server.route(method, `/${pattern}`, gate(state, handler));
  };
}
