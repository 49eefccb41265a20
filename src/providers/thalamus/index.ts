// The THALAMUS provider: Thalamus REST JSON v4 user-assistance cases (`/api/v4/cases`).
import type { ProviderModule } from '../types.js';
import { thalamusCapabilities } from './capabilities.js';
import { ThalamusConnection } from './client.js';
import { envVars, readConfig, requiredEnvVars } from './config.js';
import type { ThalamusConfig } from './config.js';
import { startThalamusSimulator } from './simulator.js';

export type { ThalamusConfig } from './config.js';
export { thalamusCapabilities } from './capabilities.js';
export { startThalamusSimulator } from './simulator.js';
export type { RunningThalamusSimulator, ThalamusSimulatorOptions } from './simulator.js';

export const thalamus: ProviderModule<ThalamusConfig> = {
  provider: 'THALAMUS',
  capabilities: thalamusCapabilities,
  envVars,
  requiredEnvVars,
  readConfig(env) {
    return readConfig(env);
  },
  connect(config, shared) {
    return new ThalamusConnection(config, shared);
  },
  startSimulator(options) {
    return startThalamusSimulator(options);
  },
};
