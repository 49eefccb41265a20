// Vendor text that reaches callers (a field-level validation message, a "not found" reason) is the
// vendor's own words, and vendors put internal addresses, hosts and tokens in them. Anything that
// looks like one is replaced before the text leaves the funnel; the operator's log keeps the
// original (the error's cause).

const REDACTED = '[redacted]';

/** Top-level domains a host in an error message plausibly ends with; field paths (`case.id`) do not. */
const TLDS =
  'com|net|org|io|cloud|internal|local|localhost|lan|corp|svc|dev|app|ai|co|biz|info|us|uk|eu|de|fr|es|it|nl|br|mx|ca|au|jp|in';

const PATTERNS: RegExp[] = [
  // URLs of any scheme: http(s), jdbc, redis, s3 ...
  /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>)]+/gi,
  // Authorization values and key=value secrets.
  /\b(?:bearer|basic)\s+[\w\-.~+/=]+/gi,
  /\b(?:api[_-]?key|access[_-]?token|token|secret|password|passwd|authorization|x-api-key)\s*[:=]\s*(?!\[redacted\])[^\s,;"')\]]+/gi,
  // JWTs.
  /\beyJ[\w-]+\.[\w-]+\.[\w-]*/g,
  // IPv4 and IPv6 addresses, with a port.
  /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b/g,
  /\b(?:[0-9a-f]{1,4}:){5,7}[0-9a-f]{1,4}\b/gi,
  /\b[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?\b/gi,
  // Host names, and any name with a port.
  new RegExp(`\\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:${TLDS})\\b(?::\\d{1,5})?`, 'gi'),
  /\b[a-z][a-z0-9-]*:\d{2,5}\b/gi,
  // Long opaque strings with letters and digits: keys, session ids, signatures.
  /\b(?=[A-Za-z0-9_+/]*\d)(?=[A-Za-z0-9_+/]*[A-Za-z])[A-Za-z0-9_+/]{32,}={0,2}/g,
];

/** `text` with every host, URL, address and token-like string replaced by `[redacted]`. */
export function redactVendorText(text: string): string {
  return PATTERNS.reduce((out, pattern) => out.replace(pattern, REDACTED), text);
}
