// JSON guards every simulator needs when it reads a request body it does not trust.

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
