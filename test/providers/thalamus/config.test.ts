import { describe, it, expect } from 'vitest';
import { envVars, parseCaseDataFields, readConfig } from '../../../src/providers/thalamus/config.js';
import { thalamus } from '../../../src/providers/thalamus/index.js';

describe('Thalamus configuration', () => {
  it('is absent when no THALAMUS_ variable is set', () => {
    expect(readConfig({ OTHER: 'x' })).toEqual({ kind: 'absent' });
  });

  it('names the missing required variables', () => {
    expect(readConfig({ THALAMUS_ACTIVITY: 'casegraph' })).toEqual({
      kind: 'incomplete',
      missing: ['THALAMUS_BASE_URL', 'THALAMUS_TOUCHPOINT', 'THALAMUS_TOKEN'],
    });
    expect(readConfig({ THALAMUS_BASE_URL: 'https://acme.example', THALAMUS_TOUCHPOINT: 'web' })).toEqual({
      kind: 'incomplete',
      missing: ['THALAMUS_TOKEN'],
    });
  });

  it('reads a complete configuration', () => {
    expect(
      readConfig({
        THALAMUS_BASE_URL: 'https://acme.thalamus.example',
        THALAMUS_TOUCHPOINT: 'web',
        THALAMUS_TOKEN: 't0k3n',
        THALAMUS_ACTIVITY: 'support',
        THALAMUS_STATUS_NAMES: 'open=In Progress, NEW=Nuevo',
        THALAMUS_DEFINITIONS_TTL_SECONDS: '60',
        THALAMUS_CASE_DATA_FIELDS: 'zona:TEXT',
      }),
    ).toEqual({
      kind: 'ok',
      config: {
        baseUrl: 'https://acme.thalamus.example',
        touchpoint: 'web',
        token: 't0k3n',
        activity: 'support',
        statusNames: { OPEN: 'In Progress', NEW: 'Nuevo' },
        definitionsTtlMs: 60_000,
        caseDataFields: { everyType: [{ key: 'zona', type: 'TEXT', required: false }], byCaseType: [] },
      },
    });
  });

  it('reads caseData field declarations for every case type and per category/type', () => {
    expect(
      parseCaseDataFields(
        ' zona : text , visitado:Boolean! ; Reclamo/Telefonico = fechaIncidente:DATE!, monto:DECIMAL;Consulta/Email=cliente:NUMBER;',
      ),
    ).toEqual({
      ok: true,
      value: {
        everyType: [
          { key: 'zona', type: 'TEXT', required: false },
          { key: 'visitado', type: 'BOOLEAN', required: true },
        ],
        byCaseType: [
          {
            categoryCode: 'Reclamo',
            typeCode: 'Telefonico',
            fields: [
              { key: 'fechaIncidente', type: 'DATE', required: true },
              { key: 'monto', type: 'DECIMAL', required: false },
            ],
          },
          {
            categoryCode: 'Consulta',
            typeCode: 'Email',
            fields: [{ key: 'cliente', type: 'NUMBER', required: false }],
          },
        ],
      },
    });
  });

  it('refuses malformed declarations, unknown types, and a key with two types', () => {
    const result = parseCaseDataFields('a:TEXT,a:TEXT;b:COLOR;c;Reclamo=d:DATE;X/Y=a:NUMBER;X/Y=e:DATE');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      'THALAMUS_CASE_DATA_FIELDS: a is declared twice for the same case types.',
      'THALAMUS_CASE_DATA_FIELDS: "b:COLOR" is not key:TYPE with TYPE one of BOOLEAN, DECIMAL, NUMBER, DATE, TEXT.',
      'THALAMUS_CASE_DATA_FIELDS: "c" is not key:TYPE with TYPE one of BOOLEAN, DECIMAL, NUMBER, DATE, TEXT.',
      'THALAMUS_CASE_DATA_FIELDS: "Reclamo" is not <categoryCode>/<typeCode>.',
      'THALAMUS_CASE_DATA_FIELDS: a is declared as both TEXT and NUMBER; a field has one type.',
      'THALAMUS_CASE_DATA_FIELDS: case type X/Y is declared twice.',
    ]);
    expect(
      readConfig({
        THALAMUS_BASE_URL: 'https://a.example',
        THALAMUS_TOUCHPOINT: 'w',
        THALAMUS_TOKEN: 't',
        THALAMUS_CASE_DATA_FIELDS: 'b:COLOR',
      }).kind,
    ).toBe('invalid');
  });

  it('reports malformed values', () => {
    const result = readConfig({
      THALAMUS_BASE_URL: 'ftp://acme',
      THALAMUS_TOUCHPOINT: 'web',
      THALAMUS_TOKEN: 't',
      THALAMUS_STATUS_NAMES: 'OTHER=Derivado',
      THALAMUS_DEFINITIONS_TTL_SECONDS: 'soon',
    });
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.problems).toHaveLength(3);
    expect(readConfig({ THALAMUS_BASE_URL: 'not a url', THALAMUS_TOUCHPOINT: 'w', THALAMUS_TOKEN: 't' }).kind).toBe(
      'invalid',
    );
    expect(
      readConfig({ THALAMUS_BASE_URL: 'https://a.example/?token=x', THALAMUS_TOUCHPOINT: 'w', THALAMUS_TOKEN: 't' })
        .kind,
    ).toBe('invalid');
  });

  it('publishes its variables and capabilities', () => {
    expect(thalamus.envVars).toEqual(envVars);
    expect(envVars).toContain('THALAMUS_TOKEN');
    expect(thalamus.capabilities).toMatchObject({
      interactions: 'UNSUPPORTED',
      notes: 'UNSUPPORTED',
      comments: 'READ_WRITE',
      customFields: 'READ_WRITE',
      requiredCreateFields: ['thalamus.categoryCode', 'thalamus.typeCode', 'status'],
    });
    expect(thalamus.capabilities.unsupportedCreateFields).toEqual(
      expect.arrayContaining(['title', 'description', 'priority', 'requester', 'assigneeId', 'interactions', 'notes']),
    );
  });
});
