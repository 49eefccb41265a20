// `npm start`: casegraph from the environment. With no vendor configuration every provider runs
// on its embedded simulator; NODE_ENV=production refuses that and any incomplete configuration.
import { startApp } from './app.js';
import { TrustedDocumentsError } from './graphql/trustedDocuments.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { startTelemetry } from './observability/telemetry.js';
import { stopOnSignals } from './shutdown.js';

const outcome = loadConfig(process.env);
if (!outcome.ok) {
  process.stderr.write(`casegraph cannot start:\n${outcome.problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exit(1);
}
const { config } = outcome;
const logger = createLogger(config.logLevel);
// Before anything calls a vendor: the undici instrumentation sees every request from the first.
const telemetry = await startTelemetry(process.env);

let app: Awaited<ReturnType<typeof startApp>>;
try {
  app = await startApp({ config, logger });
} catch (err) {
  // A trusted-document manifest that does not load or no longer validates names each problem.
  if (!(err instanceof TrustedDocumentsError)) throw err;
  process.stderr.write(`casegraph cannot start:\n${err.message}\n`);
  process.exit(1);
}
// SIGHUP reloads the trusted-document manifests; requests in flight keep the set they started with.
process.on('SIGHUP', () => void app.reloadTrustedDocuments());
stopOnSignals({
  logger,
  // Readiness fails at once; requests are still served for the readiness delay, then drained.
  graceMs: config.shutdownReadinessDelayMs + config.shutdownGraceMs,
  close: async () => {
    await app.close();
    // The spans of the last requests are flushed before the process exits.
    await telemetry.shutdown();
  },
});

// Start-up warnings (CASEGRAPH_AUTH=none) reach stdout before the announcement: the log destination
// writes synchronously (src/logger.ts), and the flush keeps that so for any pino destination.
await new Promise<void>((resolve) => logger.flush(() => resolve()));
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
