import { describe, it, expect } from 'vitest';
import type { CustomFieldDefinitionModel } from '../../../src/domain/model.js';
import { checkThalamusCustomFields, thalamusInputProblems } from '../../../src/providers/thalamus/validation.js';

const definitions: CustomFieldDefinitionModel[] = [
  { key: 'fechaIncidente', label: null, type: 'DATE', required: true, requiredFor: ['CREATE'], options: [] },
  { key: 'cantidadLlamadas', label: null, type: 'NUMBER', required: false, requiredFor: [], options: [] },
];
const reclamo = { categoryCode: 'Reclamo', typeCode: 'Telefonico' };

describe('thalamusInputProblems', () => {
  it('refuses OTHER as a status and blank comments', () => {
    expect(
      thalamusInputProblems('update', {
        provider: 'THALAMUS',
        id: '1',
        status: 'OTHER',
        comments: [{ body: 'ok' }, { body: '  ' }],
      }).map((p) => p.path.join('.')),
    ).toEqual(['status', 'comments.1.body']);
    expect(thalamusInputProblems('create', { provider: 'THALAMUS', status: 'NEW' })).toEqual([]);
  });
});

describe('checkThalamusCustomFields', () => {
  it('normalises declared fields and keeps every problem at its place in the input', () => {
    const result = checkThalamusCustomFields(
      [
        { key: 'zona', value: 'Norte' },
        { key: 'cantidadLlamadas', value: 2.5 },
        { key: 'fechaIncidente', value: '2024-05-01T10:00:00Z' },
      ],
      definitions,
      { mode: 'create', ...reclamo },
    );
    expect(result.problems).toEqual([
      {
        path: ['customFields', '0', 'key'],
        message: '"zona" is not a declared caseData field of Thalamus case type Reclamo/Telefonico.',
      },
      { path: ['customFields', '1', 'value'], message: 'cantidadLlamadas: Expected a whole number.' },
    ]);
    expect(result.fields.map((f) => [f.definition.key, f.value])).toEqual([['fechaIncidente', '2024-05-01T10:00:00Z']]);
  });

  it('requires required fields on create only', () => {
    const create = checkThalamusCustomFields([{ key: 'cantidadLlamadas', value: 1 }], definitions, {
      mode: 'create',
      ...reclamo,
    });
    expect(create.problems).toEqual([{ path: ['customFields'], message: expect.stringContaining('fechaIncidente') }]);
    const update = checkThalamusCustomFields([{ key: 'cantidadLlamadas', value: 1 }], definitions, {
      mode: 'update',
      ...reclamo,
    });
    expect(update.problems).toEqual([]);
    expect(update.fields).toHaveLength(1);
  });

  it('says on update that the key is neither declared nor on the case', () => {
    const { problems } = checkThalamusCustomFields([{ key: 'zona', value: 'x' }], definitions, {
      mode: 'update',
      ...reclamo,
    });
    expect(problems[0]?.message).toContain('nor one this case carries');
  });
});
