import { performance } from 'node:perf_hooks';
import { isCaseError, toErrorResult } from '../domain/errors.js';
import type { ErrorResult } from '../domain/errors.js';
import type { CaseProvider } from '../domain/model.js';
import type { RequestContext } from '../context.js';
import { caseGlobalId } from '../domain/globalId.js';
import type { IdempotencyResult } from '../idempotency/idempotency.js';
import { metrics } from '../observability/metrics.js';
import { loadTypeDefs } from '../typeDefs.js';
import { operationErrorsFrom } from './operationErrors.js';

const OPERATION_ERRORS = operationErrorsFrom(loadTypeDefs());

/** The root fields whose results settle() produces. */
type OperationName = 'createCase' | 'updateCase' | 'case' | 'customFieldDefinitions' | 'cases';

/** A write's audit fields: the idempotency key it carried, and what the key did once it is known. */
export interface WriteAudit {
  idempotencyKey: string | null | undefined;
  idempotency?: IdempotencyResult;
}

/**
 * Runs one provider operation and settles it as data: the value, or the schema error it failed
 * with. Unexpected failures are logged in full here and reach the client only as a generic error.
 * A write (`audit` given) is recorded in the audit log when it is attempted and when it ends.
 */
export async function settle<T>(
  ctx: RequestContext,
  operationName: OperationName,
  provider: CaseProvider,
  caseId: string | undefined,
  operation: () => Promise<T>,
  audit?: WriteAudit,
): Promise<T | ErrorResult> {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
  const auditFields = audit && ctx.auditLog ? auditFieldsOf(ctx, operationName, provider, caseId, audit) : undefined;
  if (auditFields) ctx.auditLog?.info({ ...auditFields, event: 'case.write.attempted' }, 'audit');
  try {
    const value = await operation();
    // Reported on the operation's log line (src/graphql/apollo.ts), not a line of its own.
    ctx.providerCalls.push({ provider, operation: operationName, outcome: 'success', durationMs: elapsed() });
    metrics.providerOperations.inc({ provider, operation: operationName, outcome: 'success' });
    if (auditFields) {
      const written = writtenCaseId(value) ?? caseId;
      ctx.auditLog?.info(
        {
          ...auditFields,
          event: 'case.write.finished',
          outcome: 'success',
          ...(audit?.idempotency ? { idempotency: audit.idempotency } : {}),
          ...(written === undefined ? {} : { caseId: caseGlobalId(provider, written), vendorCaseId: written }),
          durationMs: elapsed(),
        },
        'audit',
      );
    }
    return value;
  } catch (err) {
    const allowed = OPERATION_ERRORS.get(operationName);
    if (!allowed) throw new Error(`schema/*.graphql has no result union for ${operationName}`);
    const result = toErrorResult(err, provider, allowed, caseId);
    const fields = { provider, operation: operationName, outcome: result.__typename, durationMs: elapsed() };
    ctx.providerCalls.push(fields);
    metrics.providerOperations.inc({ provider, operation: operationName, outcome: result.__typename });
    if (auditFields) {
      ctx.auditLog?.info(
        {
          ...auditFields,
          event: 'case.write.finished',
          outcome: result.__typename,
          ...(audit?.idempotency ? { idempotency: audit.idempotency } : {}),
          durationMs: elapsed(),
        },
        'audit',
      );
    }
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

/** Who wrote, where, with which key: never the input's fields, which hold the case's contents. */
function auditFieldsOf(
  ctx: RequestContext,
  operation: OperationName,
  provider: CaseProvider,
  caseId: string | undefined,
  audit: WriteAudit,
): Record<string, unknown> {
  return {
    requestId: ctx.requestId,
    caller: ctx.caller.id,
    provider,
    operation,
    ...(caseId === undefined ? {} : { caseId: caseGlobalId(provider, caseId), vendorCaseId: caseId }),
    idempotencyKey: audit.idempotencyKey ?? null,
  };
}

/** The vendor id of the case a write answered with (a mutation outcome's `case`). */
function writtenCaseId(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('case' in value)) return undefined;
  const written = value.case;
  return typeof written === 'object' && written !== null && 'id' in written && typeof written.id === 'string'
    ? written.id
    : undefined;
}
