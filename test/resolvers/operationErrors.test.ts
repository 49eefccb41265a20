import { describe, expect, it } from 'vitest';
import { resultTypeOf } from '../../src/resolvers/operationErrors.js';

const errorResult = (typename: string) => ({
  __typename: typename,
  message: 'm',
  code: 'X',
  retriable: false,
  provider: null,
  fields: [],
  id: null,
  retryAfterSeconds: null,
});

describe('resultTypeOf (result unions resolve by the schema, without casts)', () => {
  it('answers the success type for a value that is not an error result', () => {
    expect(resultTypeOf('CaseResult', { id: '1', provider: 'TALKDESK' }, 'Case')).toBe('Case');
    // @apollo/subgraph stamps __typename on entities it returns: still a success.
    expect(resultTypeOf('CaseResult', { __typename: 'Case', id: '1' }, 'Case')).toBe('Case');
  });

  it("answers an error result's own type when the union has it", () => {
    expect(resultTypeOf('UpdateCaseResult', errorResult('ConflictError'), 'UpdateCaseSuccess')).toBe('ConflictError');
    expect(resultTypeOf('CaseResult', errorResult('NotFoundError'), 'Case')).toBe('NotFoundError');
  });

  it('fails loudly for an error type the union does not hold, instead of mislabelling it', () => {
    // CreateCaseResult has no NotFoundError (schema/operations.graphql).
    expect(() => resultTypeOf('CreateCaseResult', errorResult('NotFoundError'), 'CreateCaseSuccess')).toThrow(
      'NotFoundError is not a member of CreateCaseResult',
    );
  });
});
