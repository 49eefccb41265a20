// The customers subgraph on its own, for running it next to `npm start` and a gateway of your choice:
//   PORT=4001 node --import tsx examples/supergraph/serve-customers.ts cust-1=TALKDESK:2,THALAMUS:1
// Each argument gives one customer's open cases as PROVIDER:vendorId keys.
import { CASE_PROVIDERS, startCustomersSubgraph } from './customers.js';
import type { CaseKey } from './customers.js';

function parseCases(args: readonly string[]): Record<string, CaseKey[]> {
  const cases: Record<string, CaseKey[]> = {};
  for (const arg of args) {
    const [customerId, list] = arg.split('=', 2);
    if (!customerId || list === undefined) throw new Error(`expected customerId=PROVIDER:vendorId,..., got ${arg}`);
    cases[customerId] = list.split(',').map((key) => {
      const [name, vendorId] = key.split(':', 2);
      const provider = CASE_PROVIDERS.find((p) => p === name);
      if (!provider || !vendorId) throw new Error(`expected PROVIDER:vendorId, got ${key}`);
      return { provider, vendorId };
    });
  }
  return cases;
}

const subgraph = await startCustomersSubgraph({
  port: Number(process.env.PORT ?? 4001),
  host: process.env.HOST ?? '127.0.0.1',
  cases: parseCases(process.argv.slice(2)),
});
console.log(`customers subgraph serving GraphQL at ${subgraph.graphqlUrl}`);

const stop = () => {
  subgraph.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
