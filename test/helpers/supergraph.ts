// casegraph behind Hive Gateway with the example customers subgraph, everything on 127.0.0.1 and
// port 0, as the supergraph tests need it: started in order, and closed front to back.
import { readFileSync } from 'node:fs';
import { SUPERGRAPH_PATH } from '../../examples/supergraph/compose.js';
import { startCustomersSubgraph } from '../../examples/supergraph/customers.js';
import type { RunningCustomersSubgraph } from '../../examples/supergraph/customers.js';
import { startGateway } from '../../examples/supergraph/gateway.js';
import type { RunningGateway } from '../../examples/supergraph/gateway.js';
import { startTestApp } from './app.js';
import type { TestApp, TestAppOptions } from './app.js';

export interface SupergraphStack {
  casegraph: TestApp;
  customers: RunningCustomersSubgraph;
  gateway: RunningGateway;
  /** Front to back; each part is closed even when an earlier close fails (the first failure is thrown). */
  close(): Promise<void>;
}

/**
 * casegraph (on `simulators`, with `env`, answering only the gateway that holds `gatewaySecret`),
 * the customers subgraph and the gateway over the committed supergraph. A part that fails to start
 * closes the parts started before it. The simulators stay the caller's to close.
 */
export async function startSupergraphStack(options: {
  simulators: NonNullable<TestAppOptions['simulators']>;
  env: NodeJS.ProcessEnv;
  gatewaySecret: string;
}): Promise<SupergraphStack> {
  const started: { close(): Promise<void> }[] = [];
  const closeAll = async () => {
    const results = await Promise.allSettled(started.reverse().map((part) => part.close()));
    for (const r of results) if (r.status === 'rejected') throw r.reason;
  };
  try {
    const casegraph = await startTestApp({
      simulators: options.simulators,
      env: { ...options.env, CASEGRAPH_GATEWAY_SECRET: options.gatewaySecret },
    });
    started.push(casegraph);
    const customers = await startCustomersSubgraph({ port: 0, host: '127.0.0.1' });
    started.push(customers);
    const gateway = await startGateway({
      supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
      subgraphUrls: { casegraph: casegraph.app.graphqlUrl, customers: customers.graphqlUrl },
      subgraphSecrets: { casegraph: options.gatewaySecret },
      port: 0,
      host: '127.0.0.1',
      logging: false,
    });
    started.push(gateway);
    return { casegraph, customers, gateway, close: closeAll };
  } catch (err) {
    await closeAll().catch(() => undefined);
    throw err;
  }
}
