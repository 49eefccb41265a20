// The inbox: cases from every provider in one list, newest change first, a page at a time.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { NetworkStatus } from '@apollo/client';
import type { ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { ErrorNotice } from '../components/ErrorNotice';
import type { CasegraphError } from '../components/ErrorNotice';
import { RequestFailed } from '../components/RequestFailed';
import { InboxDocument } from '../generated/graphql';
import type { CaseFilter, CaseOrder, CaseProvider, CaseStatus, InboxQuery } from '../generated/graphql';
import { PROVIDER_LABELS, STATUS_LABELS, formatTime, isKeyOf, optionsOf } from '../labels';
import { hrefs } from '../routes';

const PAGE_SIZE = 20;
const NEWEST_FIRST: CaseOrder = { field: 'UPDATED_AT', direction: 'DESC' };

interface Filters {
  provider: CaseProvider | '';
  status: CaseStatus | '';
  requesterEmail: string;
}

function toCaseFilter({ provider, status, requesterEmail }: Filters): CaseFilter | undefined {
  const filter: CaseFilter = {
    ...(provider && { providers: [provider] }),
    ...(status && { status: [status] }),
    ...(requesterEmail.trim() && { requesterEmail: requesterEmail.trim() }),
  };
  return Object.keys(filter).length > 0 ? filter : undefined;
}

type Connection = Extract<InboxQuery['cases'], { __typename: 'CaseConnection' }>;
type LoadMoreFailure = { kind: 'answer'; error: CasegraphError } | { kind: 'request'; error: ErrorLike };

export function InboxPage() {
  const [filters, setFilters] = useState<Filters>({ provider: '', status: '', requesterEmail: '' });
  const [emailDraft, setEmailDraft] = useState('');
  const [loadMoreFailure, setLoadMoreFailure] = useState<LoadMoreFailure>();
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(InboxDocument, {
    variables: { filter: toCaseFilter(filters), orderBy: NEWEST_FIRST, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });

  const applyFilters = (next: Partial<Filters>) => {
    setLoadMoreFailure(undefined);
    setFilters((current) => ({ ...current, ...next }));
  };

  // The type policy on Query.cases appends the next page to the cached list; no updateQuery.
  const loadMore = async (after: string) => {
    setLoadMoreFailure(undefined);
    try {
      const { data: page } = await fetchMore({ variables: { after } });
      if (page && page.cases.__typename !== 'CaseConnection') setLoadMoreFailure({ kind: 'answer', error: page.cases });
    } catch (failure: unknown) {
      setLoadMoreFailure({ kind: 'request', error: failure instanceof Error ? failure : new Error(String(failure)) });
    }
  };

  const onEmailSubmit = (event: FormEvent) => {
    event.preventDefault();
    applyFilters({ requesterEmail: emailDraft });
  };

  const cases = data?.cases;
  return (
    <>
      <h1>Inbox</h1>
      <form className="filters" aria-label="Filter cases" onSubmit={onEmailSubmit}>
        <label>
          Provider
          <select
            value={filters.provider}
            onChange={(e) => applyFilters({ provider: isKeyOf(PROVIDER_LABELS, e.target.value) ? e.target.value : '' })}
          >
            <option value="">All providers</option>
            {optionsOf(PROVIDER_LABELS).map(({ value, label }) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select
            value={filters.status}
            onChange={(e) => applyFilters({ status: isKeyOf(STATUS_LABELS, e.target.value) ? e.target.value : '' })}
          >
            <option value="">Any status</option>
            {optionsOf(STATUS_LABELS).map(({ value, label }) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Requester email
          <input type="email" value={emailDraft} onChange={(e) => setEmailDraft(e.target.value)} />
        </label>
        <button type="submit">Apply</button>
      </form>

      {error && <RequestFailed error={error} doing="load the inbox" onRetry={() => void refetch()} />}
      {!cases && !error && <p role="status">Loading cases…</p>}
      {cases &&
        (cases.__typename === 'CaseConnection' ? (
          <CaseTable
            connection={cases}
            loadingMore={networkStatus === NetworkStatus.fetchMore}
            onLoadMore={(after) => void loadMore(after)}
          />
        ) : (
          <ErrorNotice error={cases} doing="load the inbox" onRetry={() => void refetch()} />
        ))}
      {loadMoreFailure?.kind === 'answer' && (
        <ErrorNotice
          error={loadMoreFailure.error}
          doing="load more cases"
          onRetry={() => {
            if (cases?.__typename === 'CaseConnection' && cases.pageInfo.endCursor)
              void loadMore(cases.pageInfo.endCursor);
          }}
        />
      )}
      {loadMoreFailure?.kind === 'request' && <RequestFailed error={loadMoreFailure.error} doing="load more cases" />}
    </>
  );
}

interface CaseTableProps {
  connection: Connection;
  loadingMore: boolean;
  onLoadMore: (after: string) => void;
}

function CaseTable({ connection, loadingMore, onLoadMore }: CaseTableProps) {
  const { edges, pageInfo, totalCount, warnings } = connection;
  const { endCursor } = pageInfo;
  return (
    <section aria-labelledby="cases-heading">
      <h2 id="cases-heading" className="visually-hidden">
        Cases
      </h2>
      {warnings.length > 0 && (
        <details className="notice">
          <summary>
            {warnings.length} note{warnings.length === 1 ? '' : 's'} about this list
          </summary>
          <ul>
            {warnings.map((w) => (
              <li key={`${w.path.join('.')}:${w.message}`}>{w.message}</li>
            ))}
          </ul>
        </details>
      )}
      <table className="cases">
        <caption>
          {edges.length === 0
            ? 'No cases match.'
            : `${edges.length}${totalCount === null ? '' : ` of ${totalCount}`} cases, most recently updated first`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Provider</th>
            <th scope="col">Title</th>
            <th scope="col">Status</th>
            <th scope="col">Last update</th>
          </tr>
        </thead>
        <tbody>
          {edges.map(({ node }) => (
            <tr key={node.id}>
              <td>{PROVIDER_LABELS[node.provider]}</td>
              <td>
                <a href={hrefs.case(node.id)}>{node.title ?? `Case ${node.number ?? ''}`}</a>
              </td>
              <td>{node.status ? STATUS_LABELS[node.status] : '—'}</td>
              <td>
                <time dateTime={node.updatedAt ?? undefined}>{formatTime(node.updatedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pageInfo.hasNextPage && endCursor && (
        <button type="button" className="load-more" disabled={loadingMore} onClick={() => onLoadMore(endCursor)}>
          {loadingMore ? 'Loading…' : 'Load more'}
        </button>
      )}
    </section>
  );
}
