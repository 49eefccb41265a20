// What only Khoros refuses and casegraph can tell before any call.
import type { FieldErrorModel } from '../../domain/errors.js';
import type { CreateCaseInput, UpdateCaseInput } from '../../domain/model.js';
import type { WriteMode } from '../shared/dataSource.js';
import { isAgentEmail } from './config.js';

export function khorosInputProblems(mode: WriteMode, input: CreateCaseInput | UpdateCaseInput): FieldErrorModel[] {
  const problems: FieldErrorModel[] = [];
  if (mode === 'update' && 'id' in input && input.id.trim() === '') {
    problems.push({ path: ['id'], message: 'Khoros needs the case id.' });
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
