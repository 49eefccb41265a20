// A trusted document's plan: everything Apollo's pipeline would do to it on each request that does
// not depend on the request (parse, validate with every rule, find the root fields the vendor-call
// estimate reads, compile with graphql-jit), done once when its manifest loads. A request naming
// it then costs only what does depend on the request: its variables and its execution
// (./planExecution.ts).
import { Kind, OperationTypeNode, parse, specifiedRules, validate } from 'graphql';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode, ValidationRule } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type { CompiledQuery } from 'graphql-jit';
import { runsOnGraphqlJs } from './jitExecutor.js';
import { MAX_TOKENS } from './protections.js';
import { vendorCallEstimator } from './vendorCallEstimate.js';

/** What plans are made against: the executable schema and the rules every document must pass. */
export interface Planner {
  schema: GraphQLSchema;
  /** casegraph's and graphql-armor's rules (./protections.ts); graphql's standard ones are added. */
  rules: readonly ValidationRule[];
}

export interface OperationPlan {
  name: string | undefined;
  type: OperationTypeNode;
  /** graphql-jit's compiled operation; undefined where the operation runs on graphql-js, through Apollo. */
  compiled: CompiledQuery | undefined;
  /** The vendor calls it could need with these variables (./vendorCallEstimate.ts). */
  vendorCalls: (variables: Record<string, unknown>) => number;
}

export interface DocumentPlan {
  /** By operation name. */
  operations: ReadonlyMap<string, OperationPlan>;
  /** The operation a request without `operationName` runs: the document's only one. */
  only: OperationPlan | undefined;
}

/** The plan of one document, or why it cannot run (the first problem, as graphql words it). */
export function planDocument(text: string, planner: Planner): DocumentPlan | { problem: string } {
  let document: DocumentNode;
  try {
    document = parse(text, { maxTokens: MAX_TOKENS });
  } catch (err) {
    return { problem: err instanceof Error ? err.message : String(err) };
  }
  const [invalid] = validate(planner.schema, document, [...specifiedRules, ...planner.rules]);
  if (invalid) return { problem: `no longer validates: ${invalid.message}` };
  const operations = new Map<string, OperationPlan>();
  const definitions = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  for (const operation of definitions) {
    const planned = planOperation(planner.schema, document, operation, !runsOnGraphqlJs(text));
    if ('problem' in planned) return planned;
    operations.set(planned.name ?? '', planned);
  }
  const [first] = operations.values();
  return { operations, only: operations.size === 1 ? first : undefined };
}

function planOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  jit: boolean,
): OperationPlan | { problem: string } {
  const name = operation.name?.value;
  if (operation.operation === OperationTypeNode.SUBSCRIPTION) {
    return { problem: `operation ${name ?? '(anonymous)'} is a subscription, which casegraph does not serve.` };
  }
  let compiled: CompiledQuery | undefined;
  if (jit) {
    const result = compileQuery(schema, document, name);
    if (!isCompiledQuery(result)) {
      const reason = result.errors?.map((e) => e.message).join('; ') ?? 'graphql-jit could not compile it';
      return { problem: `operation ${name ?? '(anonymous)'} cannot be compiled: ${reason}` };
    }
    compiled = result;
  }
  return {
    name,
    type: operation.operation,
    compiled,
    vendorCalls: vendorCallEstimator(schema, document, operation),
  };
}
