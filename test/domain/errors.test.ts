import { describe, expect, it } from 'vitest';
import { CaseError, notFoundError, toErrorResult, validationError } from '../../src/domain/errors.js';

describe('toErrorResult', () => {
  it('serves a typed error as the union member it names', () => {
    const result = toErrorResult(validationError([{ path: ['title'], message: 'Acme requires title.' }]), 'TALKDESK', [
      'ValidationError',
    ]);
    expect(result).toEqual({
      __typename: 'ValidationError',
      message: 'Invalid input. title: Acme requires title.',
      code: 'VALIDATION_FAILED',
      retriable: false,
      provider: 'TALKDESK',
      fields: [{ path: ['title'], message: 'Acme requires title.' }],
      id: null,
      retryAfterSeconds: null,
      idempotencyKey: null,
    });
  });

  it('hides an unexpected error behind a generic message', () => {
    const result = toErrorResult(new TypeError('secret at /srv/x.js'), 'KHOROS', ['ProviderUnavailableError']);
    expect(result).toMatchObject({
      __typename: 'ProviderUnavailableError',
      message: 'The request failed inside casegraph. It has been logged.',
      retriable: false,
    });
  });

  it('recasts an error the operation cannot return to the nearest one it can', () => {
    expect(
      toErrorResult(notFoundError('m1', 'Sprinklr', 'No such message.'), 'SPRINKLR', ['ValidationError']).__typename,
    ).toBe('ValidationError');
    expect(toErrorResult(validationError([]), 'THALAMUS', ['NotFoundError'], 'abc')).toMatchObject({
      __typename: 'NotFoundError',
      id: 'abc',
    });
    expect(
      toErrorResult(new CaseError('ConflictError', 'Version conflict.'), 'SPRINKLR', ['ProviderUnavailableError']),
    ).toMatchObject({ __typename: 'ProviderUnavailableError', retriable: true, message: 'Version conflict.' });
  });

  it('marks rate limits, conflicts and outages retriable by default', () => {
    expect(new CaseError('RateLimitedError', 'x').retriable).toBe(true);
    expect(new CaseError('AuthenticationError', 'x').retriable).toBe(false);
  });
});
