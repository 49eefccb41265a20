// Environment reading every vendor's config.ts shares.

/** A variable's trimmed value, or undefined when unset or blank (blank means "not configured"). */
export function readEnv(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/**
 * Why `value` cannot be a vendor base URL, or null. Credentials and query strings are refused
 * because the URL reaches logs; secrets belong in their own variables.
 */
export function httpUrlProblem(name: string, value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${name} is not a URL.`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `${name} must be an http(s) URL.`;
  if (url.username || url.password) return `${name} must not contain credentials.`;
  if (url.search || url.hash) return `${name} must not have a query string or fragment.`;
  return null;
}
