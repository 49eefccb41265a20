// The one request path every vendor call takes: credentials, the HTTP request, the status check,
// the vendor's error body classified by its provider's one `classify` hook, and the success body
// parsed with the call's zod schema. Each step is a hook or an option, in the spirit of
// datasource-rest's overridable steps, so that the policies every vendor needs (retries, circuit
// breaking, idempotency, deadlines, a per-request call budget) are added here once, never per vendor.
import type { z } from 'zod';
import type { CaseError } from '../domain/errors.js';
import { HttpClient } from './client.js';
import type { HttpRequest, HttpResponse, HttpTimeouts } from './client.js';
import { failureFromResponse, unexpectedResponse } from './failure.js';
import type { VendorFailure } from './failure.js';

/** Credentials that can go stale before they expire (OAuth tokens). */
export interface VendorCredentials {
  /** Headers carrying credentials for the next attempt. */
  headers(): Promise<Record<string, string>>;
  /**
   * The vendor answered 401 to these headers. True when fresh credentials may succeed: the call is
   * then repeated once with `headers()` asked again.
   */
  rejected(headers: Record<string, string>): boolean;
}

/** One vendor call, described completely enough for the funnel to decide everything else. */
export interface VendorCall<S extends z.ZodType> extends HttpRequest {
  /** The vendor operation, e.g. `createCase` or `lookupCase`: for classification and, later, metrics and budgets. */
  operation: string;
  /**
   * `read` calls change nothing at the vendor and can be repeated freely; a `write` may have
   * happened even when its answer is lost, so it is never repeated blindly.
   */
  effect: 'read' | 'write';
  /** The documented success body. */
  expect: S;
  /** What the success body should be, for the error when it is not: "the created case". */
  what: string;
  /** The case the call is about: a 404 becomes NotFoundError for it. */
  caseId?: string | undefined;
  /** Maps a vendor field name in an error body to the GraphQL input path it came from. */
  fieldPath?: ((vendorField: string) => string[]) | undefined;
  /** A non-2xx answer that the vendor documents as a result rather than a failure (Khoros's "no case structure" 404). */
  recover?: ((res: HttpResponse) => z.output<S> | undefined) | undefined;
}

export interface VendorApiOptions {
  /** Used in messages only; never the URL, which must not reach clients. */
  vendorName: string;
  baseUrl: string;
  timeouts?: Partial<HttpTimeouts>;
  /** Upper bound on parallel sockets to this origin. */
  connections?: number;
  /** Headers every call carries (static credentials, API keys); a call's own headers win. */
  headers?: Record<string, string>;
  credentials?: VendorCredentials;
  /** The classify hook: what a failed answer's body says, in the vendor's own terms. */
  classify(res: HttpResponse, call: VendorCall<z.ZodType>): VendorFailure;
  /** A 2xx answer that reports a failure (Thalamus's plain-text `FAILED`), as the error it stands for. */
  failedSuccess?: (res: HttpResponse) => CaseError | undefined;
}

/** One vendor origin: its HTTP pool and the request path. */
export class VendorApi {
  readonly vendorName: string;
  private readonly http: HttpClient;

  constructor(private readonly options: VendorApiOptions) {
    this.vendorName = options.vendorName;
    this.http = new HttpClient({
      vendorName: options.vendorName,
      baseUrl: options.baseUrl,
      ...(options.timeouts ? { timeouts: options.timeouts } : {}),
      ...(options.connections === undefined ? {} : { connections: options.connections }),
    });
  }

  /** Sends the call and returns its parsed success body, or throws the CaseError the answer stands for. */
  async call<S extends z.ZodType>(call: VendorCall<S>): Promise<z.output<S>> {
    const res = await this.send(call);
    if (res.status < 200 || res.status >= 300) {
      const recovered = call.recover?.(res);
      if (recovered !== undefined) return recovered;
      throw this.failure(res, call);
    }
    const failed = this.options.failedSuccess?.(res);
    if (failed) throw failed;
    const parsed = call.expect.safeParse(res.json);
    if (!parsed.success) throw unexpectedResponse(this.vendorName, `${call.what} is not in the documented shape`);
    return parsed.data;
  }

  async close(): Promise<void> {
    await this.http.close();
  }

  private async send(call: VendorCall<z.ZodType>): Promise<HttpResponse> {
    const { credentials } = this.options;
    const attempt = async (auth: Record<string, string>) =>
      this.http.request({
        method: call.method,
        path: call.path,
        ...(call.query ? { query: call.query } : {}),
        ...(call.json === undefined ? {} : { json: call.json }),
        ...(call.body === undefined ? {} : { body: call.body }),
        headers: { ...this.options.headers, ...auth, ...call.headers },
      });
    if (!credentials) return attempt({});
    const auth = await credentials.headers();
    const res = await attempt(auth);
    if (res.status !== 401 || !credentials.rejected(auth)) return res;
    return attempt(await credentials.headers());
  }

  private failure(res: HttpResponse, call: VendorCall<z.ZodType>): CaseError {
    return failureFromResponse(res, this.options.classify(res, call), {
      vendorName: this.vendorName,
      fieldPath: call.fieldPath ?? (() => []),
      caseId: call.caseId,
    });
  }
}
