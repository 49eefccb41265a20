// `npm start`: casegraph from the environment. With no vendor configuration every provider runs
// on its embedded simulator; NODE_ENV=production refuses that and any incomplete configuration.
import { startApp } from './app.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';

const outcome = loadConfig(process.env);
if (!outcome.ok) {
  process.stderr.write(`casegraph cannot start:\n${outcome.problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exit(1);
}
const { config } = outcome;
const logger = createLogger(config.logLevel);

const app = await startApp({ config, logger });
// SIGTERM (orchestrators) and SIGINT (Ctrl-C): stop accepting, let in-flight requests finish
// within the grace period, close vendor pools and simulators, exit 0. A second signal, or a
// shutdown that overruns the grace period by a margin, exits at once.
let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) {
    logger.warn({ signal }, 'second signal while shutting down: exiting now');
    process.exit(1);
  }
  stopping = true;
  logger.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down');
  setTimeout(() => {
    logger.error('shutdown overran its grace period: exiting');
    process.exit(1);
  }, config.shutdownGraceMs + 5_000).unref();
  app.close().then(
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

// Announced only once the signal handlers are in place: whoever waits for this line may signal at once.
const simulated = app.providers.filter((p) => p.simulated).map((p) => p.provider);
const real = app.providers.filter((p) => !p.simulated).map((p) => p.provider);
console.log(
  `casegraph serving GraphQL at ${app.graphqlUrl}` +
    (simulated.length > 0
      ? ` — providers simulated: ${simulated.join(', ')} (embedded vendor simulators, no real vendor is called)`
      : '') +
    (real.length > 0 ? ` — live vendors: ${real.join(', ')}` : ''),
);
