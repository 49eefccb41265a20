// Errors as data, shown to a person: one switch over every type that implements `Error`, each
// saying what happened and what to do next. A new error type in the schema fails the typecheck here
// until it is handled.
import type { ReactNode } from 'react';
import type { ErrorFieldsFragment } from '../generated/graphql';

/** Any error member of a result union, as ErrorFields selects it. */
export type CasegraphError = ErrorFieldsFragment;

interface ErrorNoticeProps {
  error: CasegraphError;
  /** What was being done, for the heading: "load the inbox", "add your comment". */
  doing: string;
  /** Sends the same request again; offered only where a retry may succeed and cannot write twice. */
  onRetry?: () => void;
  /** Validation paths already shown beside their inputs, left out of the list here. */
  placedPaths?: ReadonlySet<string>;
}

function waitHint(seconds: number | null | undefined): string {
  return seconds ? ` Try again in ${seconds} second${seconds === 1 ? '' : 's'}.` : ' Try again in a moment.';
}

export function ErrorNotice({ error, doing, onRetry, placedPaths }: ErrorNoticeProps) {
  const retry = (label: string) =>
    onRetry ? (
      <button type="button" onClick={onRetry}>
        {label}
      </button>
    ) : null;
  let advice: ReactNode;
  switch (error.__typename) {
    case 'ValidationError': {
      const unplaced = (error.fields ?? []).filter((f) => !placedPaths?.has(f.path.join('.')));
      advice = (
        <>
          <p>{placedPaths?.size ? 'Correct the fields marked below.' : error.message}</p>
          {unplaced.length > 0 && (
            <ul>
              {unplaced.map((f) => (
                <li key={f.path.join('.')}>
                  {f.path.length > 0 && <code>{f.path.join('.')}</code>} {f.message}
                </li>
              ))}
            </ul>
          )}
        </>
      );
      break;
    }
    case 'OutcomeUnknownError':
      advice = (
        <>
          <p>
            {error.message} It may or may not have been saved. Reload the case and look for it before you try again.
          </p>
          {error.idempotencyKey && (
            <p>
              Trying again sends the same request with the same idempotency key, so it is never saved twice.{' '}
              {retry('Check and try again')}
            </p>
          )}
        </>
      );
      break;
    case 'RateLimitedError':
      advice = (
        <p>
          {error.message}
          {waitHint(error.retryAfterSeconds)} {retry('Try again')}
        </p>
      );
      break;
    case 'ProviderUnavailableError':
      advice = (
        <p>
          {error.message}
          {error.retriable ? waitHint(error.retryAfterSeconds) : ' Check whether it happened before trying again.'}{' '}
          {error.retriable && retry('Try again')}
        </p>
      );
      break;
    case 'ConflictError':
      advice = (
        <p>
          {error.message} The case changed at the same time, or the same request is still running.
          {waitHint(error.retryAfterSeconds)} {retry('Try again')}
        </p>
      );
      break;
    case 'NotFoundError':
      advice = <p>{error.message} It may have been deleted, or the link is wrong.</p>;
      break;
    case 'ForbiddenError':
      advice = <p>{error.message} Ask an administrator for the access you need.</p>;
      break;
    case 'AuthenticationError':
      advice = (
        <p>
          {error.message} casegraph's credentials for this system need fixing by an operator; retrying will not help.
        </p>
      );
      break;
    default: {
      const unhandled: never = error;
      advice = <p>Unexpected answer: {JSON.stringify(unhandled)}</p>;
    }
  }
  return (
    <div className="notice notice-error" role="alert">
      <h2 className="notice-title">Could not {doing}</h2>
      {advice}
    </div>
  );
}
