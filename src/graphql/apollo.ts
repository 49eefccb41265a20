// Apollo Server as casegraph configures it: the subgraph schema, graphql-armor's limits, error
// masking, the landing page, traces for gateways, graceful drain and one log line per operation.
// Trusted documents with a plan skip it (src/graphql/plans.ts); what both paths share is in
// ./protections.ts and ./responses.ts.
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
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { RequestContext } from '../context.js';
import { jitExecutor } from './jitExecutor.js';
import type { Protections } from './protections.js';
import { recordOperation } from './responses.js';
import type { FormatError } from './responses.js';
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

/** What the composition root built once and shares with the trusted documents' plans. */
export interface ApolloParts {
  schema: GraphQLSchema;
  protections: Protections;
  formatError: FormatError;
  httpServer: Server;
  logger: Logger;
}

/** A started Apollo Server; `httpServer` is drained by `apollo.stop()`. */
export async function startApollo(config: ApolloSettings, parts: ApolloParts): Promise<ApolloServer<RequestContext>> {
  const { schema, protections, formatError, httpServer, logger } = parts;
  const apollo = new ApolloServer<RequestContext>({
    gateway: jitExecutor(schema),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    // main.ts owns the process's signals: Apollo's own handler would race it and re-raise the signal.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    ...(config.documents.policy === 'any' ? {} : { persistedQueries: false as const }),
    validationRules: protections.validationRules,
    formatError,
    plugins: [
      ...protections.plugins,
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

/** The metrics, span name and log line of each operation Apollo runs (./responses.ts). */
function operationObserver(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ contextValue, operationName, operation, response, errors }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          recordOperation(logger, {
            context: contextValue,
            operationName,
            type: operation?.operation ?? 'unknown',
            errors: errors ?? body?.errors ?? [],
            seconds: (performance.now() - started) / 1000,
          });
        },
      };
    },
  };
}
