import { pino } from 'pino';
import type { DestinationStream, Logger } from 'pino';
import { PROVIDER_MODULES } from './providers/registry.js';

// Credentials travel in headers and config; redact them wherever a log line might carry one. The
// list comes from the registry, so a new vendor's credentials are covered by declaring them there.
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.headers.authorization',
  ...new Set(PROVIDER_MODULES.flatMap((m) => (m.secretHeaders ?? []).map((h) => `*.headers["${h}"]`))),
  ...new Set(PROVIDER_MODULES.flatMap((m) => m.secrets.map((key) => `*.${key}`))),
];

/** JSON lines on stdout, or on `destination` (tests read what would be written). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: REDACT, censor: '[redacted]' }, base: { service: 'casegraph' } };
  return destination ? pino(options, destination) : pino(options);
}
