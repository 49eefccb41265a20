// What only Talkdesk refuses, found before any call. The shared checks (required and unsupported
// inputs from capabilities.ts, custom-field types and options) run beside these.
import type { FieldErrorModel } from '../../domain/errors.js';
import type {
  CreateCaseInput,
  CustomFieldDefinitionModel,
  CustomFieldInput,
  CustomFieldValueModel,
  UpdateCaseInput,
} from '../../domain/model.js';
import type { WriteMode } from '../shared/dataSource.js';
import { dependentPathLabels } from './mapping.js';
import type { TalkdeskFieldCatalog } from './mapping.js';

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/** Inputs Talkdesk would refuse, found without any call (docs.talkdesk.com/reference/update-a-case). */
export function talkdeskInputProblems(mode: WriteMode, input: CreateCaseInput | UpdateCaseInput): FieldErrorModel[] {
  if (mode === 'create') return [];
  const problems: FieldErrorModel[] = [];
  if (input.status === 'OTHER') {
    problems.push({ path: ['status'], message: 'Talkdesk has no status OTHER; use one of its six statuses.' });
  }
  // The update page: a case cannot be set to Closed manually; Talkdesk closes solved cases itself.
  if (input.status === 'CLOSED') {
    problems.push({
      path: ['status'],
      message:
        'Talkdesk does not let a case be closed manually: it closes resolved cases itself. Set RESOLVED (with talkdesk.resolution) instead.',
    });
  }
  if ('id' in input && present(input.talkdesk?.parentId) && input.talkdesk.parentId === input.id) {
    problems.push({ path: ['talkdesk', 'parentId'], message: 'A case cannot be its own parent.' });
  }
  if (input.status === 'RESOLVED' && (input.talkdesk?.resolution ?? '').trim() === '') {
    problems.push({
      path: ['talkdesk', 'resolution'],
      message: 'Talkdesk requires a resolution when the status becomes RESOLVED.',
    });
  }
  return problems;
}

/**
 * Talkdesk-specific custom-field checks the shared validator cannot make: a dependent field's value
 * must be a path down its option tree, starting at the top.
 */
export function checkTalkdeskCustomFields(
  values: readonly CustomFieldInput[] | null | undefined,
  catalog: TalkdeskFieldCatalog,
): FieldErrorModel[] {
  const problems: FieldErrorModel[] = [];
  (values ?? []).forEach((field, index) => {
    const definition = catalog.definitions.find((d) => d.key === field.key);
    if (definition?.type !== 'DEPENDENT' || !Array.isArray(field.value) || field.value.length === 0) return;
    const tree = catalog.trees.get(field.key) ?? [];
    if (tree.length === 0) return;
    const path = field.value.filter((v): v is string => typeof v === 'string');
    if (path.length !== field.value.length) return; // the shared validator reports the type
    if (!dependentPathLabels(tree, path)) {
      problems.push({
        path: ['customFields', String(index), 'value'],
        message: `${field.key}: each value must be an option under the one before it, starting at the top level.`,
      });
    }
  });
  return problems;
}

/** What Talkdesk counts as a value: blank text and empty lists are none (false is a value). */
const hasValue = (value: unknown): boolean =>
  value !== undefined &&
  value !== null &&
  !(typeof value === 'string' && value.trim() === '') &&
  !(Array.isArray(value) && value.length === 0);

const named = (definition: CustomFieldDefinitionModel): string =>
  definition.label ? `${JSON.stringify(definition.key)} (${definition.label})` : JSON.stringify(definition.key);

/** The fields Talkdesk requires to solve a case (`required: true` in get-a-list-of-case-fields). */
export function requiredToSolve(definitions: readonly CustomFieldDefinitionModel[]): CustomFieldDefinitionModel[] {
  return definitions.filter((d) => d.requiredFor.includes('RESOLVE'));
}

/** Fields required to solve that the input does not set: their value can only be on the case already. */
export function requiredToSolveNotSent(
  values: readonly CustomFieldInput[] | null | undefined,
  definitions: readonly CustomFieldDefinitionModel[],
): CustomFieldDefinitionModel[] {
  const sent = new Set((values ?? []).map((v) => v.key));
  return requiredToSolve(definitions).filter((d) => !sent.has(d.key));
}

/**
 * Why Talkdesk would refuse to solve the case for its custom fields: a field required to solve that
 * the input sets to no value (at that value), or that neither the input nor the case has (at
 * `customFields`, naming the key). `onCase` are the values the case has now.
 */
export function talkdeskSolveProblems(
  values: readonly CustomFieldInput[] | null | undefined,
  definitions: readonly CustomFieldDefinitionModel[],
  onCase: readonly CustomFieldValueModel[],
): FieldErrorModel[] {
  const problems: FieldErrorModel[] = [];
  for (const definition of requiredToSolve(definitions)) {
    const index = (values ?? []).findIndex((v) => v.key === definition.key);
    const sent = index >= 0 ? values?.[index] : undefined;
    if (sent) {
      if (!hasValue(sent.value)) {
        problems.push({
          path: ['customFields', String(index), 'value'],
          message: `Talkdesk requires a value for custom field ${named(definition)} to resolve a case.`,
        });
      }
    } else if (!hasValue(onCase.find((v) => v.key === definition.key)?.value)) {
      problems.push({
        path: ['customFields'],
        message: `Talkdesk requires custom field ${named(definition)} to resolve a case, and the case has no value for it.`,
      });
    }
  }
  return problems;
}
