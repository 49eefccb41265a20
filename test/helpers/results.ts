// Narrowing GraphQL answers inside tests: a failed expectation, not a cast, is what turns a result
// union into the member a test goes on to read.
import { expect } from 'vitest';
import type { GraphQLResponse } from './app.js';

/** The answer's `data`, once it is checked to have come without GraphQL errors. */
export function dataOf<TData>(res: GraphQLResponse<TData>): TData {
  expect(res.body.errors).toBeUndefined();
  const { data } = res.body;
  if (data === undefined || data === null) return expect.unreachable(`no data in ${JSON.stringify(res.body)}`);
  return data;
}

type Typename<T> = T extends { __typename: infer N extends string } ? N : never;

function isMember<T extends { __typename: string }, N extends string>(
  value: T | null | undefined,
  typename: N,
): value is Extract<T, { __typename: N }> {
  return value?.__typename === typename;
}

/** The member `typename` of a result union; anything else fails the test, showing what came instead. */
export function member<T extends { __typename: string }, N extends Typename<T>>(
  value: T | null | undefined,
  typename: N,
): Extract<T, { __typename: N }> {
  if (isMember(value, typename)) return value;
  return expect.unreachable(`expected a ${typename}, got ${JSON.stringify(value)}`);
}
