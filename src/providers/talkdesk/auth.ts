// OAuth 2.0 client credentials against Talkdesk's token service (a different origin from the API,
// docs.talkdesk.com/reference/cc-basic): one cached token, refreshed shortly before it expires,
// never more than one token request in flight however many API calls are waiting for it.
import type { Deadline } from '../../http/deadline.js';
import type { VendorApi, VendorCredentials } from '../../http/vendorApi.js';
import { metrics } from '../../observability/metrics.js';
import { outcomeOf } from '../../observability/tracing.js';
import { talkdeskBasicAuthorization, talkdeskTokenRefreshDelayMs, toTalkdeskTokenRequestBody } from './mapping.js';
import { talkdeskTokenResponseSchema } from './wire.js';

export interface TalkdeskTokenSourceOptions {
  /** The VendorApi of the token URL's origin. */
  api: VendorApi;
  /** The token URL's path, e.g. `/oauth/token`. */
  path: string;
  clientId: string;
  clientSecret: string;
  scopes: readonly string[];
  now?: () => number;
}

interface CachedToken {
  value: string;
  refreshAt: number;
}

export class TalkdeskTokenSource {
  private cached: CachedToken | undefined;
  private inflight: Promise<string> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: TalkdeskTokenSourceOptions) {
    this.now = options.now ?? Date.now;
  }

  /**
   * A token to use now: the cached one while it is fresh, else the result of the one refresh in
   * flight (made within the deadline of the request that found none).
   */
  token(deadline?: Deadline): Promise<string> {
    if (this.cached && this.now() < this.cached.refreshAt) return Promise.resolve(this.cached.value);
    this.inflight ??= this.fetchToken(deadline).finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  /**
   * Drops `token` after the API refused it. Only the token that was refused is dropped: when many
   * requests fail with the same token, the first one forces the refresh and the others reuse it.
   */
  invalidate(token: string): void {
    if (this.cached?.value === token) this.cached = undefined;
  }

  private async fetchToken(deadline: Deadline | undefined): Promise<string> {
    // Lifetime counts from the request, not the answer: a slow token service must not stretch it.
    const requestedAt = this.now();
    const token = await this.requestToken(deadline).then(
      (answer) => {
        metrics.tokenRefreshes.inc({ provider: 'TALKDESK', outcome: 'success' });
        return answer;
      },
      (err: unknown) => {
        metrics.tokenRefreshes.inc({ provider: 'TALKDESK', outcome: outcomeOf(err) });
        throw err;
      },
    );
    this.cached = {
      value: token.access_token,
      refreshAt: requestedAt + talkdeskTokenRefreshDelayMs(token.expires_in),
    };
    return token.access_token;
  }

  private requestToken(deadline: Deadline | undefined) {
    return this.options.api.call(
      {
        operation: 'requestToken',
        // A token request changes nothing a client could see twice: repeating it is harmless.
        effect: 'read',
        method: 'POST',
        path: this.options.path,
        headers: {
          authorization: talkdeskBasicAuthorization(this.options.clientId, this.options.clientSecret),
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: toTalkdeskTokenRequestBody(this.options.scopes),
        expect: talkdeskTokenResponseSchema,
        what: 'the token response',
      },
      deadline,
    );
  }
}

const BEARER = /^Bearer (.+)$/;

/**
 * `Authorization: Bearer` from the token source for every Case API call. A 401 means the token died
 * early (revoked, clock skew): it is dropped, and VendorApi repeats the call once with the token the
 * one refresh brings.
 */
export class TalkdeskBearerCredentials implements VendorCredentials {
  constructor(private readonly tokens: TalkdeskTokenSource) {}

  async headers(deadline: Deadline | undefined): Promise<Record<string, string>> {
    return { authorization: `Bearer ${await this.tokens.token(deadline)}` };
  }

  rejected(headers: Record<string, string>): boolean {
    const token = BEARER.exec(headers.authorization ?? '')?.[1];
    if (token === undefined) return false;
    this.tokens.invalidate(token);
    return true;
  }
}
