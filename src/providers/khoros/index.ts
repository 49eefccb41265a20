// KHOROS: any CRM implementing the Khoros Custom CRM API spec (`POST /case`, `PATCH /case/{id}`,
// `GET /case/{id}`, `GET /meta/object/case`), called at its configured instance URL.
import type { ProviderCapabilities } from '../../domain/model.js';
import type { ProviderModule } from '../types.js';
import { KhorosConnection } from './client.js';
import { envVars, readConfig, requiredEnvVars } from './config.js';
import type { KhorosConfig } from './config.js';
import { startKhorosSimulator } from './simulator.js';

export type { KhorosConfig } from './config.js';
export { KhorosConnection, KhorosDataSource } from './client.js';
export { startKhorosSimulator } from './simulator.js';
export type { KhorosSimulator, KhorosSimulatorOptions } from './simulator.js';

/**
 * What the spec's create/update bodies can carry: `customerId` (create), `title`, `interactions`
 * and custom fields declared by `/meta/object/case`. Nothing else has a place to go.
 */
export const khorosCapabilities: ProviderCapabilities = {
  name: 'Khoros',
  interactions: 'READ_WRITE',
  notes: 'UNSUPPORTED',
  comments: 'UNSUPPORTED',
  customFields: 'READ_WRITE',
  requiredCreateFields: ['title', 'requester.id'],
  requiredUpdateFields: [],
  unsupportedCreateFields: [
    'description',
    'priority',
    'status',
    'assigneeId',
    'notes',
    'comments',
    'requester.name',
    'requester.email',
  ],
  unsupportedUpdateFields: ['description', 'priority', 'status', 'assigneeId', 'notes', 'comments'],
};

export const khoros: ProviderModule<KhorosConfig> = {
  provider: 'KHOROS',
  capabilities: khorosCapabilities,
  envVars,
  requiredEnvVars,
  readConfig,
  connect(config, shared) {
    return new KhorosConnection(config, khorosCapabilities, shared);
  },
  async startSimulator(options) {
    return startKhorosSimulator(options?.port === undefined ? {} : { port: options.port });
  },
};
