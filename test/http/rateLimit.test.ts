// Rate limits as text (<VENDOR>_RATE_LIMIT, `;rate=`), their epoch-aligned windows and the IETF
// RateLimit header fields.
import { describe, expect, it } from 'vitest';
import {
  formatRateWindows,
  parseRateWindows,
  rateLimitHeaders,
  transitGuardMs,
  windowAt,
} from '../../src/http/rateLimit.js';

describe('parseRateWindows', () => {
  it('reads windows in any order, shortest first, and off', () => {
    expect(parseRateWindows('1000/1h,10/s')).toEqual({
      ok: true,
      windows: [
        { limit: 10, ms: 1_000 },
        { limit: 1000, ms: 3_600_000 },
      ],
    });
    expect(parseRateWindows('600/1m 5/10s')).toEqual({
      ok: true,
      windows: [
        { limit: 5, ms: 10_000 },
        { limit: 600, ms: 60_000 },
      ],
    });
    expect(parseRateWindows(' OFF ')).toEqual({ ok: true, windows: [] });
  });

  it('refuses what is not a limit, a limit of 0 and windows under a second', () => {
    for (const text of ['10', '10/1x', 'ten/1s', '', '0/1s', '10/0s']) expect(parseRateWindows(text).ok).toBe(false);
  });

  it('writes windows back as they are read', () => {
    const parsed = parseRateWindows('1000/1h,10/1s,600/1m,2/1d');
    expect(parsed.ok && formatRateWindows(parsed.windows)).toBe('10/1s,600/1m,1000/1h,2/1d');
    expect(formatRateWindows([])).toBe('off');
  });
});

describe('windows', () => {
  it('are aligned to the epoch, so every replica counts into the same one', () => {
    expect(windowAt({ limit: 1, ms: 60_000 }, 120_500)).toEqual({ index: 2, endsAt: 180_000 });
  });

  it('keep the end of each window free of new vendor calls: a tenth, at most 100 ms', () => {
    expect(transitGuardMs({ limit: 1, ms: 1_000 })).toBe(100);
    expect(transitGuardMs({ limit: 1, ms: 3_600_000 })).toBe(100);
  });
});

describe('RateLimit header fields', () => {
  it('name one policy item per window and the state of the binding one', () => {
    expect(rateLimitHeaders([{ limit: 600, ms: 60_000 }], { window: 0, remaining: 12, resetInMs: 4_001 })).toEqual({
      policy: '"default";q=600;w=60',
      state: '"default";r=12;t=5',
    });
    const windows = [
      { limit: 10, ms: 1_000 },
      { limit: 1000, ms: 3_600_000 },
    ];
    expect(rateLimitHeaders(windows, { window: 1, remaining: 0, resetInMs: 90_000 })).toEqual({
      policy: '"1s";q=10;w=1, "1h";q=1000;w=3600',
      state: '"1h";r=0;t=90',
    });
  });
});
