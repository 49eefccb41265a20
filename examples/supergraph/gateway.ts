// Hive Gateway in-process, serving a composed supergraph over node:http. The supergraph's routing
// URLs are defaults; `subgraphUrls` points each subgraph at where it actually runs (tests listen on
// port 0), the programmatic twin of Apollo Router's `override_subgraph_url`.
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import type { LogLevel } from '@graphql-hive/gateway';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph name (as in `@join__graph(name:)`) → GraphQL endpoint, overriding the supergraph's URL. */
  subgraphUrls?: Readonly<Record<string, string>>;
  port?: number;
  host?: string;
  /**
   * Subgraph name → a shared secret sent to that subgraph only, in `x-casegraph-gateway-secret`
   * (casegraph's `CASEGRAPH_GATEWAY_SECRET`), so that only the gateway can call it.
   */
  subgraphSecrets?: Readonly<Record<string, string>>;
  /** Hive Gateway's own log level; `false` silences it (tests). */
  logging?: LogLevel | false;
}

export interface RunningGateway {
  /** The gateway's GraphQL endpoint, e.g. http://127.0.0.1:4002/graphql */
  graphqlUrl: string;
  close(): Promise<void>;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const gateway = createGatewayRuntime({
    supergraph: options.supergraphSdl,
    transportEntries: Object.fromEntries(
      Object.entries(options.subgraphUrls ?? {}).map(([name, location]) => [name, { location }]),
    ),
    // As in production (docs/federation.md, "Running behind a gateway"): gateways forward no caller headers
    // unless told to. Hive Gateway sends `x-request-id` on its own, so casegraph's log lines carry
    // the gateway's request id.
    propagateHeaders: {
      fromClientToSubgraphs: ({ request, subgraphName }) => {
        const secret = options.subgraphSecrets?.[subgraphName];
        return {
          authorization: request.headers.get('authorization'),
          ...(secret === undefined ? {} : { 'x-casegraph-gateway-secret': secret }),
        };
      },
    },
    logging: options.logging ?? 'info',
    graphqlEndpoint: '/graphql',
  });

  // The adapter answers its own failures (500), so node:http needs no promise handling here.
  const server = createServer(gateway.requestListener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = server.address();
  if (bound === null || typeof bound === 'string') throw new Error('the gateway is not listening on TCP');
  const host = bound.family === 'IPv6' ? `[${bound.address}]` : bound.address;

  return {
    graphqlUrl: `http://${host}:${bound.port}/graphql`,
    async close() {
      // Stop accepting, drop idle keep-alive sockets, then release the gateway's subgraph connections.
      const closed = new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
      server.closeIdleConnections();
      await closed;
      await gateway.dispose();
    },
  };
}
