// KHOROS: any CRM implementing the Khoros Custom CRM API spec (`POST /case`, `PATCH /case/{id}`,
// `GET /case/{id}`, `GET /meta/object/case`), called at its configured instance URL.
import type { ProviderModule } from '../types.js';
import { khorosCapabilities } from './capabilities.js';
import { khorosListing } from './listing.js';
import { KhorosConnection } from './client.js';
import { envVars, readConfig, requiredEnvVars, variables } from './config.js';
import type { KhorosConfig } from './config.js';

export type { KhorosConfig } from './config.js';
export { khorosCapabilities } from './capabilities.js';
export { KhorosConnection, KhorosDataSource } from './client.js';
export type { KhorosSimulator, KhorosSimulatorOptions } from './simulator/index.js';

export const khoros: ProviderModule<KhorosConfig> = {
  provider: 'KHOROS',
  capabilities: khorosCapabilities,
  listing: khorosListing,
  envVars,
  variables,
  secrets: ['authValue'] satisfies (keyof KhorosConfig)[],
  requiredEnvVars,
  readConfig,
  connect: (config, shared) => new KhorosConnection(config, khorosCapabilities, shared),
  // Loaded on first use, so a production process (which never starts simulators) never loads them.
  startSimulator: async (options) =>
    (await import('./simulator/index.js')).startKhorosSimulator(
      options?.port === undefined ? {} : { port: options.port },
    ),
};
