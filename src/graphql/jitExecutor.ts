// Executes each distinct operation with graphql-jit: compiled once to a JavaScript function the
// first time its document is seen, then run directly. `npm run bench` measured it against
// graphql-js's interpreter in one run: 770 vs 830 CPU µs per request, and 6.0 vs 8.5 µs per nested
// comment (bench/RESULTS.md). Apollo Server takes another executor only through its gateway
// interface, so this poses as one: Apollo still parses, validates (graphql-armor's rules
// included), caches documents, runs every plugin and formats errors; only execution changes.
// Federation's `_entities` stays on graphql-js: graphql-jit 0.8.9 answers a longer list than it was
// asked for when some references fail (test/federation/entities.test.ts caught it).
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { GraphQLError, execute } from 'graphql';
import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type { CompiledQuery } from 'graphql-jit';

/** Whether a document runs on graphql-js rather than graphql-jit: federation's `_entities` does (above). */
export function runsOnGraphqlJs(source: string): boolean {
  return source.includes('_entities');
}

/** Compiled operations are kept per parsed document: Apollo's document store hands out the same one per query text. */
export function jitExecutor(schema: GraphQLSchema): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();
  const compile = (document: DocumentNode, operationName: string | null) => {
    let byName = compiled.get(document);
    if (!byName) {
      byName = new Map();
      compiled.set(document, byName);
    }
    const key = operationName ?? '';
    let query = byName.get(key);
    if (!query) {
      query = compileQuery(schema, document, operationName ?? undefined);
      byName.set(key, query);
    }
    return query;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async load() {
      return {
        schema,
        executor: async (request) => {
          if (runsOnGraphqlJs(request.source)) {
            return execute({
              schema,
              document: request.document,
              contextValue: request.context,
              variableValues: request.request.variables,
              operationName: request.operationName,
            });
          }
          const query = compile(request.document, request.operationName);
          if (!isCompiledQuery(query)) return query;
          const result = await query.query(undefined, request.context, request.request.variables ?? {});
          // Variables that do not coerce are the only answer without `data`: the client's input,
          // which graphql-js reports as BAD_USER_INPUT and Apollo then answers with HTTP 400.
          if (result.data === undefined && result.errors) {
            return {
              errors: result.errors.map(
                (e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'BAD_USER_INPUT' } }),
              ),
            };
          }
          return result;
        },
      };
    },
    async stop() {},
  };
}
