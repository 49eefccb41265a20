import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import type { HttpResponse } from '../../../src/http/client.js';
import type { VendorCall } from '../../../src/http/vendorApi.js';
import {
  classifyTalkdeskFailure,
  classifyTalkdeskTokenFailure,
  deduceRefusedField,
  talkdeskFieldPath,
} from '../../../src/providers/talkdesk/errors.js';

const response = (status: number, json: unknown): HttpResponse => ({
  status,
  headers: {},
  text: JSON.stringify(json),
  json,
});

/** A call as the datasource makes it, with the body it sent. */
const call = (json?: unknown): VendorCall<z.ZodType> => ({
  operation: 'updateCase',
  effect: 'write',
  method: 'PATCH',
  path: '/cm/core/va/cases/2',
  json,
  expect: z.unknown(),
  what: 'the updated case',
});

describe('Talkdesk token service errors (client-credentials-sts-token)', () => {
  it('turns any 400/401 from the token endpoint into an authentication failure with its error code', () => {
    expect(
      classifyTalkdeskTokenFailure(
        response(401, { error: 'invalid_client', error_description: 'Client authentication failed' }),
      ),
    ).toEqual({
      type: 'AuthenticationError',
      message: 'Client authentication failed',
      vendorCode: 'invalid_client',
    });
    expect(classifyTalkdeskTokenFailure(response(400, { error: 'invalid_scope' }))).toEqual({
      type: 'AuthenticationError',
      message: 'invalid_scope',
      vendorCode: 'invalid_scope',
    });
    expect(classifyTalkdeskTokenFailure(response(503, { error: 'temporarily_unavailable' })).type).toBeUndefined();
  });
});

describe('Talkdesk errors', () => {
  it('parses {code, message, description, fields[{name, description}]}', () => {
    const failure = classifyTalkdeskFailure(
      response(400, {
        code: '1000400',
        message: 'Invalid request body',
        description: 'title is required',
        fields: [{ name: 'title', description: 'title is required' }],
      }),
      call({ title: '' }),
    );
    expect(failure).toEqual({
      message: 'Invalid request body: title is required',
      vendorCode: '1000400',
      fields: [{ vendorField: 'title', message: 'title is required', vendorCode: '1000400' }],
    });
  });

  it('reads a body without fields, and nothing from a body that is not Talkdesk JSON', () => {
    expect(
      classifyTalkdeskFailure(response(404, { code: '1000404', message: 'Case not found' }), call({ title: 'x' })),
    ).toEqual({
      message: 'Case not found',
      vendorCode: '1000404',
      fields: [],
    });
    expect(
      classifyTalkdeskFailure({ status: 502, headers: {}, text: '<html>Bad gateway</html>', json: undefined }, call()),
    ).toEqual({});
  });

  it('points a 400 that names no field at the part of the request it can be about', () => {
    const refusal = (message: string, body: unknown) =>
      classifyTalkdeskFailure(response(400, { code: '1000400', message, fields: [] }), call(body)).fields;
    expect(refusal('Invalid request body', { title: 'x', status: 'OPEN' })).toEqual([
      { vendorField: '', message: 'Invalid request body', vendorCode: '1000400' },
    ]);
    expect(refusal('Closed cases cannot be updated', { title: 'x' })).toEqual([
      { vendorField: 'id', message: 'Closed cases cannot be updated', vendorCode: '1000400' },
    ]);
  });

  it.each([
    [
      'the one sent field the refusal names',
      'status ON-HOLD is not allowed here',
      { status: 'ON-HOLD', title: 'x' },
      'status',
    ],
    [
      'a sent custom field the refusal names',
      'text1 is too long',
      { custom_fields: { text1: {}, text2: {} }, title: 'x' },
      'custom_fields.text1',
    ],
    ['the case, when the refusal says it is closed', 'Closed cases cannot be updated', { title: 'x' }, 'id'],
    ['the only field sent', 'Invalid request body', { group_id: 'g' }, 'group_id'],
    ['the only custom field sent', 'Invalid request body', { custom_fields: { date1: {} } }, 'custom_fields.date1'],
    ['the only note sent', 'Invalid request body', { notes: [{ note_body: 'x' }] }, 'notes[0]'],
    [
      'the whole input when two sent fields are named',
      'title or description is wrong',
      { title: 'x', description: 'y' },
      '',
    ],
    ['the whole input when nothing narrows it', 'Invalid request body', { title: 'x', description: 'y' }, ''],
    ['the whole input for a body that is not an object', 'Invalid request body', undefined, ''],
  ] as const)('deduces %s', (_what, text, body, vendorField) => {
    expect(deduceRefusedField(text, body)).toBe(vendorField);
  });

  it('names a field only by whole words', () => {
    expect(deduceRefusedField('subtype is wrong', { type: 'QUESTION', title: 'x' })).toBe('');
  });

  it.each([
    ['id', [], ['id']],
    ['title', [], ['title']],
    ['description', [], ['description']],
    ['requester_email', [], ['requester', 'email']],
    ['requester_name', [], ['requester', 'name']],
    ['requester_type', [], ['talkdesk', 'requesterType']],
    ['owner_id', [], ['assigneeId']],
    ['parent_id', [], ['talkdesk', 'parentId']],
    ['resolution', [], ['talkdesk', 'resolution']],
    ['group_id', [], ['talkdesk', 'groupId']],
    ['type', [], ['talkdesk', 'type']],
    ['custom_fields.text1', ['checkbox1', 'text1'], ['customFields', '1']],
    ['custom_fields.text2', ['checkbox1'], ['customFields']],
    ['notes[0].note_body', [], ['notes', '0', 'body']],
    ['notes.1.note_title', [], ['notes', '1', 'title']],
    ['something_new', [], []],
  ] as const)('maps vendor field %s to input path %j', (vendorField, keys, path) => {
    expect(talkdeskFieldPath(vendorField, keys)).toEqual(path);
  });
});
