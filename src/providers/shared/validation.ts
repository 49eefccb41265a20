// Checks every provider shares, run before any vendor call: required and unsupported input paths
// (from the provider's declared capabilities) and custom-field values against the vendor's
// definitions. Providers add only what is peculiar to their vendor.
import type { FieldErrorModel } from '../../domain/errors.js';
import type {
  CaseProvider,
  CustomFieldDefinitionModel,
  CustomFieldInput,
  CustomFieldScalar,
  ProviderCapabilities,
} from '../../domain/model.js';
import { schemaEnumValues } from '../../typeDefs.js';

/** The input object only this vendor may set: `CreateCaseInput.<provider in lower case>` (schema/inputs.graphql). */
export const vendorInputKey = (provider: string): string => provider.toLowerCase();

function valueAt(input: unknown, path: string): unknown {
  let current: unknown = input;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const isProvided = (value: unknown): boolean =>
  value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Problems with an input's shape for this provider: missing required paths, unsupported ones, other vendors' inputs. */
export function checkInputShape(
  provider: CaseProvider,
  capabilities: ProviderCapabilities,
  mode: 'create' | 'update',
  input: object,
): FieldErrorModel[] {
  const problems: FieldErrorModel[] = [];
  const required = mode === 'create' ? capabilities.requiredCreateFields : capabilities.requiredUpdateFields;
  const unsupported = mode === 'create' ? capabilities.unsupportedCreateFields : capabilities.unsupportedUpdateFields;
  for (const path of required) {
    if (isBlank(valueAt(input, path))) {
      problems.push({ path: path.split('.'), message: `${capabilities.name} requires ${path}.` });
    }
  }
  for (const path of unsupported) {
    if (isProvided(valueAt(input, path))) {
      problems.push({
        path: path.split('.'),
        message: `${capabilities.name} has no place for ${path} on ${mode}; it was not sent.`,
      });
    }
  }
  for (const other of schemaEnumValues('CaseProvider')) {
    const key = vendorInputKey(other);
    if (other !== provider && isProvided(valueAt(input, key))) {
      problems.push({ path: [key], message: `${key} applies only to provider ${other}.` });
    }
  }
  return problems;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function normaliseValue(
  def: CustomFieldDefinitionModel,
  value: unknown,
): { ok: true; value: CustomFieldScalar } | { ok: false; message: string } {
  const optionValues = def.options.map((o) => o.value);
  const needOption = (v: string) =>
    optionValues.length === 0 || optionValues.includes(v)
      ? null
      : `${JSON.stringify(v)} is not one of ${optionValues.map((o) => JSON.stringify(o)).join(', ')}.`;
  switch (def.type) {
    case 'TEXT':
    case 'TEXTAREA':
      return typeof value === 'string' ? { ok: true, value } : { ok: false, message: 'Expected a string.' };
    case 'NUMBER':
      return typeof value === 'number' && Number.isInteger(value)
        ? { ok: true, value }
        : { ok: false, message: 'Expected a whole number.' };
    case 'DECIMAL':
      return typeof value === 'number' && Number.isFinite(value)
        ? { ok: true, value }
        : { ok: false, message: 'Expected a number.' };
    case 'BOOLEAN':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, message: 'Expected true or false.' };
    case 'DATE':
      return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? { ok: true, value }
        : { ok: false, message: 'Expected an ISO-8601 date such as 2024-05-01 or 2024-05-01T10:00:00Z.' };
    case 'SINGLE_SELECT': {
      if (typeof value !== 'string' && typeof value !== 'number')
        return { ok: false, message: 'Expected one option value.' };
      const problem = needOption(String(value));
      return problem ? { ok: false, message: problem } : { ok: true, value: String(value) };
    }
    case 'MULTI_SELECT':
    case 'DEPENDENT':
    case 'STRING_LIST': {
      if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
        return { ok: false, message: 'Expected a list of strings.' };
      }
      if (def.type === 'MULTI_SELECT') {
        const problem = value.map(needOption).find((p) => p !== null);
        if (problem) return { ok: false, message: problem };
      }
      return { ok: true, value };
    }
  }
}

export interface CheckedCustomField {
  definition: CustomFieldDefinitionModel;
  value: CustomFieldScalar;
}

/**
 * Checks custom-field values against the vendor's definitions. Returns the values normalised
 * (select values as strings) with their definitions, or the problems, with paths into the input.
 */
export function checkCustomFields(
  values: readonly CustomFieldInput[] | null | undefined,
  definitions: readonly CustomFieldDefinitionModel[],
  options: { mode: 'create' | 'update'; vendorName: string },
): { fields: CheckedCustomField[]; problems: FieldErrorModel[] } {
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const fields: CheckedCustomField[] = [];
  const problems: FieldErrorModel[] = [];
  const seen = new Set<string>();
  (values ?? []).forEach((field, index) => {
    const path = ['customFields', String(index)];
    const definition = byKey.get(field.key);
    if (!definition) {
      problems.push({
        path: [...path, 'key'],
        message: `${options.vendorName} has no custom field ${JSON.stringify(field.key)}.`,
      });
      return;
    }
    if (seen.has(field.key)) {
      problems.push({ path: [...path, 'key'], message: `Custom field ${JSON.stringify(field.key)} is set twice.` });
      return;
    }
    seen.add(field.key);
    const result = normaliseValue(definition, field.value);
    if (result.ok) fields.push({ definition, value: result.value });
    else problems.push({ path: [...path, 'value'], message: `${field.key}: ${result.message}` });
  });
  if (options.mode === 'create') {
    for (const definition of definitions) {
      if (definition.required && !seen.has(definition.key)) {
        problems.push({
          path: ['customFields'],
          message: `${options.vendorName} requires custom field ${JSON.stringify(definition.key)}.`,
        });
      }
    }
  }
  return { fields, problems };
}
