import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseJson } from '../../../src/http/client.js';
import type { HttpResponse } from '../../../src/http/client.js';
import { failureFromResponse } from '../../../src/http/failure.js';
import type { VendorCall } from '../../../src/http/vendorApi.js';
import {
  KHOROS_OPERATIONS,
  classifyKhorosFailure,
  khorosFailure,
  khorosFieldPath,
} from '../../../src/providers/khoros/errors.js';

const response = (status: number, text: string): HttpResponse => ({ status, headers: {}, text, json: parseJson(text) });

describe('error bodies', () => {
  const ctx = (customFieldKeys: string[] = []) => ({
    vendorName: 'Khoros',
    fieldPath: (f: string) => khorosFieldPath(f, customFieldKeys),
    caseId: '1001',
  });

  it('400 {error, message, fields} → ValidationError with input paths and the error code', () => {
    const res = response(
      400,
      JSON.stringify({
        error: 'INVALID_FIELDS',
        message: 'The case has 3 invalid fields.',
        fields: [
          { name: 'interactions[0].author.handle', errorMessage: 'Required.' },
          { name: 'customId', errorMessage: 'Must be a non-empty string.' },
          { name: 'tier', errorMessage: 'Expected one of "gold".' },
        ],
      }),
    );
    expect(khorosFailure(res)).toEqual({
      message: 'The case has 3 invalid fields.',
      vendorCode: 'INVALID_FIELDS',
      fields: [
        { vendorField: 'interactions[0].author.handle', message: 'Required.', vendorCode: 'INVALID_FIELDS' },
        { vendorField: 'customId', message: 'Must be a non-empty string.', vendorCode: 'INVALID_FIELDS' },
        { vendorField: 'tier', message: 'Expected one of "gold".', vendorCode: 'INVALID_FIELDS' },
      ],
    });
    const err = failureFromResponse(res, khorosFailure(res), ctx(['clubNo', 'tier']));
    expect(err.type).toBe('ValidationError');
    expect(err.message).toBe('Khoros rejected interactions.0.author.handle: Required (and 2 more problems).');
    expect(err.fields).toEqual([
      { path: ['interactions', '0', 'author', 'handle'], message: 'Required.', vendorCode: 'INVALID_FIELDS' },
      { path: ['requester', 'id'], message: 'Must be a non-empty string.', vendorCode: 'INVALID_FIELDS' },
      { path: ['customFields', '1'], message: 'Expected one of "gold".', vendorCode: 'INVALID_FIELDS' },
    ]);
  });

  it('401 plain text → AuthenticationError quoting the spec text', () => {
    const res = response(401, 'API key is invalid or has become de-authenticated');
    const err = failureFromResponse(res, khorosFailure(res), ctx());
    expect(err.type).toBe('AuthenticationError');
    expect(err.message).toBe(
      "Khoros rejected casegraph's credentials (HTTP 401); an operator must check casegraph's Khoros configuration.",
    );
  });

  it('404 plain text → NotFoundError for the case id', () => {
    const res = response(404, 'No case exists with the provided ID');
    const err = failureFromResponse(res, khorosFailure(res), ctx());
    expect([err.type, err.message, err.id]).toEqual(['NotFoundError', 'Khoros has no case with id "1001".', '1001']);
  });

  it('422 {error, message} → ValidationError; 500 {error, message} → retriable ProviderUnavailableError', () => {
    const unprocessable = response(422, JSON.stringify({ error: 'CASE_CLOSED', message: 'This case is closed.' }));
    const e422 = failureFromResponse(unprocessable, khorosFailure(unprocessable), ctx());
    expect([e422.type, e422.message, e422.fields]).toEqual([
      'ValidationError',
      'Khoros rejected the request: This case is closed.',
      [],
    ]);
    const failed = response(500, JSON.stringify({ error: 'DB_DOWN', message: 'Connection to db-7.internal refused' }));
    const e500 = failureFromResponse(failed, khorosFailure(failed), ctx());
    expect([e500.type, e500.retriable, e500.message]).toEqual([
      'ProviderUnavailableError',
      true,
      'Khoros failed with HTTP 500.',
    ]);
  });

  it('survives text where JSON was expected, JSON where text was, and ignores HTML pages', () => {
    expect(khorosFailure(response(400, 'Bad things'))).toEqual({ message: 'Bad things' });
    expect(khorosFailure(response(401, '"Invalid API Key"'))).toEqual({ message: 'Invalid API Key' });
    expect(khorosFailure(response(502, '<html><body>Bad Gateway</body></html>'))).toEqual({ message: undefined });
    expect(khorosFailure(response(400, JSON.stringify({ error: 'BAD' })))).toEqual({
      message: 'BAD',
      vendorCode: 'BAD',
      fields: [],
    });
  });
});

describe('khorosFieldPath', () => {
  it.each([
    ['title', ['title']],
    ['customerId', ['requester', 'id']],
    ['customId', ['requester', 'id']],
    ['interactions', ['interactions']],
    ['interactions[2]', ['interactions', '2']],
    ['interactions[0].created', ['interactions', '0', 'createdAt']],
    ['interactions[1].author.brandOwned', ['interactions', '1', 'author', 'brandOwned']],
    ['interactions.0.linkUrl', ['interactions', '0', 'linkUrl']],
    ['somethingElse', ['somethingElse']],
  ])('%s → %j', (vendorField, path) => {
    expect(khorosFieldPath(vendorField)).toEqual(path);
  });

  it('maps a custom field name to its entry in the input', () => {
    expect(khorosFieldPath('vip', ['clubNo', 'vip'])).toEqual(['customFields', '1']);
  });
});

describe('classifyKhorosFailure', () => {
  const call = (operation: string): VendorCall<z.ZodType> => ({
    operation,
    effect: 'read',
    method: 'GET',
    path: '/case/1',
    expect: z.unknown(),
    what: 'the case',
  });

  it('blames the CRM, not the client, for a 404 to a create or to the structure read', () => {
    const notFound = response(404, 'Not Found');
    expect(classifyKhorosFailure(notFound, call(KHOROS_OPERATIONS.create)).type).toBe('ProviderUnavailableError');
    expect(classifyKhorosFailure(notFound, call(KHOROS_OPERATIONS.meta)).type).toBe('ProviderUnavailableError');
    expect(classifyKhorosFailure(notFound, call(KHOROS_OPERATIONS.lookup)).type).toBeUndefined();
  });

  it('blames the CRM for a 400 or 422 to a read, which has no input to be wrong', () => {
    const refused = response(422, JSON.stringify({ error: 'BAD', message: 'Bad.' }));
    expect(classifyKhorosFailure(refused, call(KHOROS_OPERATIONS.lookup)).type).toBe('ProviderUnavailableError');
    expect(classifyKhorosFailure(refused, call(KHOROS_OPERATIONS.update))).toEqual(khorosFailure(refused));
  });
});
