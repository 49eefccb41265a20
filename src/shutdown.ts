// How a casegraph process stops on SIGTERM (orchestrators) and SIGINT (Ctrl-C): `close` lets
// in-flight work finish within the grace period, then the process exits 0. A second signal, or a
// shutdown that overruns the grace period by a margin, exits 1 at once.
import type { Logger } from 'pino';

export interface StopOnSignalsOptions {
  logger: Logger;
  graceMs: number;
  /** Stops everything the process started; resolves once all of it is closed. */
  close: () => Promise<void>;
}

/** Installs the handlers. Call it before announcing readiness: whoever waits for that may signal at once. */
export function stopOnSignals({ logger, graceMs, close }: StopOnSignalsOptions): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal while shutting down: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal, graceMs }, 'shutting down');
    setTimeout(() => {
      logger.error('shutdown overran its grace period: exiting');
      process.exit(1);
    }, graceMs + 5_000).unref();
    close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
