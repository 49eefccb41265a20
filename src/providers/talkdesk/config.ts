// Talkdesk configuration from the environment. The API base URL is per region (US default); the
// token URL is per account (`https://{account}.talkdeskid.com/oauth/token`), so it has no default.
import { httpUrlProblem, readEnv } from '../shared/env.js';
import type { ConfigResult } from '../types.js';

export interface TalkdeskConfig {
  /** API base URL, e.g. https://api.talkdeskapp.com (US), https://api.talkdeskapp.eu, https://api.talkdeskappca.com. */
  baseUrl: string;
  /** OAuth token endpoint, e.g. https://acme.talkdeskid.com/oauth/token. A different origin from the API. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** Scopes requested with the client-credentials grant. */
  scopes: string[];
  /** How long custom-field definitions are cached on the connection. Default 5 minutes. */
  fieldDefinitionsTtlMs?: number;
}

export const TALKDESK_ENV = {
  baseUrl: 'TALKDESK_BASE_URL',
  tokenUrl: 'TALKDESK_TOKEN_URL',
  clientId: 'TALKDESK_CLIENT_ID',
  clientSecret: 'TALKDESK_CLIENT_SECRET',
  scopes: 'TALKDESK_SCOPES',
} as const;

export const envVars: readonly string[] = Object.values(TALKDESK_ENV);
export const requiredEnvVars: readonly string[] = [
  TALKDESK_ENV.tokenUrl,
  TALKDESK_ENV.clientId,
  TALKDESK_ENV.clientSecret,
];

export const DEFAULT_TALKDESK_BASE_URL = 'https://api.talkdeskapp.com';
export const DEFAULT_TALKDESK_SCOPES: readonly string[] = [
  'cases-public:read',
  'cases-public:write',
  'case-fields-public:read',
];

const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]+$/; // RFC 6749 scope-token characters

export function readConfig(env: NodeJS.ProcessEnv): ConfigResult<TalkdeskConfig> {
  const read = (name: string): string | undefined => readEnv(env, name);
  const values = {
    baseUrl: read(TALKDESK_ENV.baseUrl),
    tokenUrl: read(TALKDESK_ENV.tokenUrl),
    clientId: read(TALKDESK_ENV.clientId),
    clientSecret: read(TALKDESK_ENV.clientSecret),
    scopes: read(TALKDESK_ENV.scopes),
  };
  if (Object.values(values).every((v) => v === undefined)) return { kind: 'absent' };

  const missing: string[] = [];
  if (!values.tokenUrl) missing.push(TALKDESK_ENV.tokenUrl);
  if (!values.clientId) missing.push(TALKDESK_ENV.clientId);
  if (!values.clientSecret) missing.push(TALKDESK_ENV.clientSecret);
  if (missing.length > 0) return { kind: 'incomplete', missing };

  const baseUrl = values.baseUrl ?? DEFAULT_TALKDESK_BASE_URL;
  const tokenUrl = values.tokenUrl as string;
  const scopes = values.scopes ? values.scopes.split(/\s+/) : [...DEFAULT_TALKDESK_SCOPES];
  const problems = [
    httpUrlProblem(TALKDESK_ENV.baseUrl, baseUrl),
    httpUrlProblem(TALKDESK_ENV.tokenUrl, tokenUrl),
    ...scopes
      .filter((s) => !SCOPE_TOKEN.test(s))
      .map((s) => `${TALKDESK_ENV.scopes} contains an invalid scope ${JSON.stringify(s)}.`),
  ].filter((p): p is string => p !== null);
  if (problems.length > 0) return { kind: 'invalid', problems };

  return {
    kind: 'ok',
    config: {
      baseUrl: baseUrl.replace(/\/+$/, ''),
      tokenUrl,
      clientId: values.clientId as string,
      clientSecret: values.clientSecret as string,
      scopes,
    },
  };
}
