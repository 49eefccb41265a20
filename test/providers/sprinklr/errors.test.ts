// Sprinklr's error bodies, read by the VendorApi classify hook, and the request fields they name
// mapped back to GraphQL input paths.
import { describe, expect, it } from 'vitest';
import type { HttpResponse } from '../../../src/http/client.js';
import { classifySprinklrFailure, sprinklrFieldPath } from '../../../src/providers/sprinklr/errors.js';

const response = (status: number, json: unknown, headers: Record<string, string> = {}): HttpResponse => ({
  status,
  headers,
  text: typeof json === 'string' ? json : JSON.stringify(json),
  json: typeof json === 'string' ? undefined : json,
});

describe('classifySprinklrFailure', () => {
  it('points a refusal without a field at the one request field its message names', () => {
    const unnamed = classifySprinklrFailure(
      response(400, {
        data: null,
        errors: [{ code: 'MESSAGE_NOT_FOUND', message: 'No message exists with this firstMessageId.' }],
      }),
    );
    expect(unnamed.fields).toEqual([
      {
        vendorField: 'firstMessageId',
        message: 'No message exists with this firstMessageId.',
        vendorCode: 'MESSAGE_NOT_FOUND',
      },
    ]);
    const vague = classifySprinklrFailure(
      response(400, { data: null, errors: [{ code: 'INVALID_REQUEST', message: 'caseType and dueDate conflict.' }] }),
    );
    expect(vague.fields).toEqual([]);
  });

  it('reads the 429 RATE_LIMIT_EXCEEDED body', () => {
    const failure = classifySprinklrFailure(
      response(429, {
        success: false,
        errors: [
          {
            code: 'RATE_LIMIT_EXCEEDED',
            message: 'Rate limit exceeded',
            details: { limit: 1000, window: '1h', resetAt: 'x' },
          },
        ],
      }),
    );
    expect(failure).toMatchObject({
      vendorCode: 'RATE_LIMIT_EXCEEDED',
      message: 'Rate limit exceeded',
      type: 'RateLimitedError',
    });
  });

  it('treats 403 "Developer Over Rate" as rate limiting, in JSON or as a gateway page', () => {
    const json = classifySprinklrFailure(
      response(403, { data: [], errors: [{ id: 'e1', code: 403, message: 'Developer Over Rate' }] }),
    );
    expect(json.type).toBe('RateLimitedError');
    expect(json.vendorCode).toBe('403');
    expect(classifySprinklrFailure(response(403, '<h1>Developer Over Rate</h1>')).type).toBe('RateLimitedError');
  });

  it('leaves 403 "Developer Inactive" and the gateway 401 to their status', () => {
    const inactive = classifySprinklrFailure(
      response(403, { data: [], errors: [{ id: 'e2', code: 403, message: 'Developer Inactive' }] }),
    );
    expect(inactive.type).toBeUndefined();
    expect(inactive.message).toBe('Developer Inactive');
    const apigee = classifySprinklrFailure(
      response(401, { data: [], errors: [{ id: 'c0ffee', code: 401, message: 'Unauthorized' }] }),
    );
    expect(apigee).toEqual({ message: 'Unauthorized', vendorCode: '401', fields: [] });
  });

  it('turns errors that name a field into field failures', () => {
    const failure = classifySprinklrFailure(
      response(400, {
        data: null,
        errors: [
          {
            code: 'MESSAGE_NOT_FOUND',
            message: 'No message exists with this firstMessageId.',
            field: 'firstMessageId',
          },
          { code: 'INVALID_REQUEST', message: 'Something else.' },
        ],
      }),
    );
    expect(failure.fields).toEqual([
      {
        vendorField: 'firstMessageId',
        message: 'No message exists with this firstMessageId.',
        vendorCode: 'MESSAGE_NOT_FOUND',
      },
    ]);
    expect(failure.message).toBe('No message exists with this firstMessageId.; Something else.');
  });

  it('does not quote long non-JSON bodies', () => {
    expect(classifySprinklrFailure(response(502, 'x'.repeat(500))).message).toBeUndefined();
  });
});

describe('sprinklrFieldPath', () => {
  it.each([
    ['subject', [], ['title']],
    ['firstMessageId', [], ['sprinklr', 'firstMessageId']],
    ['contact.id', [], ['requester', 'id']],
    ['workflow.assignment.assigneeId', [], ['assigneeId']],
    ['assignedTo', [], ['assigneeId']],
    ['workflow.queues.1', [], ['sprinklr', 'queueIds', '1']],
    ['addedQueues.0', [], ['sprinklr', 'addQueueIds', '0']],
    ['externalCase.permalink', [], ['sprinklr', 'externalCase', 'permalink']],
    ['dueDate', [], ['sprinklr', 'dueDate']],
    ['workflow.customProperties.spr_uc_status', [], ['status']],
    ['syncedSelectedCustomProperties.spr_uc_priority', [], ['priority']],
    ['workflow.customProperties._c_1', ['_c_0', '_c_1'], ['customFields', '1']],
    ['syncedSelectedCustomProperties._c_9', ['_c_0'], ['customFields']],
    ['caseIds', [], ['id']],
    ['somethingElse', [], []],
  ] as const)('maps %s to the input path', (field, keys, path) => {
    expect(sprinklrFieldPath(field, keys)).toEqual(path);
  });
});
