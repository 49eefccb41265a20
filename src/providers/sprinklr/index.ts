// The SPRINKLR provider: Sprinklr Case API v2 (`/api/v2/case`), with case comments, custom
// properties and the case's messages.
import type { ProviderModule } from '../types.js';
import { sprinklrCapabilities } from './capabilities.js';
import { sprinklrListing } from './listing.js';
import { SprinklrConnection } from './client.js';
import { envVars, readConfig, requiredEnvVars, variables } from './config.js';
import type { SprinklrConfig } from './config.js';

export type { SprinklrConfig } from './config.js';
export { sprinklrCapabilities } from './capabilities.js';
export type { RunningSprinklrSimulator, SprinklrSimulatorOptions } from './simulator/index.js';

export const sprinklr: ProviderModule<SprinklrConfig> = {
  provider: 'SPRINKLR',
  capabilities: sprinklrCapabilities,
  listing: sprinklrListing,
  envVars,
  variables,
  secrets: ['accessToken', 'apiKey'] satisfies (keyof SprinklrConfig)[],
  secretHeaders: ['key'],
  requiredEnvVars,
  readConfig,
  connect: (config, shared) => new SprinklrConnection(config, shared),
  // Loaded on first use, so a production process (which never starts simulators) never loads them.
  startSimulator: async (options) => (await import('./simulator/index.js')).startSprinklrSimulator(options),
};
