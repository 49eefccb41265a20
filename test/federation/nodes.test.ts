// Global ids end to end: every id the schema serves can be handed back, and ids that are not
// casegraph's are refused before any vendor call.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { caseGlobalId, toGlobalId } from '../../src/domain/globalId.js';
import { startThalamusSimulator } from '../../src/providers/thalamus/simulator/index.js';
import type { RunningThalamusSimulator } from '../../src/providers/thalamus/simulator/index.js';
import { startTalkdeskSimulator } from '../../src/providers/talkdesk/simulator/index.js';
import type { TalkdeskSimulator } from '../../src/providers/talkdesk/simulator/index.js';
import { startTestApp } from '../helpers/app.js';
import type { TestApp } from '../helpers/app.js';
import { post } from './post.js';

let thalamus: RunningThalamusSimulator;
let talkdesk: TalkdeskSimulator;
let app: TestApp;
let gql: (query: string, variables?: Record<string, unknown>) => ReturnType<typeof post>;

beforeAll(async () => {
  [thalamus, talkdesk] = await Promise.all([startThalamusSimulator(), startTalkdeskSimulator()]);
  app = await startTestApp({
    simulators: { THALAMUS: thalamus, TALKDESK: talkdesk },
    env: { CASEGRAPH_PROVIDERS: 'THALAMUS,TALKDESK' },
  });
  gql = (query, variables) => post(app.app.graphqlUrl, query, variables);
});
afterAll(async () => {
  await app.close();
  await Promise.all([thalamus.close(), talkdesk.close()]);
});
beforeEach(() => {
  thalamus.server.requests.length = 0;
  talkdesk.server.requests.length = 0;
});

const vendorCalls = () => thalamus.server.requests.length + talkdesk.server.requests.length;

const NODE = `query Node($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Case { vendorId provider }
    # A child's vendorId is nullable where a case's is not: GraphQL wants aliases to select both.
    ... on Comment { commentVendorId: vendorId body }
    ... on Note { noteVendorId: vendorId body }
  }
}`;

describe('Query.node', () => {
  it('refetches a case and each of its comments and notes by the ids the case served', async () => {
    const created = await gql(
      `mutation { createCase(input: {
          provider: TALKDESK, title: "Router resets", description: "Every night.",
          requester: { name: "Ada", email: "ada@example.com" },
          notes: [{ body: "Called back." }] }) {
        ... on CreateCaseSuccess { case { id vendorId notes { id body } assignee { id } requester { id vendorId } } }
      } }`,
    );
    const c = (created.body.data?.createCase as { case: { id: string; vendorId: string; notes: { id: string }[] } })
      .case;
    const node = await gql(NODE, { id: c.id });
    expect(node.body.data?.node).toEqual({ __typename: 'Case', id: c.id, vendorId: c.vendorId, provider: 'TALKDESK' });

    const note = await gql(NODE, { id: c.notes[0]!.id });
    expect(note.body.data?.node).toMatchObject({ __typename: 'Note', id: c.notes[0]!.id, body: 'Called back.' });

    const thalamusCase = await gql(
      `{ caseByVendorId(provider: THALAMUS, vendorId: "1") { ... on Case { id comments { id vendorId body } } } }`,
    );
    const comments = (thalamusCase.body.data?.caseByVendorId as { comments: { id: string; body: string }[] }).comments;
    expect(comments.length).toBeGreaterThan(0);
    const comment = await gql(NODE, { id: comments[0]!.id });
    expect(comment.body.data?.node).toMatchObject({ __typename: 'Comment', body: comments[0]!.body });
  });

  it('answers null with NOT_FOUND for an id that is not casegraph’s, and for an author id', async () => {
    const authorId = toGlobalId('Author', 'TALKDESK', ['requester', '650000000000000000000002']);
    const { body } = await gql(`query { a: node(id: "abc") { id } b: node(id: "${authorId}") { id } }`);
    expect(body.data).toEqual({ a: null, b: null });
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    expect(vendorCalls()).toBe(0);
  });

  it('nodes reads each case once however many of its ids are asked, in order', async () => {
    const ids = [caseGlobalId('THALAMUS', '1'), caseGlobalId('THALAMUS', '2'), caseGlobalId('THALAMUS', '1')];
    const { body } = await gql(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(body.data?.nodes).toEqual(ids.map((id) => ({ id })));
    expect(thalamus.server.received('GET', /^\/api\/v4\/cases\/\d+$/)).toHaveLength(2);
  });

  it('nodes refuses more than 50 ids before any vendor call', async () => {
    const ids = Array.from({ length: 51 }, (_, i) => caseGlobalId('THALAMUS', String(i + 1)));
    const { body } = await gql(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(body.errors?.[0]?.message).toMatch(/at most 50/);
    expect(vendorCalls()).toBe(0);
  });
});

describe('ids given to case and updateCase', () => {
  it('a malformed id is a ValidationError on `id` with no provider, before any vendor call', async () => {
    const { body } = await gql(
      `{ case(id: "1") { __typename ... on ValidationError { provider fields { path message } } } }`,
    );
    expect(body.data?.case).toMatchObject({
      __typename: 'ValidationError',
      provider: null,
      fields: [{ path: ['id'] }],
    });
    const update = await gql(
      `mutation { updateCase(input: { id: "Q2FzZTpaRU5ERVNLOjE", title: "x" }) { __typename ... on ValidationError { fields { path } } } }`,
    );
    expect(update.body.data?.updateCase).toEqual({ __typename: 'ValidationError', fields: [{ path: ['id'] }] });
    expect(vendorCalls()).toBe(0);
  });

  it('the id of a comment is not a case id', async () => {
    const commentId = toGlobalId('Comment', 'THALAMUS', ['1', 'id', '1']);
    const { body } = await gql(`{ case(id: "${commentId}") { __typename ... on Error { message provider } } }`);
    expect(body.data?.case).toEqual({
      __typename: 'ValidationError',
      message: expect.stringMatching(/id of a Comment, not of a case/),
      provider: 'THALAMUS',
    });
    expect(vendorCalls()).toBe(0);
  });

  it('updateCase by global id changes that vendor’s case and answers the same global id', async () => {
    const id = caseGlobalId('THALAMUS', '2');
    const { body } = await gql(
      `mutation ($id: ID!) { updateCase(input: { id: $id, comments: [{ body: "Checked the line." }] }) {
        __typename ... on UpdateCaseSuccess { case { id vendorId provider comments { body } } } } }`,
      { id },
    );
    expect(body.data?.updateCase).toMatchObject({
      __typename: 'UpdateCaseSuccess',
      case: { id, vendorId: '2', provider: 'THALAMUS' },
    });
    expect(thalamus.server.received('PUT', '/api/v4/cases/2')).toHaveLength(1);
    expect(talkdesk.server.requests).toHaveLength(0);
  });

  it('a NotFoundError names the global id of the case looked up', async () => {
    const { body } = await gql(
      `{ caseByVendorId(provider: THALAMUS, vendorId: "999") { __typename ... on NotFoundError { id provider } } }`,
    );
    expect(body.data?.caseByVendorId).toEqual({
      __typename: 'NotFoundError',
      id: caseGlobalId('THALAMUS', '999'),
      provider: 'THALAMUS',
    });
  });
});
