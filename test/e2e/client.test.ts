// The typed client operations as a frontend sends them: through Apollo Client 4, with the
// generated possibleTypes, against a casegraph with all four simulated vendors.
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCasegraphClient } from '../../examples/client/apolloClient.js';
import { CreateCaseDocument, GetCaseDocument, UpdateCaseDocument } from '../../examples/client/generated/graphql.js';
import { caseGlobalId } from '../../src/domain/globalId.js';
import { startTestApp } from '../helpers/app.js';
import type { TestApp } from '../helpers/app.js';
import { member } from '../helpers/results.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('typed operations through Apollo Client 4', () => {
  it('creates, updates and reads a case with typed variables and answers, normalized by global id', async () => {
    const client = createCasegraphClient(app.app.graphqlUrl);
    const created = await client.mutate({
      mutation: CreateCaseDocument,
      variables: { input: { provider: 'TALKDESK', title: 'Router keeps rebooting', description: 'Since Monday.' } },
    });
    const kase = member(created.data?.createCase, 'CreateCaseSuccess').case;
    expect(kase).toMatchObject({ id: caseGlobalId('TALKDESK', kase.vendorId), title: 'Router keeps rebooting' });

    const updated = await client.mutate({
      mutation: UpdateCaseDocument,
      variables: { input: { id: kase.id, notes: [{ body: 'Asked for the model number.' }] } },
    });
    expect(member(updated.data?.updateCase, 'UpdateCaseSuccess').case.notes.map((n) => n.body)).toEqual([
      'Asked for the model number.',
    ]);

    const read = await client.query({ query: GetCaseDocument, variables: { id: kase.id } });
    const fromCache = member(read.data?.case, 'Case');
    expect(fromCache.notes.map((n) => n.body)).toEqual(['Asked for the model number.']);
    expect(client.cache.identify(fromCache)).toBe(`Case:${kase.id}`);
  });

  it('reads error members through `... on Error` with the generated possibleTypes, and not without them', async () => {
    const unknown = caseGlobalId('THALAMUS', '999999');
    const notFound = {
      __typename: 'NotFoundError',
      id: unknown,
      message: 'Thalamus has no case with id "999999".',
      code: 'NOT_FOUND',
      retriable: false,
    };
    const typed = createCasegraphClient(app.app.graphqlUrl);
    const read = await typed.query({ query: GetCaseDocument, variables: { id: unknown } });
    expect(read.data?.case).toEqual(notFound);

    // The cache alone cannot know that NotFoundError implements Error: the fragment's fields are
    // dropped, and Apollo Client says why.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const cache = new InMemoryCache();
      const untyped = new ApolloClient({ link: new HttpLink({ uri: app.app.graphqlUrl }), cache });
      const lost = await untyped.query({ query: GetCaseDocument, variables: { id: unknown } });
      expect(lost.data?.case).toEqual({ __typename: 'NotFoundError', id: unknown });
      expect(warn).toHaveBeenCalledWith(
        expect.stringContaining('missing `possibleTypes` entry'),
        'fragment `ErrorFields`',
        'Error',
        'NotFoundError',
        'NotFoundError',
      );
    } finally {
      warn.mockRestore();
    }
  });
});
