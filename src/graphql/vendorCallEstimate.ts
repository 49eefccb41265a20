// Refuses, before anything runs, an operation that could need more vendor calls than one request
// is allowed (CASEGRAPH_MAX_VENDOR_CALLS): so that ten aliased createCase mutations with twenty
// comments each are one clear 400, not a few cases written and the rest refused halfway. The
// funnel (src/http/vendorApi.ts) enforces the same budget on what is actually sent.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, OperationTypeNode, getArgumentValues } from 'graphql';
import type {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import type { RequestContext } from '../context.js';
import { schemaEnumValues } from '../typeDefs.js';

/** The calls any root field may cost besides its list items: a write, the definitions it checks, the read-back. */
const MUTATION_FIELD_CALLS = 3;
const QUERY_FIELD_CALLS = 1;

/** Root fields of an operation, through fragments and inline fragments (aliases count separately). */
function rootFields(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return rootFields(fragment.selectionSet, fragments, seen);
  });
}

/** Every list item anywhere in a field's arguments: each comment, note, id or entity may be a call. */
function listItemsIn(value: unknown): number {
  if (Array.isArray(value)) return value.length + value.reduce((sum: number, item) => sum + listItemsIn(item), 0);
  if (value !== null && typeof value === 'object') {
    return Object.values(value).reduce((sum: number, item) => sum + listItemsIn(item), 0);
  }
  return 0;
}

/**
 * How many vendor calls an operation could need, as a function of its variables: the root fields
 * and their definitions are found once (a trusted document's plan keeps the function), and only
 * the arguments are read per request.
 */
export function vendorCallEstimator(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): (variables: Record<string, unknown>) => number {
  const mutation = operation.operation === OperationTypeNode.MUTATION;
  const root = mutation ? schema.getMutationType() : schema.getQueryType();
  if (!root || operation.operation === OperationTypeNode.SUBSCRIPTION) return () => 0;
  const perField = mutation ? MUTATION_FIELD_CALLS : QUERY_FIELD_CALLS;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const fields = rootFields(operation.selectionSet, fragments).flatMap((node) => {
    const definition = root.getFields()[node.name.value];
    return definition ? [{ node, definition }] : [];
  });
  return (variables) => {
    let estimate = 0;
    for (const { node, definition } of fields) {
      let args: Record<string, unknown>;
      try {
        args = getArgumentValues(definition, node, variables);
      } catch {
        // Arguments that do not coerce are refused by execution with their own error.
        continue;
      }
      estimate += node.name.value === 'cases' ? listCallsOf(args) : perField + listItemsIn(args);
    }
    return estimate;
  };
}

/**
 * A page of `Query.cases` costs, per provider it involves, one list call and one lookup the list may
 * need first (Khoros's customer search, a definitions or token fetch); every provider when none is named.
 */
const LIST_CALLS_PER_PROVIDER = 2;

function listCallsOf(args: Record<string, unknown>): number {
  const filter = args.filter;
  const named =
    typeof filter === 'object' && filter !== null && 'providers' in filter && Array.isArray(filter.providers)
      ? new Set(filter.providers).size
      : 0;
  return LIST_CALLS_PER_PROVIDER * (named > 0 ? named : schemaEnumValues('CaseProvider').length);
}

export function vendorCallEstimate(maxVendorCalls: number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (!operation) return;
          const estimate = vendorCallEstimator(schema, document, operation)(request.variables ?? {});
          if (estimate <= maxVendorCalls) return;
          throw new GraphQLError(
            `This operation could need up to ${estimate} vendor calls; casegraph allows ${maxVendorCalls} per request. ` +
              'Split it into smaller requests (fewer aliased fields or list items per request).',
            { extensions: { code: 'VENDOR_CALL_LIMIT_EXCEEDED', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
