import { describe, it, expect } from 'vitest';
import type { HttpResponse } from '../../../src/http/client.js';
import { parseJson } from '../../../src/http/client.js';
import { failureFromResponse } from '../../../src/http/failure.js';
import {
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
    expect(err.message).toContain('CodeRequired');
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
    expect(thalamusFieldPath('somethingElse')).toEqual(['somethingElse']);
  });
});
