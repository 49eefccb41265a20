// What only Khoros refuses and casegraph can tell before any call.
import type { FieldErrorModel } from '../../domain/errors.js';
import type { CreateCaseInput, UpdateCaseInput } from '../../domain/model.js';
import type { WriteMode } from '../shared/dataSource.js';
import { isAgentEmail } from './config.js';

/**
 * A Khoros case id casegraph will put in a URL path: the spec types it as a plain string, so only
 * unreserved URL characters, at most 128 of them, and never a dot segment (`.` or `..`), which a
 * server or proxy would resolve to another path with the shared secret attached.
 */
export function isKhorosCaseId(id: string): boolean {
  return /^[A-Za-z0-9._~-]{1,128}$/.test(id) && id !== '.' && id !== '..';
}

/** A Khoros customer id casegraph will put in a URL path (`/customer/{id}/cases`): the same rule as a case id. */
export function isKhorosCustomerId(id: string): boolean {
  return isKhorosCaseId(id);
}

export function khorosInputProblems(mode: WriteMode, input: CreateCaseInput | UpdateCaseInput): FieldErrorModel[] {
  const problems: FieldErrorModel[] = [];
  if (mode === 'update' && 'id' in input && !isKhorosCaseId(input.id)) {
    problems.push({
      path: ['id'],
      message:
        input.id.trim() === ''
          ? 'Khoros needs the case id.'
          : 'Not a Khoros case id: letters, digits, ".", "_", "~" and "-", at most 128, and not "." or "..".',
    });
  }
  const email = input.khoros?.agentEmail;
  if (email !== undefined && email !== null && !isAgentEmail(email)) {
    problems.push({
      path: ['khoros', 'agentEmail'],
      message: 'Khoros needs the agent email as a plain email address.',
    });
  }
  (input.interactions ?? []).forEach((interaction, index) => {
    if (!(interaction.createdAt instanceof Date) || Number.isNaN(interaction.createdAt.getTime())) {
      problems.push({ path: ['interactions', String(index), 'createdAt'], message: 'Expected a valid date-time.' });
    }
  });
  if (mode === 'update' && input.title !== undefined && input.title !== null && input.title.trim() === '') {
    problems.push({ path: ['title'], message: 'Khoros cases need a non-empty title.' });
  }
  return problems;
}
