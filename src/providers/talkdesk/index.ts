// Talkdesk Cases API (https://docs.talkdesk.com/docs/case-api): `POST/PATCH/GET /cm/core/va/cases`,
// field definitions at `/cm/meta/va/fields`, OAuth 2.0 client credentials.
import type { ProviderModule } from '../types.js';
import { talkdeskCapabilities } from './capabilities.js';
import { talkdeskListing } from './listing.js';
import { TalkdeskConnection } from './client.js';
import { envVars, readConfig, requiredEnvVars, variables } from './config.js';
import type { TalkdeskConfig } from './config.js';

export type { TalkdeskConfig } from './config.js';
export { TalkdeskConnection, TalkdeskDataSource } from './client.js';
export type { TalkdeskSimulator, TalkdeskSimulatorOptions } from './simulator/index.js';

export const talkdesk: ProviderModule<TalkdeskConfig> = {
  provider: 'TALKDESK',
  capabilities: talkdeskCapabilities,
  listing: talkdeskListing,
  envVars,
  variables,
  secrets: ['clientSecret'] satisfies (keyof TalkdeskConfig)[],
  requiredEnvVars,
  readConfig,
  connect: (config, shared) => new TalkdeskConnection(config, shared),
  // Loaded on first use, so a production process (which never starts simulators) never loads them.
  startSimulator: async (options) => (await import('./simulator/index.js')).startTalkdeskSimulator(options),
};
