// OAuth 2.0 client credentials against Talkdesk's token service (a different origin from the API):
// one cached token, refreshed shortly before it expires, never more than one token request in flight
// however many API calls are waiting for it.
import { unexpectedResponse, failureFromResponse } from '../../http/failure.js';
import type { HttpClient } from '../../http/client.js';
import {
  TALKDESK_VENDOR_NAME,
  talkdeskBasicAuthorization,
  talkdeskTokenFailure,
  talkdeskTokenRefreshDelayMs,
  toTalkdeskTokenRequestBody,
} from './mapping.js';
import { talkdeskTokenResponseSchema } from './wire.js';

export interface TalkdeskTokenSourceOptions {
  /** An HttpClient for the token URL's origin. */
  http: HttpClient;
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

  /** A token to use now: the cached one while it is fresh, else the result of the one refresh in flight. */
  token(): Promise<string> {
    if (this.cached && this.now() < this.cached.refreshAt) return Promise.resolve(this.cached.value);
    this.inflight ??= this.fetchToken().finally(() => {
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

  private async fetchToken(): Promise<string> {
    // Lifetime counts from the request, not the answer: a slow token service must not stretch it.
    const requestedAt = this.now();
    const res = await this.options.http.request({
      method: 'POST',
      path: this.options.path,
      headers: {
        authorization: talkdeskBasicAuthorization(this.options.clientId, this.options.clientSecret),
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: toTalkdeskTokenRequestBody(this.options.scopes),
    });
    if (res.status < 200 || res.status >= 300) {
      throw failureFromResponse(res, talkdeskTokenFailure(res), {
        vendorName: TALKDESK_VENDOR_NAME,
        fieldPath: () => [],
      });
    }
    const parsed = talkdeskTokenResponseSchema.safeParse(res.json);
    if (!parsed.success) throw unexpectedResponse(TALKDESK_VENDOR_NAME, 'the token response is not an OAuth token');
    this.cached = {
      value: parsed.data.access_token,
      refreshAt: requestedAt + talkdeskTokenRefreshDelayMs(parsed.data.expires_in),
    };
    return parsed.data.access_token;
  }
}
