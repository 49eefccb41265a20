import { describe, it, expect } from 'vitest';
import type { HttpResponse } from '../../../src/http/client.js';
import { parseJson } from '../../../src/http/client.js';
import { failureFromResponse } from '../../../src/http/failure.js';
import type { VendorCall } from '../../../src/http/vendorApi.js';
import { z } from 'zod';
import {
  CATEGORY_OR_TYPE,
  classifyThalamusFailure,
  isThalamusFailedText,
  thalamusFailedSuccess,
  thalamusFieldPath,
} from '../../../src/providers/thalamus/errors.js';

const response = (status: number, body: string): HttpResponse => ({
  status,
  headers: {},
  text: body,
  json: parseJson(body),
});

describe('errors', () => {
  const ctx = { vendorName: 'Thalamus', fieldPath: thalamusFieldPath, caseId: '42' };
  const fail = (status: number, body: string) =>
    failureFromResponse(response(status, body), classifyThalamusFailure(response(status, body)), ctx);

  it.each([
    ['{"errors":{"categoryCode":"CodeRequired"}}', ['thalamus', 'categoryCode'], 'CodeRequired'],
    ['{"errors":{"categoryCode":"coderequired"}}', ['thalamus', 'categoryCode'], 'coderequired'],
    ['{"errors":{"typeCode":"InvalidCode"}}', ['thalamus', 'typeCode'], 'InvalidCode'],
    ['{"errors":{"categoryCode":"INVALIDCODE"}}', ['thalamus', 'categoryCode'], 'INVALIDCODE'],
    ['{"errors":{"status":"InvalidName"}}', ['status'], 'InvalidName'],
    ['{"errors":{"resolution":"InvalidName"}}', ['thalamus', 'resolution'], 'InvalidName'],
    ['{"errors":{"case":"InitialStatusNotSelected"}}', ['status'], 'InitialStatusNotSelected'],
    ['{"errors":{"category":"CategorySystemNode"}}', ['thalamus', 'categoryCode'], 'CategorySystemNode'],
    ['{"errors":{"caseData.fechaIncidente":"invalidCaseField"}}', ['customFields'], 'invalidCaseField'],
    ['{"errors":{"fechaIncidente":"invalidCaseField"}}', ['customFields'], 'invalidCaseField'],
    ['{"errors":{"statusName":"invalid"}}', ['status'], 'invalid'],
    ['{"errors":{"statusName":"statusIsAlreadyClose"}}', ['status'], 'statusIsAlreadyClose'],
    ['{"errors":{"comment":"InvalidId"}}', ['comments'], 'InvalidId'],
  ])('400 %s → ValidationError at %j', (body, path, vendorCode) => {
    const err = fail(400, body);
    expect(err.type).toBe('ValidationError');
    expect(err.fields).toEqual([{ path, message: expect.any(String), vendorCode }]);
  });

  it('reads invalidId on the case id as NotFoundError, whatever its case', () => {
    for (const body of ['{"errors":{"caseInstanceId":"invalidId"}}', '{"errors":{"id":"INVALIDID"}}']) {
      const err = fail(400, body);
      expect(err.type).toBe('NotFoundError');
      expect(err.id).toBe('42');
    }
  });

  it('keeps every field of a multi-field error body', () => {
    const err = fail(400, '{"errors":{"categoryCode":"CodeRequired","resolution":"InvalidName"}}');
    expect(err.fields.map((f) => f.path.join('.'))).toEqual(['thalamus.categoryCode', 'thalamus.resolution']);
    expect(err.message).toBe(
      'Thalamus rejected thalamus.categoryCode: Thalamus requires a category code (and 1 more problem).',
    );
  });

  it('401 → AuthenticationError; non-JSON bodies survive as the message', () => {
    expect(fail(401, '{"errors":{"token":"InvalidToken"}}').type).toBe('AuthenticationError');
    const text = fail(400, 'Bad things happened');
    expect(text.type).toBe('ValidationError');
    expect(text.message).toContain('Bad things happened');
    expect(fail(502, '<html>bad gateway</html>').type).toBe('ProviderUnavailableError');
  });

  it('recognises the HTTP 200 plain-text FAILED answer', () => {
    expect(isThalamusFailedText(response(200, 'FAILED'))).toBe(true);
    expect(isThalamusFailedText(response(200, ' failed\n'))).toBe(true);
    expect(isThalamusFailedText(response(200, '{"status":"FAILED"}'))).toBe(false);
    expect(thalamusFailedSuccess(response(200, 'FAILED'))).toMatchObject({
      type: 'ProviderUnavailableError',
      retriable: false,
    });
    expect(thalamusFailedSuccess(response(201, '{"case":{}}'))).toBeUndefined();
  });

  it('points a caseData refusal at the customFields entry that set the key', () => {
    const keys = ['montoReclamado', 'fechaIncidente'];
    expect(thalamusFieldPath('caseData.fechaIncidente', keys)).toEqual(['customFields', '1']);
    expect(thalamusFieldPath('fechaIncidente', keys)).toEqual(['customFields', '1']);
    expect(thalamusFieldPath('caseData.requiereVisita', keys)).toEqual(['customFields']);
    const err = failureFromResponse(
      response(400, '{"errors":{"caseData.montoReclamado":"InvalidFormat"}}'),
      classifyThalamusFailure(response(400, '{"errors":{"caseData.montoReclamado":"InvalidFormat"}}')),
      { vendorName: 'Thalamus', fieldPath: (f) => thalamusFieldPath(f, keys) },
    );
    expect(err.fields).toEqual([
      { path: ['customFields', '0'], message: expect.any(String), vendorCode: 'InvalidFormat' },
    ]);
  });

  it('maps vendor fields to input paths', () => {
    expect(thalamusFieldPath('categoryCode')).toEqual(['thalamus', 'categoryCode']);
    expect(thalamusFieldPath('comments.1')).toEqual(['comments', '1']);
    expect(thalamusFieldPath('caseData')).toEqual(['customFields']);
    expect(thalamusFieldPath('description')).toEqual(['comments']);
    // A field casegraph never sends is no input path: the refusal is about the input as a whole.
    expect(thalamusFieldPath('somethingElse')).toEqual([]);
  });
});

describe('refusals without a field name (point at the most specific input deduced)', () => {
  const call = (json: unknown): VendorCall<z.ZodType> => ({
    operation: 'createCase',
    effect: 'write',
    method: 'POST',
    path: '/api/v4/cases',
    json,
    expect: z.unknown(),
    what: 'the created case',
  });
  const paths = (body: string, sent: unknown = {}, keys: string[] = []) => {
    const res = response(400, body);
    const err = failureFromResponse(res, classifyThalamusFailure(res, call(sent)), {
      vendorName: 'Thalamus',
      fieldPath: (f) => thalamusFieldPath(f, keys),
    });
    return err.fields.map((f) => [f.path.join('.'), f.vendorCode]);
  };

  it('names the input a case-level code is about', () => {
    expect(paths('{"errors":{"case":"CodeRequired"}}')).toEqual([['thalamus.categoryCode', 'CodeRequired']]);
    expect(paths('{"errors":{"case":"CategorySystemNode"}}')).toEqual([
      ['thalamus.categoryCode', 'CategorySystemNode'],
    ]);
    expect(paths('{"errors":{"case":"InitialStatusNotSelected"}}')).toEqual([['status', 'InitialStatusNotSelected']]);
    expect(paths('{"errors":{"case":"statusIsAlreadyClose"}}')).toEqual([['status', 'statusIsAlreadyClose']]);
    expect(paths('{"errors":{"case":"invalidCaseField"}}')).toEqual([['customFields', 'invalidCaseField']]);
    expect(paths('{"errors":{"caseTypeCode":"InvalidCode"}}')).toEqual([['thalamus.typeCode', 'InvalidCode']]);
    expect(paths('{"errors":{"caseCategoryCode":"InvalidCode"}}')).toEqual([['thalamus.categoryCode', 'InvalidCode']]);
  });

  it('keeps "category or type" at thalamus, for the datasource to narrow', () => {
    const res = response(400, '{"errors":{"case":"InvalidCode"}}');
    const failure = classifyThalamusFailure(res, call({ categoryCode: 'X', typeCode: 'Y' }));
    expect(failure.fields?.map((f) => f.vendorField)).toEqual([CATEGORY_OR_TYPE]);
    expect(thalamusFieldPath(CATEGORY_OR_TYPE)).toEqual(['thalamus']);
  });

  it('narrows InvalidName to what the request sent: the status, the resolution, or both', () => {
    const body = '{"errors":{"case":"InvalidName"}}';
    expect(paths(body, { categoryCode: 'c', typeCode: 't', status: 'Nuevo' })).toEqual([['status', 'InvalidName']]);
    expect(paths(body, { categoryCode: 'c', typeCode: 't', resolution: 'Perdido' })).toEqual([
      ['thalamus.resolution', 'InvalidName'],
    ]);
    expect(paths(body, { categoryCode: 'c', typeCode: 't', status: 'Nuevo', resolution: 'Perdido' })).toEqual([
      ['', 'InvalidName'],
    ]);
  });

  it('reads a bare key the request set in caseData as that field, and an unknown key as the whole input', () => {
    const sent = { caseData: { fechaIncidente: 'ayer' } };
    expect(paths('{"errors":{"fechaIncidente":"InvalidDateFormat"}}', sent, ['fechaIncidente'])).toEqual([
      ['customFields.0', 'InvalidDateFormat'],
    ]);
    expect(paths('{"errors":{"fechaIncidente":"invalidCaseField"}}', sent, ['fechaIncidente'])).toEqual([
      ['customFields.0', 'invalidCaseField'],
    ]);
    expect(paths('{"errors":{"body":"InvalidJson"}}')).toEqual([['', 'InvalidJson']]);
  });
});
