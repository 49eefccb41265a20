// Who is calling, and what they may do. Scopes are OAuth-style strings, the same for API keys and
// JWTs: `cases:read` and `cases:write` for every provider, `cases:read:khoros` for one, and
// `khoros:agent` to choose the Khoros agent a write is made as.
import type { CaseProvider } from '../domain/model.js';
import type { RateWindow } from '../http/rateLimit.js';

export type Access = 'read' | 'write';

export interface Caller {
  /**
   * A stable name for the caller: the API key's name, or `jwt:<issuer>#<subject>`. It stamps log
   * lines and scopes idempotency keys, so two callers never see each other's outcomes.
   */
  id: string;
  via: 'api-key' | 'jwt' | 'none';
  scopes: ReadonlySet<string>;
  /** Its own rate limits, where its API key sets them (`;rate=`, `;vendor-rate=`); the defaults otherwise. */
  limits?: CallerRateLimits | undefined;
}

/** A caller's own limits; each absent one is the default (CASEGRAPH_CALLER_RATE_LIMIT, …), an empty one none. */
export interface CallerRateLimits {
  /** GraphQL requests per window. */
  requests?: readonly RateWindow[] | undefined;
  /** Vendor calls (retries included) per window, whichever vendor. */
  vendorCalls?: readonly RateWindow[] | undefined;
}

export const SCOPES = {
  /** Read cases and custom-field definitions in every provider. */
  read: 'cases:read',
  /** Create and update cases in every provider. */
  write: 'cases:write',
  /** Send a Khoros write as an agent other than the configured `KHOROS_AGENT_EMAIL`. */
  khorosAgent: 'khoros:agent',
  /** Scrape `/metrics` on the GraphQL port (a separate CASEGRAPH_METRICS_PORT needs none). */
  metrics: 'metrics:read',
  /**
   * Send ad-hoc documents (and automatic persisted queries) where CASEGRAPH_DOCUMENTS is
   * `trusted-preferred`, e.g. a developer in Sandbox; `trusted-only` refuses them to everyone.
   */
  documentsAny: 'documents:any',
} as const;

/** What a caller gets when authentication is off (local development on simulators). */
export const ANONYMOUS: Caller = {
  id: 'anonymous',
  via: 'none',
  scopes: new Set([SCOPES.read, SCOPES.write, SCOPES.khorosAgent, SCOPES.metrics, SCOPES.documentsAny]),
};

/** Whether the caller may read or write cases in this provider. */
export function may(caller: Caller, access: Access, provider: CaseProvider): boolean {
  const scope = access === 'read' ? SCOPES.read : SCOPES.write;
  return caller.scopes.has(scope) || caller.scopes.has(`${scope}:${provider.toLowerCase()}`);
}

/** Scopes from a space-separated string (RFC 8693 `scope`) or a list (`scp`), deduplicated. */
export function scopesFrom(raw: unknown): Set<string> {
  const items = typeof raw === 'string' ? raw.split(/\s+/) : Array.isArray(raw) ? raw : [];
  return new Set(items.filter((s): s is string => typeof s === 'string' && s !== ''));
}
