// KHOROS_* environment variables. The Khoros CRM spec has no vendor host: the base URL is the
// instance URL of whichever CRM implements the spec (Khoros registers it as `instanceUrl`).
import { httpUrlProblem, readSecondsAsMs, readVars } from '../shared/env.js';
import type { VariableDoc } from '../shared/env.js';
import type { ConfigResult } from '../types.js';

export interface KhorosConfig {
  /** The CRM's instance URL; may carry a path such as `/api/v1`. */
  baseUrl: string;
  /** The header that carries the shared secret (`authHeaderValue`). The spec does not name it. */
  authHeader: string;
  /** The shared secret. */
  authValue: string;
  /** The default Khoros agent email (`x-sf-email` / `x-sf-user-email`). */
  agentEmail: string;
  /** Khoros company id, a 64-bit integer kept as its decimal string. */
  companyId: string;
  /** Khoros initiative id, a 64-bit integer kept as its decimal string. */
  initiativeId: string;
  /** How long `/meta/object/case` definitions are cached; defaults to five minutes. */
  definitionsTtlMs?: number | undefined;
}

export const KHOROS_ENV = {
  baseUrl: 'KHOROS_BASE_URL',
  authValue: 'KHOROS_AUTH_VALUE',
  authHeader: 'KHOROS_AUTH_HEADER',
  agentEmail: 'KHOROS_AGENT_EMAIL',
  companyId: 'KHOROS_COMPANY_ID',
  initiativeId: 'KHOROS_INITIATIVE_ID',
  definitionsTtl: 'KHOROS_DEFINITIONS_TTL_SECONDS',
} as const;

export const envVars: readonly string[] = Object.values(KHOROS_ENV);

/** The configuration table's rows for these variables (`npm run docs:config`); a test keeps them equal to envVars. */
export const variables: readonly VariableDoc[] = [
  {
    name: KHOROS_ENV.baseUrl,
    type: 'URL, required',
    shownDefault: '\u2014',
    example: 'https://crm.example.com/api/v1',
    meaning: "the CRM's instance URL (any CRM implementing the Custom CRM API spec)",
  },
  {
    name: KHOROS_ENV.authValue,
    type: 'string, required',
    shownDefault: '\u2014',
    example: '(secret)',
    meaning: 'the shared secret (authHeaderValue)',
  },
  {
    name: KHOROS_ENV.authHeader,
    type: 'header name',
    shownDefault: 'Authorization',
    example: 'X-Api-Key',
    meaning: 'the header carrying it',
  },
  {
    name: KHOROS_ENV.agentEmail,
    type: 'email, required',
    shownDefault: '\u2014',
    example: 'agent@example.com',
    meaning: 'sent as x-sf-email / x-sf-user-email',
  },
  {
    name: KHOROS_ENV.companyId,
    type: '64-bit id, required',
    shownDefault: '\u2014',
    example: '1234567890123',
    meaning: 'kept as a decimal string',
  },
  {
    name: KHOROS_ENV.initiativeId,
    type: '64-bit id, required',
    shownDefault: '\u2014',
    example: '9876543210987',
    meaning: 'kept as a decimal string',
  },
  {
    name: KHOROS_ENV.definitionsTtl,
    type: 'whole number of seconds',
    shownDefault: '300',
    example: '600',
    meaning: 'cache of the case object structure (GET /meta/object/case)',
  },
];

export const DEFAULT_AUTH_HEADER = 'Authorization';
export const DEFAULT_DEFINITIONS_TTL_MS = 5 * 60_000;

export const requiredEnvVars = [
  KHOROS_ENV.baseUrl,
  KHOROS_ENV.authValue,
  KHOROS_ENV.agentEmail,
  KHOROS_ENV.companyId,
  KHOROS_ENV.initiativeId,
] as const;
const optionalEnvVars = [KHOROS_ENV.authHeader, KHOROS_ENV.definitionsTtl] as const;

const INT64_MAX = '9223372036854775807';
const HEADER_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const EMAIL = /^[^\s@<>(),;:"\\[\]]+@[^\s@<>(),;:"\\[\]]+$/;
/** Headers casegraph sets itself, which the secret must not replace. */
const TAKEN_HEADERS = new Set([
  'x-sf-email',
  'x-sf-user-email',
  'x-sf-initiative',
  'x-sf-company-id',
  'content-type',
  'content-length',
  'accept',
  'host',
]);

/** A non-negative 64-bit integer in decimal, without leading zeros. Never converted to a JS number. */
export function isInt64Id(value: string): boolean {
  if (!/^(0|[1-9]\d*)$/.test(value)) return false;
  if (value.length !== INT64_MAX.length) return value.length < INT64_MAX.length;
  return value <= INT64_MAX;
}

export function isAgentEmail(value: string): boolean {
  return EMAIL.test(value);
}

export function isHeaderName(value: string): boolean {
  return HEADER_TOKEN.test(value);
}

export function readConfig(env: NodeJS.ProcessEnv): ConfigResult<KhorosConfig> {
  const vars = readVars(env, requiredEnvVars, optionalEnvVars);
  if (vars.kind !== 'ok') return vars;
  const { values } = vars;
  const baseUrl = values[KHOROS_ENV.baseUrl];
  const authValue = values[KHOROS_ENV.authValue];
  const authHeader = values[KHOROS_ENV.authHeader] ?? DEFAULT_AUTH_HEADER;
  const agentEmail = values[KHOROS_ENV.agentEmail];
  const companyId = values[KHOROS_ENV.companyId];
  const initiativeId = values[KHOROS_ENV.initiativeId];

  const problems: string[] = [];
  const urlProblem = httpUrlProblem(KHOROS_ENV.baseUrl, baseUrl, env);
  if (urlProblem) problems.push(urlProblem);
  if (!isHeaderName(authHeader)) problems.push(`${KHOROS_ENV.authHeader} is not a valid HTTP header name.`);
  else if (TAKEN_HEADERS.has(authHeader.toLowerCase())) {
    problems.push(`${KHOROS_ENV.authHeader} names a header casegraph already sends (${authHeader.toLowerCase()}).`);
  }
  if (/[\r\n]/.test(authValue)) problems.push(`${KHOROS_ENV.authValue} must be a single line.`);
  if (!isAgentEmail(agentEmail)) problems.push(`${KHOROS_ENV.agentEmail} is not an email address.`);
  if (!isInt64Id(companyId)) problems.push(`${KHOROS_ENV.companyId} must be a 64-bit id in decimal digits.`);
  if (!isInt64Id(initiativeId)) problems.push(`${KHOROS_ENV.initiativeId} must be a 64-bit id in decimal digits.`);
  const definitionsTtlMs = readSecondsAsMs(values[KHOROS_ENV.definitionsTtl], KHOROS_ENV.definitionsTtl, problems);
  if (problems.length > 0) return { kind: 'invalid', problems };

  return {
    kind: 'ok',
    config: {
      baseUrl,
      authHeader,
      authValue,
      agentEmail,
      companyId,
      initiativeId,
      ...(definitionsTtlMs === undefined ? {} : { definitionsTtlMs }),
    },
  };
}
