// Hive Gateway in compose.yaml: casegraph's routing URL is the compose service (Docker's DNS spreads
// requests over both replicas), the caller's Authorization goes to casegraph, and so does the
// shared secret that lets only the gateway call it (docs/federation.md, "Running behind a gateway").
import { defineConfig } from '@graphql-hive/gateway';

const secret = process.env.CASEGRAPH_GATEWAY_SECRET;

export const gatewayConfig = defineConfig({
  transportEntries: {
    casegraph: { location: 'http://casegraph:4000/graphql' },
  },
  propagateHeaders: {
    fromClientToSubgraphs: ({ request, subgraphName }) => ({
      authorization: request.headers.get('authorization'),
      ...(subgraphName === 'casegraph' && secret ? { 'x-casegraph-gateway-secret': secret } : {}),
    }),
  },
});
