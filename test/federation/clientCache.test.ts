// A frontend team's first try, as the issue describes it: Apollo Client with the default
// InMemoryCache and no type policies, reading cases of two providers that share a vendor id.
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.js';
import type { TestApp } from '../helpers/app.js';

const CASE_BY_VENDOR_ID = gql`
  query CaseByVendorId($provider: CaseProvider!, $vendorId: ID!) {
    caseByVendorId(provider: $provider, vendorId: $vendorId) {
      __typename
      ... on Case {
        id
        vendorId
        provider
        title
        comments {
          id
          body
        }
      }
    }
  }
`;

interface CaseByVendorIdData {
  caseByVendorId: { __typename: string; id: string; vendorId: string; provider: string; title: string | null };
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ env: { CASEGRAPH_PROVIDERS: 'TALKDESK,THALAMUS' } });
});
afterAll(async () => {
  await app.close();
});

describe('Apollo Client InMemoryCache, default settings', () => {
  it('keeps Talkdesk case 1 and Thalamus case 1 apart', async () => {
    const cache = new InMemoryCache();
    const client = new ApolloClient({ link: new HttpLink({ uri: app.app.graphqlUrl }), cache });
    const read = (provider: string) =>
      client.query<CaseByVendorIdData>({ query: CASE_BY_VENDOR_ID, variables: { provider, vendorId: '1' } });

    const talkdesk = (await read('TALKDESK')).data?.caseByVendorId;
    const thalamus = (await read('THALAMUS')).data?.caseByVendorId;
    expect(talkdesk?.vendorId).toBe('1');
    expect(thalamus?.vendorId).toBe('1');
    expect(talkdesk?.title).not.toBe(thalamus?.title);

    // Two normalized entries, and the Talkdesk query still answers with the Talkdesk case.
    const stored = Object.keys(cache.extract()).filter((key) => key.startsWith('Case:'));
    expect(stored).toHaveLength(2);
    const fromCache = cache.readQuery<CaseByVendorIdData>({
      query: CASE_BY_VENDOR_ID,
      variables: { provider: 'TALKDESK', vendorId: '1' },
    });
    expect(fromCache?.caseByVendorId).toEqual(talkdesk);
    expect(fromCache?.caseByVendorId.provider).toBe('TALKDESK');
  });
});
