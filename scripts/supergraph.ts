// `npm run supergraph`: casegraph (on its simulators unless configured), the example customers
// subgraph and Hive Gateway serving the committed supergraph, all in this one process on
// 127.0.0.1. SIGINT/SIGTERM stop all three and exit 0, like `npm start`.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { startApp } from '../src/app.js';
import type { RunningApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { stopOnSignals } from '../src/shutdown.js';
import { SUPERGRAPH_PATH, composeSupergraph, exampleSubgraphs } from '../examples/supergraph/compose.js';
import { CASE_PROVIDERS, CUSTOMERS, startCustomersSubgraph } from '../examples/supergraph/customers.js';
import type { CaseKey, OpenCases, RunningCustomersSubgraph } from '../examples/supergraph/customers.js';
import { startGateway } from '../examples/supergraph/gateway.js';
import type { RunningGateway } from '../examples/supergraph/gateway.js';

const HOST = '127.0.0.1';

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    process.stderr.write(`${name} must be a port number, got ${JSON.stringify(raw)}.\n`);
    process.exit(1);
  }
  return value;
}

const CreateAnswer = z.object({
  data: z.object({
    createCase: z.object({ case: z.object({ provider: z.enum(CASE_PROVIDERS), vendorId: z.string() }) }),
  }),
});

/**
 * Gives the example customers something to show: one case per simulated vendor, created through
 * the gateway like any client would. Real vendors never get demo cases.
 */
async function seedDemoCases(gatewayUrl: string, app: RunningApp): Promise<OpenCases> {
  const simulated = new Set(app.providers.filter((p) => p.simulated).map((p) => p.provider));
  const demos = [
    {
      provider: 'TALKDESK',
      title: 'Router keeps rebooting',
      description: 'Since the firmware update on Monday.',
      requester: { name: 'Ada Lovelace', email: 'ada@example.com' },
    },
    {
      provider: 'THALAMUS',
      status: 'NEW',
      thalamus: { categoryCode: 'Reclamo', typeCode: 'Telefonico' },
      customFields: [{ key: 'fechaIncidente', value: '2024-05-01' }],
    },
  ] as const;
  const keys: CaseKey[] = [];
  for (const input of demos) {
    if (!simulated.has(input.provider)) continue;
    const res = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation SeedDemoCase($input: CreateCaseInput!) {
          createCase(input: $input) { __typename ... on CreateCaseSuccess { case { provider vendorId } } ... on Error { message } }
        }`,
        variables: { input },
      }),
    });
    const body: unknown = await res.json();
    const parsed = CreateAnswer.safeParse(body);
    if (!parsed.success) throw new Error(`creating a demo case failed: ${JSON.stringify(body)}`);
    keys.push(parsed.data.data.createCase.case);
  }
  const [first] = CUSTOMERS;
  return first ? { [first.id]: keys } : {};
}

// The defaults match the routing URLs in the committed supergraph; the gateway is told the real
// addresses anyway, so any of them may be 0 (tests) or moved.
const ports = {
  casegraph: port('CASEGRAPH_PORT', 4000),
  customers: port('CUSTOMERS_PORT', 4001),
  gateway: port('GATEWAY_PORT', 4002),
};

// A gateway serving a supergraph older than the subgraphs fails in confusing ways at query time.
const supergraphSdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
const composition = composeSupergraph(exampleSubgraphs());
if (!composition.ok || composition.supergraphSdl !== supergraphSdl) {
  process.stderr.write('examples/supergraph/supergraph.graphql is out of date: run `npm run schema:compose` first.\n');
  process.exit(1);
}

const outcome = loadConfig({ ...process.env, PORT: String(ports.casegraph), HOST });
if (!outcome.ok) {
  process.stderr.write(`casegraph cannot start:\n${outcome.problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exit(1);
}
const { config } = outcome;
const logger = createLogger(config.logLevel);

let casegraph: RunningApp | undefined;
let customers: RunningCustomersSubgraph | undefined;
let gateway: RunningGateway | undefined;

async function stopAll(): Promise<void> {
  // Front to back, so nothing is asked to serve a request its upstream no longer can.
  await gateway?.close();
  await customers?.close();
  await casegraph?.close();
}

stopOnSignals({ logger, graceMs: config.shutdownGraceMs, close: stopAll });

try {
  casegraph = await startApp({ config, logger });
  customers = await startCustomersSubgraph({ port: ports.customers, host: HOST });
  gateway = await startGateway({
    supergraphSdl,
    subgraphUrls: { casegraph: casegraph.graphqlUrl, customers: customers.graphqlUrl },
    port: ports.gateway,
    host: HOST,
    logging: 'warn',
    // casegraph then answers only the gateway (docs/security.md, "Behind a gateway").
    ...(process.env.CASEGRAPH_GATEWAY_SECRET
      ? { subgraphSecrets: { casegraph: process.env.CASEGRAPH_GATEWAY_SECRET } }
      : {}),
  });
  customers.setOpenCases(await seedDemoCases(gateway.graphqlUrl, casegraph));
} catch (err) {
  logger.error({ err }, 'the supergraph could not start');
  await stopAll().catch(() => undefined);
  process.exit(1);
}

console.log(
  `supergraph gateway (Hive Gateway) serving GraphQL at ${gateway.graphqlUrl}` +
    ` — subgraphs: casegraph at ${casegraph.graphqlUrl}, customers at ${customers.graphqlUrl}`,
);
console.log('try: { customers { name openCases { id provider vendorId title status } } }');
