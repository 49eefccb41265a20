// What is not an answer about a case: casegraph could not be reached (down, or the browser refused
// the response because CORS does not grant this origin), or it refused the request itself.
import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import type { ErrorLike } from '@apollo/client';
import type { ReactNode } from 'react';

interface RequestFailedProps {
  error: ErrorLike;
  doing: string;
  onRetry?: () => void;
}

function explain(error: ErrorLike): ReactNode {
  if (CombinedGraphQLErrors.is(error)) {
    return (
      <>
        <p>casegraph refused the request:</p>
        <ul>
          {error.errors.map((e, i) => {
            const code = e.extensions?.code;
            return (
              <li key={i}>
                {e.message} {typeof code === 'string' && <code>{code}</code>}
              </li>
            );
          })}
        </ul>
      </>
    );
  }
  if (ServerError.is(error)) return <p>casegraph answered HTTP {error.statusCode}.</p>;
  return (
    <p>
      casegraph could not be reached ({error.message}). Check that it is running, and that its{' '}
      <code>CASEGRAPH_CORS_ORIGINS</code> includes <code>{window.location.origin}</code>.
    </p>
  );
}

export function RequestFailed({ error, doing, onRetry }: RequestFailedProps) {
  return (
    <div className="notice notice-error" role="alert">
      <h2 className="notice-title">Could not {doing}</h2>
      {explain(error)}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
