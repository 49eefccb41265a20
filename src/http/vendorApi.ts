// The one request path every vendor call takes: credentials, the HTTP request, the status check,
// the vendor's error body classified by its provider's one `classify` hook, and the success body
// parsed with the call's zod schema. Each step is a hook or an option, in the spirit of
// datasource-rest's overridable steps, so that the policies every vendor needs (retries, circuit
// breaking, idempotency, deadlines, a per-request call budget) are added here once, never per vendor.
import { performance } from 'node:perf_hooks';
import { BrokenCircuitError, BulkheadRejectedError, CircuitState, IsolatedCircuitError } from 'cockatiel';
import type { z } from 'zod';
import { CaseError, validationError } from '../domain/errors.js';
import type { CaseProvider } from '../domain/model.js';
import { metrics, watchCircuit } from '../observability/metrics.js';
import type { CircuitStateName } from '../observability/metrics.js';
import { traced } from '../observability/tracing.js';
import type { CallRecord } from '../observability/tracing.js';
import { HttpClient, TransportError } from './client.js';
import type { HttpRequest, HttpResponse, HttpTimeouts } from './client.js';
import { sleep } from './deadline.js';
import type { Deadline } from './deadline.js';
import { failureFromResponse, retryAfterSeconds, unexpectedResponse } from './failure.js';
import type { VendorFailure } from './failure.js';
import { DEFAULT_RESILIENCE, VendorFailed, VendorGuard, backoffMs } from './resilience.js';
import type { ResilienceSettings } from './resilience.js';
import { QuotaRefused } from './vendorQuota.js';
import type { VendorQuota } from './vendorQuota.js';

/** Credentials that can go stale before they expire (OAuth tokens). */
export interface VendorCredentials {
  /** Headers carrying credentials for the next attempt; fetching them counts against the request's deadline. */
  headers(deadline: Deadline | undefined): Promise<Record<string, string>>;
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
  /** The id of the case the success body holds (a create's new case): for the call's span. */
  caseIdOf?: ((body: z.output<S>) => string) | undefined;
  /** Maps a vendor field name in an error body to the GraphQL input path it came from. */
  fieldPath?: ((vendorField: string) => string[]) | undefined;
  /** A non-2xx answer that the vendor documents as a result rather than a failure (Khoros's "no case structure" 404). */
  recover?: ((res: HttpResponse) => z.output<S> | undefined) | undefined;
}

export interface VendorApiOptions {
  /** The provider this origin serves: the label of its metrics and spans. */
  provider: CaseProvider;
  /** Which of the provider's origins, when it has several (Talkdesk's `oauth` token service); `cases` otherwise. */
  api?: string;
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
  /** Retries, breaker and bulkhead; the project defaults unless configured. */
  resilience?: Partial<ResilienceSettings> | undefined;
  /**
   * The vendor account's quota and back-off, shared by the fleet (<VENDOR>_RATE_LIMIT); absent when
   * neither a quota nor Redis is configured, and then the funnel counts nothing.
   */
  quota?: VendorQuota | undefined;
  now?: () => number;
}

/** A VendorApi bound to one request's deadline: what a datasource calls its vendor through. */
export interface RequestVendorApi {
  call<S extends z.ZodType>(call: VendorCall<S>): Promise<z.output<S>>;
}

/**
 * One vendor origin: its HTTP pool, its circuit breaker, bulkhead and retry budget, and the
 * request path. An attempt runs inside the bulkhead (a slow vendor holds only its own slots) and
 * the breaker (a vendor that keeps failing is not called until a probe succeeds); a failed
 * attempt is retried only when repeating it cannot write twice, within the request's deadline
 * and the vendor's retry budget.
 */
export class VendorApi {
  readonly vendorName: string;
  private readonly http: HttpClient;
  private readonly guard: VendorGuard;
  private readonly now: () => number;
  private readonly unwatchCircuit: () => void;

  constructor(private readonly options: VendorApiOptions) {
    this.vendorName = options.vendorName;
    this.now = options.now ?? Date.now;
    const settings = { ...DEFAULT_RESILIENCE, ...options.resilience };
    this.http = new HttpClient({
      vendorName: options.vendorName,
      baseUrl: options.baseUrl,
      ...(options.timeouts ? { timeouts: options.timeouts } : {}),
      connections: options.connections ?? settings.concurrency,
    });
    this.guard = new VendorGuard(
      settings,
      (err) => err instanceof VendorFailed || (err instanceof TransportError && err.reason !== 'deadline'),
      this.now,
    );
    const { provider } = options;
    const api = options.api ?? 'cases';
    this.guard.breaker.onBreak(() => metrics.circuitOpened.inc({ provider, api }));
    this.unwatchCircuit = watchCircuit(() => ({ provider, api, state: this.circuitState }));
  }

  /** The breaker's state: `open` while this origin is failing and calls are not sent. */
  get circuitState(): CircuitStateName {
    const { state } = this.guard.breaker;
    return state === CircuitState.Closed ? 'closed' : state === CircuitState.HalfOpen ? 'half-open' : 'open';
  }

  /**
   * Sends the call within the request's deadline and vendor-call budget (none outside a request)
   * and returns its parsed success body, or throws the CaseError the answer stands for.
   */
  call<S extends z.ZodType>(call: VendorCall<S>, deadline?: Deadline): Promise<z.output<S>> {
    return traced(this.options.provider, call, (record) => this.settled(call, record, deadline));
  }

  /** This origin's calls on behalf of one request: each under that request's deadline. */
  within(deadline: Deadline | undefined): RequestVendorApi {
    return { call: (call) => this.call(call, deadline) };
  }

  private async settled<S extends z.ZodType>(
    call: VendorCall<S>,
    record: CallRecord,
    deadline: Deadline | undefined,
  ): Promise<z.output<S>> {
    const res = await this.answered(call, record, deadline);
    if (res.status < 200 || res.status >= 300) {
      const recovered = call.recover?.(res);
      if (recovered !== undefined) return recovered;
      const failure = this.failure(res, call);
      // A rate limit the vendor words its own way (Sprinklr's 403 "Developer Over Rate") is a
      // back-off too; 429s were already noted as they came.
      if (failure.type === 'RateLimitedError' && res.status !== 429 && failure.retryAfterSeconds !== null) {
        this.options.quota?.backOff(this.now() + backoffMsFor(failure.retryAfterSeconds));
      }
      throw failure;
    }
    const failed = this.options.failedSuccess?.(res);
    if (failed) throw failed;
    const parsed = call.expect.safeParse(res.json);
    if (!parsed.success) throw unexpectedResponse(this.vendorName, `${call.what} is not in the documented shape`);
    if (call.caseIdOf) record.caseId = call.caseIdOf(parsed.data);
    return parsed.data;
  }

  async close(): Promise<void> {
    this.unwatchCircuit();
    await this.http.close();
  }

  /** The vendor's answer, after the retries the policy allows; or the failure that ended them. */
  private async answered(
    call: VendorCall<z.ZodType>,
    record: CallRecord,
    deadline: Deadline | undefined,
  ): Promise<HttpResponse> {
    const { settings, budget } = this.guard;
    budget.deposit();
    let outcome: HttpResponse | CaseError | undefined;
    for (let attempt = 1; ; attempt += 1) {
      if (deadline && this.now() >= deadline.at) {
        this.refused(call, 'deadline');
        throw this.deadlinePassed(attempt);
      }
      if (deadline) {
        // The per-request call budget: a retry that would overspend it is not made, and a first
        // attempt that would is refused, unsent.
        if (deadline.vendorCallsLeft <= 0) {
          if (outcome !== undefined) return this.settle(call, outcome);
          this.refused(call, 'call_budget');
          throw this.callBudgetSpent(deadline.vendorCallLimit);
        }
        deadline.vendorCallsLeft -= 1;
      }
      if (this.options.quota || deadline?.caller?.vendorCalls) await this.admit(call, deadline);
      if (attempt > 1) metrics.vendorRetries.inc({ provider: this.options.provider, operation: call.operation });
      record.attempts = attempt;
      try {
        outcome = await this.attempt(call, deadline, record);
      } catch (err) {
        if (!(err instanceof CaseError)) throw err;
        outcome = err;
      }
      if (this.options.quota && !(outcome instanceof CaseError)) this.noteBackoff(outcome);
      const wait = this.retryWait(call, outcome, attempt);
      if (wait === undefined || attempt >= settings.attempts || !budget.withdraw()) return this.settle(call, outcome);
      if (deadline && this.now() + wait >= deadline.at) return this.settle(call, outcome);
      await sleep(wait, deadline?.signal).catch(() => undefined);
    }
  }

  /**
   * The caller's own vendor-call limit, then the vendor account's quota and back-off: a call that
   * does not fit waits its turn (within the deadline and the queue) or is refused unsent, its
   * per-request budget and the caller's count given back.
   */
  private async admit(call: VendorCall<z.ZodType>, deadline: Deadline | undefined): Promise<void> {
    const caller = deadline?.caller;
    const vendorCalls = caller?.vendorCalls;
    if (vendorCalls) {
      const retryAfterMs = await vendorCalls.take();
      if (retryAfterMs !== undefined) {
        this.unsent(call, deadline, 'caller_vendor_calls');
        metrics.callerLimited.inc({ limit: 'vendor_calls' });
        throw rateLimited(
          `This caller has used all the vendor calls it may make for now; nothing was sent to ${this.vendorName}.`,
          retryAfterMs,
        );
      }
    }
    const quota = this.options.quota;
    if (!quota || quota.isOpen(this.now())) return;
    try {
      const waited = await quota.acquire(deadline, caller?.id ?? '', this.guard.settings.retryAfterCeilingMs);
      if (waited > 0) metrics.quotaWaits.observe({ provider: this.options.provider }, waited / 1000);
    } catch (err) {
      if (!(err instanceof QuotaRefused)) throw err;
      vendorCalls?.giveBack();
      if (err.reason === 'deadline') {
        this.unsent(call, deadline, 'deadline');
        throw this.deadlinePassed(1);
      }
      this.unsent(call, deadline, REFUSAL_REASONS[err.reason]);
      throw rateLimited(
        err.reason === 'backoff'
          ? `${this.vendorName} asked casegraph to pause its calls; nothing was sent.`
          : err.reason === 'queue_full'
            ? `Too many calls are waiting for ${this.vendorName}'s rate limit; nothing was sent.`
            : `${this.vendorName}'s rate limit is spent for now; nothing was sent.`,
        err.retryAfterMs,
      );
    }
  }

  /** A call refused before it was sent: counted as refused, its per-request budget given back. */
  private unsent(call: VendorCall<z.ZodType>, deadline: Deadline | undefined, reason: string): void {
    if (deadline) deadline.vendorCallsLeft += 1;
    this.refused(call, reason);
  }

  /**
   * A 429, or a 503 that names its Retry-After, pauses every replica's calls to this account until
   * then (a 429 without one: a second). Noted as soon as the answer arrives, before any retry waits.
   */
  private noteBackoff(res: HttpResponse): void {
    if (res.status !== 429 && res.status !== 503) return;
    const after = retryAfterSeconds(res.headers['retry-after']);
    if (after === null && res.status === 503) return;
    this.options.quota?.backOff(this.now() + backoffMsFor(after ?? 1));
  }

  /** One attempt through the bulkhead and the breaker. */
  private async attempt(
    call: VendorCall<z.ZodType>,
    deadline: Deadline | undefined,
    record: CallRecord,
  ): Promise<HttpResponse> {
    try {
      return await this.guard.bulkhead.execute(
        () =>
          this.guard.breaker.execute(async () => {
            const res = await this.send(call, deadline, record);
            if (res.status >= 500) throw new VendorFailed(res.status, res);
            return res;
          }),
        deadline?.signal,
      );
    } catch (err) {
      if (err instanceof VendorFailed) return err.response;
      if (err instanceof BrokenCircuitError || err instanceof IsolatedCircuitError) {
        this.refused(call, 'circuit_open');
        const seconds = this.guard.secondsUntilProbe();
        throw new CaseError(
          'ProviderUnavailableError',
          `${this.vendorName} is failing; casegraph stopped calling it for now. Nothing was sent.`,
          { retriable: true, retryAfterSeconds: seconds, cause: err },
        );
      }
      if (err instanceof BulkheadRejectedError) {
        this.refused(call, 'too_many_in_flight');
        throw new CaseError(
          'ProviderUnavailableError',
          `${this.vendorName} has too many calls in flight; nothing was sent.`,
          { retriable: true, retryAfterSeconds: 1, cause: err },
        );
      }
      if (deadline?.signal.aborted && !(err instanceof CaseError)) throw this.deadlinePassed(2);
      throw err;
    }
  }

  /**
   * How long to wait before repeating this attempt, or undefined when it must not be repeated.
   * Reads are repeated after any failure a retry may cure; a write only when it provably never
   * reached the vendor (no connection, a breaker or bulkhead refusal, a 429 or a 503 that names
   * its Retry-After), since the vendor may have acted on anything else.
   */
  private retryWait(
    call: VendorCall<z.ZodType>,
    outcome: HttpResponse | CaseError,
    attempt: number,
  ): number | undefined {
    const { settings } = this.guard;
    if (outcome instanceof CaseError) {
      if (!(outcome instanceof TransportError) || outcome.reason === 'deadline') return undefined;
      if (call.effect === 'write' && outcome.mayHaveReachedVendor) return undefined;
      return backoffMs(attempt, settings);
    }
    const status = outcome.status;
    const after = retryAfterSeconds(outcome.headers['retry-after']);
    if (status === 429 || (status === 503 && after !== null)) {
      if (after === null) return undefined;
      const ms = after * 1000;
      return ms <= settings.retryAfterCeilingMs ? Math.max(ms, backoffMs(attempt, settings)) : undefined;
    }
    if (status >= 500 && call.effect === 'read') return backoffMs(attempt, settings);
    return undefined;
  }

  /** The last outcome as the call's result: a response to classify, or the failure to throw. */
  private settle(call: VendorCall<z.ZodType>, outcome: HttpResponse | CaseError): HttpResponse {
    if (outcome instanceof CaseError) {
      if (call.effect === 'write' && outcome instanceof TransportError && outcome.mayHaveReachedVendor) {
        throw this.outcomeUnknown(
          call,
          outcome.reason === 'timeout' || outcome.reason === 'deadline'
            ? 'its answer never came'
            : 'the connection dropped before the answer',
          outcome,
        );
      }
      throw outcome;
    }
    const after = retryAfterSeconds(outcome.headers['retry-after']);
    const refusedUnprocessed = outcome.status === 503 && after !== null;
    if (call.effect === 'write' && outcome.status >= 500 && !refusedUnprocessed) {
      throw this.outcomeUnknown(call, `it answered HTTP ${outcome.status}`);
    }
    return outcome;
  }

  private outcomeUnknown(call: VendorCall<z.ZodType>, lost: string, cause?: unknown): CaseError {
    return new CaseError(
      'OutcomeUnknownError',
      `${this.vendorName} received ${call.operation} but ${lost}: the change may or may not have been made.`,
      { retriable: false, ...(cause === undefined ? {} : { cause }) },
    );
  }

  private callBudgetSpent(limit: number): CaseError {
    return validationError(
      [],
      `This request used all ${limit} vendor calls casegraph allows per request (CASEGRAPH_MAX_VENDOR_CALLS); ` +
        `nothing more was sent to ${this.vendorName}. Split the work into smaller requests.`,
    );
  }

  private deadlinePassed(attempt: number): CaseError {
    return new CaseError(
      'ProviderUnavailableError',
      attempt === 1
        ? `The request's deadline passed before ${this.vendorName} was called; nothing was sent.`
        : `${this.vendorName} did not answer within the request's deadline.`,
      { retriable: true },
    );
  }

  /** One request on the wire, counted and timed by its HTTP status or by how the transport failed. */
  private async measured(
    call: VendorCall<z.ZodType>,
    record: CallRecord,
    request: () => Promise<HttpResponse>,
  ): Promise<HttpResponse> {
    const labels = { provider: this.options.provider, operation: call.operation };
    const started = performance.now();
    let status = 'error';
    try {
      const res = await request();
      status = String(res.status);
      record.status = res.status;
      return res;
    } catch (err) {
      if (err instanceof TransportError) status = err.reason;
      throw err;
    } finally {
      metrics.vendorDuration.observe(labels, (performance.now() - started) / 1000);
      metrics.vendorCalls.inc({ ...labels, status });
    }
  }

  private refused(call: VendorCall<z.ZodType>, reason: string): void {
    metrics.vendorRefusals.inc({ provider: this.options.provider, operation: call.operation, reason });
  }

  /** One attempt: a request, and a second one when the vendor refused credentials that fresh ones may cure. */
  private async send(
    call: VendorCall<z.ZodType>,
    deadline: Deadline | undefined,
    record: CallRecord,
  ): Promise<HttpResponse> {
    const { credentials, quota } = this.options;
    // A call admitted before a back-off began may have waited in the bulkhead since: it is not sent.
    const paused = quota?.backoffUntil ?? 0;
    if (paused > 0) {
      this.refused(call, 'vendor_backoff');
      throw rateLimited(
        `${this.vendorName} asked casegraph to pause its calls; nothing was sent.`,
        paused - this.now(),
      );
    }
    const attempt = async (auth: Record<string, string>) =>
      this.measured(call, record, () =>
        this.http.request({
          method: call.method,
          path: call.path,
          ...(call.query ? { query: call.query } : {}),
          ...(call.json === undefined ? {} : { json: call.json }),
          ...(call.body === undefined ? {} : { body: call.body }),
          headers: { ...this.options.headers, ...auth, ...call.headers },
          signal: deadline?.signal,
        }),
      );
    if (!credentials) return attempt({});
    const auth = await credentials.headers(deadline);
    const res = await attempt(auth);
    if (res.status !== 401 || !credentials.rejected(auth)) return res;
    return attempt(await credentials.headers(deadline));
  }

  private failure(res: HttpResponse, call: VendorCall<z.ZodType>): CaseError {
    return failureFromResponse(res, this.options.classify(res, call), {
      vendorName: this.vendorName,
      fieldPath: call.fieldPath ?? (() => []),
      caseId: call.caseId,
    });
  }
}

const REFUSAL_REASONS = {
  quota: 'rate_limited',
  backoff: 'vendor_backoff',
  queue_full: 'quota_queue_full',
} as const;

/** A vendor's Retry-After as a back-off, at most an hour: a vendor naming days is not taken at its word. */
const MAX_BACKOFF_MS = 3_600_000;
function backoffMsFor(seconds: number): number {
  return Math.min(seconds * 1000, MAX_BACKOFF_MS);
}

function rateLimited(message: string, retryAfterMs: number): CaseError {
  return new CaseError('RateLimitedError', message, {
    retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
  });
}
