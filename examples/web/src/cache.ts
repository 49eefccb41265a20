// The normalized cache: every object with an `id` is stored once under its global id, so a case
// read in the inbox, on its page and in a mutation's answer is one record, whichever vendor it is
// from. What the cache cannot know from ids alone is said here.
import { InMemoryCache } from '@apollo/client';
import type { FieldPolicy, Reference, StoreObject, TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import type { RelayFieldPolicy } from '@apollo/client/utilities';
import introspection from './generated/possibleTypes';

type RelayPolicy = RelayFieldPolicy<Reference>;
/** One stored connection, as Apollo's Relay-style policy keeps it: its edges so far and its page info. */
type StoredConnection = NonNullable<Parameters<NonNullable<RelayPolicy['read']>>[0]>;
/** What a union-typed connection field holds: the connection, or the error answered instead of one. */
type StoredResult = StoredConnection | StoreObject | null;

function isConnection(value: StoredResult | undefined): value is StoredConnection {
  return value !== null && value !== undefined && 'edges' in value && Array.isArray(value.edges);
}

/**
 * Apollo's `relayStylePagination` for a field whose type is a union of a connection and errors, as
 * `Query.cases` is (`CaseConnection | ValidationError | …`). Pages are appended by cursor, one list
 * per `keyArgs` (a filter and an order each have their own). An error answered for the first page
 * is kept as the field's value, so the page can show it; one answered for a later page leaves the
 * pages already shown, and `fetchMore` hands the error to whoever asked for that page.
 */
export function relayStylePaginationOfUnion(keyArgs: string[]): FieldPolicy<StoredResult> {
  const relay = relayStylePagination<Reference>(keyArgs);
  return {
    keyArgs,
    read(existing, options) {
      if (!isConnection(existing) || typeof relay.read !== 'function') return existing;
      return relay.read(existing, options);
    },
    merge(existing, incoming, options) {
      if (!isConnection(incoming)) {
        const laterPage = typeof options.args?.after === 'string';
        return laterPage && isConnection(existing) ? existing : incoming;
      }
      if (typeof relay.merge !== 'function') return incoming;
      return relay.merge(isConnection(existing) ? existing : undefined, incoming, options);
    },
  };
}

export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      // The inbox's list: one cached list per filter and order, pages appended by "Load more".
      cases: relayStylePaginationOfUnion(['filter', 'orderBy']),
    },
  },
  Case: {
    fields: {
      // A mutation's answer carries the case's first page of each; it replaces the page shown.
      commentsConnection: relayStylePagination(),
      notesConnection: relayStylePagination(),
      interactionsConnection: relayStylePagination(),
    },
  },
  // A federation entity keyed by `provider` (`@key(fields: "provider")`), without an `id`.
  ProviderInfo: { keyFields: ['provider'] },
};

export function createCasegraphCache(): InMemoryCache {
  // Without possibleTypes the cache cannot tell that a ValidationError matches `... on Error`,
  // and drops the fields selected through ErrorFields.
  return new InMemoryCache({ possibleTypes: introspection.possibleTypes, typePolicies });
}
