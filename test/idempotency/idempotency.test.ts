import { describe, expect, it, vi } from 'vitest';
import { CaseError } from '../../src/domain/errors.js';
import type { MutationOutcome } from '../../src/domain/model.js';
import { Idempotency, MAX_KEY_LENGTH, fingerprintOf, storeKeyOf } from '../../src/idempotency/idempotency.js';
import type { IdempotentWrite } from '../../src/idempotency/idempotency.js';
import { MemoryIdempotencyStore } from '../../src/idempotency/memory.js';
import type { IdempotencyStore } from '../../src/idempotency/store.js';

const outcome = (id: string): MutationOutcome => ({
  case: { id, provider: 'TALKDESK', interactions: [], notes: [], comments: [], customFields: [] },
  warnings: [],
});
const write = (input: unknown, key: string | null = 'key-1'): IdempotentWrite => ({
  operation: 'createCase',
  provider: 'TALKDESK',
  caller: 'frontend',
  key,
  input,
});
const failure = async (p: Promise<unknown>): Promise<CaseError> => {
  try {
    await p;
  } catch (err) {
    if (err instanceof CaseError) return err;
    throw err;
  }
  throw new Error('expected a CaseError');
};
const lost = () => new CaseError('OutcomeUnknownError', 'Talkdesk received createCase but it answered HTTP 500.');

function setup(now = () => 0) {
  const store = new MemoryIdempotencyStore({ now });
  const storeFailures: unknown[] = [];
  const idempotency = new Idempotency(store, { ttlMs: 60_000, leaseMs: 20_000 }, (err) => storeFailures.push(err), now);
  return { store, idempotency, storeFailures };
}

describe('Idempotency.run', () => {
  it('replays a finished attempt without running it again', async () => {
    const { idempotency } = setup();
    const attempt = vi.fn(async () => outcome('1'));
    expect(await idempotency.run(write({ title: 't' }), attempt)).toEqual(outcome('1'));
    expect(await idempotency.run(write({ title: 't' }), attempt)).toEqual(outcome('1'));
    expect(attempt).toHaveBeenCalledTimes(1);
  });

  it('answers a retriable ConflictError while the first attempt runs, and its outcome after', async () => {
    const { idempotency } = setup();
    let finish: (o: MutationOutcome) => void = () => undefined;
    const first = idempotency.run(write({ title: 't' }), () => new Promise((resolve) => (finish = resolve)));
    await Promise.resolve();
    const second = vi.fn(async () => outcome('2'));
    const conflict = await failure(idempotency.run(write({ title: 't' }), second));
    expect(conflict).toMatchObject({ type: 'ConflictError', retriable: true, retryAfterSeconds: 1 });
    finish(outcome('1'));
    expect(await first).toEqual(outcome('1'));
    expect(await idempotency.run(write({ title: 't' }), second)).toEqual(outcome('1'));
    expect(second).not.toHaveBeenCalled();
  });

  it('refuses the same key with a different input at idempotencyKey; key order does not make a difference', async () => {
    const { idempotency } = setup();
    await idempotency.run(write({ title: 't', description: 'd' }), async () => outcome('1'));
    expect(await idempotency.run(write({ description: 'd', title: 't' }), async () => outcome('2'))).toEqual(
      outcome('1'),
    );
    const refused = await failure(idempotency.run(write({ title: 'other' }), async () => outcome('3')));
    expect(refused.type).toBe('ValidationError');
    expect(refused.fields.map((f) => f.path)).toEqual([['idempotencyKey']]);
  });

  it('scopes keys by provider and operation', async () => {
    const { idempotency } = setup();
    await idempotency.run(write({ title: 't' }), async () => outcome('1'));
    const thalamus = await idempotency.run({ ...write({ title: 't' }), provider: 'THALAMUS' }, async () =>
      outcome('9'),
    );
    expect(thalamus).toEqual(outcome('9'));
    const update = await idempotency.run({ ...write({ title: 't' }), operation: 'updateCase' }, async () =>
      outcome('8'),
    );
    expect(update).toEqual(outcome('8'));
  });

  it('holds a lost outcome: retries answer OutcomeUnknownError with the key and never attempt again', async () => {
    const { idempotency } = setup();
    const first = await failure(
      idempotency.run(write({ title: 't' }), async () => {
        throw lost();
      }),
    );
    expect(first).toMatchObject({ type: 'OutcomeUnknownError', retriable: false, idempotencyKey: 'key-1' });
    expect(first.message).toContain('Retrying with the same idempotencyKey is safe');
    const attempt = vi.fn(async () => outcome('2'));
    const again = await failure(idempotency.run(write({ title: 't' }), attempt));
    expect(again).toMatchObject({ type: 'OutcomeUnknownError', idempotencyKey: 'key-1' });
    expect(again.message).toContain('answered HTTP 500');
    expect(attempt).not.toHaveBeenCalled();
  });

  it('says what a retry risks when the write had no key', async () => {
    const { idempotency } = setup();
    const err = await failure(
      idempotency.run(write({ title: 't' }, null), async () => {
        throw lost();
      }),
    );
    expect(err).toMatchObject({ type: 'OutcomeUnknownError', retriable: false, idempotencyKey: undefined });
    expect(err.message).toContain('Retrying without an idempotencyKey may write it twice');
  });

  it('frees the key after a refusal that wrote nothing, so a corrected retry runs', async () => {
    const { idempotency } = setup();
    const refused = await failure(
      idempotency.run(write({ title: 't' }), async () => {
        throw new CaseError('ValidationError', 'Talkdesk rejected title.');
      }),
    );
    expect(refused.type).toBe('ValidationError');
    expect(await idempotency.run(write({ title: 't2' }), async () => outcome('2'))).toEqual(outcome('2'));
  });

  it('reports an attempt that outlived its lease (its instance died) as outcome unknown', async () => {
    let now = 0;
    const { store, idempotency } = setup(() => now);
    const fingerprint = fingerprintOf(write({ title: 't' }));
    await store.claim(
      storeKeyOf(write({ title: 't' }), 'key-1'),
      { state: 'running', fingerprint, startedAt: 0 },
      60_000,
    );
    now = 19_000;
    expect((await failure(idempotency.run(write({ title: 't' }), async () => outcome('1')))).type).toBe(
      'ConflictError',
    );
    now = 21_000;
    const err = await failure(idempotency.run(write({ title: 't' }), async () => outcome('1')));
    expect(err).toMatchObject({ type: 'OutcomeUnknownError', idempotencyKey: 'key-1' });
    expect(err.message).toContain('never finished');
  });

  it('keeps keys to 1–255 characters', async () => {
    const { idempotency } = setup();
    for (const key of ['', 'x'.repeat(MAX_KEY_LENGTH + 1)]) {
      const err = await failure(idempotency.run(write({}, key), async () => outcome('1')));
      expect(err.fields.map((f) => f.path)).toEqual([['idempotencyKey']]);
    }
    expect(await idempotency.run(write({}, 'x'.repeat(MAX_KEY_LENGTH)), async () => outcome('1'))).toEqual(
      outcome('1'),
    );
  });

  it('answers a retriable error without attempting when the store cannot claim; a lost record is logged, not answered', async () => {
    const broken: IdempotencyStore = {
      claim: () => Promise.reject(new Error('ECONNREFUSED 127.0.0.1:6379')),
      record: () => Promise.reject(new Error('down')),
      release: () => Promise.reject(new Error('down')),
      reachable: () => Promise.resolve(false),
      close: () => Promise.resolve(),
    };
    const failures: unknown[] = [];
    const idempotency = new Idempotency(broken, { ttlMs: 1, leaseMs: 1 }, (err) => failures.push(err));
    const attempt = vi.fn(async () => outcome('1'));
    const err = await failure(idempotency.run(write({}), attempt));
    expect(err).toMatchObject({ type: 'ProviderUnavailableError', retriable: true });
    expect(err.message).not.toContain('6379');
    expect(attempt).not.toHaveBeenCalled();
    expect(failures).toHaveLength(1);

    const recording: IdempotencyStore = { ...broken, claim: () => Promise.resolve(null) };
    const logged: unknown[] = [];
    const lenient = new Idempotency(recording, { ttlMs: 1, leaseMs: 1 }, (e) => logged.push(e));
    expect(await lenient.run(write({}), attempt)).toEqual(outcome('1'));
    expect(logged).toHaveLength(1);
  });

  it('asks the vendor what a lost create wrote, records what it finds, and replays it without asking again', async () => {
    const { idempotency } = setup(() => 5_000);
    await failure(
      idempotency.run(write({ title: 't' }), async () => {
        throw lost();
      }),
    );
    const reconcile = vi.fn(async (since: Date) => (since.getTime() === 5_000 ? outcome('7').case : undefined));
    const attempt = vi.fn(async () => outcome('8'));
    expect(await idempotency.run(write({ title: 't' }), attempt, reconcile)).toEqual(outcome('7'));
    expect(await idempotency.run(write({ title: 't' }), attempt, reconcile)).toEqual(outcome('7'));
    expect(reconcile).toHaveBeenCalledTimes(1);
    expect(attempt).not.toHaveBeenCalled();
  });

  it('keeps the outcome unknown when the vendor finds nothing certain or cannot be asked', async () => {
    const { idempotency } = setup();
    await failure(
      idempotency.run(write({ title: 't' }), async () => {
        throw lost();
      }),
    );
    for (const reconcile of [async () => undefined, async () => Promise.reject(new Error('list failed'))]) {
      const err = await failure(idempotency.run(write({ title: 't' }), async () => outcome('9'), reconcile));
      expect(err.type).toBe('OutcomeUnknownError');
    }
  });
});
