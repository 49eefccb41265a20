// A casegraph client as a frontend would set it up: Apollo Client 4, its normalized cache told
// which types implement `Error` and `Node` and make up each result union. Send the documents in
// ./generated/graphql.ts with it and the answers are typed from the document.
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import introspection from './generated/possibleTypes.js';

/**
 * The cache needs the schema's abstract types to match `... on Error` against a ValidationError or
 * a NotFoundError; without them those fields go missing from answers read back from the cache.
 * No type policies are needed: every `id` casegraph serves is globally unique.
 */
export function createCasegraphCache(): InMemoryCache {
  return new InMemoryCache({ possibleTypes: introspection.possibleTypes });
}

export function createCasegraphClient(uri: string): ApolloClient {
  return new ApolloClient({ link: new HttpLink({ uri }), cache: createCasegraphCache() });
}
