// Talkdesk configuration from the environment. The API base URL is per region (US default); the
// token URL is per account (`https://{account}.talkdeskid.com/oauth/token`), so it has no default.
import { httpUrlProblem, readSecondsAsMs, readVars } from '../shared/env.js';
import type { VariableDoc } from '../shared/env.js';
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
  definitionsTtlMs?: number | undefined;
}

export const TALKDESK_ENV = {
  baseUrl: 'TALKDESK_BASE_URL',
  tokenUrl: 'TALKDESK_TOKEN_URL',
  clientId: 'TALKDESK_CLIENT_ID',
  clientSecret: 'TALKDESK_CLIENT_SECRET',
  scopes: 'TALKDESK_SCOPES',
  definitionsTtl: 'TALKDESK_DEFINITIONS_TTL_SECONDS',
} as const;

export const requiredEnvVars = [TALKDESK_ENV.tokenUrl, TALKDESK_ENV.clientId, TALKDESK_ENV.clientSecret] as const;
const optionalEnvVars = [TALKDESK_ENV.baseUrl, TALKDESK_ENV.scopes, TALKDESK_ENV.definitionsTtl] as const;
export const envVars: readonly string[] = [
  TALKDESK_ENV.baseUrl,
  TALKDESK_ENV.tokenUrl,
  TALKDESK_ENV.clientId,
  TALKDESK_ENV.clientSecret,
  TALKDESK_ENV.scopes,
  TALKDESK_ENV.definitionsTtl,
];

/** The configuration table's rows for these variables (`npm run docs:config`); a test keeps them equal to envVars. */
export const variables: readonly VariableDoc[] = [
  {
    name: TALKDESK_ENV.tokenUrl,
    type: 'URL, required',
    shownDefault: '\u2014',
    example: 'https://acme.talkdeskid.com/oauth/token',
    meaning: "the account's token service (`.talkdeskid.eu`, `.talkdeskidca.com` by region)",
  },
  {
    name: TALKDESK_ENV.clientId,
    type: 'string, required',
    shownDefault: '\u2014',
    example: '0f3c\u2026',
    meaning: "the client-credentials app's id",
  },
  {
    name: TALKDESK_ENV.clientSecret,
    type: 'string, required',
    shownDefault: '\u2014',
    example: '(secret)',
    meaning: "the client-credentials app's secret",
  },
  {
    name: TALKDESK_ENV.baseUrl,
    type: 'URL',
    shownDefault: 'https://api.talkdeskapp.com',
    example: 'https://api.talkdeskapp.eu',
    meaning: 'the Cases API by region (CA: https://api.talkdeskappca.com)',
  },
  {
    name: TALKDESK_ENV.scopes,
    type: 'space-separated scopes',
    shownDefault: 'cases-public:read cases-public:write case-fields-public:read',
    example: 'cases-public:read case-fields-public:read',
    meaning: 'the OAuth scopes requested',
  },
  {
    name: TALKDESK_ENV.definitionsTtl,
    type: 'whole number of seconds',
    shownDefault: '300',
    example: '600',
    meaning: 'cache of the case field definitions (GET /cm/meta/va/fields)',
  },
];

export const DEFAULT_TALKDESK_BASE_URL = 'https://api.talkdeskapp.com';
export const DEFAULT_TALKDESK_SCOPES: readonly string[] = [
  'cases-public:read',
  'cases-public:write',
  'case-fields-public:read',
];

const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]+$/; // RFC 6749 scope-token characters

export function readConfig(env: NodeJS.ProcessEnv): ConfigResult<TalkdeskConfig> {
  const vars = readVars(env, requiredEnvVars, optionalEnvVars);
  if (vars.kind !== 'ok') return vars;
  const { values } = vars;

  const baseUrl = values[TALKDESK_ENV.baseUrl] ?? DEFAULT_TALKDESK_BASE_URL;
  const tokenUrl = values[TALKDESK_ENV.tokenUrl];
  const scopesValue = values[TALKDESK_ENV.scopes];
  const scopes = scopesValue ? scopesValue.split(/\s+/) : [...DEFAULT_TALKDESK_SCOPES];
  const problems = [
    httpUrlProblem(TALKDESK_ENV.baseUrl, baseUrl, env),
    httpUrlProblem(TALKDESK_ENV.tokenUrl, tokenUrl, env),
    ...scopes
      .filter((s) => !SCOPE_TOKEN.test(s))
      .map((s) => `${TALKDESK_ENV.scopes} contains an invalid scope ${JSON.stringify(s)}.`),
  ].filter((p): p is string => p !== null);
  const definitionsTtlMs = readSecondsAsMs(values[TALKDESK_ENV.definitionsTtl], TALKDESK_ENV.definitionsTtl, problems);
  if (problems.length > 0) return { kind: 'invalid', problems };

  return {
    kind: 'ok',
    config: {
      baseUrl: baseUrl.replace(/\/+$/, ''),
      tokenUrl,
      clientId: values[TALKDESK_ENV.clientId],
      clientSecret: values[TALKDESK_ENV.clientSecret],
      scopes,
      ...(definitionsTtlMs === undefined ? {} : { definitionsTtlMs }),
    },
  };
}
