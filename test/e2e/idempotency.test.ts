// Writes that are safe to retry, over HTTP against the simulators: a vendor that stores the case
// and then loses the answer (a 500, a hang) gets OutcomeUnknownError, never a retriable error, and
// a retry with the same idempotencyKey never writes a second case. Each vendor in its own app.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CreateCaseDocument, GetCaseDocument, UpdateCaseDocument } from '../../examples/client/generated/graphql.js';
import type { CreateCaseInput, CreateCaseMutation, UpdateCaseInput } from '../../examples/client/generated/graphql.js';
import { caseGlobalId } from '../../src/domain/globalId.js';
import type { CaseProvider } from '../../src/domain/model.js';
import type { Fault, RecordedRequest } from '../../src/simulators/harness.js';
import { startKhorosSimulator } from '../../src/providers/khoros/simulator/index.js';
import {
  SIM_DOC_MESSAGE_ID,
  SIM_SEEDED_CASE_ID,
  startSprinklrSimulator,
} from '../../src/providers/sprinklr/simulator/index.js';
import { startTalkdeskSimulator } from '../../src/providers/talkdesk/simulator/index.js';
import { startThalamusSimulator } from '../../src/providers/thalamus/simulator/index.js';
import type { RunningSimulator } from '../../src/providers/types.js';
import { startTestApp } from '../helpers/app.js';
import type { TestApp } from '../helpers/app.js';
import { redisAvailable, redisSkipReason, startRedis } from '../helpers/redis.js';
import type { RunningRedis } from '../helpers/redis.js';
import { dataOf, member } from '../helpers/results.js';

interface VendorCase {
  provider: CaseProvider;
  start: () => Promise<RunningSimulator<unknown>>;
  input: CreateCaseInput;
  /** The vendor's create call. */
  isCreate: (r: RecordedRequest) => boolean;
  /** A seeded case and the vendor call that updates it. */
  seededId: string;
  /** A change the vendor accepts on update. */
  update: Omit<UpdateCaseInput, 'id'>;
  isUpdate: (r: RecordedRequest) => boolean;
  /** The vendor can be asked what a lost create wrote (Talkdesk's case list), so a retry answers it. */
  reconciles: boolean;
}

const VENDORS: VendorCase[] = [
  {
    provider: 'KHOROS',
    start: () => startKhorosSimulator(),
    input: {
      provider: 'KHOROS',
      title: 'Printer on fire',
      requester: { id: 'customer-7' },
      interactions: [
        {
          body: 'Smoke from tray 2',
          createdAt: '2024-05-01T09:30:00Z',
          linkUrl: 'https://twitter.com/acme/status/1',
          serviceId: '1',
          author: { service: 'twitter', serviceId: '2', handle: 'acme', name: 'Acme', brandOwned: false },
        },
      ],
    },
    isCreate: (r) => r.method === 'POST' && r.path === '/api/v1/case',
    // The CRM simulator seeds no case: 1001 is the first one this suite creates.
    seededId: '1001',
    update: { title: 'Renamed once' },
    isUpdate: (r) => r.method === 'PATCH' && r.path === '/api/v1/case/1001',
    reconciles: false,
  },
  {
    provider: 'TALKDESK',
    start: startTalkdeskSimulator,
    input: { provider: 'TALKDESK', title: 'Printer on fire', description: 'Smoke from tray 2' },
    isCreate: (r) => r.method === 'POST' && r.path === '/cm/core/va/cases',
    seededId: '1',
    update: { description: 'Updated once' },
    isUpdate: (r) => r.method === 'PATCH' && r.path === '/cm/core/va/cases/1',
    reconciles: true,
  },
  {
    provider: 'SPRINKLR',
    start: () => startSprinklrSimulator(),
    input: { provider: 'SPRINKLR', title: 'Printer on fire', sprinklr: { firstMessageId: SIM_DOC_MESSAGE_ID } },
    isCreate: (r) => r.method === 'POST' && r.path === '/prod2/api/v2/case',
    seededId: SIM_SEEDED_CASE_ID,
    update: { title: 'Renamed once' },
    isUpdate: (r) => r.method === 'PUT' && r.path === '/prod2/api/v2/case',
    reconciles: false,
  },
  {
    provider: 'THALAMUS',
    start: startThalamusSimulator,
    input: { provider: 'THALAMUS', status: 'NEW', thalamus: { categoryCode: 'Consulta', typeCode: 'Email' } },
    isCreate: (r) => r.method === 'POST' && r.path === '/api/v4/cases',
    seededId: '1',
    update: { comments: [{ body: 'Called back once' }] },
    isUpdate: (r) => r.method === 'PUT' && r.path === '/api/v4/cases/1',
    reconciles: false,
  },
];

const storeThen500: Fault = { kind: 'respond', response: { status: 500, text: 'Internal Server Error' } };
const storeThenHang: Fault = { kind: 'hang', ms: 2_000 };

describe.each(VENDORS)('$provider: writes whose answer is lost', (vendor) => {
  let sim: RunningSimulator<unknown>;
  let app: TestApp;
  const creates = () => sim.server.requests.filter(vendor.isCreate).length;
  const create = async (input: CreateCaseInput): Promise<CreateCaseMutation['createCase']> =>
    dataOf(await app.gql(CreateCaseDocument, { input })).createCase;

  beforeAll(async () => {
    sim = await vendor.start();
    app = await startTestApp({
      simulators: { [vendor.provider]: sim },
      env: { CASEGRAPH_PROVIDERS: vendor.provider },
      timeouts: { headersMs: 300 },
    });
  });
  afterAll(async () => {
    await app.close();
    await sim.close();
  });
  beforeEach(() => {
    sim.server.requests.length = 0;
    sim.server.clearFaults();
  });

  it.each([
    ['store-then-500', storeThen500],
    ['store-then-hang', storeThenHang],
  ])(
    '%s on createCase: OutcomeUnknownError, and a retry with the key never creates a second case (it finds the lost one where the vendor can tell)',
    async (_name, fault) => {
      sim.server.injectFault(fault, { match: vendor.isCreate, afterHandling: true });
      const key = `lost-${_name}-${vendor.provider}`;
      // A title of its own: a look-alike case from another test would make the lost one ambiguous.
      const input = { ...vendor.input, ...(vendor.input.title ? { title: `${vendor.input.title} (${_name})` } : {}) };
      const first = member(await create({ ...input, idempotencyKey: key }), 'OutcomeUnknownError');
      expect(first).toMatchObject({ code: 'OUTCOME_UNKNOWN', retriable: false, idempotencyKey: key });
      expect(first.message).toContain('may or may not');
      expect(first.message).toContain('same idempotencyKey is safe');
      expect(creates()).toBe(1);

      if (vendor.reconciles) {
        // The retry finds the case the lost create wrote, and every later retry replays it.
        const found = member(await create({ ...input, idempotencyKey: key }), 'CreateCaseSuccess');
        const created = sim.server.requests.filter(vendor.isCreate);
        expect(found.case.title).toBe(input.title);
        for (let retry = 0; retry < 2; retry += 1) {
          const again = member(await create({ ...input, idempotencyKey: key }), 'CreateCaseSuccess');
          expect(again.case.id).toBe(found.case.id);
        }
        expect(created).toHaveLength(1);
      } else {
        for (let retry = 0; retry < 3; retry += 1) {
          const again = member(await create({ ...input, idempotencyKey: key }), 'OutcomeUnknownError');
          expect(again.idempotencyKey).toBe(key);
        }
      }
      expect(creates()).toBe(1);
    },
  );

  it('without a key, the lost answer says why a retry may duplicate', async () => {
    sim.server.injectFault(storeThen500, { match: vendor.isCreate, afterHandling: true });
    const lost = member(await create(vendor.input), 'OutcomeUnknownError');
    expect(lost).toMatchObject({ retriable: false, idempotencyKey: null });
    expect(lost.message).toContain('Retrying without an idempotencyKey may write it twice');
    expect(creates()).toBe(1);
  });

  it('a write that never reached the vendor (503 with Retry-After) is retried inside casegraph and creates once', async () => {
    sim.server.injectFault(
      { kind: 'respond', response: { status: 503, headers: { 'retry-after': '0' }, text: 'busy' } },
      { match: vendor.isCreate },
    );
    const created = member(
      await create({ ...vendor.input, idempotencyKey: `busy-${vendor.provider}` }),
      'CreateCaseSuccess',
    );
    expect(created.case.provider).toBe(vendor.provider);
    expect(creates()).toBe(2);
  });

  it('replays a finished create for the same key and input, and refuses the key for another input', async () => {
    const key = `replay-${vendor.provider}`;
    const first = member(await create({ ...vendor.input, idempotencyKey: key }), 'CreateCaseSuccess');
    const again = member(await create({ ...vendor.input, idempotencyKey: key }), 'CreateCaseSuccess');
    expect(again.case.id).toBe(first.case.id);
    expect(creates()).toBe(1);

    const other = member(
      await create({ ...vendor.input, description: 'something else', idempotencyKey: key }),
      'ValidationError',
    );
    expect(other.fields.map((f) => f.path)).toEqual([['idempotencyKey']]);
    expect(creates()).toBe(1);
  });

  it('100 concurrent creates sharing one key cause exactly one vendor create', async () => {
    const key = `burst-${vendor.provider}`;
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => create({ ...vendor.input, idempotencyKey: key })),
    );
    expect(creates()).toBe(1);
    const ids = new Set(
      answers.filter((a) => a.__typename === 'CreateCaseSuccess').map((a) => member(a, 'CreateCaseSuccess').case.id),
    );
    expect(ids.size).toBe(1);
    for (const answer of answers) {
      if (answer.__typename !== 'CreateCaseSuccess') {
        expect(member(answer, 'ConflictError')).toMatchObject({ retriable: true, retryAfterSeconds: 1 });
      }
    }
  });

  it('store-then-500 on updateCase: OutcomeUnknownError, the retry sends nothing', async () => {
    sim.server.injectFault(storeThen500, { match: vendor.isUpdate, afterHandling: true });
    const input = {
      ...vendor.update,
      id: caseGlobalId(vendor.provider, vendor.seededId),
      idempotencyKey: `upd-${vendor.provider}`,
    };
    const first = dataOf(await app.gql(UpdateCaseDocument, { input })).updateCase;
    expect(member(first, 'OutcomeUnknownError').idempotencyKey).toBe(input.idempotencyKey);
    const again = dataOf(await app.gql(UpdateCaseDocument, { input })).updateCase;
    expect(again.__typename).toBe('OutcomeUnknownError');
    expect(sim.server.requests.filter(vendor.isUpdate)).toHaveLength(1);
  });
});

describe.each(VENDORS.filter((v) => v.reconciles))('$provider: reconciling a lost create', (vendor) => {
  let sim: RunningSimulator<unknown>;
  let app: TestApp;
  const creates = () => sim.server.requests.filter(vendor.isCreate).length;
  const create = async (input: CreateCaseInput): Promise<CreateCaseMutation['createCase']> =>
    dataOf(await app.gql(CreateCaseDocument, { input })).createCase;

  beforeAll(async () => {
    sim = await vendor.start();
    app = await startTestApp({ simulators: { [vendor.provider]: sim }, env: { CASEGRAPH_PROVIDERS: vendor.provider } });
  });
  afterAll(async () => {
    await app.close();
    await sim.close();
  });

  it.runIf(vendor.reconciles)(
    'leaves a lost create unknown when look-alike cases make the answer uncertain',
    async () => {
      const input = { ...vendor.input, title: 'Twin case' };
      member(await create(input), 'CreateCaseSuccess');
      sim.server.injectFault(storeThen500, { match: vendor.isCreate, afterHandling: true });
      const key = `twin-${vendor.provider}`;
      member(await create({ ...input, idempotencyKey: key }), 'OutcomeUnknownError');
      const again = member(await create({ ...input, idempotencyKey: key }), 'OutcomeUnknownError');
      expect(again.idempotencyKey).toBe(key);
      expect(creates()).toBe(2);
    },
  );
});

describe.skipIf(!redisAvailable)(
  `two casegraph instances sharing one Redis${redisAvailable ? '' : ` (skipped: ${redisSkipReason})`}`,
  () => {
    let redis: RunningRedis;
    let sim: RunningSimulator<unknown>;
    const apps: TestApp[] = [];
    const vendor = VENDORS[0];
    if (!vendor) throw new Error('no vendor');

    beforeAll(async () => {
      redis = await startRedis();
      sim = await vendor.start();
      for (let i = 0; i < 2; i += 1) {
        apps.push(
          await startTestApp({
            simulators: { [vendor.provider]: sim },
            env: { CASEGRAPH_PROVIDERS: vendor.provider, REDIS_URL: redis.url },
          }),
        );
      }
    });
    afterAll(async () => {
      await Promise.all(apps.map((a) => a.close()));
      await sim.close();
      await redis.stop();
    });

    it('100 concurrent creates with one key, spread over both instances, cause exactly one vendor create', async () => {
      const key = 'shared-burst';
      const answers = await Promise.all(
        Array.from({ length: 100 }, async (_, i) => {
          const app = apps[i % 2];
          if (!app) throw new Error('no app');
          return dataOf(await app.gql(CreateCaseDocument, { input: { ...vendor.input, idempotencyKey: key } }))
            .createCase;
        }),
      );
      expect(sim.server.requests.filter(vendor.isCreate)).toHaveLength(1);
      expect(answers.some((a) => a.__typename === 'CreateCaseSuccess')).toBe(true);
      expect(answers.every((a) => a.__typename === 'CreateCaseSuccess' || a.__typename === 'ConflictError')).toBe(true);

      // Once finished, either instance replays the same case.
      const replays = await Promise.all(
        apps.map(async (app) =>
          member(
            dataOf(await app.gql(CreateCaseDocument, { input: { ...vendor.input, idempotencyKey: key } })).createCase,
            'CreateCaseSuccess',
          ),
        ),
      );
      expect(new Set(replays.map((r) => r.case.id)).size).toBe(1);
      expect(sim.server.requests.filter(vendor.isCreate)).toHaveLength(1);
    });
  },
);

describe('fault injection from the environment (what `npm start` demos)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      env: {
        CASEGRAPH_PROVIDERS: 'THALAMUS',
        CASEGRAPH_SIMULATOR_FAILURE_RATE: '1',
        CASEGRAPH_SIMULATOR_FAULT: '500',
        CASEGRAPH_SIMULATOR_FAULT_ON: 'writes',
        CASEGRAPH_SIMULATOR_STORE_THEN_FAIL: 'true',
      },
    });
  });
  afterAll(() => app.close());

  it('makes every write store and then fail, while reads answer', async () => {
    const input: CreateCaseInput = {
      provider: 'THALAMUS',
      status: 'NEW',
      thalamus: { categoryCode: 'Consulta', typeCode: 'Email' },
      idempotencyKey: 'demo',
    };
    const lost = member(dataOf(await app.gql(CreateCaseDocument, { input })).createCase, 'OutcomeUnknownError');
    expect(lost.idempotencyKey).toBe('demo');
    const read = await app.gql(GetCaseDocument, { id: caseGlobalId('THALAMUS', '1') });
    expect(member(dataOf(read).case, 'Case').vendorId).toBe('1');
  });
});
