// What only Thalamus refuses and casegraph can tell before any call; the shared checks
// (required and unsupported input paths) run beside these in VendorDataSource.
import type { FieldErrorModel } from '../../domain/errors.js';
import type {
  CommentInput,
  CreateCaseInput,
  CustomFieldDefinitionModel,
  CustomFieldInput,
  UpdateCaseInput,
} from '../../domain/model.js';
import type { WriteMode } from '../shared/dataSource.js';
import { checkCustomFields } from '../shared/validation.js';
import type { CheckedCustomField } from '../shared/validation.js';

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
  return [...statusProblems(input.status), ...commentProblems(input.comments)];
}

/** The entry index a `customFields.<i>...` path points at, or undefined for `customFields` itself. */
const entryIndex = (path: readonly string[]): number | undefined =>
  path[0] === 'customFields' && path[1] !== undefined ? Number(path[1]) : undefined;

/**
 * customFields against the caseData fields casegraph knows for one case type (declared, or on
 * update carried by the case). A key it does not know is refused as not declared, not as unknown to
 * Thalamus: Thalamus documents no list of fields, so casegraph cannot say it has none.
 */
export function checkThalamusCustomFields(
  values: readonly CustomFieldInput[] | null | undefined,
  definitions: readonly CustomFieldDefinitionModel[],
  options: { mode: WriteMode; categoryCode: string; typeCode: string },
): { fields: CheckedCustomField[]; problems: FieldErrorModel[] } {
  const keys = new Set(definitions.map((d) => d.key));
  const entries = (values ?? []).map((value, index) => ({ value, index }));
  const known = entries.filter((e) => keys.has(e.value.key));
  const unknown: FieldErrorModel[] = entries
    .filter((e) => !keys.has(e.value.key))
    .map((e) => ({
      path: ['customFields', String(e.index), 'key'],
      message:
        `${JSON.stringify(e.value.key)} is not a declared caseData field of Thalamus case type ` +
        `${options.categoryCode}/${options.typeCode}${options.mode === 'update' ? ', nor one this case carries' : ''}.`,
    }));
  const checked = checkCustomFields(
    known.map((e) => e.value),
    definitions,
    { mode: options.mode, vendorName: 'Thalamus' },
  );
  // The shared check numbered the known entries only: put back their places in the input.
  const problems = [
    ...unknown,
    ...checked.problems.map((p) => {
      const at = entryIndex(p.path);
      const entry = at === undefined ? undefined : known[at];
      return entry ? { ...p, path: ['customFields', String(entry.index), ...p.path.slice(2)] } : p;
    }),
  ].sort((a, b) => (entryIndex(a.path) ?? Infinity) - (entryIndex(b.path) ?? Infinity));
  return { fields: checked.fields, problems };
}
