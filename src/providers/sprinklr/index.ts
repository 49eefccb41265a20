// Sprinklr Case API v2 (`/api/v2/case`), with case comments, custom properties and the case's messages.
import type { ProviderModule } from '../types.js';
import { capabilities } from './capabilities.js';
import { SprinklrConnection } from './client.js';
import { envVars, readConfig, requiredEnvVars } from './config.js';
import type { SprinklrConfig } from './config.js';
import { startSprinklrSimulator } from './simulator.js';

export type { SprinklrConfig } from './config.js';
export { startSprinklrSimulator } from './simulator.js';

export const sprinklr: ProviderModule<SprinklrConfig> = {
  provider: 'SPRINKLR',
  capabilities,
  envVars,
  requiredEnvVars,
  readConfig,
  connect: (config, shared) => new SprinklrConnection(config, shared),
  startSimulator: (options) => startSprinklrSimulator(options),
};
