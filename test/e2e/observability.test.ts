// What an operator sees of a running casegraph: Prometheus metrics that move with each operation,
// readiness that follows the vendors' circuits and Redis, and an audit event per write attempt and
// outcome. All over HTTP against the embedded simulators.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateCaseDocument, UpdateCaseDocument } from '../../examples/client/generated/graphql.js';
import type { CreateCaseInput } from '../../examples/client/generated/graphql.js';
import { startTalkdeskSimulator } from '../../src/providers/talkdesk/simulator/index.js';
import { startThalamusSimulator } from '../../src/providers/thalamus/simulator/index.js';
import { startTestApp } from '../helpers/app.js';
import type { TestApp } from '../helpers/app.js';
import { dataOf, member } from '../helpers/results.js';

/** One sample of the Prometheus text format, by metric name and labels (those given must match; others may differ). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  let found = false;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) {
      total += Number(match[3]);
      found = true;
    }
  }
  return found ? total : 0;
}

const THALAMUS_CREATE: CreateCaseInput = {
  provider: 'THALAMUS',
  status: 'NEW',
  comments: [{ body: 'The printer on floor 3 is on fire' }],
  thalamus: { categoryCode: 'Consulta', typeCode: 'Email' },
};

describe('metrics', () => {
  let t: TestApp;
  const scrape = async () => {
    const res = await fetch(`${t.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return res.text();
  };
  beforeAll(async () => {
    t = await startTestApp({ env: { CASEGRAPH_PROVIDERS: 'THALAMUS,TALKDESK' } });
  });
  afterAll(() => t.close());

  it('counts operations by name and outcome, vendor calls by status, idempotency replays and token refreshes', async () => {
    const before = await scrape();
    const created = member(
      dataOf(await t.gql(CreateCaseDocument, { input: { ...THALAMUS_CREATE, idempotencyKey: 'metrics-1' } }))
        .createCase,
      'CreateCaseSuccess',
    );
    // The same key again: a replay, no second vendor create.
    member(
      dataOf(await t.gql(CreateCaseDocument, { input: { ...THALAMUS_CREATE, idempotencyKey: 'metrics-1' } }))
        .createCase,
      'CreateCaseSuccess',
    );
    // Refused by casegraph before any call: Thalamus needs its category and type.
    member(
      dataOf(await t.gql(CreateCaseDocument, { input: { provider: 'THALAMUS', status: 'NEW' } })).createCase,
      'ValidationError',
    );
    member(
      dataOf(
        await t.gql(UpdateCaseDocument, { input: { id: created.case.id, comments: [{ body: 'Toner everywhere' }] } }),
      ).updateCase,
      'UpdateCaseSuccess',
    );
    // Talkdesk's first call fetches an OAuth token.
    await t.gql('query TalkdeskFields { customFieldDefinitions(provider: TALKDESK) { __typename } }');
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string> = {}) =>
      sample(after, name, labels) - sample(before, name, labels);

    const ops = 'casegraph_graphql_operations_total';
    expect(delta(ops, { operation: 'CreateCase', type: 'mutation', outcome: 'success' })).toBe(2);
    expect(delta(ops, { operation: 'CreateCase', type: 'mutation', outcome: 'ValidationError' })).toBe(1);
    expect(delta(ops, { operation: 'UpdateCase', type: 'mutation', outcome: 'success' })).toBe(1);
    expect(delta(ops, { operation: 'TalkdeskFields', type: 'query', outcome: 'success' })).toBe(1);
    expect(delta('casegraph_graphql_operation_duration_seconds_count', { operation: 'CreateCase' })).toBe(3);

    const calls = 'casegraph_vendor_calls_total';
    expect(delta(calls, { provider: 'THALAMUS', operation: 'createCase', status: '201' })).toBe(1);
    expect(delta(calls, { provider: 'THALAMUS', operation: 'createCase' })).toBe(1);
    expect(delta(calls, { provider: 'TALKDESK', operation: 'requestToken', status: '200' })).toBe(1);
    expect(
      delta('casegraph_vendor_call_duration_seconds_count', { provider: 'THALAMUS', operation: 'createCase' }),
    ).toBe(1);
    expect(
      delta('casegraph_provider_operations_total', {
        provider: 'THALAMUS',
        operation: 'createCase',
        outcome: 'ValidationError',
      }),
    ).toBe(1);

    expect(
      delta('casegraph_idempotency_total', { provider: 'THALAMUS', operation: 'createCase', result: 'first' }),
    ).toBe(1);
    expect(
      delta('casegraph_idempotency_total', { provider: 'THALAMUS', operation: 'createCase', result: 'replayed' }),
    ).toBe(1);
    expect(delta('casegraph_token_refreshes_total', { provider: 'TALKDESK', outcome: 'success' })).toBe(1);
    expect(delta('casegraph_vendor_retries_total')).toBe(0);

    expect(sample(after, 'casegraph_vendor_circuit_state', { provider: 'THALAMUS', api: 'cases' })).toBe(0);
    expect(after).toContain('casegraph_vendor_circuit_state{provider="TALKDESK",api="oauth"} 0');
    // Node's default metrics come along.
    expect(sample(after, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(after).toMatch(/^nodejs_eventloop_lag_p99_seconds /m);
  });

  it('labels operations by their names, and anonymous ones as anonymous', async () => {
    const before = await scrape();
    const names = Array.from({ length: 5 }, (_, i) => `query Probe${i}x { providers { provider } }`);
    for (const query of names) await t.gql(query);
    await t.gql('{ providers { provider } }');
    const after = await scrape();
    expect(
      sample(after, 'casegraph_graphql_operations_total', { operation: 'Probe0x' }) -
        sample(before, 'casegraph_graphql_operations_total', { operation: 'Probe0x' }),
    ).toBe(1);
    expect(
      sample(after, 'casegraph_graphql_operations_total', { operation: 'anonymous', type: 'query' }) -
        sample(before, 'casegraph_graphql_operations_total', { operation: 'anonymous', type: 'query' }),
    ).toBe(1);
  });
});

describe('metrics of a refused token', () => {
  it('counts the 401, the token refresh and the repeated request as they went over the wire', async () => {
    const talkdesk = await startTalkdeskSimulator();
    const t = await startTestApp({ simulators: { TALKDESK: talkdesk }, env: { CASEGRAPH_PROVIDERS: 'TALKDESK' } });
    try {
      const scrape = async () => (await fetch(`${t.url}/metrics`)).text();
      const created = member(
        dataOf(await t.gql(CreateCaseDocument, { input: { provider: 'TALKDESK', title: 'Fan', description: 'Noisy' } }))
          .createCase,
        'CreateCaseSuccess',
      );
      const before = await scrape();
      talkdesk.expireAllTokens();
      member(
        dataOf(await t.gql(UpdateCaseDocument, { input: { id: created.case.id, title: 'Quiet fan' } })).updateCase,
        'UpdateCaseSuccess',
      );
      const after = await scrape();
      const delta = (name: string, labels: Record<string, string>) =>
        sample(after, name, labels) - sample(before, name, labels);
      const update = { provider: 'TALKDESK', operation: 'updateCase' };
      expect(delta('casegraph_vendor_calls_total', { ...update, status: '401' })).toBe(1);
      expect(delta('casegraph_vendor_calls_total', { ...update, status: '200' })).toBe(1);
      expect(delta('casegraph_token_refreshes_total', { provider: 'TALKDESK', outcome: 'success' })).toBe(1);
      // Repeating with a fresh token is part of the one attempt, not a retry.
      expect(delta('casegraph_vendor_retries_total', update)).toBe(0);
    } finally {
      await t.close();
      await talkdesk.close();
    }
  });
});

describe('metrics behind authentication', () => {
  let t: TestApp;
  const KEY = 'metrics-scraper-key-0123456789abcdef';
  const CLIENT = 'frontend-client-key-0123456789abcdef';
  beforeAll(async () => {
    t = await startTestApp({
      env: {
        CASEGRAPH_PROVIDERS: 'THALAMUS',
        CASEGRAPH_API_KEYS: `prometheus=${KEY};scopes=metrics:read\nfrontend=${CLIENT};scopes=cases:read`,
      },
    });
  });
  afterAll(() => t.close());

  it('serves /metrics on the GraphQL port only to a caller with metrics:read', async () => {
    expect((await fetch(`${t.url}/metrics`)).status).toBe(401);
    const client = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${CLIENT}` } });
    expect(client.status).toBe(403);
    expect(await client.text()).not.toContain('casegraph_');
    const scraper = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${KEY}` } });
    expect(scraper.status).toBe(200);
    expect(await scraper.text()).toContain('# TYPE casegraph_graphql_operations_total counter');
  });
});

describe('metrics on a port of their own', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { CASEGRAPH_PROVIDERS: 'THALAMUS', CASEGRAPH_METRICS_PORT: '0' } });
  });
  afterAll(() => t.close());

  it('serves /metrics on CASEGRAPH_METRICS_PORT and nowhere else', async () => {
    expect(new URL(t.app.metricsUrl).port).not.toBe(new URL(t.url).port);
    const res = await fetch(t.app.metricsUrl);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('casegraph_vendor_calls_total');
    expect((await fetch(`${t.url}/metrics`)).status).toBe(404);
    expect((await fetch(new URL('/graphql', t.app.metricsUrl))).status).toBe(404);
  });
});

describe('readiness', () => {
  it('is ready with every circuit closed, and not ready while a vendor circuit is open', async () => {
    const thalamus = await startThalamusSimulator();
    const t = await startTestApp({
      simulators: { THALAMUS: thalamus },
      env: {
        CASEGRAPH_PROVIDERS: 'THALAMUS,TALKDESK',
        CASEGRAPH_BREAKER_FAILURES: '2',
        CASEGRAPH_BREAKER_HALF_OPEN_MS: '60000',
        CASEGRAPH_RETRY_ATTEMPTS: '1',
      },
    });
    try {
      const ready = await fetch(`${t.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({
        status: 'ready',
        shuttingDown: false,
        redis: 'not configured',
        rateLimits: 'local',
        providers: { THALAMUS: { circuit: 'closed' }, TALKDESK: { circuit: 'closed' } },
      });
      thalamus.server.injectFault({ kind: 'respond', response: { status: 503, text: 'down' } }, { times: 10 });
      for (const id of ['1', '2', '3']) {
        await t.gql(`{ caseByVendorId(provider: THALAMUS, vendorId: "${id}") { __typename } }`);
      }
      const open = await fetch(`${t.url}/readyz`);
      expect(open.status).toBe(503);
      expect(await open.json()).toMatchObject({
        status: 'not ready',
        providers: { THALAMUS: { circuit: 'open' }, TALKDESK: { circuit: 'closed' } },
      });
      const metrics = await (await fetch(`${t.url}/metrics`)).text();
      expect(metrics).toContain('casegraph_vendor_circuit_state{provider="THALAMUS",api="cases"} 2');
      expect(sample(metrics, 'casegraph_vendor_circuit_opened_total', { provider: 'THALAMUS' })).toBe(1);
      expect(
        sample(metrics, 'casegraph_vendor_calls_refused_total', { provider: 'THALAMUS', reason: 'circuit_open' }),
      ).toBe(1);
      // Liveness is unaffected: the process serves.
      expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    } finally {
      await t.close();
      await thalamus.close();
    }
  });

  it('is not ready while the configured Redis is unreachable', async () => {
    const t = await startTestApp({ env: { CASEGRAPH_PROVIDERS: 'THALAMUS', REDIS_URL: 'redis://127.0.0.1:1' } });
    try {
      const res = await fetch(`${t.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'not ready', redis: 'down', shuttingDown: false });
    } finally {
      await t.close();
    }
  });
});

describe('audit log', () => {
  it('records who attempted which write and how it ended, with no field contents, even at LOG_LEVEL=warn', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) };
    const t = await startTestApp({
      env: {
        CASEGRAPH_PROVIDERS: 'THALAMUS',
        CASEGRAPH_API_KEYS: 'support-desk=support-desk-key-0123456789abcdef0123;scopes=cases:read cases:write',
      },
      logger: pino({ level: 'warn' }, sink),
      headers: { authorization: 'Bearer support-desk-key-0123456789abcdef0123', 'x-request-id': 'req-audit-1' },
    });
    try {
      const created = member(
        dataOf(await t.gql(CreateCaseDocument, { input: { ...THALAMUS_CREATE, idempotencyKey: 'audit-create' } }))
          .createCase,
        'CreateCaseSuccess',
      );
      // The client retries with the same key: replayed, nothing written twice, and the audit says so.
      const replayed = member(
        dataOf(await t.gql(CreateCaseDocument, { input: { ...THALAMUS_CREATE, idempotencyKey: 'audit-create' } }))
          .createCase,
        'CreateCaseSuccess',
      );
      expect(replayed.case.id).toBe(created.case.id);
      member(
        dataOf(
          await t.gql(UpdateCaseDocument, {
            input: { id: created.case.id, comments: [{ body: 'Smoke everywhere' }] },
          }),
        ).updateCase,
        'UpdateCaseSuccess',
      );
      member(
        dataOf(
          await t.gql(CreateCaseDocument, {
            input: { provider: 'THALAMUS', status: 'NEW', comments: [{ body: 'secret text' }] },
          }),
        ).createCase,
        'ValidationError',
      );
      const audit = lines.filter((l) => l.audit === true);
      const common = {
        level: 30,
        msg: 'audit',
        caller: 'support-desk',
        provider: 'THALAMUS',
        requestId: 'req-audit-1',
      };
      expect(audit).toEqual([
        expect.objectContaining({
          ...common,
          event: 'case.write.attempted',
          operation: 'createCase',
          idempotencyKey: 'audit-create',
        }),
        expect.objectContaining({
          ...common,
          event: 'case.write.finished',
          operation: 'createCase',
          idempotencyKey: 'audit-create',
          outcome: 'success',
          idempotency: 'first',
          caseId: created.case.id,
          vendorCaseId: created.case.vendorId,
        }),
        expect.objectContaining({
          ...common,
          event: 'case.write.attempted',
          operation: 'createCase',
          idempotencyKey: 'audit-create',
        }),
        expect.objectContaining({
          ...common,
          event: 'case.write.finished',
          operation: 'createCase',
          idempotencyKey: 'audit-create',
          outcome: 'success',
          idempotency: 'replayed',
          caseId: created.case.id,
        }),
        expect.objectContaining({
          ...common,
          event: 'case.write.attempted',
          operation: 'updateCase',
          caseId: created.case.id,
          idempotencyKey: null,
        }),
        expect.objectContaining({
          ...common,
          event: 'case.write.finished',
          operation: 'updateCase',
          outcome: 'success',
          caseId: created.case.id,
        }),
        expect.objectContaining({
          ...common,
          event: 'case.write.attempted',
          operation: 'createCase',
          idempotencyKey: null,
        }),
        expect.objectContaining({
          ...common,
          event: 'case.write.finished',
          operation: 'createCase',
          outcome: 'ValidationError',
        }),
      ]);
      expect(audit[0]).not.toHaveProperty('caseId');
      const text = JSON.stringify(audit);
      for (const content of ['on fire', 'Smoke everywhere', 'secret text', 'support-desk-key'])
        expect(text).not.toContain(content);
      // At warn, the operation lines are not written: only the audit trail is.
      expect(lines.filter((l) => l.msg === 'graphql operation')).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('is off with CASEGRAPH_AUDIT_LOG=false', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) };
    const t = await startTestApp({
      env: { CASEGRAPH_PROVIDERS: 'THALAMUS', CASEGRAPH_AUDIT_LOG: 'false' },
      logger: pino({ level: 'info' }, sink),
    });
    try {
      member(dataOf(await t.gql(CreateCaseDocument, { input: THALAMUS_CREATE })).createCase, 'CreateCaseSuccess');
      expect(lines.some((l) => l.msg === 'graphql operation')).toBe(true);
      expect(lines.filter((l) => l.audit === true)).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
