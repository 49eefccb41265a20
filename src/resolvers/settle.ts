import { performance } from 'node:perf_hooks';
import { isCaseError, toErrorResult } from '../domain/errors.js';
import type { ErrorResult } from '../domain/errors.js';
import type { CaseProvider } from '../domain/model.js';
import type { RequestContext } from '../context.js';
import { loadTypeDefs } from '../typeDefs.js';
import { operationErrorsFrom } from './operationErrors.js';

const OPERATION_ERRORS = operationErrorsFrom(loadTypeDefs());

/** The root fields whose results settle() produces. */
type OperationName = 'createCase' | 'updateCase' | 'case' | 'customFieldDefinitions';

/**
 * Runs one provider operation and settles it as data: the value, or the schema error it failed
 * with. Unexpected failures are logged in full here and reach the client only as a generic error.
 */
export async function settle<T>(
  ctx: RequestContext,
  operationName: OperationName,
  provider: CaseProvider,
  caseId: string | undefined,
  operation: () => Promise<T>,
): Promise<T | ErrorResult> {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
  try {
    const value = await operation();
    // Reported on the operation's log line (src/graphql/apollo.ts), not a line of its own.
    ctx.providerCalls.push({ provider, operation: operationName, outcome: 'success', durationMs: elapsed() });
    return value;
  } catch (err) {
    const allowed = OPERATION_ERRORS.get(operationName);
    if (!allowed) throw new Error(`schema/*.graphql has no result union for ${operationName}`);
    const result = toErrorResult(err, provider, allowed, caseId);
    const fields = { provider, operation: operationName, outcome: result.__typename, durationMs: elapsed() };
    ctx.providerCalls.push(fields);
    if (!isCaseError(err)) {
      ctx.logger.error({ ...fields, err }, 'unexpected failure while serving a provider');
    } else if (err.type === 'ProviderUnavailableError' || err.type === 'AuthenticationError') {
      // The cause (an undici error, a vendor's credential complaint) names upstream addresses or
      // accounts: fine for logs, never for clients.
      ctx.logger.warn({ ...fields, err: err.cause ?? err.message }, 'provider call');
    }
    return result;
  }
}
