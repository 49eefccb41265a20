import { describe, it, expect } from 'vitest';
import type { CustomFieldDefinitionModel } from '../../../src/domain/model.js';
import type { HttpResponse } from '../../../src/http/client.js';
import { parseJson } from '../../../src/http/client.js';
import { failureFromResponse } from '../../../src/http/failure.js';
import { checkCustomFields } from '../../../src/providers/shared/validation.js';
import {
  DEFAULT_THALAMUS_STATUS_NAMES,
  fromThalamusCase,
  fromThalamusCaseData,
  fromThalamusDate,
  fromThalamusFieldDefinitions,
  fromThalamusStatus,
  isThalamusFailedText,
  mergeThalamusCaseData,
  resolveThalamusStatusNames,
  thalamusFailure,
  thalamusFieldPath,
  toThalamusCreateBody,
  toThalamusDate,
  toThalamusNoteBody,
  toThalamusStatusName,
  toThalamusTransitionBody,
  toThalamusUpdateBody,
  unionThalamusFieldDefinitions,
} from '../../../src/providers/thalamus/mapping.js';
import { thalamusCaseSchema, thalamusCreateBodySchema } from '../../../src/providers/thalamus/wire.js';
import type { ThalamusTypeCategory } from '../../../src/providers/thalamus/wire.js';

const reclamoTelefonico: ThalamusTypeCategory = {
  caseTypeCode: 'Telefonico',
  caseTypeName: 'Telefónico',
  caseCategoryCode: 'Reclamo',
  caseCategoryName: 'Reclamo',
  defaultAnswer: 'Gracias por comunicarse.',
  caseDataFields: [
    { name: 'fechaIncidente', label: 'Fecha del incidente', type: 'Date', required: true },
    { name: 'montoReclamado', label: 'Monto reclamado', type: 'Decimal', required: false },
    { name: 'cantidadLlamadas', label: 'Cantidad de llamadas', type: 'Number', required: false },
    { name: 'requiereVisita', label: 'Requiere visita', type: 'Boolean', required: false },
  ],
};
const definitions = fromThalamusFieldDefinitions(reclamoTelefonico);

const response = (status: number, body: string): HttpResponse => ({
  status,
  headers: {},
  text: body,
  json: parseJson(body),
});

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

describe('field definitions (typecategory caseDataFields, a project decision)', () => {
  it('maps Boolean, Decimal, Number and Date fields', () => {
    expect(definitions).toEqual([
      {
        key: 'fechaIncidente',
        label: 'Fecha del incidente',
        type: 'DATE',
        required: true,
        requiredFor: ['CREATE'],
        options: [],
      },
      {
        key: 'montoReclamado',
        label: 'Monto reclamado',
        type: 'DECIMAL',
        required: false,
        requiredFor: [],
        options: [],
      },
      {
        key: 'cantidadLlamadas',
        label: 'Cantidad de llamadas',
        type: 'NUMBER',
        required: false,
        requiredFor: [],
        options: [],
      },
      {
        key: 'requiereVisita',
        label: 'Requiere visita',
        type: 'BOOLEAN',
        required: false,
        requiredFor: [],
        options: [],
      },
    ]);
  });

  it('tolerates entries without fields (the documented shape) and skips unknown field types', () => {
    expect(
      fromThalamusFieldDefinitions({ caseTypeCode: 'type_1', caseCategoryCode: 'cat_1', caseTypeName: 'T' }),
    ).toEqual([]);
    expect(
      fromThalamusFieldDefinitions({
        caseTypeCode: 't',
        caseCategoryCode: 'c',
        caseDataFields: [
          { name: 'foto', type: 'Image' },
          { name: 'nota', type: 'Text' },
        ],
      }),
    ).toEqual([{ key: 'nota', label: null, type: 'TEXT', required: false, requiredFor: [], options: [] }]);
  });

  it('unions over case types; a field is required only where every type requires it', () => {
    const other: ThalamusTypeCategory = {
      caseTypeCode: 'Email',
      caseCategoryCode: 'Consulta',
      caseDataFields: [
        { name: 'fechaIncidente', type: 'Date', required: false },
        { name: 'numeroCliente', type: 'Number', required: true },
      ],
    };
    const union = unionThalamusFieldDefinitions([reclamoTelefonico, other]);
    expect(union.map((d) => [d.key, d.type, d.required])).toEqual([
      ['fechaIncidente', 'DATE', false],
      ['montoReclamado', 'DECIMAL', false],
      ['cantidadLlamadas', 'NUMBER', false],
      ['requiereVisita', 'BOOLEAN', false],
      ['numeroCliente', 'NUMBER', false],
    ]);
    expect(unionThalamusFieldDefinitions([reclamoTelefonico]).find((d) => d.key === 'fechaIncidente')?.required).toBe(
      true,
    );
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

describe('update, transition and note bodies', () => {
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

  it('transitions by statusName and notes by description (the docs examples)', () => {
    expect(toThalamusTransitionBody('resolved')).toEqual({ statusName: 'resolved' });
    expect(toThalamusNoteBody({ body: 'This is a note!' })).toEqual({ description: 'This is a note!' });
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
  it('reads the get-cases example case: integer id, typeCode as title, status by name, caseData links skipped', () => {
    const wire = thalamusCaseSchema.parse({
      id: 1,
      categoryCode: 'cat_1',
      typeCode: 'type_1',
      status: 'Open',
      resolution: 'Unresolved',
      comments: [
        { id: 11, description: 'Llamado inicial', type: 'comment' },
        { id: 12, description: 'Nota interna', type: 'note' },
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
      notes: [{ id: '12', title: null, body: 'Nota interna', public: false }],
      comments: [
        { id: '11', body: 'Llamado inicial', createdAt: null, author: null },
        { id: '13', body: 'Sin tipo', createdAt: null, author: null },
      ],
      customFields: [],
    });
  });

  it('types caseData by the case type’s definitions, dates as YYYY-MM-DD', () => {
    expect(
      fromThalamusCaseData(
        { fechaIncidente: '1714521600', montoReclamado: 12, cantidadLlamadas: '3', requiereVisita: 'true', links: [] },
        definitions,
      ),
    ).toEqual([
      { key: 'fechaIncidente', label: 'Fecha del incidente', type: 'DATE', value: '2024-05-01' },
      { key: 'montoReclamado', label: 'Monto reclamado', type: 'DECIMAL', value: 12 },
      { key: 'cantidadLlamadas', label: 'Cantidad de llamadas', type: 'NUMBER', value: 3 },
      { key: 'requiereVisita', label: 'Requiere visita', type: 'BOOLEAN', value: true },
    ]);
  });

  it('infers types for caseData keys without a definition', () => {
    expect(fromThalamusCaseData({ a: true, b: 2, c: 2.5, d: '2024-01-02', e: 'x', f: null, g: { x: 1 } })).toEqual([
      { key: 'a', label: null, type: 'BOOLEAN', value: true },
      { key: 'b', label: null, type: 'NUMBER', value: 2 },
      { key: 'c', label: null, type: 'DECIMAL', value: 2.5 },
      { key: 'd', label: null, type: 'DATE', value: '2024-01-02' },
      { key: 'e', label: null, type: 'TEXT', value: 'x' },
      { key: 'f', label: null, type: 'TEXT', value: null },
    ]);
  });

  it('rejects a case without an integer id', () => {
    expect(thalamusCaseSchema.safeParse({ id: 'abc', categoryCode: 'c', typeCode: 't' }).success).toBe(false);
  });
});

describe('errors', () => {
  const ctx = { vendorName: 'Thalamus', fieldPath: thalamusFieldPath, caseId: '42' };
  const fail = (status: number, body: string) =>
    failureFromResponse(response(status, body), thalamusFailure(response(status, body)), ctx);

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
    ['{"errors":{"comment":"InvalidId"}}', ['notes'], 'InvalidId'],
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
  });

  it('maps vendor fields to input paths', () => {
    expect(thalamusFieldPath('categoryCode')).toEqual(['thalamus', 'categoryCode']);
    expect(thalamusFieldPath('comments.1')).toEqual(['comments', '1']);
    expect(thalamusFieldPath('caseData')).toEqual(['customFields']);
    expect(thalamusFieldPath('description')).toEqual(['notes']);
    expect(thalamusFieldPath('somethingElse')).toEqual(['somethingElse']);
  });
});
