// What only Sprinklr refuses, found before any call.
import { describe, expect, it } from 'vitest';
import type { CreateCaseInput } from '../../../src/domain/model.js';
import { sprinklrInputProblems } from '../../../src/providers/sprinklr/validation.js';

describe('sprinklrInputProblems', () => {
  it('requires a contact id whenever a requester is given', () => {
    const paths = (requester: CreateCaseInput['requester']) =>
      sprinklrInputProblems('create', { provider: 'SPRINKLR', requester, sprinklr: { firstMessageId: 'm' } }).map((p) =>
        p.path.join('.'),
      );
    expect(paths({ id: ' ' })).toEqual(['requester.id']);
    expect(paths({ id: 'EMAIL_a@example.com' })).toEqual([]);
    expect(paths(null)).toEqual([]);
  });

  it('rejects non-numeric user ids, OTHER, a nameless contact id and surfaced properties as custom fields', () => {
    const problems = sprinklrInputProblems('create', {
      provider: 'SPRINKLR',
      assigneeId: 'agent-7',
      status: 'OTHER',
      requester: { name: 'No Id' },
      customFields: [
        { key: 'spr_uc_status', value: ['New'] },
        { key: 'spr_uc_priority', value: ['High'] },
      ],
      sprinklr: { firstMessageId: 'm' },
    });
    expect(problems.map((p) => p.path.join('.'))).toEqual([
      'assigneeId',
      'status',
      'requester.id',
      'customFields.0.key',
      'customFields.1.key',
    ]);
  });
});
