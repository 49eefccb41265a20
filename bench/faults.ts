// The resilience policy under injected faults, printed as one table. Same process, same run:
//
//   1. reads through 10 % injected 503s: success rate and vendor-call amplification;
//   2. a vendor that goes down: how long until its breaker opens (calls fail fast, the vendor
//      stops receiving calls), and how long after it comes back until reads succeed again;
//   3. one vendor hanging: the other vendors' read latency, compared with the same reads before.
//
//   npm run bench:faults     (BENCH_FAULT_READS to change the load of scenario 1)
import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import { Pool } from 'undici';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { CaseProvider } from '../src/domain/model.js';
import { PROVIDER_MODULES } from '../src/providers/registry.js';
import type { RunningSimulator } from '../src/providers/types.js';

const READS = Number(process.env.BENCH_FAULT_READS ?? 2_000);
const CONCURRENCY = 8;

const READ = `query Read($provider: CaseProvider!, $vendorId: ID!) {
  caseByVendorId(provider: $provider, vendorId: $vendorId) { __typename ... on Error { message } }
}`;

interface Answer {
  data?: { caseByVendorId?: { __typename: string; message?: string } };
}

let client: Pool;

async function read(provider: CaseProvider): Promise<{ ok: boolean; message: string; ms: number }> {
  const started = performance.now();
  const res = await client.request({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: READ, variables: { provider, vendorId: '1' } }),
  });
  const body = (await res.body.json()) as Answer;
  const result = body.data?.caseByVendorId;
  return { ok: result?.__typename === 'Case', message: result?.message ?? '', ms: performance.now() - started };
}

async function many(provider: CaseProvider, count: number): Promise<{ ok: number; latencies: number[] }> {
  let next = 0;
  let ok = 0;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        next += 1;
        const r = await read(provider);
        if (r.ok) ok += 1;
        latencies.push(r.ms);
      }
    }),
  );
  return { ok, latencies };
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)] ?? NaN;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const outcome = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', CASEGRAPH_DEADLINE_MS: '3000' });
  if (!outcome.ok) throw new Error(outcome.problems.join('; '));
  const simulators: Partial<Record<CaseProvider, RunningSimulator<unknown>>> = {};
  for (const module of PROVIDER_MODULES) simulators[module.provider] = await module.startSimulator();
  const app = await startApp({ config: outcome.config, simulators, logger: pino({ level: 'silent' }) });
  client = new Pool(app.url, { connections: 128 });
  const sim = (p: CaseProvider) => simulators[p]!.server;
  const vendorReads = (p: CaseProvider) => sim(p).requests.filter((r) => r.method === 'GET').length;
  const rows: [string, string, string][] = [];

  try {
    // 1. Reads through 10 % injected 503s.
    const flaky: CaseProvider = 'THALAMUS';
    sim(flaky).requests.length = 0;
    sim(flaky).injectRandomFaults({
      rate: 0.1,
      fault: { kind: 'respond', response: { status: 503, text: 'injected' } },
      match: (r) => r.method === 'GET',
    });
    const flakyRun = await many(flaky, READS);
    sim(flaky).clearFaults();
    const success = flakyRun.ok / READS;
    const amplification = vendorReads(flaky) / READS;
    rows.push(['reads with 10 % injected 503s: success', `${(success * 100).toFixed(2)} %`, '≥ 99.9 %']);
    rows.push(['  vendor calls per read', `${amplification.toFixed(3)}×`, '≤ 1.2×']);

    // 2. A vendor that goes down, then recovers.
    const down: CaseProvider = 'TALKDESK';
    sim(down).injectRandomFaults({ rate: 1, fault: { kind: 'respond', response: { status: 500, text: 'down' } } });
    const outageAt = performance.now();
    let openedAfter = NaN;
    while (performance.now() - outageAt < 10_000) {
      const r = await read(down);
      if (r.message.includes('stopped calling')) {
        openedAfter = performance.now() - outageAt;
        break;
      }
      await sleep(50);
    }
    const callsWhileOpen = sim(down).requests.length;
    await Promise.all(Array.from({ length: 20 }, () => read(down)));
    const leakedWhileOpen = sim(down).requests.length - callsWhileOpen;
    sim(down).clearFaults();
    const backAt = performance.now();
    let recoveredAfter = NaN;
    while (performance.now() - backAt < 15_000) {
      if ((await read(down)).ok) {
        recoveredAfter = performance.now() - backAt;
        break;
      }
      await sleep(100);
    }
    rows.push(['vendor down: breaker open after', `${(openedAfter / 1000).toFixed(2)} s`, '≤ 5 s']);
    rows.push(['  vendor calls during 20 reads while open', String(leakedWhileOpen), '0']);
    rows.push([
      '  vendor back: reads succeed again after',
      `${(recoveredAfter / 1000).toFixed(2)} s`,
      'half-open (5 s)',
    ]);

    // 3. One vendor hanging: the others' latency.
    const steady: CaseProvider = 'THALAMUS';
    const before = await many(steady, 400);
    const hanging: CaseProvider = 'TALKDESK';
    sim(hanging).injectRandomFaults({ rate: 1, fault: { kind: 'hang', ms: 30_000 } });
    const stuck = Array.from({ length: 100 }, () => read(hanging));
    await sleep(100);
    const during = await many(steady, 400);
    const stuckAnswers = await Promise.all(stuck);
    sim(hanging).clearFaults();
    const [p50Before, p50During] = [percentile(before.latencies, 0.5), percentile(during.latencies, 0.5)];
    rows.push([
      `${hanging} hanging: ${steady} p50 latency before → during`,
      `${p50Before.toFixed(1)} → ${p50During.toFixed(1)} ms (${(p50During / p50Before).toFixed(2)}×)`,
      '≈ 1×',
    ]);
    const slowest = Math.max(...stuckAnswers.map((r) => r.ms));
    const failedFast = stuckAnswers.filter((r) => r.ms < 1_000).length;
    rows.push([
      '  slowest answer to a hanging read',
      `${(slowest / 1000).toFixed(2)} s (deadline 3 s); ${failedFast} of 100 failed fast`,
      '≤ deadline + 0.2 s',
    ]);
  } finally {
    await client.close();
    await app.close();
    await Promise.all(Object.values(simulators).map((s) => s.close()));
  }

  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`bench:faults: ${READS} reads in scenario 1, ${CONCURRENCY} in flight`);
  for (const [what, measured, target] of rows)
    console.log(`${what.padEnd(width)}  ${measured.padEnd(34)} target ${target}`);
}

await main();
