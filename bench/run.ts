// How much the GraphQL layer costs on top of the vendor call it makes.
//
// For each provider, in one process and one run: read one case N times through casegraph's
// GraphQL endpoint over HTTP, and N times by calling the same provider's datasource directly
// (same simulator, same HTTP layer, no GraphQL). Rounds alternate between the two so machine noise
// hits both alike; the figure to compare is the ratio, not the absolute rates.
//
//   npm run bench            (BENCH_OPS, BENCH_CONCURRENCY, BENCH_ROUNDS to change the load)
import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import { Pool } from 'undici';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { CaseProvider } from '../src/domain/model.js';
import { PROVIDER_MODULES } from '../src/providers/registry.js';
import type { ProviderConnection, RunningSimulator } from '../src/providers/types.js';

const OPS = Number(process.env.BENCH_OPS ?? 600);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const CREATE_INPUTS: Record<CaseProvider, Record<string, unknown>> = {
  KHOROS: {
    provider: 'KHOROS',
    title: 'Bench case',
    requester: { id: 'bench-customer' },
    interactions: [
      {
        body: 'Where is my parcel?',
        createdAt: '2024-05-01T09:30:00Z',
        linkUrl: 'https://twitter.com/bench/status/1',
        serviceId: '1',
        author: { service: 'twitter', serviceId: '2', handle: 'bench', name: 'Bench', brandOwned: false },
      },
    ],
  },
  SPRINKLR: {
    provider: 'SPRINKLR',
    title: 'Bench case',
    sprinklr: { firstMessageId: 'ACCOUNT_600001824_1582817880350_TWITTER_2_1233053677281304578' },
  },
  THALAMUS: {
    provider: 'THALAMUS',
    status: 'NEW',
    thalamus: { categoryCode: 'Reclamo', typeCode: 'Telefonico' },
    customFields: [{ key: 'fechaIncidente', value: '2024-05-01' }],
  },
  TALKDESK: { provider: 'TALKDESK', title: 'Bench case', description: 'Measured.', notes: [{ body: 'n' }] },
};

const CASE_QUERY = `query Bench($provider: CaseProvider!, $vendorId: ID!) {
  caseByVendorId(provider: $provider, vendorId: $vendorId) {
    __typename
    ... on Case { id vendorId title status interactions { body author { name } } notes { body } comments { body } customFields { key value } }
    ... on Error { message }
  }
}`;

// A keep-alive undici pool as the client: global fetch costs several times more per request than
// the server under test, which would hide what the comparison is about.
let client: Pool;

interface BenchAnswer {
  data?: {
    createCase?: { __typename: string; case?: { vendorId: string } };
    caseByVendorId?: { __typename: string };
  };
}

async function post(query: string, variables: Record<string, unknown>): Promise<BenchAnswer> {
  const res = await client.request({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.body.json()) as BenchAnswer;
}

/** Runs `op` OPS times with CONCURRENCY in flight; returns operations per second. */
async function measure(op: () => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < OPS) {
        next += 1;
        await op();
      }
    }),
  );
  return OPS / ((performance.now() - started) / 1000);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const outcome = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  if (!outcome.ok) throw new Error(outcome.problems.join('; '));
  const simulators: Partial<Record<CaseProvider, RunningSimulator<unknown>>> = {};
  const direct = new Map<CaseProvider, ProviderConnection>();
  for (const module of PROVIDER_MODULES) {
    const sim = await module.startSimulator();
    simulators[module.provider] = sim;
    direct.set(module.provider, module.connect(sim.config, { timeouts: outcome.config.timeouts }));
  }
  const app = await startApp({ config: outcome.config, simulators, logger: pino({ level: 'silent' }) });
  client = new Pool(app.url, { connections: CONCURRENCY });

  console.log(`bench: ${OPS} case reads per measurement, ${CONCURRENCY} in flight, ${ROUNDS} rounds, median shown`);
  console.log('provider   direct ops/s   graphql ops/s   graphql/direct');
  try {
    for (const module of PROVIDER_MODULES) {
      const provider = module.provider;
      const created = await post(
        `mutation($input: CreateCaseInput!) { createCase(input: $input) { __typename ... on CreateCaseSuccess { case { vendorId } } ... on Error { message } } }`,
        { input: CREATE_INPUTS[provider] },
      );
      const id = created.data?.createCase?.case?.vendorId;
      if (!id) throw new Error(`${provider}: could not create the bench case: ${JSON.stringify(created)}`);
      const connection = direct.get(provider)!;
      const viaDatasource = async () => {
        await connection.dataSource().getCase(id);
      };
      const viaGraphQL = async () => {
        const body = await post(CASE_QUERY, { provider, vendorId: id });
        if (body.data?.caseByVendorId?.__typename !== 'Case') throw new Error(`${provider}: ${JSON.stringify(body)}`);
      };
      await measure(viaDatasource);
      await measure(viaGraphQL);
      const d: number[] = [];
      const g: number[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        d.push(await measure(viaDatasource));
        g.push(await measure(viaGraphQL));
      }
      const [dm, gm] = [median(d), median(g)];
      console.log(
        `${provider.padEnd(10)} ${dm.toFixed(0).padStart(12)}   ${gm.toFixed(0).padStart(13)}   ${(gm / dm).toFixed(2).padStart(14)}`,
      );
    }
  } finally {
    await client.close();
    await app.close();
    await Promise.all([...direct.values()].map((c) => c.close()));
    await Promise.all(Object.values(simulators).map((s) => s.close()));
  }
}

await main();
