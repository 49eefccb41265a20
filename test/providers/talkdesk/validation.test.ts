import { inputLimitProblems } from '../../../src/domain/limits.js';
import { talkdeskCapabilities } from '../../../src/providers/talkdesk/capabilities.js';
import { describe, it, expect } from 'vitest';
import { fromTalkdeskFieldDefinitions } from '../../../src/providers/talkdesk/mapping.js';
import type { TalkdeskFieldCatalog } from '../../../src/providers/talkdesk/mapping.js';
import type { CustomFieldDefinitionModel } from '../../../src/domain/model.js';
import {
  checkTalkdeskCustomFields,
  requiredToSolveNotSent,
  talkdeskInputProblems,
  talkdeskSolveProblems,
} from '../../../src/providers/talkdesk/validation.js';
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
  });

  it('holds group ids to the documented 0–255 characters (through the shared length check)', () => {
    expect(inputLimitProblems({ talkdesk: { groupId: 'g'.repeat(256) } }, talkdeskCapabilities.maxLengths)).toEqual([
      { path: ['talkdesk', 'groupId'], message: 'At most 255 characters; 256 were given.' },
    ]);
    expect(inputLimitProblems({ talkdesk: { groupId: 'g'.repeat(255) } }, talkdeskCapabilities.maxLengths)).toEqual([]);
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

describe('Talkdesk fields required to solve (get-a-list-of-case-fields `required`)', () => {
  const definitions: CustomFieldDefinitionModel[] = [
    { key: 'text1', label: 'Order', type: 'TEXT', required: false, requiredFor: [], options: [] },
    { key: 'text2', label: 'Root cause', type: 'TEXT', required: false, requiredFor: ['RESOLVE'], options: [] },
    { key: 'multi_select1', label: null, type: 'MULTI_SELECT', required: false, requiredFor: ['RESOLVE'], options: [] },
  ];

  it('reads a field the fields endpoint marks required as required to resolve, not on create', () => {
    const catalog = catalogOf(DOCS_FIELD_LIST);
    expect(catalog.definitions.map((d) => [d.key, d.required, d.requiredFor])).toEqual([
      ['drop_down1', false, []],
      ['dependent_field1', false, ['RESOLVE']],
    ]);
  });

  it('knows which required fields the input leaves to the case', () => {
    expect(requiredToSolveNotSent([{ key: 'text2', value: 'x' }], definitions).map((d) => d.key)).toEqual([
      'multi_select1',
    ]);
    expect(requiredToSolveNotSent(undefined, definitions).map((d) => d.key)).toEqual(['text2', 'multi_select1']);
  });

  it('is satisfied by values in the input or already on the case', () => {
    expect(
      talkdeskSolveProblems([{ key: 'text2', value: 'Dust' }], definitions, [
        { key: 'multi_select1', type: 'MULTI_SELECT', value: ['001'] },
      ]),
    ).toEqual([]);
    expect(
      talkdeskSolveProblems(undefined, definitions, [
        { key: 'text2', type: 'TEXT', value: 'Dust' },
        { key: 'multi_select1', type: 'MULTI_SELECT', value: ['001'] },
      ]),
    ).toEqual([]);
  });

  it('names each missing field at customFields, and a blank one at its value', () => {
    expect(
      talkdeskSolveProblems(
        [
          { key: 'text1', value: 'x' },
          { key: 'text2', value: ' ' },
        ],
        definitions,
        [{ key: 'multi_select1', type: 'MULTI_SELECT', value: [] }],
      ),
    ).toEqual([
      {
        path: ['customFields', '1', 'value'],
        message: 'Talkdesk requires a value for custom field "text2" (Root cause) to resolve a case.',
      },
      {
        path: ['customFields'],
        message: 'Talkdesk requires custom field "multi_select1" to resolve a case, and the case has no value for it.',
      },
    ]);
  });

  it('takes false as a value', () => {
    const checkbox: CustomFieldDefinitionModel[] = [
      { key: 'checkbox1', label: null, type: 'BOOLEAN', required: false, requiredFor: ['RESOLVE'], options: [] },
    ];
    expect(talkdeskSolveProblems([{ key: 'checkbox1', value: false }], checkbox, [])).toEqual([]);
  });
});
