// Apollo Client for casegraph: persisted operations (the manifest codegen writes, which casegraph
// trusts), an optional bearer token, and the cache of ./cache.ts.
import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { Kind } from 'graphql';
import type { DocumentNode } from 'graphql';
import { createCasegraphCache } from './cache';

export interface CasegraphClientOptions {
  /** casegraph's GraphQL endpoint, e.g. `https://cases.example.com/graphql`. */
  uri: string;
  /**
   * The caller's token, e.g. an access token from the company's identity provider. casegraph
   * verifies it against the provider's key set (CASEGRAPH_JWT_*); undefined sends no header, as
   * `npm start` on its simulators needs none.
   */
  getAccessToken?: () => Promise<string | undefined>;
}

/** The id codegen's client preset gave a generated document (`sha256:<hex>`), as in persisted-documents.json. */
export function persistedDocumentId(document: DocumentNode): string {
  const meta: unknown = '__meta__' in document ? document.__meta__ : undefined;
  const hash: unknown = typeof meta === 'object' && meta !== null && 'hash' in meta ? meta.hash : undefined;
  if (typeof hash !== 'string') {
    const name = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)?.name?.value ?? 'an operation';
    throw new Error(`${name} is not a generated document: import it from ./generated/graphql.`);
  }
  return hash;
}

export function createCasegraphClient({ uri, getAccessToken }: CasegraphClientOptions): ApolloClient {
  const auth = new SetContextLink(async (context) => {
    const token = await getAccessToken?.();
    if (!token) return {};
    const headers: unknown = context.headers;
    return { headers: { ...(typeof headers === 'object' ? headers : {}), authorization: `Bearer ${token}` } };
  });
  // Only the document's id goes over the wire: a deployment with CASEGRAPH_DOCUMENTS=trusted-only
  // runs these operations and nothing else.
  const persisted = new PersistedQueryLink({ generateHash: persistedDocumentId });
  return new ApolloClient({
    link: ApolloLink.from([auth, persisted, new HttpLink({ uri })]),
    cache: createCasegraphCache(),
  });
}
