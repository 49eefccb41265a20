// The rules every document must pass before it runs, in one place for both ways a document runs:
// Apollo's pipeline applies them to each ad-hoc document (once per distinct text, through its
// document cache), and src/graphql/plans.ts applies them to each trusted document once, at start-up.
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import type { ASTVisitor, ValidationContext, ValidationRule } from 'graphql';
import type { RequestContext } from '../context.js';

/**
 * The most lexical tokens one document may have: graphql-armor stops a longer one while it parses
 * (Apollo's path), and graphql's own parser option stops it where a trusted document is planned.
 */
export const MAX_TOKENS = 1000;

export interface Protections {
  /** graphql-armor's and casegraph's validation rules (graphql's standard ones are applied besides). */
  validationRules: ValidationRule[];
  /** What graphql-armor does outside validation: the token limit while parsing, masked suggestions. */
  plugins: ApolloServerPlugin<RequestContext>[];
  /**
   * The rules a trusted document is checked with when it loads: the above, plus what Apollo adds
   * itself where introspection is off.
   */
  planRules: ValidationRule[];
}

/**
 * Limits on depth, aliases, tokens and cost keep one request from costing many vendor calls;
 * field suggestions stay on while introspection is on, since the schema is public then anyway.
 */
export function requestProtections(introspection: boolean): Protections {
  const armor = new ApolloArmor({
    // Fragments are how clients share selections: they must not count as depth.
    maxDepth: { n: 8, flattenFragments: true },
    maxAliases: { n: 10 },
    maxTokens: { n: MAX_TOKENS },
    costLimit: { maxCost: 5000 },
    blockFieldSuggestion: { enabled: !introspection },
  }).protect();
  const validationRules = [...armor.validationRules, ...(introspection ? [] : [noServiceSdl])];
  return {
    validationRules,
    // graphql-armor's declarations resolve @apollo/server's CommonJS types while this module
    // uses its ESM ones: the same plugin objects, typed twice.
    plugins: armor.plugins as unknown as ApolloServerPlugin<RequestContext>[],
    planRules: [...validationRules, ...(introspection ? [] : [NoSchemaIntrospectionCustomRule])],
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
