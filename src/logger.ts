import { pino } from 'pino';
import type { Logger } from 'pino';

// Credentials travel in headers and config; redact them wherever a log line might carry one.
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.headers.authorization',
  '*.headers.key',
  '*.headers["thalamus-token"]',
  '*.clientSecret',
  '*.accessToken',
  '*.apiKey',
  '*.token',
  '*.authValue',
];

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' }, base: { service: 'casegraph' } });
}
