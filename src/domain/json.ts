// Guards for JSON that casegraph did not write (a request body, a cursor, a simulator's input).

/** A JSON object: not null, not an array. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
