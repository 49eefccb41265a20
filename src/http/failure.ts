// Vendor status codes and error bodies become schema errors here, and only here. Each provider
// parses its own error body into VendorFailure (the shapes differ per vendor); what an HTTP status
// means is decided once, for all of them.
import { CaseError, notFoundError } from '../domain/errors.js';
import type { ErrorTypeName, FieldErrorModel } from '../domain/errors.js';
import type { HttpResponse } from './client.js';
import { redactVendorText } from './redact.js';

export interface VendorFieldFailure {
  /** The vendor's field name, e.g. `requester_email` or `categoryCode`. */
  vendorField: string;
  message: string;
  vendorCode?: string | undefined;
}

/** What a provider could read out of a vendor's error body. */
export interface VendorFailure {
  /** The vendor's user-facing message, when it sent one. */
  message?: string | undefined;
  /** The vendor's error code, e.g. `RATE_LIMIT_EXCEEDED`. */
  vendorCode?: string | undefined;
  fields?: VendorFieldFailure[];
  /** Set when the vendor's body says more than its status does (Sprinklr's 403 "Developer Over Rate"). */
  type?: VendorErrorType;
}

export interface FailureContext {
  vendorName: string;
  /** Maps a vendor field name to the GraphQL input path it came from. */
  fieldPath: (vendorField: string) => string[];
  /** The case id the request was about, for NotFoundError. */
  caseId?: string | undefined;
}

/** What a vendor's answer can mean; ForbiddenError is casegraph's own verdict on its caller. */
export type VendorErrorType = Exclude<ErrorTypeName, 'ForbiddenError'>;

export function typeForStatus(status: number): VendorErrorType {
  if (status === 401 || status === 403 || status === 421) return 'AuthenticationError';
  if (status === 404 || status === 410) return 'NotFoundError';
  if (status === 409 || status === 412) return 'ConflictError';
  if (status === 429) return 'RateLimitedError';
  if (status >= 400 && status < 500) return 'ValidationError';
  return 'ProviderUnavailableError';
}

/** Seconds from a Retry-After header (delta-seconds or HTTP date), or null. */
export function retryAfterSeconds(header: string | undefined, now: number = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

const sentence = (s: string): string => (/[.!?]$/.test(s) ? s : `${s}.`);

export function failureFromResponse(res: HttpResponse, failure: VendorFailure, ctx: FailureContext): CaseError {
  const type = failure.type ?? typeForStatus(res.status);
  // The vendor's words may reach the caller: never with its hosts, addresses or tokens.
  const vendorMessage = failure.message === undefined ? undefined : redactVendorText(failure.message.trim());
  switch (type) {
    case 'ValidationError': {
      const fields: FieldErrorModel[] = (failure.fields ?? []).map((f) => ({
        path: ctx.fieldPath(f.vendorField),
        message: f.message,
        vendorCode: f.vendorCode ?? null,
      }));
      return vendorValidationError(ctx.vendorName, fields, vendorMessage || `HTTP ${res.status}`);
    }
    case 'AuthenticationError':
      // One fixed message per vendor: a vendor's 401/403 text can describe keys, scopes and
      // accounts to whoever calls casegraph. It stays with the error for the operator's log.
      return new CaseError(
        'AuthenticationError',
        `${ctx.vendorName} rejected casegraph's credentials (HTTP ${res.status}); an operator must check casegraph's ${ctx.vendorName} configuration.`,
        vendorMessage ? { cause: new Error(vendorMessage) } : {},
      );
    case 'NotFoundError':
      // One wording for every vendor: clients match on the type, people read the message.
      return ctx.caseId === undefined
        ? new CaseError(
            'NotFoundError',
            sentence(vendorMessage || `${ctx.vendorName} found nothing at that address (HTTP ${res.status})`),
            { id: '' },
          )
        : notFoundError(ctx.caseId, ctx.vendorName);
    case 'ConflictError':
      return new CaseError(
        'ConflictError',
        sentence(`${ctx.vendorName} reported a conflict${vendorMessage ? `: ${vendorMessage}` : ''}`),
      );
    case 'RateLimitedError':
      return new CaseError('RateLimitedError', sentence(`${ctx.vendorName} is rate limiting requests`), {
        retryAfterSeconds: retryAfterSeconds(res.headers['retry-after']),
      });
    case 'ProviderUnavailableError':
      // 5xx bodies can carry stack traces and internal hosts: the status is all a client needs.
      return new CaseError('ProviderUnavailableError', `${ctx.vendorName} failed with HTTP ${res.status}.`, {
        retriable: res.status >= 500,
      });
    case 'OutcomeUnknownError':
      return new CaseError(
        'OutcomeUnknownError',
        `${ctx.vendorName} failed with HTTP ${res.status} after receiving the write: it may or may not have been applied.`,
        { retriable: false },
      );
  }
}

/**
 * A vendor's summary ("Bad Request", "Invalid fields") tells a person nothing they can fix: when
 * the vendor named field problems, the first one is the message, and the count of the others.
 * Providers that narrow a field path after the fact rebuild the error here, so the message follows.
 */
export function vendorValidationError(vendorName: string, fields: FieldErrorModel[], summary: string): CaseError {
  const safe = fields.map((f) => ({ ...f, message: redactVendorText(f.message) }));
  return new CaseError('ValidationError', validationMessage(vendorName, safe, redactVendorText(summary)), {
    fields: safe,
  });
}

function validationMessage(vendorName: string, fields: readonly FieldErrorModel[], summary: string): string {
  const [first, ...others] = fields;
  if (!first) return sentence(`${vendorName} rejected the request: ${summary}`);
  const what = first.path.length > 0 ? first.path.join('.') : 'the request';
  const more = others.length === 0 ? '' : ` (and ${others.length} more problem${others.length === 1 ? '' : 's'})`;
  return `${vendorName} rejected ${what}: ${first.message.trim().replace(/[.!?]+$/, '')}${more}.`;
}

/** A 2xx response whose body is not what the vendor documents: the vendor, not the client, is at fault. */
export function unexpectedResponse(vendorName: string, what: string): CaseError {
  return new CaseError('ProviderUnavailableError', `${vendorName} sent an unexpected response: ${what}.`, {
    retriable: false,
  });
}
