// The THALAMUS provider: Thalamus REST JSON v4 user-assistance cases (`/api/v4/cases`).
import type { ProviderModule } from '../types.js';
import { thalamusCapabilities } from './capabilities.js';
import { thalamusListing } from './listing.js';
import { ThalamusConnection } from './client.js';
import { envVars, readConfig, requiredEnvVars, variables } from './config.js';
import type { ThalamusConfig } from './config.js';

export type { ThalamusConfig } from './config.js';
export { thalamusCapabilities } from './capabilities.js';
export type { RunningThalamusSimulator, ThalamusSimulatorOptions } from './simulator/index.js';

export const thalamus: ProviderModule<ThalamusConfig> = {
  provider: 'THALAMUS',
  capabilities: thalamusCapabilities,
  listing: thalamusListing,
  envVars,
  variables,
  secrets: ['token'] satisfies (keyof ThalamusConfig)[],
  secretHeaders: ['thalamus-token'],
  requiredEnvVars,
  readConfig,
  connect: (config, shared) => new ThalamusConnection(config, shared),
  // Loaded on first use, so a production process (which never starts simulators) never loads them.
  startSimulator: async (options) => (await import('./simulator/index.js')).startThalamusSimulator(options),
};
