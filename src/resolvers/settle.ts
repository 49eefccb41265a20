import { performance } from 'node:perf_hooks';
import { isCaseError, toErrorResult } from '../domain/errors.js';
import type { ErrorResult, ErrorTypeName } from '../domain/errors.js';
import type { CaseProvider } from '../domain/model.js';
import type { RequestContext } from '../context.js';

/** The error members of each result union in schema/operations.graphql. */
export const OPERATION_ERRORS = {
  createCase: [
    'ValidationError',
    'AuthenticationError',
    'RateLimitedError',
    'ConflictError',
    'ProviderUnavailableError',
  ],
  updateCase: [
    'ValidationError',
    'AuthenticationError',
    'NotFoundError',
    'RateLimitedError',
    'ConflictError',
    'ProviderUnavailableError',
  ],
  case: ['ValidationError', 'AuthenticationError', 'NotFoundError', 'RateLimitedError', 'ProviderUnavailableError'],
  customFieldDefinitions: ['AuthenticationError', 'RateLimitedError', 'ProviderUnavailableError'],
} as const satisfies Record<string, readonly ErrorTypeName[]>;

type OperationName = keyof typeof OPERATION_ERRORS;
export type SettledError<O extends OperationName> = ErrorResult & { __typename: (typeof OPERATION_ERRORS)[O][number] };

/**
 * Runs one provider operation and settles it as data: the value, or the schema error it failed
 * with. Unexpected failures are logged in full here and reach the client only as a generic error.
 */
export async function settle<T, O extends OperationName>(
  ctx: RequestContext,
  operationName: O,
  provider: CaseProvider,
  caseId: string | undefined,
  operation: () => Promise<T>,
): Promise<T | SettledError<O>> {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
  try {
    const value = await operation();
    ctx.logger.info({ provider, operation: operationName, outcome: 'success', durationMs: elapsed() }, 'provider call');
    return value;
  } catch (err) {
    const result = toErrorResult(err, provider, OPERATION_ERRORS[operationName], caseId);
    const fields = { provider, operation: operationName, outcome: result.__typename, durationMs: elapsed() };
    if (!isCaseError(err)) {
      ctx.logger.error({ ...fields, err }, 'unexpected failure while serving a provider');
    } else if (err.type === 'ProviderUnavailableError') {
      // The cause (an undici error) names the upstream address: fine for logs, never for clients.
      ctx.logger.warn({ ...fields, err: err.cause ?? err.message }, 'provider call');
    } else {
      ctx.logger.info(fields, 'provider call');
    }
    return result;
  }
}
