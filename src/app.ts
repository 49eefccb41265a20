// Wires configuration, provider connections, simulators and Apollo Server into one running HTTP
// service. main.ts runs it from the environment; tests run it in-process on port 0.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, isEnumType } from 'graphql';
import type { ASTVisitor, GraphQLFormattedError, ValidationContext } from 'graphql';
import type { Logger } from 'pino';
import type { AppConfig } from './config.js';
import type { RequestContext } from './context.js';
import { CaseError } from './domain/errors.js';
import type { CaseProvider } from './domain/model.js';
import { createLogger } from './logger.js';
import { PROVIDER_MODULES } from './providers/registry.js';
import type { ProviderInfoModel } from './providers/registry.js';
import type { CaseDataSource, ProviderConnection, ProviderModule, RunningSimulator } from './providers/types.js';
import { buildCasegraphSchema } from './schema.js';

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
  providers: readonly ProviderInfoModel[];
  /**
   * Stops accepting connections, lets in-flight requests finish (up to `shutdownGraceMs`), then
   * closes vendor connections and the simulators it started.
   */
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;

export async function startApp(options: StartOptions): Promise<RunningApp> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const connections = new Map<CaseProvider, ProviderConnection>();
  const ownedSimulators: RunningSimulator<unknown>[] = [];
  const providers: ProviderInfoModel[] = [];

  const closeProviders = async () => {
    await Promise.allSettled([...connections.values()].map((c) => c.close()));
    await Promise.allSettled(ownedSimulators.map((s) => s.close()));
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
        }
        providerConfig = simulator.config;
      }
      connections.set(setup.provider, module.connect(providerConfig, { timeouts: config.timeouts }));
      providers.push({ provider: setup.provider, simulated: setup.mode === 'simulator', ...module.capabilities });
    }
  } catch (err) {
    await closeProviders();
    throw err;
  }

  const httpServer = createServer();
  // Limits on depth, aliases, tokens and cost keep one request from costing many vendor calls;
  // field suggestions stay on while introspection is on, since the schema is public then anyway.
  const armor = new ApolloArmor({
    // Fragments are how clients share selections: they must not count as depth.
    maxDepth: { n: 8, flattenFragments: true },
    maxAliases: { n: 10 },
    costLimit: { maxCost: 5000 },
    blockFieldSuggestion: { enabled: !config.introspection },
  }).protect();
  const schema = buildCasegraphSchema();
  const errorCodesType = schema.getType('ErrorCode');
  // Errors raised outside result unions (node, _entities) carry one of the schema's error codes.
  const schemaErrorCodes = isEnumType(errorCodesType) ? errorCodesType.getValues().map((v) => v.name) : [];
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    // main.ts owns the process's signals: Apollo's own handler would race it and re-raise the signal.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    validationRules: [...armor.validationRules, ...(config.introspection ? [] : [noServiceSdl])],
    formatError: (formatted, error) => maskInternalError(formatted, error, schemaErrorCodes, logger),
    plugins: [
      // graphql-armor's declarations resolve @apollo/server's CommonJS types while this module
      // uses its ESM ones: the same plugin objects, typed twice.
      ...(armor.plugins as unknown as ApolloServerPlugin<RequestContext>[]),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }),
      // Field-level traces for a gateway that asks for them (Apollo Router with GraphOS reporting
      // sends `apollo-federation-include-trace: ftv1`); error texts in them are masked.
      ApolloServerPluginInlineTrace({ includeErrors: { masked: true } }),
      config.introspection
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })
        : ApolloServerPluginLandingPageDisabled(),
      operationLog(),
    ],
  });
  await apollo.start();

  const contextFor = (requestId: string): RequestContext => {
    const perRequest = new Map<CaseProvider, CaseDataSource>();
    return {
      requestId,
      logger: logger.child({ requestId }),
      providers,
      dataSource(provider) {
        let ds = perRequest.get(provider);
        if (!ds) {
          const connection = connections.get(provider);
          if (!connection) {
            throw new CaseError('ProviderUnavailableError', `${provider} is not enabled on this casegraph instance.`, {
              retriable: false,
            });
          }
          ds = connection.dataSource();
          perRequest.set(provider, ds);
        }
        return ds;
      },
    };
  };

  httpServer.on('request', (req, res) => {
    handleRequest(req, res, apollo, contextFor, config.corsOrigins).catch((err: unknown) => {
      logger.error({ err }, 'request handling failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error' }] });
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const url = baseUrl(httpServer, config.host);

  return {
    url,
    graphqlUrl: `${url}/graphql`,
    providers,
    async close() {
      await apollo.stop();
      await closeProviders();
    },
  };
}

/**
 * `_service { sdl }` is introspection by another name: where introspection is off, so is it. A
 * gateway in production reads the composed supergraph, not the subgraph's own answer.
 */
function noServiceSdl(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      if (node.name.value === '_service' && context.getParentType()?.name === 'Query') {
        context.reportError(
          new GraphQLError('`_service` is disabled because introspection is disabled on this instance.', {
            nodes: node,
          }),
        );
      }
    },
  };
}

/**
 * One log line per GraphQL operation: its name, how long it took, and how many GraphQL errors it
 * had. Provider outcomes (including errors-as-data) are logged by settle(), one line per call.
 */
function operationLog(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ contextValue, operationName, response, errors }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          contextValue.logger.info(
            {
              operation: operationName ?? null,
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              graphqlErrors: errors?.length ?? body?.errors?.length ?? 0,
            },
            'graphql operation',
          );
        },
      };
    },
  };
}

function baseUrl(server: Server, host: string): string {
  const { port } = server.address() as AddressInfo;
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

/** Errors that are not GraphQL's own (syntax, validation, input coercion) are bugs: log them, say little. */
function maskInternalError(
  formatted: GraphQLFormattedError,
  error: unknown,
  schemaErrorCodes: readonly string[],
  logger: Logger,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const clientFacing = [
    ...schemaErrorCodes,
    'GRAPHQL_PARSE_FAILED',
    'GRAPHQL_VALIDATION_FAILED',
    'BAD_USER_INPUT',
    'BAD_REQUEST',
    'PERSISTED_QUERY_NOT_FOUND',
    'PERSISTED_QUERY_NOT_SUPPORTED',
    'OPERATION_RESOLUTION_FAILURE',
  ];
  if (typeof code === 'string' && clientFacing.includes(code)) return formatted;
  logger.error({ err: unwrapResolverError(error) }, 'internal error in a GraphQL request');
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

async function handleRequest(
  req: IncomingMessage,
  res: ServerResponse,
  apollo: ApolloServer<RequestContext>,
  contextFor: (requestId: string) => RequestContext,
  corsOrigins: string[],
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://casegraph');
  applyCors(req, res, corsOrigins);
  if (req.method === 'OPTIONS') {
    res.writeHead(204).end();
    return;
  }
  if (url.pathname === '/healthz') {
    sendJson(res, 200, { status: 'ok' });
    return;
  }
  if (url.pathname !== '/graphql') {
    sendJson(res, 404, { errors: [{ message: 'Not found. GraphQL is served at /graphql.' }] });
    return;
  }

  let body: unknown;
  if (req.method === 'POST') {
    const raw = await readBody(req, MAX_BODY_BYTES);
    if (raw === null) {
      // The rest of the body is still arriving: close the connection rather than let a
      // keep-alive client reuse a socket that is mid-request.
      res.setHeader('connection', 'close');
      res.once('finish', () => req.destroy());
      sendJson(res, 413, { errors: [{ message: `Request body exceeds ${MAX_BODY_BYTES} bytes.` }] });
      return;
    }
    const contentType = req.headers['content-type'] ?? '';
    if (/^application\/(graphql-response\+)?json\b/i.test(contentType)) {
      try {
        body = raw === '' ? undefined : (JSON.parse(raw) as unknown);
      } catch {
        sendJson(res, 400, {
          errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
        });
        return;
      }
    } else {
      body = raw;
    }
  }

  // Correlates a client's request with casegraph's log lines; a caller's own id is kept if sane.
  const offered = req.headers['x-request-id'];
  const requestId = typeof offered === 'string' && /^[\w.:-]{1,128}$/.test(offered) ? offered : randomUUID();
  res.setHeader('x-request-id', requestId);

  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
    context: async () => contextFor(requestId),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function applyCors(req: IncomingMessage, res: ServerResponse, origins: string[]): void {
  const origin = req.headers.origin;
  if (!origin) return;
  if (origins.includes('*')) res.setHeader('access-control-allow-origin', '*');
  else if (origins.includes(origin)) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'Origin');
  } else return;
  if (req.method === 'OPTIONS') {
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader(
      'access-control-allow-headers',
      req.headers['access-control-request-headers'] ?? 'content-type, apollo-require-preflight',
    );
    res.setHeader('access-control-max-age', '600');
  }
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
