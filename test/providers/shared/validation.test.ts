import { describe, expect, it } from 'vitest';
import type { CustomFieldDefinitionModel, ProviderCapabilities } from '../../../src/domain/model.js';
import { checkCustomFields, checkInputShape } from '../../../src/providers/shared/validation.js';

const capabilities: ProviderCapabilities = {
  name: 'Acme',
  interactions: 'UNSUPPORTED',
  notes: 'READ_WRITE',
  comments: 'UNSUPPORTED',
  customFields: 'READ_WRITE',
  requiredCreateFields: ['title', 'requester.id'],
  requiredUpdateFields: [],
  unsupportedCreateFields: ['interactions', 'status'],
  unsupportedUpdateFields: ['requester'],
  maxLengths: {},
};

describe('checkInputShape', () => {
  it('accepts an input with what is required and nothing unsupported', () => {
    expect(
      checkInputShape('KHOROS', capabilities, 'create', { title: 'T', requester: { id: 'c1' }, interactions: [] }),
    ).toEqual([]);
  });

  it('names each missing required path, treating blank strings as missing', () => {
    expect(checkInputShape('KHOROS', capabilities, 'create', { title: '  ', requester: {} })).toEqual([
      { path: ['title'], message: 'Acme requires title.' },
      { path: ['requester', 'id'], message: 'Acme requires requester.id.' },
    ]);
  });

  it('rejects unsupported paths instead of dropping them', () => {
    const problems = checkInputShape('KHOROS', capabilities, 'create', {
      title: 'T',
      requester: { id: 'c' },
      status: 'OPEN',
      interactions: [{ body: 'x' }],
    });
    expect(problems.map((p) => p.path)).toEqual([['interactions'], ['status']]);
    expect(problems[0]!.message).toBe('Acme has no place for interactions on create; it was not sent.');
  });

  it("rejects another vendor's input object", () => {
    expect(checkInputShape('KHOROS', capabilities, 'update', { talkdesk: { groupId: 'g' } })).toEqual([
      { path: ['talkdesk'], message: 'talkdesk applies only to provider TALKDESK.' },
    ]);
  });
});

const definitions: CustomFieldDefinitionModel[] = [
  { key: 'text1', label: 'Text', type: 'TEXT', required: false, requiredFor: [], options: [] },
  { key: 'num1', label: 'Num', type: 'NUMBER', required: false, requiredFor: [], options: [] },
  { key: 'dec1', label: 'Dec', type: 'DECIMAL', required: false, requiredFor: [], options: [] },
  { key: 'flag', label: 'Flag', type: 'BOOLEAN', required: false, requiredFor: [], options: [] },
  { key: 'when', label: 'When', type: 'DATE', required: false, requiredFor: [], options: [] },
  {
    key: 'pick',
    label: 'Pick',
    type: 'SINGLE_SELECT',
    required: true,
    requiredFor: ['CREATE'],
    options: [
      { value: '1', label: 'One' },
      { value: '2', label: 'Two' },
    ],
  },
  {
    key: 'many',
    label: 'Many',
    type: 'MULTI_SELECT',
    required: false,
    requiredFor: [],
    options: [{ value: '002' }, { value: '003' }],
  },
];

describe('checkCustomFields', () => {
  const options = { mode: 'create' as const, vendorName: 'Acme' };

  it('normalises valid values and keeps their definitions', () => {
    const { fields, problems } = checkCustomFields(
      [
        { key: 'text1', value: 'hi' },
        { key: 'num1', value: 3 },
        { key: 'dec1', value: 1.2 },
        { key: 'flag', value: true },
        { key: 'when', value: '2022-04-21T06:30:21Z' },
        { key: 'pick', value: 1 },
        { key: 'many', value: ['002', '003'] },
      ],
      definitions,
      options,
    );
    expect(problems).toEqual([]);
    expect(fields.map((f) => [f.definition.key, f.value])).toEqual([
      ['text1', 'hi'],
      ['num1', 3],
      ['dec1', 1.2],
      ['flag', true],
      ['when', '2022-04-21T06:30:21Z'],
      ['pick', '1'],
      ['many', ['002', '003']],
    ]);
  });

  it('reports wrong types, unknown keys, duplicates, bad options and missing required fields with input paths', () => {
    const { problems } = checkCustomFields(
      [
        { key: 'num1', value: 1.5 },
        { key: 'nope', value: 'x' },
        { key: 'when', value: '21/04/2022' },
        { key: 'many', value: ['004'] },
        { key: 'num1', value: 2 },
      ],
      definitions,
      options,
    );
    expect(problems).toEqual([
      { path: ['customFields', '0', 'value'], message: 'num1: Expected a whole number.' },
      { path: ['customFields', '1', 'key'], message: 'Acme has no custom field "nope".' },
      {
        path: ['customFields', '2', 'value'],
        message: 'when: Expected an ISO-8601 date such as 2024-05-01 or 2024-05-01T10:00:00Z.',
      },
      { path: ['customFields', '3', 'value'], message: 'many: "004" is not one of "002", "003".' },
      { path: ['customFields', '4', 'key'], message: 'Custom field "num1" is set twice.' },
      { path: ['customFields'], message: 'Acme requires custom field "pick".' },
    ]);
  });

  it('does not require fields on update', () => {
    expect(checkCustomFields([], definitions, { mode: 'update', vendorName: 'Acme' }).problems).toEqual([]);
  });
});
