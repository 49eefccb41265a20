// How much one mutation input may ask for, checked before any vendor call: list sizes (each item
// may be its own vendor call), string lengths, characters and numbers. schema/inputs.graphql states
// each list maximum in the field's description; test/domain/limits.test.ts holds the two together.
import type { FieldErrorModel } from './errors.js';

/** Items per list input, by field name, wherever the list appears in a mutation input. */
export const MAX_LIST_ITEMS: Readonly<Record<string, number>> = {
  interactions: 20,
  notes: 20,
  comments: 20,
  customFields: 50,
  queueIds: 10,
  addQueueIds: 10,
  /** A MULTI_SELECT or STRING_LIST custom-field value. */
  value: 100,
};

/** Any string in an input, where the vendor documents no shorter maximum. */
export const MAX_STRING_LENGTH = 10_000;

/** C0 and C1 control characters and DEL; tab, line feed and carriage return are text. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * Problems with an input's size and content, with paths into it: lists over their maximum,
 * strings over `maxLengths` (dotted paths without list indices, e.g. `comments.body`) or the
 * global ceiling, control characters, and numbers that cannot be represented exactly (a JSON
 * integer beyond 2^53 has already been rounded by the time it is read: it is refused, not sent).
 */
export function inputLimitProblems(
  input: unknown,
  maxLengths: Readonly<Record<string, number>> = {},
  path: string[] = [],
): FieldErrorModel[] {
  const where = path.filter((p) => !/^\d+$/.test(p)).join('.');
  if (typeof input === 'string') {
    const max = maxLengths[where] ?? MAX_STRING_LENGTH;
    if (input.length > max) return [{ path, message: `At most ${max} characters; ${input.length} were given.` }];
    if (CONTROL.test(input)) {
      return [{ path, message: 'Control characters other than tab, line feed and carriage return are not allowed.' }];
    }
    return [];
  }
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || (Number.isInteger(input) && !Number.isSafeInteger(input))) {
      return [
        { path, message: 'The number cannot be represented exactly; send it as a string if it is an identifier.' },
      ];
    }
    return [];
  }
  if (Array.isArray(input)) {
    const key = path[path.length - 1] ?? '';
    const max = MAX_LIST_ITEMS[key] ?? MAX_LIST_ITEMS.value ?? 100;
    if (input.length > max) {
      return [{ path, message: `At most ${max} items per request; ${input.length} were given.` }];
    }
    return input.flatMap((item, index) => inputLimitProblems(item, maxLengths, [...path, String(index)]));
  }
  if (input !== null && typeof input === 'object' && !(input instanceof Date)) {
    return Object.entries(input).flatMap(([key, value]) => inputLimitProblems(value, maxLengths, [...path, key]));
  }
  return [];
}
