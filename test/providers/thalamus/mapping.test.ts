import { describe, it, expect } from 'vitest';
import type { CustomFieldDefinitionModel } from '../../../src/domain/model.js';
import { checkCustomFields } from '../../../src/providers/shared/validation.js';
import {
  allThalamusFieldDefinitions,
  DEFAULT_THALAMUS_STATUS_NAMES,
  fromThalamusCase,
  fromThalamusCaseData,
  fromThalamusDate,
  fromThalamusStatus,
  mergeThalamusCaseData,
  resolveThalamusStatusNames,
  toThalamusCreateBody,
  toThalamusDate,
  toThalamusStatusName,
  toThalamusTransitionBody,
  toThalamusUpdateBody,
  thalamusFieldDefinitions,
  thalamusFieldTypes,
  thalamusUpdatableFields,
} from '../../../src/providers/thalamus/mapping.js';
import { thalamusCaseSchema, thalamusCreateBodySchema } from '../../../src/providers/thalamus/wire.js';
import type { ThalamusCaseDataFields } from '../../../src/providers/thalamus/config.js';

/** Declarations as THALAMUS_CASE_DATA_FIELDS would give them: one field for every type, the rest per type. */
const declared: ThalamusCaseDataFields = {
  everyType: [{ key: 'cantidadLlamadas', type: 'NUMBER', required: false }],
  byCaseType: [
    {
      categoryCode: 'Reclamo',
      typeCode: 'Telefonico',
      fields: [
        { key: 'fechaIncidente', type: 'DATE', required: true },
        { key: 'montoReclamado', type: 'DECIMAL', required: false },
        { key: 'requiereVisita', type: 'BOOLEAN', required: false },
      ],
    },
    {
      categoryCode: 'Consulta',
      typeCode: 'Email',
      fields: [
        { key: 'cantidadLlamadas', type: 'NUMBER', required: true },
        { key: 'numeroCliente', type: 'TEXT', required: false },
      ],
    },
  ],
};
const definitions = thalamusFieldDefinitions(declared, 'Reclamo', 'Telefonico');

describe('statuses', () => {
  it('sends unified statuses by the default Thalamus names', () => {
    expect(toThalamusStatusName('NEW', DEFAULT_THALAMUS_STATUS_NAMES)).toBe('Created');
    expect(toThalamusStatusName('OPEN', DEFAULT_THALAMUS_STATUS_NAMES)).toBe('Open');
    expect(toThalamusStatusName('ON_HOLD', DEFAULT_THALAMUS_STATUS_NAMES)).toBe('On Hold');
    expect(toThalamusStatusName('CLOSED', DEFAULT_THALAMUS_STATUS_NAMES)).toBe('Closed');
    expect(toThalamusStatusName('OTHER', DEFAULT_THALAMUS_STATUS_NAMES)).toBeUndefined();
  });

  it('normalises Thalamus status names case-insensitively, reading _ as a space', () => {
    expect(fromThalamusStatus('Created')).toBe('NEW');
    expect(fromThalamusStatus('Open')).toBe('OPEN');
    expect(fromThalamusStatus('In Progress')).toBe('OPEN');
    expect(fromThalamusStatus('in_progress')).toBe('OPEN');
    expect(fromThalamusStatus('Pending')).toBe('PENDING');
    expect(fromThalamusStatus('On Hold')).toBe('ON_HOLD');
    expect(fromThalamusStatus('resolved')).toBe('RESOLVED');
    expect(fromThalamusStatus('CLOSED')).toBe('CLOSED');
    expect(fromThalamusStatus('Derivado')).toBe('OTHER');
  });

  it('lets configured names override the defaults in both directions', () => {
    const names = resolveThalamusStatusNames({ OPEN: 'In Progress', NEW: 'Nuevo' });
    expect(toThalamusStatusName('OPEN', names)).toBe('In Progress');
    expect(toThalamusStatusName('NEW', names)).toBe('Nuevo');
    expect(toThalamusStatusName('RESOLVED', names)).toBe('Resolved');
    expect(fromThalamusStatus('Nuevo', names)).toBe('NEW');
    expect(fromThalamusStatus('Created', names)).toBe('NEW');
  });
});

describe('dates', () => {
  it('sends the calendar date as written', () => {
    expect(toThalamusDate('2024-05-01')).toBe('2024-05-01');
    expect(toThalamusDate('2024-05-01T23:30:00-03:00')).toBe('2024-05-01');
    expect(() => toThalamusDate('May 1st')).toThrow();
  });

  it('reads YYYY-MM-DD and unix-timestamp strings (seconds or milliseconds) as YYYY-MM-DD', () => {
    expect(fromThalamusDate('2024-05-01')).toBe('2024-05-01');
    expect(fromThalamusDate('1714521600')).toBe('2024-05-01');
    expect(fromThalamusDate('1714521600000')).toBe('2024-05-01');
    expect(fromThalamusDate(1714521600)).toBe('2024-05-01');
    expect(fromThalamusDate('yesterday')).toBeNull();
  });
});

describe('field definitions (declared in configuration)', () => {
  it('are the every-type fields, then the case type’s own', () => {
    expect(definitions).toEqual([
      { key: 'cantidadLlamadas', label: null, type: 'NUMBER', required: false, requiredFor: [], options: [] },
      { key: 'fechaIncidente', label: null, type: 'DATE', required: true, requiredFor: ['CREATE'], options: [] },
      { key: 'montoReclamado', label: null, type: 'DECIMAL', required: false, requiredFor: [], options: [] },
      { key: 'requiereVisita', label: null, type: 'BOOLEAN', required: false, requiredFor: [], options: [] },
    ]);
    expect(thalamusFieldDefinitions(declared, 'Consulta', 'Email').map((d) => [d.key, d.required])).toEqual([
      ['cantidadLlamadas', true],
      ['numeroCliente', false],
    ]);
    expect(thalamusFieldDefinitions(declared, 'Otro', 'Tipo').map((d) => d.key)).toEqual(['cantidadLlamadas']);
    expect(thalamusFieldDefinitions(undefined, 'Reclamo', 'Telefonico')).toEqual([]);
  });

  it('list every field once; required only when required for every case type', () => {
    expect(allThalamusFieldDefinitions(declared).map((d) => [d.key, d.type, d.required])).toEqual([
      ['cantidadLlamadas', 'NUMBER', false],
      ['fechaIncidente', 'DATE', false],
      ['montoReclamado', 'DECIMAL', false],
      ['requiereVisita', 'BOOLEAN', false],
      ['numeroCliente', 'TEXT', false],
    ]);
    expect(
      allThalamusFieldDefinitions({ everyType: [{ key: 'zona', type: 'TEXT', required: true }], byCaseType: [] }),
    ).toEqual([{ key: 'zona', label: null, type: 'TEXT', required: true, requiredFor: ['CREATE'], options: [] }]);
  });

  it('on update add the fields the case carries, typed as declared or else TEXT', () => {
    const updatable = thalamusUpdatableFields(declared, {
      categoryCode: 'Reclamo',
      typeCode: 'Telefonico',
      caseData: { fechaIncidente: null, numeroCliente: '77', zona: 'Norte', links: [] },
    });
    expect(updatable.map((d) => [d.key, d.type])).toEqual([
      ['cantidadLlamadas', 'NUMBER'],
      ['fechaIncidente', 'DATE'],
      ['montoReclamado', 'DECIMAL'],
      ['requiereVisita', 'BOOLEAN'],
      ['numeroCliente', 'TEXT'],
      ['zona', 'TEXT'],
    ]);
  });
});

describe('create body (the create-case page example)', () => {
  it('builds categoryCode/typeCode, status by name, resolution, comments and caseData with a YYYY-MM-DD date', () => {
    const customFields = [
      { key: 'fechaIncidente', value: '2024-05-01T10:00:00Z' },
      { key: 'montoReclamado', value: 1520.5 },
      { key: 'cantidadLlamadas', value: 2 },
      { key: 'requiereVisita', value: true },
    ];
    const checked = checkCustomFields(customFields, definitions, { mode: 'create', vendorName: 'Thalamus' });
    expect(checked.problems).toEqual([]);
    const body = toThalamusCreateBody(
      {
        provider: 'THALAMUS',
        status: 'NEW',
        comments: [{ body: 'El cliente reporta cortes de línea.' }],
        customFields,
        thalamus: { categoryCode: 'Reclamo', typeCode: 'Telefonico', resolution: 'Resolved' },
      },
      checked.fields,
      DEFAULT_THALAMUS_STATUS_NAMES,
    );
    expect(body).toEqual({
      categoryCode: 'Reclamo',
      typeCode: 'Telefonico',
      status: 'Created',
      resolution: 'Resolved',
      comments: [{ description: 'El cliente reporta cortes de línea.' }],
      caseData: { fechaIncidente: '2024-05-01', montoReclamado: 1520.5, cantidadLlamadas: 2, requiereVisita: true },
    });
    expect(thalamusCreateBodySchema.safeParse(body).success).toBe(true);
    expect(body).not.toHaveProperty('attachements');
  });

  it('leaves out what was not asked for', () => {
    const body = toThalamusCreateBody(
      { provider: 'THALAMUS', thalamus: { categoryCode: 'Reclamo', typeCode: 'Telefonico' } },
      [],
      DEFAULT_THALAMUS_STATUS_NAMES,
    );
    expect(body).toEqual({ categoryCode: 'Reclamo', typeCode: 'Telefonico' });
  });
});

describe('update and transition bodies', () => {
  it('always carries the classification; caseData only when given', () => {
    expect(
      toThalamusUpdateBody(
        { categoryCode: 'Reclamo', typeCode: 'Telefonico' },
        {
          provider: 'THALAMUS',
          id: '7',
          comments: [{ body: 'Se llamó al cliente.' }],
          thalamus: { resolution: 'Rejected' },
        },
        undefined,
      ),
    ).toEqual({
      categoryCode: 'Reclamo',
      typeCode: 'Telefonico',
      resolution: 'Rejected',
      comments: [{ description: 'Se llamó al cliente.' }],
    });
  });

  it('transitions by statusName (the docs example)', () => {
    expect(toThalamusTransitionBody('resolved')).toEqual({ statusName: 'resolved' });
  });

  it('merges changed caseData into every field of the case type', () => {
    const current = { fechaIncidente: '2024-03-18', montoReclamado: 1520.5, cantidadLlamadas: 2, links: [] };
    expect(mergeThalamusCaseData(current, { cantidadLlamadas: 3 }, definitions, true)).toEqual({
      fechaIncidente: '2024-03-18',
      montoReclamado: 1520.5,
      cantidadLlamadas: 3,
      requiereVisita: null,
    });
  });

  it('on a change of case type sends only the new type’s fields', () => {
    const consulta: CustomFieldDefinitionModel[] = [
      { key: 'numeroCliente', type: 'NUMBER', required: false, requiredFor: [], options: [], label: null },
    ];
    expect(mergeThalamusCaseData({ fechaIncidente: '2024-03-18' }, {}, consulta, false)).toEqual({
      numeroCliente: null,
    });
  });
});

describe('cases', () => {
  it('reads the get-cases example case: integer id, typeCode as title, status by name, every comments entry a comment, caseData links skipped', () => {
    const wire = thalamusCaseSchema.parse({
      id: 1,
      categoryCode: 'cat_1',
      typeCode: 'type_1',
      status: 'Open',
      resolution: 'Unresolved',
      comments: [
        { id: 11, description: 'Llamado inicial' },
        { id: 12, description: 'Agregado como nota', type: 'note' },
        { id: 13, description: 'Sin tipo' },
      ],
      caseData: { links: [] },
      attachements: [],
    });
    expect(fromThalamusCase(wire)).toEqual({
      id: '1',
      provider: 'THALAMUS',
      number: '1',
      title: 'type_1',
      description: null,
      status: 'OPEN',
      vendorStatus: 'Open',
      priority: null,
      vendorPriority: null,
      url: null,
      createdAt: null,
      updatedAt: null,
      requester: null,
      assignee: null,
      interactions: [],
      notes: [],
      comments: [
        { id: '11', body: 'Llamado inicial', createdAt: null, author: null },
        { id: '12', body: 'Agregado como nota', createdAt: null, author: null },
        { id: '13', body: 'Sin tipo', createdAt: null, author: null },
      ],
      customFields: [],
    });
  });

  it('types caseData by the declared types, dates as YYYY-MM-DD', () => {
    expect(
      fromThalamusCaseData(
        { fechaIncidente: '1714521600', montoReclamado: 12, cantidadLlamadas: '3', requiereVisita: 'true', links: [] },
        thalamusFieldTypes(declared),
      ),
    ).toEqual([
      { key: 'fechaIncidente', label: null, type: 'DATE', value: '2024-05-01' },
      { key: 'montoReclamado', label: null, type: 'DECIMAL', value: 12 },
      { key: 'cantidadLlamadas', label: null, type: 'NUMBER', value: 3 },
      { key: 'requiereVisita', label: null, type: 'BOOLEAN', value: true },
    ]);
  });

  it('gives a field the same type set or unset: its declared type, else TEXT', () => {
    const types = thalamusFieldTypes(declared);
    const unset = fromThalamusCaseData(
      { fechaIncidente: null, montoReclamado: null, requiereVisita: null, zona: null },
      types,
    );
    const set = fromThalamusCaseData(
      { fechaIncidente: '2024-01-02', montoReclamado: 2.5, requiereVisita: false, zona: 'Norte' },
      types,
    );
    expect(unset.map((f) => [f.key, f.type])).toEqual(set.map((f) => [f.key, f.type]));
    expect(set.map((f) => [f.key, f.type, f.value])).toEqual([
      ['fechaIncidente', 'DATE', '2024-01-02'],
      ['montoReclamado', 'DECIMAL', 2.5],
      ['requiereVisita', 'BOOLEAN', false],
      ['zona', 'TEXT', 'Norte'],
    ]);
    expect(unset.every((f) => f.value === null)).toBe(true);
  });

  it('reads undeclared keys as TEXT whatever their JSON type, and unreadable declared values as null', () => {
    expect(fromThalamusCaseData({ a: true, b: 2, c: '2024-01-02', d: null, e: { x: 1 } })).toEqual([
      { key: 'a', label: null, type: 'TEXT', value: 'true' },
      { key: 'b', label: null, type: 'TEXT', value: '2' },
      { key: 'c', label: null, type: 'TEXT', value: '2024-01-02' },
      { key: 'd', label: null, type: 'TEXT', value: null },
      { key: 'e', label: null, type: 'TEXT', value: '{"x":1}' },
    ]);
    expect(fromThalamusCaseData({ montoReclamado: 'mucho' }, thalamusFieldTypes(declared))).toEqual([
      { key: 'montoReclamado', label: null, type: 'DECIMAL', value: null },
    ]);
  });

  it('rejects a case without an integer id', () => {
    expect(thalamusCaseSchema.safeParse({ id: 'abc', categoryCode: 'c', typeCode: 't' }).success).toBe(false);
  });
});
