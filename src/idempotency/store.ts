// What an idempotency key holds, and the store contract the in-memory and Redis stores share.
import { z } from 'zod';
import type {
  CasePriority,
  CaseProvider,
  CaseStatus,
  CustomFieldType,
  ErrorCode,
  MutationOutcome,
} from '../domain/model.js';
import { schemaEnumValues } from '../typeDefs.js';

/**
 * A key's state. `running` carries when the first attempt started: an attempt that never
 * finished (its process died) is not retried blindly, it is reported as outcome unknown.
 */
export type IdempotencyEntry =
  | { state: 'running'; fingerprint: string; startedAt: number }
  | { state: 'done'; fingerprint: string; outcome: MutationOutcome }
  | { state: 'unknown'; fingerprint: string; message: string; startedAt: number };

export interface IdempotencyStore {
  /**
   * Atomically claims `key` for a first attempt (answering null), or answers what the key holds.
   * A claimed key holds `running` for `ttlMs`.
   */
  claim(key: string, entry: IdempotencyEntry & { state: 'running' }, ttlMs: number): Promise<IdempotencyEntry | null>;
  /** Records how the attempt ended, for `ttlMs`. */
  record(key: string, entry: IdempotencyEntry & { state: 'done' | 'unknown' }, ttlMs: number): Promise<void>;
  /** Frees the key: the attempt provably wrote nothing, so the same key may try again. */
  release(key: string): Promise<void>;
  /** Whether the store answers now: readiness fails while a shared store is unreachable. */
  reachable(): Promise<boolean>;
  close(): Promise<void>;
}

// Entries read back from a shared store are data from another process: parsed, not trusted.
const enumOf = <T extends string>(name: string) =>
  z.custom<T>((v) => typeof v === 'string' && schemaEnumValues(name).includes(v), `not a ${name} value`);
const date = z.iso
  .datetime({ offset: true })
  .transform((s) => new Date(s))
  .nullish();
const author = z.object({
  id: z.string().nullish(),
  service: z.string().nullish(),
  serviceId: z.string().nullish(),
  handle: z.string().nullish(),
  name: z.string().nullish(),
  email: z.string().nullish(),
  phone: z.string().nullish(),
  brandOwned: z.boolean().nullish(),
});
const scalar = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

export const caseModelSchema = z.object({
  id: z.string(),
  provider: enumOf<CaseProvider>('CaseProvider'),
  number: z.string().nullish(),
  title: z.string().nullish(),
  description: z.string().nullish(),
  status: enumOf<CaseStatus>('CaseStatus').nullish(),
  vendorStatus: z.string().nullish(),
  priority: enumOf<CasePriority>('CasePriority').nullish(),
  vendorPriority: z.string().nullish(),
  url: z.string().nullish(),
  createdAt: date,
  updatedAt: date,
  requester: author.nullish(),
  assignee: z.object({ id: z.string(), name: z.string().nullish() }).nullish(),
  interactions: z.array(
    z.object({
      id: z.string().nullish(),
      body: z.string().nullish(),
      createdAt: date,
      linkUrl: z.string().nullish(),
      service: z.string().nullish(),
      serviceId: z.string().nullish(),
      contentType: z.string().nullish(),
      author,
    }),
  ),
  notes: z.array(
    z.object({ id: z.string().nullish(), title: z.string().nullish(), body: z.string(), public: z.boolean() }),
  ),
  comments: z.array(
    z.object({ id: z.string().nullish(), body: z.string(), createdAt: date, author: author.nullish() }),
  ),
  customFields: z.array(
    z.object({
      key: z.string(),
      label: z.string().nullish(),
      type: enumOf<CustomFieldType>('CustomFieldType'),
      value: scalar,
    }),
  ),
});

export const mutationOutcomeSchema = z.object({
  case: caseModelSchema,
  warnings: z.array(z.object({ message: z.string(), path: z.array(z.string()), code: enumOf<ErrorCode>('ErrorCode') })),
});

export const entrySchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('running'), fingerprint: z.string(), startedAt: z.number() }),
  z.object({ state: z.literal('done'), fingerprint: z.string(), outcome: mutationOutcomeSchema }),
  z.object({ state: z.literal('unknown'), fingerprint: z.string(), message: z.string(), startedAt: z.number() }),
]);

/** An entry as another process wrote it, or null when it is not one (a foreign value under our prefix). */
export function parseEntry(text: string | null): IdempotencyEntry | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = entrySchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
