// One case: its details, people, custom fields and conversation, and a form to add to it.
import { useQuery } from '@apollo/client/react';
import { AddToCaseForm } from '../components/AddToCaseForm';
import { ErrorNotice } from '../components/ErrorNotice';
import { RequestFailed } from '../components/RequestFailed';
import { CasePageDocument, CustomFieldsDocument, ProvidersDocument } from '../generated/graphql';
import type { CaseDetailFragment, FeatureSupport } from '../generated/graphql';
import { PRIORITY_LABELS, PROVIDER_LABELS, STATUS_LABELS, formatTime } from '../labels';
import { hrefs } from '../routes';

export function CasePage({ id }: { id: string }) {
  const { data, error, refetch } = useQuery(CasePageDocument, { variables: { id } });
  const result = data?.case;
  return (
    <>
      <p>
        <a href={hrefs.inbox}>← Inbox</a>
      </p>
      {error && <RequestFailed error={error} doing="load the case" onRetry={() => void refetch()} />}
      {!result && !error && <p role="status">Loading the case…</p>}
      {result &&
        (result.__typename === 'Case' ? (
          <CaseView kase={result} />
        ) : (
          <>
            <h1>Case not shown</h1>
            <ErrorNotice error={result} doing="load the case" onRetry={() => void refetch()} />
          </>
        ))}
    </>
  );
}

/** A custom field's value for a person: a select's option by its label, where the definitions give one. */
function formatValue(value: unknown, optionLabels: ReadonlyMap<string, string>): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map((v) => formatValue(v, optionLabels)).join(', ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' || typeof value === 'number') return optionLabels.get(String(value)) ?? String(value);
  return JSON.stringify(value);
}

/** "Ada Lovelace (ada@example.com)", or undefined when the vendor names no one. */
function person(p: { name: string | null; email?: string | null; handle?: string | null } | null): string | undefined {
  if (!p) return undefined;
  const contact = p.email ?? (p.handle ? `@${p.handle}` : null);
  return [p.name, contact && p.name ? `(${contact})` : contact].filter(Boolean).join(' ') || undefined;
}

/** Whether to show a part of the case: the provider has it, or this case has some anyway. */
function shows(support: FeatureSupport | undefined, count: number): boolean {
  return count > 0 || (support !== undefined && support !== 'UNSUPPORTED');
}

function CaseView({ kase }: { kase: CaseDetailFragment }) {
  const { data: providers } = useQuery(ProvidersDocument);
  const info = providers?.providers.find((p) => p.provider === kase.provider);
  // The same query the new-case form sends: cached per provider, so one request serves every case.
  const { data: definitions } = useQuery(CustomFieldsDocument, {
    variables: { provider: kase.provider },
    skip: kase.customFields.length === 0,
  });
  const definitionsResult = definitions?.customFieldDefinitions;
  const optionLabels = new Map<string, ReadonlyMap<string, string>>(
    definitionsResult?.__typename === 'CustomFieldDefinitions'
      ? definitionsResult.fields.map((f) => [f.key, new Map(f.options.map((o) => [o.value, o.label ?? o.value]))])
      : [],
  );
  const comments = kase.commentsConnection;
  const notes = kase.notesConnection;
  const interactions = kase.interactionsConnection;
  const addable = info?.comments === 'READ_WRITE' ? 'comment' : info?.notes === 'READ_WRITE' ? 'note' : undefined;
  return (
    <article aria-labelledby="case-title">
      <h1 id="case-title">{kase.title ?? `Case ${kase.number ?? kase.vendorId}`}</h1>
      <dl className="facts">
        <dt>Provider</dt>
        <dd>{PROVIDER_LABELS[kase.provider]}</dd>
        <dt>Number</dt>
        <dd>{kase.number ?? kase.vendorId}</dd>
        <dt>Status</dt>
        <dd>
          {kase.status ? STATUS_LABELS[kase.status] : '—'}
          {kase.vendorStatus && (
            <span className="muted">
              {' '}
              ({PROVIDER_LABELS[kase.provider]}: {kase.vendorStatus})
            </span>
          )}
        </dd>
        <dt>Priority</dt>
        <dd>{kase.priority ? PRIORITY_LABELS[kase.priority] : '—'}</dd>
        <dt>Requester</dt>
        <dd>{person(kase.requester) ?? '—'}</dd>
        <dt>Assignee</dt>
        <dd>{kase.assignee ? (kase.assignee.name ?? kase.assignee.vendorId) : 'Unassigned'}</dd>
        <dt>Created</dt>
        <dd>{formatTime(kase.createdAt)}</dd>
        <dt>Last update</dt>
        <dd>{formatTime(kase.updatedAt)}</dd>
      </dl>
      {kase.url && (
        <p>
          <a href={kase.url}>Open in {PROVIDER_LABELS[kase.provider]}</a>
        </p>
      )}
      {kase.description && (
        <section aria-labelledby="description-heading">
          <h2 id="description-heading">Description</h2>
          <p className="body-text">{kase.description}</p>
        </section>
      )}
      {kase.customFields.length > 0 && (
        <section aria-labelledby="fields-heading">
          <h2 id="fields-heading">Custom fields</h2>
          <dl className="facts">
            {kase.customFields.map((field) => (
              <div key={field.key}>
                <dt>{field.label ?? field.key}</dt>
                <dd>{formatValue(field.value, optionLabels.get(field.key) ?? new Map())}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {shows(info?.comments, comments.edges.length) && (
        <section aria-labelledby="comments-heading">
          <h2 id="comments-heading">Comments ({comments.totalCount ?? comments.edges.length})</h2>
          {comments.edges.length === 0 ? (
            <p className="muted">No comments yet.</p>
          ) : (
            <ol className="thread" aria-label="Comments">
              {comments.edges.map(({ node }) => (
                <li key={node.id}>
                  <p className="body-text">{node.body}</p>
                  <p className="muted">
                    {[person(node.author), formatTime(node.createdAt)].filter(Boolean).join(' · ')}
                  </p>
                </li>
              ))}
            </ol>
          )}
          {comments.pageInfo.hasNextPage && <p className="muted">Showing the first {comments.edges.length}.</p>}
        </section>
      )}
      {shows(info?.notes, notes.edges.length) && (
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">Notes ({notes.totalCount ?? notes.edges.length})</h2>
          {notes.edges.length === 0 ? (
            <p className="muted">No notes yet.</p>
          ) : (
            <ol className="thread" aria-label="Notes">
              {notes.edges.map(({ node }) => (
                <li key={node.id}>
                  {node.title && <p className="thread-title">{node.title}</p>}
                  <p className="body-text">{node.body}</p>
                  <p className="muted">{node.public ? 'Visible to the requester' : 'Internal'}</p>
                </li>
              ))}
            </ol>
          )}
          {notes.pageInfo.hasNextPage && <p className="muted">Showing the first {notes.edges.length}.</p>}
        </section>
      )}
      {interactions.edges.length > 0 && (
        <section aria-labelledby="interactions-heading">
          <h2 id="interactions-heading">Interactions ({interactions.totalCount ?? interactions.edges.length})</h2>
          <ol className="thread" aria-label="Interactions">
            {interactions.edges.map(({ node }) => (
              <li key={node.id}>
                <p className="body-text">{node.body ?? '(no text)'}</p>
                <p className="muted">
                  {person(node.author) ?? 'Someone'} on {node.service ?? 'an unknown channel'} ·{' '}
                  {formatTime(node.createdAt)}
                  {node.linkUrl && (
                    <>
                      {' · '}
                      <a href={node.linkUrl}>Original</a>
                    </>
                  )}
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}
      {addable && <AddToCaseForm caseId={kase.id} kind={addable} />}
    </article>
  );
}
