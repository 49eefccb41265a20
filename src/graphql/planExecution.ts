// Runs a trusted document's plan for one request: no parsing, no validation, no document cache,
// no plugin hooks, just its variables through graphql-jit's compiled function. What the answer
// goes through afterwards is what Apollo's pipeline does to it too (./responses.ts): the same
// error masking and the same metrics, span name and log line. Anything that would need more of
// Apollo than that is handed back to it, so the two paths cannot answer differently.
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import type { RequestContext } from '../context.js';
import type { OperationPlan } from './plans.js';
import { formatExecutionErrors, recordOperation } from './responses.js';
import type { FormatError } from './responses.js';

export interface PlanServing {
  formatError: FormatError;
  logger: Logger;
  /** CASEGRAPH_MAX_VENDOR_CALLS: an operation estimated above it is Apollo's to refuse. */
  maxVendorCalls: number;
}

export type PlanOutcome =
  /** The answer: a JSON body of `errors` and `data`, in Apollo's field order, with its status. */
  | { kind: 'answered'; status: number; body: string }
  /**
   * Nothing ran (the variables do not coerce, the estimate is over the limit, the operation runs
   * on graphql-js): Apollo's pipeline answers the same document, with its own words for the error.
   */
  | { kind: 'through apollo' };

export async function runPlan(
  plan: OperationPlan,
  variables: Record<string, unknown>,
  context: RequestContext,
  serving: PlanServing,
): Promise<PlanOutcome> {
  const started = performance.now();
  if (!plan.compiled) return THROUGH_APOLLO;
  if (plan.vendorCalls(variables) > serving.maxVendorCalls) return THROUGH_APOLLO;
  const result = await plan.compiled.query(undefined, context, variables);
  // Variables that do not coerce are the only answer without `data`; nothing was executed.
  if (result.data === undefined) return THROUGH_APOLLO;
  const { errors, status } = result.errors
    ? formatExecutionErrors(result.errors, serving.formatError)
    : { errors: undefined, status: undefined };
  recordOperation(serving.logger, {
    context,
    operationName: plan.name,
    type: plan.type,
    errors: errors ?? [],
    seconds: (performance.now() - started) / 1000,
  });
  // As Apollo Server writes it (its default stringifyResult): a newline after the JSON.
  return { kind: 'answered', status: status ?? 200, body: `${JSON.stringify({ errors, data: result.data })}\n` };
}

const THROUGH_APOLLO: PlanOutcome = { kind: 'through apollo' };
