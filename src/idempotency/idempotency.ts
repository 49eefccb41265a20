// Idempotency keys for createCase and updateCase, after Stripe and the IETF Idempotency-Key draft.
// None of the four vendors has keys of its own, so casegraph holds them: a key is claimed
// atomically before the vendor is called, and the outcome recorded under it, so that a retried
// mutation either replays what happened or says it cannot know, and never writes twice.
import { createHash } from 'node:crypto';
import { CaseError, isCaseError, validationError } from '../domain/errors.js';
import type { CaseModel, CaseProvider, MutationOutcome } from '../domain/model.js';
import { metrics } from '../observability/metrics.js';
import type { IdempotencyEntry, IdempotencyStore } from './store.js';

export const MAX_KEY_LENGTH = 255;

export interface IdempotencySettings {
  /** How long a key and its outcome are kept. */
  ttlMs: number;
  /**
   * How long a first attempt may run before a retry stops waiting for it: past the operation
   * deadline, an attempt still marked running died with its process, and may have written.
   */
  leaseMs: number;
}

export interface IdempotentWrite {
  operation: 'createCase' | 'updateCase';
  provider: CaseProvider;
  /**
   * Who sent it (`Caller.id`): keys are the caller's own, so two callers choosing the same key
   * never see each other's outcome or block each other.
   */
  caller: string;
  /** The client's key; without one the write runs unguarded, and a lost answer says what a retry risks. */
  key: string | null | undefined;
  /** The mutation input without its key: what "the same request" means. */
  input: unknown;
  /** Told what the key did (`first`, `replayed`, …), for the write's audit line. */
  observe?: ((result: IdempotencyResult) => void) | undefined;
}

/** What a key did for one request: ran the write, replayed it, or refused it (and why). */
export type IdempotencyResult = 'first' | 'replayed' | 'reconciled' | 'conflict' | 'reused' | 'unknown';

/**
 * Finds what a create whose answer was lost wrote, where the vendor can tell (a single case made
 * since the attempt with what it sent), or undefined.
 */
export type Reconcile = (since: Date) => Promise<CaseModel | undefined>;

/** What went wrong with the key itself, logged by the caller; never shown to clients. */
export type StoreFailureListener = (err: unknown, write: IdempotentWrite) => void;

/** Where a key is held: the caller's, per operation and provider. */
export const storeKeyOf = (write: IdempotentWrite, key: string): string =>
  `${encodeURIComponent(write.caller)}:${write.operation}:${write.provider}:${key}`;

export class Idempotency {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly settings: IdempotencySettings,
    private readonly onStoreFailure: StoreFailureListener = () => undefined,
    private readonly now: () => number = Date.now,
  ) {}

  /** Runs `attempt` at most once per key and input; answers the recorded outcome for a retry. */
  async run(
    write: IdempotentWrite,
    attempt: () => Promise<MutationOutcome>,
    reconcile?: Reconcile,
  ): Promise<MutationOutcome> {
    const { key } = write;
    if (key === null || key === undefined) {
      try {
        return await attempt();
      } catch (err) {
        if (isCaseError(err) && err.type === 'OutcomeUnknownError') {
          throw new CaseError('OutcomeUnknownError', `${err.message} ${RETRY_WITHOUT_KEY}`, {
            retriable: false,
            cause: err,
          });
        }
        throw err;
      }
    }
    if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
      throw validationError([
        { path: ['idempotencyKey'], message: `An idempotency key has 1 to ${MAX_KEY_LENGTH} characters.` },
      ]);
    }
    const storeKey = storeKeyOf(write, key);
    const fingerprint = fingerprintOf(write);
    let held: IdempotencyEntry | null;
    try {
      held = await this.store.claim(
        storeKey,
        { state: 'running', fingerprint, startedAt: this.now() },
        this.settings.ttlMs,
      );
    } catch (err) {
      this.onStoreFailure(err, write);
      // Nothing was sent: the same request may simply be retried.
      throw new CaseError(
        'ProviderUnavailableError',
        'casegraph could not reach its idempotency store; nothing was sent.',
        {
          retriable: true,
          retryAfterSeconds: 1,
        },
      );
    }
    const count = (result: IdempotencyResult) => {
      metrics.idempotency.inc({ provider: write.provider, operation: write.operation, result });
      write.observe?.(result);
    };
    if (held) {
      try {
        const answer = await this.answerHeld(held, fingerprint, write.operation, key, storeKey, reconcile);
        count(held.state === 'done' ? 'replayed' : 'reconciled');
        return answer;
      } catch (err) {
        count(
          isCaseError(err) && err.type === 'ConflictError'
            ? 'conflict'
            : isCaseError(err) && err.type === 'ValidationError'
              ? 'reused'
              : 'unknown',
        );
        throw err;
      }
    }
    count('first');

    const startedAt = this.now();
    let outcome: MutationOutcome;
    try {
      outcome = await attempt();
    } catch (err) {
      await this.settleFailure(storeKey, fingerprint, startedAt, err, write);
      if (isCaseError(err) && err.type === 'OutcomeUnknownError') throw outcomeUnknown(err.message, key, err);
      throw err;
    }
    await this.keep(write, () =>
      this.store.record(storeKey, { state: 'done', fingerprint, outcome }, this.settings.ttlMs),
    );
    return outcome;
  }

  private async answerHeld(
    held: IdempotencyEntry,
    fingerprint: string,
    operation: IdempotentWrite['operation'],
    key: string,
    storeKey: string,
    reconcile: Reconcile | undefined,
  ): Promise<MutationOutcome> {
    if (held.fingerprint !== '' && held.fingerprint !== fingerprint) {
      throw validationError([
        {
          path: ['idempotencyKey'],
          message: `This idempotency key was already used for a different ${operation} input; use a new key for a new request.`,
        },
      ]);
    }
    switch (held.state) {
      case 'done':
        return held.outcome;
      case 'unknown': {
        const found = await this.reconciled(held, storeKey, reconcile);
        if (found) return found;
        throw outcomeUnknown(held.message, key);
      }
      case 'running':
        if (this.now() - held.startedAt > this.settings.leaseMs) {
          const found = await this.reconciled({ ...held, state: 'unknown', message: '' }, storeKey, reconcile);
          if (found) return found;
          throw outcomeUnknown(
            'The first attempt with this idempotency key never finished (its casegraph instance stopped): the write may or may not have happened.',
            key,
          );
        }
        throw new CaseError(
          'ConflictError',
          'An attempt with this idempotency key is still running; retry shortly to read its outcome.',
          { retriable: true, retryAfterSeconds: 1 },
        );
    }
  }

  /**
   * A failure that may have written is held as unknown, so a retry never writes blindly; any other
   * failure provably wrote nothing (casegraph or the vendor refused it), so the key is freed.
   */
  /**
   * The real outcome of a lost write, where the vendor can tell: recorded, so every later retry
   * replays it without asking again. A search that fails or finds nothing certain changes nothing.
   */
  private async reconciled(
    held: IdempotencyEntry & { state: 'unknown' },
    storeKey: string,
    reconcile: Reconcile | undefined,
  ): Promise<MutationOutcome | undefined> {
    if (!reconcile) return undefined;
    let found: CaseModel | undefined;
    try {
      found = await reconcile(new Date(held.startedAt));
    } catch {
      return undefined;
    }
    if (!found) return undefined;
    const outcome: MutationOutcome = { case: found, warnings: [] };
    await this.store
      .record(storeKey, { state: 'done', fingerprint: held.fingerprint, outcome }, this.settings.ttlMs)
      .catch(() => undefined);
    return outcome;
  }

  private async settleFailure(
    storeKey: string,
    fingerprint: string,
    startedAt: number,
    err: unknown,
    write: IdempotentWrite,
  ): Promise<void> {
    if (isCaseError(err) && err.type === 'OutcomeUnknownError') {
      await this.keep(write, () =>
        this.store.record(
          storeKey,
          { state: 'unknown', fingerprint, message: err.message, startedAt },
          this.settings.ttlMs,
        ),
      );
    } else {
      await this.keep(write, () => this.store.release(storeKey));
    }
  }

  /** The outcome stands whether or not the store took note of it; a lost note is logged, not answered. */
  private async keep(write: IdempotentWrite, step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (err) {
      this.onStoreFailure(err, write);
    }
  }
}

const RETRY_WITHOUT_KEY =
  'Retrying without an idempotencyKey may write it twice: read the case first, or send mutations with an idempotencyKey.';
const RETRY_WITH_KEY =
  'Retrying with the same idempotencyKey is safe: casegraph answers this outcome again and never sends the write a second time.';

/** The entry keeps the vendor's part of the message; the advice about retrying is added on the way out. */
function outcomeUnknown(message: string, key: string, cause?: unknown): CaseError {
  return new CaseError('OutcomeUnknownError', `${message} ${RETRY_WITH_KEY}`, {
    retriable: false,
    idempotencyKey: key,
    ...(cause === undefined ? {} : { cause }),
  });
}

/** The same request: same operation, provider and input, whatever the order of its object keys. */
export function fingerprintOf(write: IdempotentWrite): string {
  return createHash('sha256')
    .update(canonicalJson({ operation: write.operation, provider: write.provider, input: write.input }))
    .digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
