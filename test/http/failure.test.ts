import { describe, expect, it } from 'vitest';
import { failureFromResponse, retryAfterSeconds, typeForStatus } from '../../src/http/failure.js';
import type { HttpResponse } from '../../src/http/client.js';

const response = (status: number, headers: Record<string, string> = {}, text = ''): HttpResponse => ({
  status,
  headers,
  text,
  json: undefined,
});
const ctx = {
  vendorName: 'Acme',
  fieldPath: (f: string) => (f === 'requester_email' ? ['requester', 'email'] : [f]),
  caseId: '42',
};

describe('typeForStatus', () => {
  it.each([
    [400, 'ValidationError'],
    [422, 'ValidationError'],
    [401, 'AuthenticationError'],
    [403, 'AuthenticationError'],
    [421, 'AuthenticationError'],
    [404, 'NotFoundError'],
    [409, 'ConflictError'],
    [429, 'RateLimitedError'],
    [500, 'ProviderUnavailableError'],
    [503, 'ProviderUnavailableError'],
  ] as const)('maps HTTP %i to %s', (status, type) => {
    expect(typeForStatus(status)).toBe(type);
  });
});

describe('failureFromResponse', () => {
  it('passes vendor field messages through without the hosts, URLs or tokens in them', () => {
    const err = failureFromResponse(
      response(422),
      {
        message: 'Validation failed at https://crm.internal.acme.corp/api/v1/case',
        fields: [{ vendorField: 'title', message: 'too long (checked by 10.0.0.7:8080 with token=abc123)' }],
      },
      ctx,
    );
    expect(err.fields).toEqual([
      { path: ['title'], message: 'too long (checked by [redacted] with [redacted])', vendorCode: null },
    ]);
    expect(err.message).toBe('Acme rejected title: too long (checked by [redacted] with [redacted]).');
    const notFound = failureFromResponse(response(404), { message: 'No route on gw-3.acme.io:8443' }, ctx);
    expect(notFound.message).not.toContain('acme.io');
  });

  it('maps vendor field names to input paths', () => {
    const err = failureFromResponse(
      response(400),
      {
        message: 'Invalid fields',
        fields: [{ vendorField: 'requester_email', message: 'is invalid', vendorCode: 'X1' }],
      },
      ctx,
    );
    expect(err.type).toBe('ValidationError');
    expect(err.message).toBe('Acme rejected requester.email: is invalid.');
    expect(err.fields).toEqual([{ path: ['requester', 'email'], message: 'is invalid', vendorCode: 'X1' }]);
  });

  it('leads with the first field problem, not the vendor summary, and counts the others', () => {
    const err = failureFromResponse(
      response(400),
      {
        message: 'Bad Request',
        fields: [
          { vendorField: 'requester_email', message: 'is invalid.' },
          { vendorField: 'title', message: 'is required' },
          { vendorField: 'priority', message: 'is unknown' },
        ],
      },
      ctx,
    );
    expect(err.message).toBe('Acme rejected requester.email: is invalid (and 2 more problems).');
  });

  it("keeps the vendor's own message when it names no field", () => {
    expect(failureFromResponse(response(400), { message: 'This case is closed' }, ctx).message).toBe(
      'Acme rejected the request: This case is closed.',
    );
    expect(failureFromResponse(response(422), {}, ctx).message).toBe('Acme rejected the request: HTTP 422.');
  });

  it('lets the vendor body override the status (403 that means rate limited)', () => {
    const err = failureFromResponse(response(403, { 'retry-after': '7' }), { type: 'RateLimitedError' }, ctx);
    expect(err).toMatchObject({ type: 'RateLimitedError', retryAfterSeconds: 7, retriable: true });
  });

  it('says nothing of a 5xx body, which may hold stack traces or hosts', () => {
    const err = failureFromResponse(
      response(502, {}, 'upstream 10.0.0.7:8443 refused'),
      { message: 'at Foo.bar (/srv/app.js:1)' },
      ctx,
    );
    expect(err).toMatchObject({
      type: 'ProviderUnavailableError',
      retriable: true,
      message: 'Acme failed with HTTP 502.',
    });
  });

  it('keeps the case id on NotFoundError', () => {
    expect(failureFromResponse(response(404), {}, ctx)).toMatchObject({ type: 'NotFoundError', id: '42' });
  });
});

describe('retryAfterSeconds', () => {
  it('reads delta-seconds and HTTP dates', () => {
    const now = Date.parse('2024-01-01T00:00:00Z');
    expect(retryAfterSeconds('120', now)).toBe(120);
    expect(retryAfterSeconds('Mon, 01 Jan 2024 00:00:30 GMT', now)).toBe(30);
    expect(retryAfterSeconds(undefined, now)).toBeNull();
    expect(retryAfterSeconds('soon', now)).toBeNull();
  });
});
