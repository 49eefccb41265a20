// What only Talkdesk refuses, found before any call. The shared checks (required and unsupported
// inputs from capabilities.ts, custom-field types and options) run beside these.
import type { FieldErrorModel } from '../../domain/errors.js';
import type { CreateCaseInput, CustomFieldInput, UpdateCaseInput } from '../../domain/model.js';
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
  if (input.status === 'RESOLVED' && (input.talkdesk?.resolution ?? '').trim() === '') {
    problems.push({
      path: ['talkdesk', 'resolution'],
      message: 'Talkdesk requires a resolution when the status becomes RESOLVED.',
    });
  }
  if (present(input.talkdesk?.groupId) && input.talkdesk.groupId.length > 255) {
    problems.push({ path: ['talkdesk', 'groupId'], message: 'Talkdesk group ids are at most 255 characters.' });
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
