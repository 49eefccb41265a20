// The composition root: wires configuration, provider connections, simulators, Apollo Server
// (graphql/apollo.ts) and the HTTP adapter (server/server.ts) into one running service. main.ts runs it from the environment; tests run it in-process on port 0.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import { authenticator } from './auth/authenticate.js';
import type { Caller } from './auth/caller.js';
import type { Deadline } from './http/deadline.js';
import type { AppConfig } from './config.js';
import { CasegraphContext } from './context.js';
import type { RequestContext } from './context.js';
import type { CaseProvider } from './domain/model.js';
import { createLogger } from './logger.js';
import { Idempotency } from './idempotency/idempotency.js';
import { MemoryIdempotencyStore } from './idempotency/memory.js';
import { RedisIdempotencyStore } from './idempotency/redis.js';
import type { IdempotencyStore } from './idempotency/store.js';
import { PROVIDER_MODULES } from './providers/registry.js';
import type { ProviderInfoModel } from './providers/registry.js';
import type { ProviderConnection, ProviderModule, RunningSimulator } from './providers/types.js';
import { startApollo } from './graphql/apollo.js';
import { requestProtections } from './graphql/protections.js';
import { errorFormatter } from './graphql/responses.js';
import { TrustedDocuments } from './graphql/trustedDocuments.js';
import { buildCasegraphSchema } from './schema.js';
import { baseUrl, handleRequest, sendJson, sendMetrics } from './server/server.js';
import { RateLimits } from './server/rateLimits.js';
import type { Readiness } from './server/server.js';
import type { CircuitStateName } from './observability/metrics.js';

export interface StartOptions {
  config: AppConfig;
  /** Simulators the caller already started (tests keep a handle on them); others are started here. */
  simulators?: Partial<Record<CaseProvider, RunningSimulator<unknown>>>;
  logger?: Logger;
  /** The vendor modules to serve; the registry's unless a test substitutes its own. */
  modules?: readonly ProviderModule<unknown>[];
}

export interface RunningApp {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  /** The GraphQL endpoint. */
  graphqlUrl: string;
  /** `/metrics` on its own port, when CASEGRAPH_METRICS_PORT is set; else it is `${url}/metrics`. */
  metricsUrl: string;
  providers: readonly ProviderInfoModel[];
  /**
   * Reads the trusted-document manifests again (main.ts calls it on SIGHUP). The new set replaces
   * the old whole, between requests; a manifest that does not load or validate leaves the old set
   * serving and is logged. Resolves whether the new set is in use.
   */
  reloadTrustedDocuments(): Promise<boolean>;
  /**
   * Fails readiness at once and keeps serving for `shutdownReadinessDelayMs` (so load balancers
   * stop sending new requests first), then stops accepting connections, lets in-flight requests
   * finish (up to `shutdownGraceMs`), and closes vendor connections and the simulators it started.
   */
  close(): Promise<void>;
}

export async function startApp(options: StartOptions): Promise<RunningApp> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  // One executable schema and one set of rules for both ways a document runs: Apollo's pipeline
  // (ad-hoc documents) and the plans made for trusted documents as their manifests load.
  const schema = buildCasegraphSchema();
  const protections = requestProtections(config.introspection);
  const formatError = errorFormatter(schema, config.introspection, logger);
  const planner = { schema, rules: protections.planRules };
  // First: a manifest that no longer validates stops start-up before anything is started.
  const trustedDocuments =
    config.documents.manifests.length > 0
      ? await TrustedDocuments.load(config.documents.manifests, planner)
      : TrustedDocuments.empty(planner);
  if (config.documents.manifests.length > 0 || config.documents.policy !== 'any') {
    logger.info(
      { policy: config.documents.policy, trustedDocuments: trustedDocuments.size },
      'trusted documents loaded',
    );
  }
  const connections = new Map<CaseProvider, ProviderConnection>();
  const ownedSimulators: RunningSimulator<unknown>[] = [];
  const providers: ProviderInfoModel[] = [];
  // Before the providers connect: each vendor's VendorApi is handed its account's quota.
  const rateLimits = new RateLimits(config.rateLimits, {
    redisUrl: config.redisUrl,
    logger,
    authenticated: config.auth.mode === 'required',
    keyLimits: config.auth.apiKeys.some((key) => key.limits !== undefined),
  });

  const closeProviders = async () => {
    await Promise.allSettled([...connections.values()].map((c) => c.close()));
    await Promise.allSettled(ownedSimulators.map((s) => s.close()));
    await rateLimits.close();
  };

  try {
    for (const setup of config.providers) {
      const module = (options.modules ?? PROVIDER_MODULES).find((m) => m.provider === setup.provider);
      if (!module) continue;
      let providerConfig = setup.config;
      if (setup.mode === 'simulator') {
        let simulator = options.simulators?.[setup.provider];
        if (!simulator) {
          simulator = await module.startSimulator();
          ownedSimulators.push(simulator);
          simulator.server.delayResponses(config.simulatorLatencyMs);
          const faults = config.simulatorFaults;
          if (faults) {
            simulator.server.injectRandomFaults({
              ...faults,
              match: (r) => faults.on === 'all' || (faults.on === 'reads') === (r.method === 'GET'),
            });
          }
        }
        providerConfig = simulator.config;
      }
      connections.set(
        setup.provider,
        module.connect(providerConfig, {
          timeouts: config.timeouts,
          resilience: config.resilience,
          quota: rateLimits.quotaFor(setup.provider),
        }),
      );
      providers.push({
        provider: setup.provider,
        simulated: setup.mode === 'simulator',
        ...module.capabilities,
        listing: module.listing,
      });
    }
  } catch (err) {
    await closeProviders();
    throw err;
  }

  const store: IdempotencyStore = config.redisUrl
    ? new RedisIdempotencyStore(config.redisUrl)
    : new MemoryIdempotencyStore();
  // A first attempt still marked running after the deadline (and a margin) died with its process.
  const idempotency = new Idempotency(
    store,
    { ttlMs: config.idempotencyTtlMs, leaseMs: config.deadlineMs + 5_000 },
    (err, write) =>
      logger.error(
        { err, provider: write.provider, operation: write.operation },
        'idempotency store failed; the outcome was answered but may not be replayed',
      ),
  );

  // Node's defaults let a slow client hold a socket for minutes (5 min per request, and timeouts
  // only checked every 30 s): every limit is explicit, and checked every second.
  const httpServer = createServer({
    headersTimeout: config.server.headersTimeoutMs,
    requestTimeout: config.server.requestTimeoutMs,
    keepAliveTimeout: config.server.keepAliveTimeoutMs,
    connectionsCheckingInterval: 1_000,
  });
  httpServer.maxConnections = config.server.maxConnections;
  const apollo = await startApollo(config, { schema, protections, formatError, httpServer, logger });

  if (config.auth.offInProduction) {
    logger.warn('caller authentication is off (CASEGRAPH_AUTH=none): anyone who can reach casegraph may use it');
  }
  // Audit events are info lines at any LOG_LEVEL but silent: an operator at `warn` still learns who wrote what.
  const auditLog =
    config.auditLog && logger.level !== 'silent' ? logger.child({ audit: true }, { level: 'info' }) : undefined;
  const contextFor = (requestId: string, caller: Caller, deadline: Deadline): RequestContext =>
    new CasegraphContext(
      requestId,
      caller,
      { logger, providers, idempotency, connections, auditLog, listScanLimit: config.listScanLimit },
      rateLimits.forRequest(deadline, caller),
    );

  let shuttingDown = false;
  const readiness = async (): Promise<Readiness> => {
    const circuits: Readiness['providers'] = {};
    const limits = rateLimits.readiness();
    for (const [provider, connection] of connections) {
      const backoffUntil = limits.backoffs[provider];
      circuits[provider] = {
        circuit: worstCircuit(connection.vendorApis.map((api) => api.circuitState)),
        ...(backoffUntil === undefined ? {} : { backoffUntil }),
      };
    }
    const redis = config.redisUrl ? ((await store.reachable()) ? 'up' : 'down') : 'not configured';
    // A vendor's back-off is the whole fleet's and leaves a replica ready: taking it out would not help.
    const ready =
      !shuttingDown && redis !== 'down' && Object.values(circuits).every(({ circuit }) => circuit !== 'open');
    return {
      status: ready ? 'ready' : 'not ready',
      shuttingDown,
      redis,
      rateLimits: limits.rateLimits,
      providers: circuits,
    };
  };

  const handling = {
    apollo,
    contextFor,
    authenticate: authenticator(config.auth),
    corsOrigins: config.corsOrigins,
    deadlineMs: config.deadlineMs,
    maxVendorCalls: config.maxVendorCalls,
    readiness,
    metricsHere: config.metrics === undefined,
    documents: { policy: config.documents.policy, trusted: trustedDocuments },
    plans: { formatError, logger, maxVendorCalls: config.maxVendorCalls },
    callerLimits: rateLimits.callers,
  };
  httpServer.on('request', (req, res) => {
    handleRequest(req, res, handling).catch((err: unknown) => {
      // A client that hangs up mid-request is routine, not a fault of casegraph's: no stack, no error level.
      if (req.destroyed && !req.complete) {
        logger.info({ method: req.method, url: req.url }, 'client disconnected before its request was read');
        res.destroy();
        return;
      }
      logger.error({ err }, 'request handling failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error' }] });
      else res.destroy();
    });
  });

  // The first requests are counted in the fleet's counters, not decided alone while Redis connects.
  await rateLimits.ready(1_000);
  await listen(httpServer, config.port, config.host);
  const url = baseUrl(httpServer, config.host);
  const metricsServer = config.metrics ? await startMetricsServer(config.metrics, logger) : undefined;

  return {
    url,
    graphqlUrl: `${url}/graphql`,
    metricsUrl: `${metricsServer ? baseUrl(metricsServer, config.metrics?.host ?? config.host) : url}/metrics`,
    providers,
    async reloadTrustedDocuments() {
      try {
        await trustedDocuments.reload();
        logger.info({ trustedDocuments: trustedDocuments.size }, 'trusted documents reloaded');
        return true;
      } catch (err) {
        logger.error({ err }, 'trusted documents not reloaded: the previous set is still served');
        return false;
      }
    },
    async close() {
      shuttingDown = true;
      if (config.shutdownReadinessDelayMs > 0) await sleep(config.shutdownReadinessDelayMs);
      await apollo.stop();
      await closeProviders();
      await store.close();
      if (metricsServer) await new Promise((resolve) => metricsServer.close(resolve));
    },
  };
}

/** A readiness check fails on any open circuit; a half-open one is probing and still counts as serving. */
function worstCircuit(states: readonly CircuitStateName[]): CircuitStateName {
  return states.includes('open') ? 'open' : states.includes('half-open') ? 'half-open' : 'closed';
}

/**
 * `/metrics` on a port of its own, open to whoever can reach it: bind it where only the scraper can
 * (a pod's network, a private interface). Everything else on it is 404.
 */
async function startMetricsServer(at: { port: number; host: string }, logger: Logger): Promise<Server> {
  const server = createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://metrics').pathname !== '/metrics') {
      sendJson(res, 404, { errors: [{ message: 'Not found. Metrics are served at /metrics.' }] });
      return;
    }
    sendMetrics(res).catch((err: unknown) => {
      logger.error({ err }, 'metrics scrape failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error' }] });
    });
  });
  await listen(server, at.port, at.host);
  return server;
}

/** Resolves once `server` listens; rejects with the bind error (a port in use) instead of crashing. */
function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
