import { describe, it, expect } from 'vitest';
import { fromTalkdeskFieldDefinitions } from '../../../src/providers/talkdesk/mapping.js';
import type { TalkdeskFieldCatalog } from '../../../src/providers/talkdesk/mapping.js';
import { checkTalkdeskCustomFields, talkdeskInputProblems } from '../../../src/providers/talkdesk/validation.js';
import { talkdeskFieldDefinitionsSchema } from '../../../src/providers/talkdesk/wire.js';
import { DOCS_FIELD_LIST } from './fixtures.js';

function catalogOf(fields: unknown): TalkdeskFieldCatalog {
  return fromTalkdeskFieldDefinitions(talkdeskFieldDefinitionsSchema.parse(fields));
}

describe('Talkdesk input checks (update-a-case)', () => {
  it('requires a resolution when the status becomes RESOLVED, and refuses OTHER', () => {
    expect(talkdeskInputProblems('update', { provider: 'TALKDESK', id: '1', status: 'RESOLVED' })).toEqual([
      { path: ['talkdesk', 'resolution'], message: 'Talkdesk requires a resolution when the status becomes RESOLVED.' },
    ]);
    expect(
      talkdeskInputProblems('update', {
        provider: 'TALKDESK',
        id: '1',
        status: 'RESOLVED',
        talkdesk: { resolution: 'Fixed' },
      }),
    ).toEqual([]);
    expect(talkdeskInputProblems('update', { provider: 'TALKDESK', id: '1', status: 'OTHER' })[0]?.path).toEqual([
      'status',
    ]);
    expect(
      talkdeskInputProblems('update', { provider: 'TALKDESK', id: '1', talkdesk: { groupId: 'g'.repeat(256) } })[0]
        ?.path,
    ).toEqual(['talkdesk', 'groupId']);
  });
});

describe('Talkdesk custom-field checks', () => {
  it('refuses a dependent-field value that is not a path down the option tree', () => {
    const catalog = catalogOf(DOCS_FIELD_LIST);
    expect(
      checkTalkdeskCustomFields([{ key: 'dependent_field1', value: ['1001', '100101', '10010101'] }], catalog),
    ).toEqual([]);
    expect(checkTalkdeskCustomFields([{ key: 'dependent_field1', value: ['1001'] }], catalog)).toEqual([]);
    expect(
      checkTalkdeskCustomFields(
        [
          { key: 'text1', value: 'x' },
          { key: 'dependent_field1', value: ['1002', '100101'] },
        ],
        catalog,
      ),
    ).toEqual([
      {
        path: ['customFields', '1', 'value'],
        message: 'dependent_field1: each value must be an option under the one before it, starting at the top level.',
      },
    ]);
  });
});
