// Apollo Server as casegraph configures it: the subgraph schema, graphql-armor's limits, error
// masking, the landing page, traces for gateways, graceful drain and one log line per operation.
import type { Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import { ApolloServer } from '@apollo/server';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { trace } from '@opentelemetry/api';
import { GraphQLError, isEnumType } from 'graphql';
import type { ASTVisitor, GraphQLFormattedError, ValidationContext } from 'graphql';
import type { Logger } from 'pino';
import type { ProviderCallRecord, RequestContext } from '../context.js';
import { metrics, operationLabel } from '../observability/metrics.js';
import { tracingEnabled } from '../observability/tracing.js';
import { buildCasegraphSchema } from '../schema.js';
import { jitExecutor } from './jitExecutor.js';
import type { DocumentPolicy } from './trustedDocuments.js';
import { vendorCallEstimate } from './vendorCallEstimate.js';

/** What Apollo Server takes from casegraph's configuration (config.ts's AppConfig has them all). */
export interface ApolloSettings {
  /** Introspection, `_service { sdl }`, field suggestions and the Sandbox landing page (CASEGRAPH_INTROSPECTION). */
  introspection: boolean;
  /** How long `apollo.stop()` lets in-flight requests finish. */
  shutdownGraceMs: number;
  /** The most vendor calls one operation may be estimated to make before it is refused unexecuted. */
  maxVendorCalls: number;
  /**
   * Under `any`, Apollo's automatic persisted queries register what callers send; otherwise its
   * cache is off and only trusted documents are named by hash (src/server/documents.ts).
   */
  documents: { policy: DocumentPolicy };
}

/** A started Apollo Server; `httpServer` is drained by `apollo.stop()`. */
export async function startApollo(
  config: ApolloSettings,
  httpServer: Server,
  logger: Logger,
): Promise<ApolloServer<RequestContext>> {
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
    gateway: jitExecutor(schema),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    // main.ts owns the process's signals: Apollo's own handler would race it and re-raise the signal.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    ...(config.documents.policy === 'any' ? {} : { persistedQueries: false as const }),
    validationRules: [...armor.validationRules, ...(config.introspection ? [] : [noServiceSdl])],
    formatError: (formatted, error) => {
      const masked = maskInternalError(formatted, error, schemaErrorCodes, logger);
      return config.introspection ? masked : { ...masked, message: withoutSuggestion(masked.message) };
    },
    plugins: [
      // graphql-armor's declarations resolve @apollo/server's CommonJS types while this module
      // uses its ESM ones: the same plugin objects, typed twice.
      ...(armor.plugins as unknown as ApolloServerPlugin<RequestContext>[]),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }),
      // casegraph sets no cache hints; Apollo's default cache-control plugin would wrap every
      // resolver (schema instrumentation for its willResolveField) to compute a policy of nothing.
      ApolloServerPluginCacheControlDisabled(),
      // Field-level traces for a gateway that asks for them (Apollo Router with GraphOS reporting
      // sends `apollo-federation-include-trace: ftv1`); error texts in them are masked.
      ApolloServerPluginInlineTrace({ includeErrors: { masked: true } }),
      config.introspection
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })
        : ApolloServerPluginLandingPageDisabled(),
      vendorCallEstimate(config.maxVendorCalls),
      operationObserver(logger),
    ],
  });
  await apollo.start();
  return apollo;
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
 * What every GraphQL operation leaves behind: its metrics (count by outcome, latency), the name and
 * outcome on its request span, and one log line at info: its name, how long it took, how many
 * GraphQL errors it had, and the provider calls it settled (one call's provider and outcome
 * inline, several as a list). Unexpected failures, credential refusals and unavailable vendors
 * also get a line of their own, at error or warn, from settle().
 */
function operationObserver(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ contextValue, operationName, operation, response, errors }) {
          const seconds = (performance.now() - started) / 1000;
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const graphqlErrors = errors ?? body?.errors ?? [];
          const calls = contextValue.providerCalls;
          const outcome = operationOutcome(graphqlErrors, calls);
          const type = operation?.operation ?? 'unknown';
          const name = operationLabel(operationName);
          metrics.graphqlOperations.inc({ operation: name, type, outcome });
          metrics.graphqlDuration.observe({ operation: name, type }, seconds);
          if (tracingEnabled()) {
            const span = trace.getActiveSpan();
            span?.updateName(`${type} ${name}`);
            span?.setAttributes({
              'graphql.operation.type': type,
              'graphql.operation.name': name,
              'casegraph.outcome': outcome,
            });
          }
          if (!logger.isLevelEnabled('info')) return;
          const [only] = calls;
          // The root logger with the request's fields inline: no child logger per request.
          logger.info(
            {
              requestId: contextValue.requestId,
              caller: contextValue.caller.id,
              operation: operationName ?? null,
              durationMs: Math.round(seconds * 10_000) / 10,
              graphqlErrors: graphqlErrors.length,
              ...(calls.length === 1 && only
                ? { provider: only.provider, outcome: only.outcome, providerMs: only.durationMs }
                : calls.length > 1
                  ? { providerCalls: calls }
                  : {}),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}

/**
 * One word for how an operation went: the code of its first GraphQL error (a request refused
 * before execution, an error outside the result unions), else the first provider call that did
 * not succeed (`ValidationError`, `NotFoundError`, …), else `success`.
 */
function operationOutcome(
  errors: ReadonlyArray<{ extensions?: { code?: unknown } | undefined }>,
  calls: readonly ProviderCallRecord[],
): string {
  const [first] = errors;
  if (first) {
    const code = first.extensions?.code;
    return typeof code === 'string' && /^[A-Z_]{1,64}$/.test(code) ? code : 'INTERNAL_SERVER_ERROR';
  }
  return calls.find((c) => c.outcome !== 'success')?.outcome ?? 'success';
}

/**
 * graphql-js ends validation and coercion messages with a suggestion of what the schema holds
 * ("Did you mean the enum value …?", "… to use an inline fragment on …?"), and graphql-armor
 * only catches the field ones, leaving "[Suggestion hidden]?". Where introspection is off, the
 * schema is not public, so neither may answers leak it.
 */
export function withoutSuggestion(message: string): string {
  return message.replace(/ *(?:Did you mean\b[^]*?\?|\[Suggestion hidden\]\?)(?=\s*$|\n)/g, '');
}

/**
 * Codes of a request refused before execution because of what the client sent: GraphQL's own
 * (syntax, validation, input coercion) and the vendor-call estimate's. HTTP 400, never 500
 * (src/server/server.ts).
 */
export const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'VENDOR_CALL_LIMIT_EXCEEDED',
]);

/** What a client may read as sent: request errors and Apollo's persisted-query and operation codes. */
const clientFacingCodes: ReadonlySet<string> = new Set([
  ...REQUEST_ERROR_CODES,
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Errors that are not GraphQL's own (syntax, validation, input coercion) are bugs: log them, say little. */
function maskInternalError(
  formatted: GraphQLFormattedError,
  error: unknown,
  schemaErrorCodes: readonly string[],
  logger: Logger,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && (clientFacingCodes.has(code) || schemaErrorCodes.includes(code))) return formatted;
  logger.error({ err: unwrapResolverError(error) }, 'internal error in a GraphQL request');
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
