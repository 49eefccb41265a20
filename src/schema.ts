import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers/index.js';
import { loadTypeDefs } from './typeDefs.js';

export { loadTypeDefs } from './typeDefs.js';

/** The executable subgraph schema: SDL + resolvers + federation's `_service` and `_entities`. */
export function buildCasegraphSchema(): GraphQLSchema {
  return buildSubgraphSchema([{ typeDefs: loadTypeDefs(), resolvers }]);
}

/** The subgraph SDL a gateway reads from `_service { sdl }`, and what composition and registries check. */
export function subgraphSdl(): string {
  return printSubgraphSchema(buildSubgraphSchema({ typeDefs: loadTypeDefs() }));
}
