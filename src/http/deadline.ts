// Each GraphQL request runs under one deadline and one vendor-call budget. They travel explicitly,
// from the HTTP adapter through the request's context to its datasources and every vendor call:
// an AsyncLocalStorage would spare the parameter but, once used, makes Node 20 run promise hooks
// on every promise in the process (the bench measured 637 vs 697 CPU µs per request without it).

export interface Deadline {
  /** Epoch milliseconds after which no vendor call starts and every call in flight is aborted. */
  at: number;
  /** Aborts when the deadline passes. */
  signal: AbortSignal;
  /** Vendor requests this GraphQL request may still send, retries included. */
  vendorCallsLeft: number;
  /** What it started with, for the message once it is spent. */
  vendorCallLimit: number;
  /** Who the request is for, when a vendor quota or the caller's own vendor-call limit needs to know. */
  caller?: RequestCaller | undefined;
}

/** The caller as the vendor funnel sees it: whose turn it is at a vendor's quota, and its own vendor-call limit. */
export interface RequestCaller {
  /** The caller's name (API key name, `jwt:<issuer>#<subject>`): waiting calls take turns per caller. */
  id: string;
  /** The caller's vendor calls per window, when it has a limit. */
  vendorCalls?: CallerVendorCalls | undefined;
}

export interface CallerVendorCalls {
  /** Counts one vendor call; resolves undefined when allowed, else the milliseconds until one is. */
  take(): Promise<number | undefined>;
  /** Gives back a call counted but not sent (the vendor's quota refused it). */
  giveBack(): void;
}

/**
 * Runs `work` under a deadline `ms` from now, allowed `maxVendorCalls` vendor requests; the timer
 * is cleared when the work settles.
 */
export async function withDeadline<T>(
  ms: number,
  work: (deadline: Deadline) => Promise<T>,
  maxVendorCalls: number = Number.POSITIVE_INFINITY,
): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DeadlineExceeded()), ms);
  try {
    return await work({
      at: Date.now() + ms,
      signal: controller.signal,
      vendorCallsLeft: maxVendorCalls,
      vendorCallLimit: maxVendorCalls,
    });
  } finally {
    clearTimeout(timer);
  }
}

export class DeadlineExceeded extends Error {
  constructor() {
    super('the request deadline passed');
    this.name = 'DeadlineExceeded';
  }
}

/** Waits `ms`, or rejects as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason instanceof Error ? signal.reason : new DeadlineExceeded());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason instanceof Error ? signal.reason : new DeadlineExceeded());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
