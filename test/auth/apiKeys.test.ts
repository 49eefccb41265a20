import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callerForApiKey, parseApiKeys } from '../../src/auth/apiKeys.js';

const KEY_A = 'ka_0123456789abcdef0123456789abcdef';
const KEY_B = 'kb_fedcba9876543210fedcba9876543210';
const hex = (text: string) => createHash('sha256').update(text).digest('hex');

describe('CASEGRAPH_API_KEYS', () => {
  it('reads named keys, in plain text or as SHA-256 hashes, with optional scopes', () => {
    const problems: string[] = [];
    const keys = parseApiKeys(
      `frontend=${KEY_A}, reporting=sha256:${hex(KEY_B)};scopes=cases:read cases:read:talkdesk`,
      problems,
    );
    expect(problems).toEqual([]);
    expect(keys.map((k) => [k.name, [...k.scopes]])).toEqual([
      ['frontend', ['cases:read', 'cases:write']],
      ['reporting', ['cases:read', 'cases:read:talkdesk']],
    ]);
    // Only the hash is kept: the plain key is nowhere in what was parsed.
    expect(JSON.stringify(keys)).not.toContain(KEY_A);
    expect(callerForApiKey(keys, KEY_A)).toMatchObject({ id: 'frontend', via: 'api-key' });
    expect(callerForApiKey(keys, KEY_B)).toMatchObject({ id: 'reporting' });
    expect(callerForApiKey(keys, `${KEY_A}x`)).toBeUndefined();
    expect(callerForApiKey(keys, '')).toBeUndefined();
  });

  it('reads a key file, one entry per line, with comments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casegraph-keys-'));
    const file = join(dir, 'keys');
    writeFileSync(file, `# casegraph callers\nfrontend=${KEY_A}\n\nops=sha256:${hex(KEY_B)};scopes=cases:read\n`);
    const problems: string[] = [];
    const keys = parseApiKeys(file, problems);
    expect(problems).toEqual([]);
    expect(keys.map((k) => k.name)).toEqual(['frontend', 'ops']);
    expect(parseApiKeys(join(dir, 'missing'), problems)).toEqual([]);
    expect(problems).toEqual(['CASEGRAPH_API_KEYS names a file that does not exist.']);
  });

  it('refuses short keys, bad names, duplicates and unknown attributes without repeating the key', () => {
    const problems: string[] = [];
    parseApiKeys(`frontend=short-key, bad name=${KEY_A}, x=${KEY_A}, x=${KEY_B}, y=${KEY_B};role=admin`, problems);
    expect(problems).toEqual([
      'CASEGRAPH_API_KEYS entry 1 (frontend): a key has at least 32 characters.',
      "CASEGRAPH_API_KEYS entry 2 must be name=key, the name made of letters, digits, '_', '.' or '-'.",
      'CASEGRAPH_API_KEYS entry 4: the name x is used twice.',
      'CASEGRAPH_API_KEYS entry 5 (y): unknown attribute; ;scopes=, ;rate= and ;vendor-rate= are understood.',
    ]);
    expect(problems.join(' ')).not.toContain('short-key');
  });

  it('reads a key’s own rate limits, `off` for none, and refuses one that is not a limit', () => {
    const problems: string[] = [];
    const keys = parseApiKeys(
      `batch=${KEY_A};rate=120/1m;vendor-rate=off, ops=${KEY_B};scopes=cases:read;vendor-rate=30/1m`,
      problems,
    );
    expect(problems).toEqual([]);
    expect(callerForApiKey(keys, KEY_A)?.limits).toEqual({ requests: [{ limit: 120, ms: 60_000 }], vendorCalls: [] });
    expect(callerForApiKey(keys, KEY_B)?.limits).toEqual({ vendorCalls: [{ limit: 30, ms: 60_000 }] });
    parseApiKeys(`x=${KEY_A};rate=lots`, problems);
    expect(problems).toEqual([
      'CASEGRAPH_API_KEYS entry 1 (x): ;rate= must be requests per window such as 600/1m or 1000/1h,10/1s, or off.',
    ]);
  });
});
