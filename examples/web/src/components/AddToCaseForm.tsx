// Adds a comment (or a note, where the provider keeps notes instead) with an idempotency key, so a
// retry after a lost answer can never post it twice.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { ErrorLike } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { AddToCaseDocument } from '../generated/graphql';
import type { UpdateCaseInput } from '../generated/graphql';
import { errorIdFor, fieldMessages } from '../fieldErrors';
import { ErrorNotice } from './ErrorNotice';
import type { CasegraphError } from './ErrorNotice';
import { RequestFailed } from './RequestFailed';

type Outcome =
  | { kind: 'added'; warnings: ReadonlyArray<{ message: string }> }
  | { kind: 'refused'; error: CasegraphError }
  | { kind: 'unreachable'; error: ErrorLike };

interface AddToCaseFormProps {
  caseId: string;
  kind: 'comment' | 'note';
}

export function AddToCaseForm({ caseId, kind }: AddToCaseFormProps) {
  const inputId = useId();
  const [body, setBody] = useState('');
  // One key per thing the person means to add: kept by every retry of it, replaced when the text
  // changes (the same key with another input is refused) or once it is added.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [outcome, setOutcome] = useState<Outcome>();
  const [addToCase, { loading }] = useMutation(AddToCaseDocument);

  const send = async () => {
    const item = [{ body }];
    const input: UpdateCaseInput =
      kind === 'comment' ? { id: caseId, idempotencyKey, comments: item } : { id: caseId, idempotencyKey, notes: item };
    try {
      const { data } = await addToCase({ variables: { input } });
      const result = data?.updateCase;
      if (!result) return;
      if (result.__typename === 'UpdateCaseSuccess') {
        // The answer's case replaces the cached one (same global id): the new comment shows without a refetch.
        setOutcome({ kind: 'added', warnings: result.warnings });
        setBody('');
        setIdempotencyKey(crypto.randomUUID());
      } else {
        setOutcome({ kind: 'refused', error: result });
      }
    } catch (failure: unknown) {
      setOutcome({ kind: 'unreachable', error: failure instanceof Error ? failure : new Error(String(failure)) });
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };

  const listName = kind === 'comment' ? 'comments' : 'notes';
  // `["comments", "0", "body"]` is this form's one input; anything else is shown above it.
  const placeInForm = (path: readonly string[]) => (path[0] === listName && path[2] === 'body' ? ['body'] : [...path]);
  const fieldErrors =
    outcome?.kind === 'refused' && outcome.error.__typename === 'ValidationError'
      ? fieldMessages((outcome.error.fields ?? []).map(({ path, message }) => ({ path: placeInForm(path), message })))
      : new Map<string, string>();
  const bodyError = fieldErrors.get('body');
  const label = kind === 'comment' ? 'Comment' : 'Note';

  return (
    <section aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>Add a {kind}</h2>
      <form onSubmit={onSubmit} noValidate>
        {outcome?.kind === 'refused' && (
          <ErrorNotice
            error={outcome.error}
            doing={`add your ${kind}`}
            placedPaths={new Set(bodyError ? ['body'] : [])}
            onRetry={() => void send()}
          />
        )}
        {outcome?.kind === 'unreachable' && (
          <RequestFailed error={outcome.error} doing={`add your ${kind}`} onRetry={() => void send()} />
        )}
        {outcome?.kind === 'added' && (
          <p role="status" className="notice">
            {label} added.{outcome.warnings.map((w) => ` ${w.message}`).join('')}
          </p>
        )}
        <div className="field">
          <label htmlFor={inputId}>{label}</label>
          <textarea
            id={inputId}
            value={body}
            rows={3}
            aria-invalid={bodyError ? true : undefined}
            aria-describedby={bodyError ? errorIdFor(inputId) : undefined}
            onChange={(e) => {
              setBody(e.target.value);
              setIdempotencyKey(crypto.randomUUID());
            }}
          />
          {bodyError && (
            <p id={errorIdFor(inputId)} className="field-error">
              {bodyError}
            </p>
          )}
        </div>
        <button type="submit" disabled={loading}>
          {loading ? 'Adding…' : `Add ${kind}`}
        </button>
      </form>
    </section>
  );
}
