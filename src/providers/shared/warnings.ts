import { isCaseError } from '../../domain/errors.js';
import type { OperationWarningModel } from '../../domain/model.js';

/**
 * A part of a write that failed after the case itself was saved (a note, a comment, a status
 * change): reported as a warning on the success, never hidden and never failing the whole call.
 */
export function partFailedWarning(err: unknown, path: string[], context: string): OperationWarningModel {
  // A part whose answer was lost may have happened after all: the warning must not claim it did not.
  if (isCaseError(err) && err.type === 'OutcomeUnknownError') {
    return { path, code: err.code, message: `${context}, as far as casegraph can tell: ${err.message}` };
  }
  if (isCaseError(err)) return { path, code: err.code, message: `${context}: ${err.message}` };
  return { path, code: 'PROVIDER_UNAVAILABLE', message: `${context}: the request failed inside casegraph.` };
}
