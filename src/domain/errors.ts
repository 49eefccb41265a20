// The one place where failures become the schema's error types. Providers and the HTTP layer throw
// CaseError; resolvers hand whatever was thrown to toErrorResult and never build error objects.
import type { CaseProvider, ErrorCode } from '../generated/graphql.js';

export type ErrorTypeName =
  | 'ValidationError'
  | 'AuthenticationError'
  | 'NotFoundError'
  | 'RateLimitedError'
  | 'ConflictError'
  | 'OutcomeUnknownError'
  | 'ProviderUnavailableError'
  | 'ForbiddenError';

export interface FieldErrorModel {
  /** Path into the GraphQL input, e.g. ['thalamus', 'categoryCode']. */
  path: string[];
  message: string;
  vendorCode?: string | null;
}

export const isErrorTypeName = (name: string): name is ErrorTypeName => name in CODES;

/** Whether a resolver value is an error result rather than a success (which may carry `__typename` too). */
export const isErrorResult = (value: object): value is ErrorResult =>
  '__typename' in value && typeof value.__typename === 'string' && value.__typename in CODES;

const CODES: Record<ErrorTypeName, ErrorCode> = {
  ValidationError: 'VALIDATION_FAILED',
  AuthenticationError: 'AUTHENTICATION_FAILED',
  NotFoundError: 'NOT_FOUND',
  RateLimitedError: 'RATE_LIMITED',
  ConflictError: 'CONFLICT',
  OutcomeUnknownError: 'OUTCOME_UNKNOWN',
  ProviderUnavailableError: 'PROVIDER_UNAVAILABLE',
  ForbiddenError: 'FORBIDDEN',
};

export interface CaseErrorDetails {
  fields?: FieldErrorModel[];
  id?: string;
  retryAfterSeconds?: number | null;
  retriable?: boolean;
  /** OutcomeUnknownError: the idempotency key the outcome is held under. */
  idempotencyKey?: string;
  cause?: unknown;
}

/** A failure with a schema error type. Its message must be safe to show a client. */
export class CaseError extends Error {
  readonly type: ErrorTypeName;
  readonly fields: FieldErrorModel[];
  readonly id: string | undefined;
  readonly retryAfterSeconds: number | null;
  readonly retriable: boolean;
  readonly idempotencyKey: string | undefined;

  constructor(type: ErrorTypeName, message: string, details: CaseErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'CaseError';
    this.type = type;
    this.fields = details.fields ?? [];
    this.id = details.id;
    this.retryAfterSeconds = details.retryAfterSeconds ?? null;
    this.idempotencyKey = details.idempotencyKey;
    this.retriable =
      details.retriable ??
      (type === 'RateLimitedError' || type === 'ProviderUnavailableError' || type === 'ConflictError');
  }

  get code(): ErrorCode {
    return CODES[this.type];
  }
}

export const validationError = (fields: FieldErrorModel[], message?: string): CaseError =>
  new CaseError('ValidationError', message ?? summarise(fields), { fields });

/** A NotFoundError in the one wording every vendor shares, unless a more specific reason is known. */
export const notFoundError = (id: string, vendorName: string, reason?: string): CaseError =>
  new CaseError('NotFoundError', reason ?? `${vendorName} has no case with id ${JSON.stringify(id)}.`, { id });

function summarise(fields: FieldErrorModel[]): string {
  if (fields.length === 0) return 'The input was rejected.';
  const [first] = fields;
  const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  const more = fields.length > 1 ? ` (and ${fields.length - 1} more)` : '';
  return `Invalid input. ${where}${first?.message ?? ''}${more}`;
}

/** The GraphQL-facing error object; `__typename` picks the union member. */
export interface ErrorResult {
  __typename: ErrorTypeName;
  message: string;
  code: ErrorCode;
  retriable: boolean;
  /** Null only when the input named no valid provider (a malformed global id). */
  provider: CaseProvider | null;
  fields: FieldErrorModel[];
  id: string | null;
  retryAfterSeconds: number | null;
  /** OutcomeUnknownError: the key the outcome is held under. */
  idempotencyKey: string | null;
}

/**
 * Turns anything thrown while serving a provider into one of the error types the operation's
 * union allows. Unknown errors are not ours to describe: they become a generic
 * ProviderUnavailableError (the caller logs the original). A typed error that the operation
 * cannot return is recast to the nearest one it can, keeping its message:
 * NotFound -> Validation (e.g. a referenced message that does not exist on create),
 * Validation -> NotFound (a malformed id on a read), anything else -> ProviderUnavailable.
 */
export function toErrorResult<Allowed extends ErrorTypeName>(
  err: unknown,
  provider: CaseProvider,
  allowed: readonly Allowed[],
  caseId?: string,
): ErrorResult & { __typename: Allowed } {
  let known =
    err instanceof CaseError
      ? err
      : new CaseError('ProviderUnavailableError', 'The request failed inside casegraph. It has been logged.', {
          retriable: false,
        });
  const isAllowed = (type: ErrorTypeName): type is Allowed => allowed.some((a) => a === type);
  if (!isAllowed(known.type)) known = recast(known, allowed, caseId);
  const typename = known.type;
  // recast only ever picks a member of `allowed` (ProviderUnavailableError is in every union).
  if (!isAllowed(typename)) throw new Error(`${typename} is not among the operation's errors: ${allowed.join(', ')}.`);
  return {
    __typename: typename,
    message: known.message,
    code: known.code,
    retriable: known.retriable,
    provider,
    fields: known.fields,
    id: known.id ?? caseId ?? null,
    retryAfterSeconds: known.retryAfterSeconds,
    idempotencyKey: known.idempotencyKey ?? null,
  };
}

function recast(err: CaseError, allowed: readonly ErrorTypeName[], caseId: string | undefined): CaseError {
  if (err.type === 'NotFoundError' && allowed.includes('ValidationError')) {
    return new CaseError('ValidationError', err.message, { fields: err.fields });
  }
  if (err.type === 'ValidationError' && allowed.includes('NotFoundError') && caseId !== undefined) {
    return new CaseError('NotFoundError', err.message, { id: caseId });
  }
  return new CaseError('ProviderUnavailableError', err.message, { retriable: err.retriable });
}

/** Whether a thrown value is an expected, typed failure (as opposed to a bug worth logging as one). */
export const isCaseError = (err: unknown): err is CaseError => err instanceof CaseError;
