// A ValidationError's `fields` name input paths (`["thalamus", "categoryCode"]`); a form shows each
// message beside the input it names.

export type FieldMessages = ReadonlyMap<string, string>;

/** Messages by dotted path; several problems with one input are joined. */
export function fieldMessages(fields: ReadonlyArray<{ path: readonly string[]; message: string }>): FieldMessages {
  const byPath = new Map<string, string>();
  for (const { path, message } of fields) {
    const key = path.join('.');
    byPath.set(key, byPath.has(key) ? `${byPath.get(key)} ${message}` : message);
  }
  return byPath;
}

/** The element ids an input's error is read from, for `aria-describedby`. */
export const errorIdFor = (inputId: string) => `${inputId}-error`;
