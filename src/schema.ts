import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers/index.js';

const schemaDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema');

/** The SDL from schema/*.graphql, the single source of truth, read once at start-up. */
export function loadTypeDefs(): DocumentNode {
  const sdl = readdirSync(schemaDir, { withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.graphql'))
    .map((f) => f.name)
    .sort()
    .map((f) => readFileSync(join(schemaDir, f), 'utf8'))
    .join('\n');
  return parse(sdl);
}

/** The executable subgraph schema: SDL + resolvers + federation's `_service` and `_entities`. */
export function buildCasegraphSchema(): GraphQLSchema {
  return buildSubgraphSchema([{ typeDefs: loadTypeDefs(), resolvers }]);
}

/** The subgraph SDL a gateway reads from `_service { sdl }`, and what composition and registries check. */
export function subgraphSdl(): string {
  return printSubgraphSchema(buildSubgraphSchema({ typeDefs: loadTypeDefs() }));
}
