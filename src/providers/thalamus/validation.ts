// What only Thalamus refuses and casegraph can tell before any call; the shared checks
// (required and unsupported input paths) run beside these in VendorDataSource.
import type { FieldErrorModel } from '../../domain/errors.js';
import type { CommentInput, CreateCaseInput, NoteInput, UpdateCaseInput } from '../../domain/model.js';
import type { WriteMode } from '../shared/dataSource.js';

/** Thalamus notes are a description only; reject what would otherwise be dropped. */
function noteProblems(notes: readonly NoteInput[] | null | undefined): FieldErrorModel[] {
  const problems: FieldErrorModel[] = [];
  (notes ?? []).forEach((note, i) => {
    if (note.title !== null && note.title !== undefined && note.title !== '') {
      problems.push({ path: ['notes', String(i), 'title'], message: 'Thalamus notes have no title; it was not sent.' });
    }
    if (note.public === true) {
      problems.push({
        path: ['notes', String(i), 'public'],
        message: 'Thalamus notes have no visibility setting; a public note cannot be promised.',
      });
    }
    if (note.body.trim() === '') problems.push({ path: ['notes', String(i), 'body'], message: 'A note needs text.' });
  });
  return problems;
}

function commentProblems(comments: readonly CommentInput[] | null | undefined): FieldErrorModel[] {
  return (comments ?? []).flatMap((c, i) =>
    c.body.trim() === '' ? [{ path: ['comments', String(i), 'body'], message: 'A comment needs text.' }] : [],
  );
}

function statusProblems(status: string | null | undefined): FieldErrorModel[] {
  return status === 'OTHER'
    ? [{ path: ['status'], message: 'Thalamus sets statuses by name; OTHER has no name to send.' }]
    : [];
}

/** Problems only Thalamus has with an input, found without a call. */
export function thalamusInputProblems(_mode: WriteMode, input: CreateCaseInput | UpdateCaseInput): FieldErrorModel[] {
  return [...statusProblems(input.status), ...commentProblems(input.comments), ...noteProblems(input.notes)];
}
