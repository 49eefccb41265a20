// What only Sprinklr refuses and casegraph can tell before any call; the shared checks (required
// and unsupported input paths, custom-field values against the definitions) run beside these in
// VendorDataSource.
import type { FieldErrorModel } from '../../domain/errors.js';
import type { CreateCaseInput, UpdateCaseInput } from '../../domain/model.js';
import type { WriteMode } from '../shared/dataSource.js';
import { PRIORITY_PROPERTY, STATUS_PROPERTY } from './mapping.js';

/** Sprinklr user ids are integers (`assigneeId`, `assignedTo`: "Integer" on create-case and case-update). */
const USER_ID = /^\d{1,15}$/;

function assigneeProblems(assigneeId: string | null | undefined): FieldErrorModel[] {
  return assigneeId !== null && assigneeId !== undefined && !USER_ID.test(assigneeId)
    ? [{ path: ['assigneeId'], message: 'Sprinklr user ids are whole numbers.' }]
    : [];
}

function statusProblems(status: string | null | undefined): FieldErrorModel[] {
  return status === 'OTHER'
    ? [{ path: ['status'], message: 'OTHER names no Sprinklr status; choose a specific status.' }]
    : [];
}

/** `contact.id` is required whenever a contact is sent (create-case: `contact{id*, name}`). */
function contactProblems(requester: CreateCaseInput['requester']): FieldErrorModel[] {
  const given = requester && (requester.name != null || requester.id != null);
  return given && (requester.id == null || requester.id.trim() === '')
    ? [{ path: ['requester', 'id'], message: 'Sprinklr requires contact.id when a contact is given.' }]
    : [];
}

/** Status and priority are case properties too, but casegraph writes them from `status` and `priority`. */
function surfacedPropertyProblems(input: CreateCaseInput | UpdateCaseInput): FieldErrorModel[] {
  return (input.customFields ?? []).flatMap((field, index) => {
    const path = ['customFields', String(index), 'key'];
    if (field.key === STATUS_PROPERTY) return [{ path, message: `Set ${STATUS_PROPERTY} through status.` }];
    if (field.key === PRIORITY_PROPERTY) return [{ path, message: `Set ${PRIORITY_PROPERTY} through priority.` }];
    return [];
  });
}

/** What only Sprinklr rejects, before any call: paths into the GraphQL input. */
export function sprinklrInputProblems(mode: WriteMode, input: CreateCaseInput | UpdateCaseInput): FieldErrorModel[] {
  return [
    ...assigneeProblems(input.assigneeId),
    ...statusProblems(input.status),
    ...(mode === 'create' && 'requester' in input ? contactProblems(input.requester) : []),
    ...surfacedPropertyProblems(input),
  ];
}
