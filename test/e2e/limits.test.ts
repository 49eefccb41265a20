// Bounded work per request, over HTTP against the Sprinklr simulator (where each comment is its own
// vendor call): too many list items, too many aliased writes, strings and numbers that cannot be
// sent as given. Each is refused whole, before any vendor call.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CreateCaseDocument } from '../../examples/client/generated/graphql.js';
import type { CreateCaseInput } from '../../examples/client/generated/graphql.js';
import { caseGlobalId } from '../../src/domain/globalId.js';
import { SIM_DOC_MESSAGE_ID, startSprinklrSimulator } from '../../src/providers/sprinklr/simulator/index.js';
import type { RunningSimulator } from '../../src/providers/types.js';
import { startTestApp } from '../helpers/app.js';
import type { TestApp } from '../helpers/app.js';
import { dataOf, member } from '../helpers/results.js';

let sprinklr: RunningSimulator<unknown>;
let app: TestApp;
let before = 0;

const comments = (n: number) => Array.from({ length: n }, (_, i) => ({ body: `Comment ${i + 1}` }));
const CASE: CreateCaseInput = {
  provider: 'SPRINKLR',
  title: 'Printer on fire',
  sprinklr: { firstMessageId: SIM_DOC_MESSAGE_ID },
};
const vendorCalls = () => sprinklr.server.requests.length - before;

beforeAll(async () => {
  sprinklr = await startSprinklrSimulator();
  app = await startTestApp({ simulators: { SPRINKLR: sprinklr }, env: { CASEGRAPH_PROVIDERS: 'SPRINKLR' } });
});
beforeEach(() => {
  before = sprinklr.server.requests.length;
});
afterAll(async () => {
  await app?.close();
  await sprinklr?.close();
});

describe('bounded work per request', () => {
  it('takes a list at its documented maximum, and refuses one item more before any vendor call', async () => {
    const taken = member(
      dataOf(await app.gql(CreateCaseDocument, { input: { ...CASE, comments: comments(20) } })).createCase,
      'CreateCaseSuccess',
    );
    expect(taken.case.comments).toHaveLength(20);
    expect(taken.warnings).toEqual([]);
    before = sprinklr.server.requests.length;
    const refused = member(
      dataOf(await app.gql(CreateCaseDocument, { input: { ...CASE, comments: comments(21) } })).createCase,
      'ValidationError',
    );
    expect(refused.fields).toEqual([
      { path: ['comments'], message: 'At most 20 items per request; 21 were given.', vendorCode: null },
    ]);
    expect(vendorCalls()).toBe(0);
  });

  it('refuses aliased writes that together could exceed the vendor-call budget, as HTTP 400, before any call', async () => {
    const aliases = Array.from({ length: 10 }, (_, i) => `c${i}: createCase(input: $input) { __typename }`).join('\n');
    const res = await app.gql(`mutation Many($input: CreateCaseInput!) { ${aliases} }`, {
      input: { ...CASE, comments: comments(10) },
    });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toEqual([
      {
        message:
          'This operation could need up to 130 vendor calls; casegraph allows 100 per request. Split it into smaller requests (fewer aliased fields or list items per request).',
        extensions: { code: 'VENDOR_CALL_LIMIT_EXCEEDED' },
      },
    ]);
    // Root fields reached through fragments count too.
    const viaFragments = await app.gql(
      `mutation Many($input: CreateCaseInput!) { ...A ... on Mutation { ...B } }
       fragment A on Mutation { a1: createCase(input: $input) { __typename } a2: createCase(input: $input) { __typename } a3: createCase(input: $input) { __typename } a4: createCase(input: $input) { __typename } a5: createCase(input: $input) { __typename } }
       fragment B on Mutation { b1: createCase(input: $input) { __typename } b2: createCase(input: $input) { __typename } b3: createCase(input: $input) { __typename } b4: createCase(input: $input) { __typename } b5: createCase(input: $input) { __typename } }`,
      { input: { ...CASE, comments: comments(10) } },
    );
    expect(viaFragments.status).toBe(400);
    const ids = Array.from({ length: 50 }, (_, i) => caseGlobalId('SPRINKLR', String(i + 1)));
    const reads = await app.gql('query Reads($ids: [ID!]!) { a: nodes(ids: $ids) { id } b: nodes(ids: $ids) { id } }', {
      ids,
    });
    expect(reads.status).toBe(400);
    expect(vendorCalls()).toBe(0);
  });

  it('refuses control characters and numbers JSON cannot carry exactly, before any vendor call', async () => {
    const control = member(
      dataOf(await app.gql(CreateCaseDocument, { input: { ...CASE, title: 'Printer\u0000on fire' } })).createCase,
      'ValidationError',
    );
    expect(control.fields[0]).toMatchObject({ path: ['title'] });
    const rounded = member(
      dataOf(
        await app.gql(CreateCaseDocument, {
          input: { ...CASE, customFields: [{ key: 'spr_cf_ticket_ref', value: 2 ** 64 }] },
        }),
      ).createCase,
      'ValidationError',
    );
    expect(rounded.fields[0]).toMatchObject({
      path: ['customFields', '0', 'value'],
      message: 'The number cannot be represented exactly; send it as a string if it is an identifier.',
    });
    const long = member(
      dataOf(await app.gql(CreateCaseDocument, { input: { ...CASE, description: 'x'.repeat(10_001) } })).createCase,
      'ValidationError',
    );
    expect(long.fields[0]).toMatchObject({
      path: ['description'],
      message: 'At most 10000 characters; 10001 were given.',
    });
    expect(vendorCalls()).toBe(0);
  });
});
