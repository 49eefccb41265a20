// API keys, kept only as SHA-256 hashes and compared in constant time. A key is long and random
// (at least 32 characters), so one unsalted hash is enough: there is nothing to guess offline.
import { createHash, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { parseRateWindows } from '../http/rateLimit.js';
import type { Caller, CallerRateLimits } from './caller.js';
import { SCOPES, scopesFrom } from './caller.js';

export const MIN_KEY_LENGTH = 32;

export interface ApiKey {
  /** Shown in logs and used to scope idempotency keys; never the key itself. */
  name: string;
  hash: Buffer;
  scopes: ReadonlySet<string>;
  /** `;rate=` and `;vendor-rate=`, when the entry sets them. */
  limits?: CallerRateLimits | undefined;
}

/** The SHA-256 of a secret, as kept and compared: keys here, the gateway secret in authenticate.ts. */
export const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

const NAME = /^[\w.-]{1,64}$/;
const HASHED = /^sha256:([0-9a-f]{64})$/i;

/**
 * Reads `CASEGRAPH_API_KEYS`: entries separated by commas or new lines (or the same in a file, when
 * the value is a path to one), each `name=key` or `name=sha256:<hex of the key's SHA-256>`, with
 * optional `;scopes=cases:read cases:write:talkdesk`, `;rate=120/1m` (its GraphQL requests) and
 * `;vendor-rate=60/1m` (its vendor calls), either `off` for none. Without scopes a key may read and
 * write everywhere; without rates it has the defaults (CASEGRAPH_CALLER_RATE_LIMIT,
 * CASEGRAPH_CALLER_VENDOR_RATE_LIMIT). Problems never repeat a key.
 */
export function parseApiKeys(raw: string, problems: string[]): ApiKey[] {
  const text = isFilePath(raw) ? readKeyFile(raw, problems) : raw;
  const keys: ApiKey[] = [];
  const entries = text
    .split(/[,\n]/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  entries.forEach((entry, index) => {
    const [pair = '', ...attributes] = entry.split(';').map((s) => s.trim());
    const eq = pair.indexOf('=');
    const name = eq > 0 ? pair.slice(0, eq).trim() : '';
    const secret = eq > 0 ? pair.slice(eq + 1).trim() : '';
    const where = `CASEGRAPH_API_KEYS entry ${index + 1}`;
    if (!NAME.test(name)) {
      problems.push(`${where} must be name=key, the name made of letters, digits, '_', '.' or '-'.`);
      return;
    }
    if (keys.some((k) => k.name === name)) problems.push(`${where}: the name ${name} is used twice.`);
    const hashed = HASHED.exec(secret);
    if (!hashed && secret.length < MIN_KEY_LENGTH) {
      problems.push(`${where} (${name}): a key has at least ${MIN_KEY_LENGTH} characters.`);
      return;
    }
    let scopes: Set<string> = new Set([SCOPES.read, SCOPES.write]);
    const limits: CallerRateLimits = {};
    for (const attribute of attributes) {
      const match = /^(scopes|rate|vendor-rate)=(.*)$/.exec(attribute);
      const [, attributeName, value = ''] = match ?? [];
      if (attributeName === 'scopes') {
        scopes = scopesFrom(value);
        continue;
      }
      if (attributeName === undefined) {
        problems.push(`${where} (${name}): unknown attribute; ;scopes=, ;rate= and ;vendor-rate= are understood.`);
        continue;
      }
      const rate = parseRateWindows(value);
      if (!rate.ok) problems.push(`${where} (${name}): ;${attributeName}= ${rate.problem}.`);
      else if (attributeName === 'rate') limits.requests = rate.windows;
      else limits.vendorCalls = rate.windows;
    }
    keys.push({
      name,
      hash: hashed?.[1] ? Buffer.from(hashed[1], 'hex') : sha256(secret),
      scopes,
      ...(limits.requests || limits.vendorCalls ? { limits } : {}),
    });
  });
  return keys;
}

const isFilePath = (raw: string): boolean => /^(\/|\.\.?\/)/.test(raw.trim());

function readKeyFile(path: string, problems: string[]): string {
  const trimmed = path.trim();
  if (!existsSync(trimmed)) {
    problems.push('CASEGRAPH_API_KEYS names a file that does not exist.');
    return '';
  }
  return readFileSync(trimmed, 'utf8');
}

/** The caller a bearer token is the key of, or undefined. Every key is compared, matched or not. */
export function callerForApiKey(keys: readonly ApiKey[], token: string): Caller | undefined {
  const presented = sha256(token);
  let found: ApiKey | undefined;
  for (const key of keys) {
    if (timingSafeEqual(presented, key.hash) && !found) found = key;
  }
  if (!found) return undefined;
  return found.limits
    ? { id: found.name, via: 'api-key', scopes: found.scopes, limits: found.limits }
    : { id: found.name, via: 'api-key', scopes: found.scopes };
}
