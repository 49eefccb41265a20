// Each GraphQL request runs under one deadline and one vendor-call budget. They travel with the
// request's async context (AsyncLocalStorage, as OpenTelemetry carries its context), so that every
// vendor call, however deep in a provider, is bounded by them without a parameter threaded through
// every signature.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface Deadline {
  /** Epoch milliseconds after which no vendor call starts and every call in flight is aborted. */
  at: number;
  /** Aborts when the deadline passes. */
  signal: AbortSignal;
  /** Vendor requests this GraphQL request may still send, retries included. */
  vendorCallsLeft: number;
  /** What it started with, for the message once it is spent. */
  vendorCallLimit: number;
}

const current = new AsyncLocalStorage<Deadline>();

/**
 * Runs `work` under a deadline `ms` from now, allowed `maxVendorCalls` vendor requests; the timer
 * is cleared when the work settles.
 */
export async function withDeadline<T>(
  ms: number,
  work: () => Promise<T>,
  maxVendorCalls: number = Number.POSITIVE_INFINITY,
): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DeadlineExceeded()), ms);
  try {
    const scope: Deadline = {
      at: Date.now() + ms,
      signal: controller.signal,
      vendorCallsLeft: maxVendorCalls,
      vendorCallLimit: maxVendorCalls,
    };
    return await current.run(scope, work);
  } finally {
    clearTimeout(timer);
  }
}

/** The deadline of the request being served, if any (vendor calls outside a request have none). */
export function currentDeadline(): Deadline | undefined {
  return current.getStore();
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
