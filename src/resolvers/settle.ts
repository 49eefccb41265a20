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
  case: ['AuthenticationError', 'NotFoundError', 'RateLimitedError', 'ProviderUnavailableError'],
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
  try {
    return await operation();
  } catch (err) {
    if (!isCaseError(err)) {
      ctx.logger.error({ provider, operation: operationName, err }, 'unexpected failure while serving a provider');
    } else if (err.type === 'ProviderUnavailableError') {
      ctx.logger.warn({ provider, operation: operationName, err: err.cause ?? err.message }, 'provider unavailable');
    }
    return toErrorResult(err, provider, OPERATION_ERRORS[operationName], caseId);
  }
}
