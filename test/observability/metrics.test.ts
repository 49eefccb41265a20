// The operation-name label is the one a client chooses: it must not let a client mint series.
import { describe, expect, it } from 'vitest';
import { operationLabel } from '../../src/observability/metrics.js';

describe('operationLabel', () => {
  it('keeps well-formed names, calls unnamed operations anonymous and odd ones other', () => {
    expect(operationLabel('CreateCase')).toBe('CreateCase');
    expect(operationLabel(null)).toBe('anonymous');
    expect(operationLabel(undefined)).toBe('anonymous');
    expect(operationLabel('x'.repeat(65))).toBe('other');
  });

  it('stops adding names after the first 200, while the known ones keep their own', () => {
    for (let i = 0; i < 250; i += 1) operationLabel(`Generated${i}`);
    expect(operationLabel('Generated10')).toBe('Generated10');
    expect(operationLabel('Generated240')).toBe('other');
    expect(operationLabel('CreateCase')).toBe('CreateCase');
    expect(operationLabel('BrandNewName')).toBe('other');
  });
});
