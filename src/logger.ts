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

/**
 * Log lines to the file descriptor `fd` (stdout by default), each written as it is logged.
 *
 * A reader that goes away (`npm start | head -3`) is the end of the output, not a failure: the
 * write that meets the closed pipe fails with EPIPE, and from then on lines are dropped. Written
 * synchronously, that EPIPE arrives with the write itself. Written asynchronously (pino's default),
 * it could still be on its way when shutdown logs its last line and exits, and the flush at exit
 * would then retry the closed pipe forever (sonic-boom's `flushSync` retries every error but
 * EAGAIN), leaving the process asleep after SIGTERM. Any other write error is not the output's end
 * and is not hidden: it is thrown as an uncaught exception, as it is with pino's own destination.
 */
export function logDestination(fd = 1): DestinationStream {
  const stream = pino.destination({ dest: fd, sync: true });
  const thrown = new WeakSet<Error>();
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') {
      stream.write = () => true;
      stream.flushSync = () => undefined;
      stream.end = () => undefined;
      return;
    }
    // pino's own listener re-emits the errors it does not filter: the same one can arrive twice.
    if (thrown.has(err)) return;
    thrown.add(err);
    process.nextTick(() => {
      throw err;
    });
  });
  return stream;
}

/** JSON lines on stdout, or on `destination` (tests read what would be written). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: REDACT, censor: '[redacted]' }, base: { service: 'casegraph' } };
  return pino(options, destination ?? logDestination());
}
