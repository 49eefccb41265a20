// Environment reading every vendor's config.ts shares.

/** What the configuration table (docs/configuration.md) says of a variable (`npm run docs:config`). */
export interface VariableDoc {
  name: string;
  /** What it holds, and `required` when the vendor needs it. */
  type: string;
  /** The default as shown; "—" when there is none. */
  shownDefault: string;
  example: string;
  /** What it does, one line. */
  meaning: string;
}

/** A variable's trimmed value, or undefined when unset or blank (blank means "not configured"). */
export function readEnv(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** Lets production use http: URLs (vendors, the JWKS), e.g. for a TLS-terminating sidecar on localhost. */
export const ALLOW_HTTP_URLS = 'CASEGRAPH_ALLOW_HTTP_URLS';

/** How a boolean variable may be spelt (case-insensitive); config.ts reports anything else. */
export const TRUE_WORDS: readonly string[] = ['1', 'true', 'yes', 'on'];
export const FALSE_WORDS: readonly string[] = ['0', 'false', 'no', 'off'];

const allowsHttp = (env: NodeJS.ProcessEnv): boolean =>
  TRUE_WORDS.includes(readEnv(env, ALLOW_HTTP_URLS)?.toLowerCase() ?? '');

/**
 * Why `value` cannot be a vendor base URL, or null. Credentials and query strings are refused
 * because the URL reaches logs; secrets belong in their own variables. In production the URL must
 * be https: credentials go with every call.
 */
export function httpUrlProblem(name: string, value: string, env: NodeJS.ProcessEnv): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${name} is not a URL.`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `${name} must be an http(s) URL.`;
  if (url.username || url.password) return `${name} must not contain credentials.`;
  if (url.search || url.hash) return `${name} must not have a query string or fragment.`;
  if (url.protocol === 'http:' && env.NODE_ENV === 'production' && !allowsHttp(env)) {
    return `${name} must be an https: URL in production (set ${ALLOW_HTTP_URLS}=true to allow http: deliberately).`;
  }
  return null;
}

/** The outcome of reading a vendor's variables, before its own parsing. */
export type VarsResult<R extends string, O extends string> =
  | { kind: 'absent' }
  | { kind: 'incomplete'; missing: R[] }
  | { kind: 'ok'; values: Record<R, string> & Partial<Record<O, string>> };

const hasAll = <R extends string>(
  values: Partial<Record<R, string>>,
  names: readonly R[],
): values is Record<R, string> => names.every((name) => values[name] !== undefined);

/**
 * Every vendor's preamble: none of its variables set means the vendor is not configured (absent);
 * some set but a required one missing is incomplete, naming what is missing.
 */
export function readVars<R extends string, O extends string>(
  env: NodeJS.ProcessEnv,
  required: readonly R[],
  optional: readonly O[],
): VarsResult<R, O> {
  const values: Partial<Record<R | O, string>> = {};
  for (const name of [...required, ...optional]) {
    const value = readEnv(env, name);
    if (value !== undefined) values[name] = value;
  }
  if (Object.keys(values).length === 0) return { kind: 'absent' };
  if (!hasAll(values, required))
    return { kind: 'incomplete', missing: required.filter((n) => values[n] === undefined) };
  return { kind: 'ok', values };
}

/** A whole number of seconds as milliseconds, undefined when unset; a problem is recorded otherwise. */
export function readSecondsAsMs(value: string | undefined, name: string, problems: string[]): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d{1,9}$/.test(value)) return Number(value) * 1000;
  problems.push(`${name} must be a whole number of seconds.`);
  return undefined;
}
