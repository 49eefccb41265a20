// Rate limits as casegraph counts them: a number of requests per fixed window, windows aligned to
// the epoch (second 0 of every minute, hour 0 of every day…), as vendors publish theirs
// (Sprinklr's X-RateLimit-Reset is the end of the current window in unix seconds). Several windows
// can apply at once ("1000/1h,10/1s": an hourly quota spent in bursts of at most ten a second); a
// request must fit every one. Aligned windows are what lets many replicas keep one budget: they all
// count into the same window at the same time, whichever replica started it.

/** At most `limit` requests in each window of `ms` milliseconds (a whole number of seconds). */
export interface RateWindow {
  limit: number;
  ms: number;
}

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const WINDOW = /^(\d{1,9})\/(\d{0,6})([smhd])$/;

/** What `N/window` text says: its windows (none for `off`), or what is wrong with it. */
export type ParsedRate = { ok: true; windows: RateWindow[] } | { ok: false; problem: string };

/**
 * Reads `1000/1h,10/1s` (commas or spaces between windows; units s, m, h, d; `10/s` is `10/1s`)
 * or `off`. A limit of 0 would refuse everything, which is what `off` of a vendor is not: refused.
 */
export function parseRateWindows(text: string): ParsedRate {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === 'off' || trimmed === 'none') return { ok: true, windows: [] };
  const windows: RateWindow[] = [];
  for (const item of trimmed.split(/[\s,]+/).filter((s) => s !== '')) {
    const match = WINDOW.exec(item);
    const unit = match?.[3];
    if (!match || unit === undefined) {
      return { ok: false, problem: `must be requests per window such as 600/1m or 1000/1h,10/1s, or off` };
    }
    const limit = Number(match[1]);
    const ms = (match[2] === '' ? 1 : Number(match[2])) * (UNIT_MS[unit] ?? 0);
    if (limit < 1 || ms < 1_000) return { ok: false, problem: `needs at least 1 request per window of at least 1s` };
    windows.push({ limit, ms });
  }
  if (windows.length === 0) return { ok: false, problem: 'names no window' };
  // Shortest first: under load the short window is the one that runs out, so it is asked first.
  return { ok: true, windows: windows.sort((a, b) => a.ms - b.ms) };
}

/** `1000/1h,10/1s` back as text, for logs and the readiness body. */
export function formatRateWindows(windows: readonly RateWindow[]): string {
  if (windows.length === 0) return 'off';
  return windows.map((w) => `${w.limit}/${windowText(w.ms)}`).join(',');
}

function windowText(ms: number): string {
  for (const unit of ['d', 'h', 'm'] as const) {
    const size = UNIT_MS[unit] ?? 0;
    if (ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms / 1000}s`;
}

/** The window a moment falls in: its index since the epoch and when it ends. */
export function windowAt(window: RateWindow, now: number): { index: number; endsAt: number } {
  const index = Math.floor(now / window.ms);
  return { index, endsAt: (index + 1) * window.ms };
}

/**
 * A vendor counts a request in the window it arrives in, casegraph in the window it decides in:
 * a request decided in a window's last moments could arrive in the next one, already full. So a
 * vendor request decided in the last tenth of a window (at most 100 ms, what sending one may take
 * on a loaded host) is counted in the next window as well (./limitStore.ts, `take`). Calls that
 * would have had to wait out those moments (an earlier version held every call back there, up to
 * 100 ms each) go at once while both windows have room.
 */
export function transitGuardMs(window: RateWindow): number {
  return Math.min(100, window.ms / 10);
}

/**
 * The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers): the policy, one item per
 * window (`q` requests per `w` seconds), and the state of the window that binds (`r` remaining, `t`
 * seconds until it resets). Computed once per list of windows: the policy never changes.
 */
const policies = new WeakMap<readonly RateWindow[], { policy: string; names: string[] }>();

export function rateLimitHeaders(
  windows: readonly RateWindow[],
  binding: { window: number; remaining: number; resetInMs: number },
): { policy: string; state: string } {
  let known = policies.get(windows);
  if (!known) {
    const names = windows.map((w) => (windows.length === 1 ? 'default' : windowText(w.ms)));
    const policy = windows.map((w, i) => `"${names[i] ?? ''}";q=${w.limit};w=${w.ms / 1000}`).join(', ');
    known = { policy, names };
    policies.set(windows, known);
  }
  const name = known.names[binding.window] ?? 'default';
  return {
    policy: known.policy,
    state: `"${name}";r=${Math.max(0, binding.remaining)};t=${Math.max(0, Math.ceil(binding.resetInMs / 1000))}`,
  };
}
