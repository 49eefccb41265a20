// What every answer to a GraphQL operation goes through, whichever way it ran (Apollo's pipeline
// or a trusted document's plan): errors masked the same way, and the same metrics, span name and
// log line left behind.
import { unwrapResolverError } from '@apollo/server/errors';
import { trace } from '@opentelemetry/api';
import { isEnumType } from 'graphql';
import type { GraphQLError, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { ProviderCallRecord, RequestContext } from '../context.js';
import { metrics, operationLabel } from '../observability/metrics.js';
import { tracingEnabled } from '../observability/tracing.js';

/** Apollo Server's `formatError` signature: the formatted error and what was thrown. */
export type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Errors that are not GraphQL's own (syntax, validation, input coercion) nor one of the schema's
 * error codes are bugs: logged whole, answered as "Internal server error". Where introspection is
 * off, no message may suggest what the schema holds.
 */
export function errorFormatter(schema: GraphQLSchema, introspection: boolean, logger: Logger): FormatError {
  const errorCodesType = schema.getType('ErrorCode');
  // Errors raised outside result unions (node, _entities) carry one of the schema's error codes.
  const schemaErrorCodes = isEnumType(errorCodesType) ? errorCodesType.getValues().map((v) => v.name) : [];
  return (formatted, error) => {
    const masked = maskInternalError(formatted, error, schemaErrorCodes, logger);
    return introspection ? masked : { ...masked, message: withoutSuggestion(masked.message) };
  };
}

/**
 * Execution errors as Apollo Server formats them (its `normalizeAndFormatErrors`): a code on
 * every error (INTERNAL_SERVER_ERROR by default), no stack trace, then `formatError`. An error's
 * `extensions.http.status` sets the answer's status, as in Apollo.
 */
export function formatExecutionErrors(
  errors: readonly GraphQLError[],
  formatError: FormatError,
): { errors: GraphQLFormattedError[]; status: number | undefined } {
  let status: number | undefined;
  const formatted = errors.map((error) => {
    const { http, ...rest } = error.extensions;
    const extensions = { ...rest, code: rest.code ?? 'INTERNAL_SERVER_ERROR' };
    if (typeof http === 'object' && http !== null && 'status' in http && typeof http.status === 'number') {
      status = http.status;
    }
    try {
      return formatError({ ...error.toJSON(), extensions }, error);
    } catch {
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
  });
  return { errors: formatted, status };
}

/** One served operation, as the observer records it. */
export interface ServedOperation {
  context: RequestContext;
  operationName: string | null | undefined;
  /** `query`, `mutation`, or `unknown` when the document never resolved to an operation. */
  type: string;
  errors: ReadonlyArray<{ extensions?: { code?: unknown } | undefined }>;
  seconds: number;
}

/**
 * What every GraphQL operation leaves behind: its metrics (count by outcome, latency), the name and
 * outcome on its request span, and one log line at info: its name, how long it took, how many
 * GraphQL errors it had, and the provider calls it settled (one call's provider and outcome
 * inline, several as a list). Unexpected failures, credential refusals and unavailable vendors
 * also get a line of their own, at error or warn, from settle().
 */
export function recordOperation(logger: Logger, served: ServedOperation): void {
  const { context, operationName, type, errors, seconds } = served;
  const calls = context.providerCalls;
  const outcome = operationOutcome(errors, calls);
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
      requestId: context.requestId,
      caller: context.caller.id,
      operation: operationName ?? null,
      durationMs: Math.round(seconds * 10_000) / 10,
      graphqlErrors: errors.length,
      ...(calls.length === 1 && only
        ? { provider: only.provider, outcome: only.outcome, providerMs: only.durationMs }
        : calls.length > 1
          ? { providerCalls: calls }
          : {}),
    },
    'graphql operation',
  );
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
