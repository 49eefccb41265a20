// The resilience policy as a client sees it over GraphQL: the request deadline bounds a hanging
// vendor, and an open circuit answers at once with when to come back.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GetCaseByVendorIdDocument } from '../../examples/client/generated/graphql.js';
import { startThalamusSimulator } from '../../src/providers/thalamus/simulator/index.js';
import type { RunningThalamusSimulator } from '../../src/providers/thalamus/simulator/index.js';
import { startTestApp } from '../helpers/app.js';
import type { TestApp } from '../helpers/app.js';
import { dataOf, member } from '../helpers/results.js';

const DEADLINE_MS = 600;
let sim: RunningThalamusSimulator;
let app: TestApp;
const read = async () =>
  dataOf(await app.gql(GetCaseByVendorIdDocument, { provider: 'THALAMUS', vendorId: '1' })).caseByVendorId;

beforeAll(async () => {
  sim = await startThalamusSimulator();
  app = await startTestApp({
    simulators: { THALAMUS: sim },
    env: {
      CASEGRAPH_PROVIDERS: 'THALAMUS',
      CASEGRAPH_DEADLINE_MS: String(DEADLINE_MS),
      CASEGRAPH_BREAKER_FAILURES: '3',
      CASEGRAPH_BREAKER_HALF_OPEN_MS: '1500',
      CASEGRAPH_RETRY_ATTEMPTS: '1',
    },
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

describe('over GraphQL', () => {
  it('answers a hanging vendor within the deadline, and calls it no more after', async () => {
    sim.server.injectFault({ kind: 'hang', ms: 5_000 }, { times: 1 });
    const started = Date.now();
    const answer = member(await read(), 'ProviderUnavailableError');
    const elapsed = Date.now() - started;
    expect(answer.retriable).toBe(true);
    expect(answer.message).toContain('deadline');
    expect(elapsed).toBeGreaterThanOrEqual(DEADLINE_MS - 50);
    expect(elapsed).toBeLessThan(DEADLINE_MS + 200);
    const calls = sim.server.requests.length;
    await new Promise((r) => setTimeout(r, 300));
    expect(sim.server.requests.length).toBe(calls);
  });

  it('opens the circuit after consecutive failures: the next read fails fast, the vendor untouched, then recovers', async () => {
    sim.server.injectFault({ kind: 'respond', response: { status: 500, text: 'down' } }, { times: 3 });
    for (let i = 0; i < 3; i += 1) expect((await read()).__typename).toBe('ProviderUnavailableError');
    expect(sim.server.requests).toHaveLength(3);

    const open = member(await read(), 'ProviderUnavailableError');
    expect(open).toMatchObject({ retriable: true, retryAfterSeconds: expect.any(Number) });
    expect(open.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(open.retryAfterSeconds).toBeLessThanOrEqual(2);
    expect(sim.server.requests).toHaveLength(3);

    await new Promise((r) => setTimeout(r, 1_600));
    expect((await read()).__typename).toBe('Case');
  });
});

describe('the per-request vendor-call budget over GraphQL', () => {
  it('stops retrying a failing read once the request has spent CASEGRAPH_MAX_VENDOR_CALLS', async () => {
    const budgetSim = await startThalamusSimulator();
    const budgeted = await startTestApp({
      simulators: { THALAMUS: budgetSim },
      env: { CASEGRAPH_PROVIDERS: 'THALAMUS', CASEGRAPH_MAX_VENDOR_CALLS: '2', CASEGRAPH_RETRY_ATTEMPTS: '4' },
    });
    try {
      budgetSim.server.injectFault({ kind: 'respond', response: { status: 503, text: 'busy' } }, { times: 10 });
      const result = dataOf(
        await budgeted.gql(GetCaseByVendorIdDocument, { provider: 'THALAMUS', vendorId: '1' }),
      ).caseByVendorId;
      member(result, 'ProviderUnavailableError');
      // Four attempts were allowed per call, but the request could afford two vendor requests.
      expect(budgetSim.server.requests.filter((r) => r.path === '/api/v4/cases/1')).toHaveLength(2);
    } finally {
      await budgeted.close();
      await budgetSim.close();
    }
  });
});
