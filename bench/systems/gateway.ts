// Hive Gateway serving the committed supergraph in front of one casegraph (BENCH_CASEGRAPH_URL),
// as a federated deployment runs it: the bench's "gateway hop" row. Prints its URL.
import { readFileSync } from 'node:fs';
import { SUPERGRAPH_PATH } from '../../examples/supergraph/compose.js';
import { startGateway } from '../../examples/supergraph/gateway.js';

const gateway = await startGateway({
  supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
  subgraphUrls: { casegraph: process.env.BENCH_CASEGRAPH_URL ?? '' },
  logging: false,
});
console.log(gateway.graphqlUrl);
process.on('SIGTERM', () => {
  void gateway.close().then(() => process.exit(0));
});
