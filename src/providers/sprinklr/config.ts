// SPRINKLR_* environment variables. Sprinklr serves every environment from one host with the
// environment as the first path segment (`https://api3.sprinklr.com/prod2/api/v2/case`); the default
// production environment has no segment at all, so `{env}` is dropped when SPRINKLR_ENV is empty.
import { httpUrlProblem, readSecondsAsMs, readVars } from '../shared/env.js';
import type { VariableDoc } from '../shared/env.js';
import type { CustomFieldDefinitionModel } from '../../domain/model.js';
import type { ConfigResult } from '../types.js';

export interface SprinklrConfig {
  /** The API base with `{env}` already resolved, e.g. `https://api3.sprinklr.com/prod2`. */
  baseUrl: string;
  /** OAuth access token sent as `Authorization: Bearer …`. */
  accessToken: string;
  /** API key sent as the `Key` header. */
  apiKey: string;
  /**
   * Case properties casegraph lets clients set besides what Custom Field Search lists: Sprinklr's own
   * `spr_uc_*` properties (which the search does not list) and, when the search is not available to
   * the API key, the custom fields (`_c_<24 hex>`) themselves.
   */
  customProperties: CustomFieldDefinitionModel[];
  /** How long the custom field definitions (or the configured fallback) are kept before they are searched again. */
  definitionsTtlMs?: number | undefined;
}

export const SPRINKLR_ENV = {
  baseUrl: 'SPRINKLR_BASE_URL',
  env: 'SPRINKLR_ENV',
  accessToken: 'SPRINKLR_ACCESS_TOKEN',
  apiKey: 'SPRINKLR_API_KEY',
  customProperties: 'SPRINKLR_CASE_CUSTOM_PROPERTIES',
  definitionsTtl: 'SPRINKLR_DEFINITIONS_TTL_SECONDS',
} as const;

export const requiredEnvVars = [SPRINKLR_ENV.accessToken, SPRINKLR_ENV.apiKey] as const;
const optionalEnvVars = [
  SPRINKLR_ENV.baseUrl,
  SPRINKLR_ENV.env,
  SPRINKLR_ENV.customProperties,
  SPRINKLR_ENV.definitionsTtl,
] as const;
export const envVars: readonly string[] = [...requiredEnvVars, ...optionalEnvVars];

/** The configuration table's rows for these variables (`npm run docs:config`); a test keeps them equal to envVars. */
export const variables: readonly VariableDoc[] = [
  {
    name: SPRINKLR_ENV.accessToken,
    type: 'string, required',
    shownDefault: '\u2014',
    example: '(secret)',
    meaning: 'sent as Authorization: Bearer',
  },
  {
    name: SPRINKLR_ENV.apiKey,
    type: 'string, required',
    shownDefault: '\u2014',
    example: '(secret)',
    meaning: 'sent as Key',
  },
  {
    name: SPRINKLR_ENV.baseUrl,
    type: 'URL template',
    shownDefault: 'https://api3.sprinklr.com/{env}',
    example: 'https://api2.sprinklr.com/{env}',
    meaning: 'the API base; {env} is SPRINKLR_ENV',
  },
  {
    name: SPRINKLR_ENV.env,
    type: 'string',
    shownDefault: '\u2014',
    example: 'prod2',
    meaning: 'the environment segment; empty drops it',
  },
  {
    name: SPRINKLR_ENV.customProperties,
    type: 'key[=Label] comma-separated',
    shownDefault: '\u2014',
    example: 'spr_uc_region=Region',
    meaning: 'case properties offered besides what Custom Field Search lists (spr_uc_type always is)',
  },
  {
    name: SPRINKLR_ENV.definitionsTtl,
    type: 'whole number of seconds',
    shownDefault: '300',
    example: '600',
    meaning: 'cache of the case custom fields (POST /api/v1/customfield/search)',
  },
];

export const DEFAULT_BASE_URL = 'https://api3.sprinklr.com/{env}';
const ENV_PLACEHOLDER = '{env}';

/** `spr_uc_type` is the one case property every Sprinklr example carries besides status and priority. */
export const BUILT_IN_CUSTOM_PROPERTIES: readonly CustomFieldDefinitionModel[] = [
  { key: 'spr_uc_type', label: 'Case type', type: 'STRING_LIST', required: false, requiredFor: [], options: [] },
];

const ENV_NAME = /^[A-Za-z0-9-]+$/;
const PROPERTY_KEY = /^[A-Za-z0-9_]+$/;

/** Resolves `{env}` in a base URL template: replaced by the environment, or dropped with its slash when empty. */
export function resolveBaseUrl(template: string, env: string | undefined): string {
  const resolved = env
    ? template.split(ENV_PLACEHOLDER).join(env)
    : template.split(`/${ENV_PLACEHOLDER}`).join('').split(ENV_PLACEHOLDER).join('');
  return resolved.endsWith('/') ? resolved.slice(0, -1) : resolved;
}

/**
 * Parses `SPRINKLR_CASE_CUSTOM_PROPERTIES`: comma-separated property keys, each optionally followed by
 * `=Label`, e.g. `_c_6915c1fcbcc3d050f77b9943=Order number,spr_uc_tag=Tags`. Every one is a list of strings.
 */
export function parseCustomProperties(raw: string | undefined): {
  definitions: CustomFieldDefinitionModel[];
  problems: string[];
} {
  const definitions: CustomFieldDefinitionModel[] = [...BUILT_IN_CUSTOM_PROPERTIES];
  const problems: string[] = [];
  if (raw === undefined) return { definitions, problems };
  for (const item of raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')) {
    const eq = item.indexOf('=');
    const key = (eq === -1 ? item : item.slice(0, eq)).trim();
    const label = eq === -1 ? null : item.slice(eq + 1).trim() || null;
    if (!PROPERTY_KEY.test(key)) {
      problems.push(`${SPRINKLR_ENV.customProperties} has an invalid property key ${JSON.stringify(key)}.`);
      continue;
    }
    if (key === 'spr_uc_status' || key === 'spr_uc_priority') {
      problems.push(`${SPRINKLR_ENV.customProperties} must not list ${key}: it is set through status/priority.`);
      continue;
    }
    const existing = definitions.findIndex((d) => d.key === key);
    const definition: CustomFieldDefinitionModel = {
      key,
      label,
      type: 'STRING_LIST',
      required: false,
      requiredFor: [],
      options: [],
    };
    if (existing === -1) definitions.push(definition);
    else definitions[existing] = definition;
  }
  return { definitions, problems };
}

export function readConfig(env: NodeJS.ProcessEnv): ConfigResult<SprinklrConfig> {
  const vars = readVars(env, requiredEnvVars, optionalEnvVars);
  if (vars.kind !== 'ok') return vars;
  const {
    [SPRINKLR_ENV.accessToken]: accessToken,
    [SPRINKLR_ENV.apiKey]: apiKey,
    [SPRINKLR_ENV.env]: sprEnv,
    [SPRINKLR_ENV.baseUrl]: template = DEFAULT_BASE_URL,
  } = vars.values;

  const problems: string[] = [];
  if (sprEnv !== undefined && !ENV_NAME.test(sprEnv)) {
    problems.push(`${SPRINKLR_ENV.env} must be an environment name such as prod2, got ${JSON.stringify(sprEnv)}.`);
  }
  if (sprEnv !== undefined && !template.includes(ENV_PLACEHOLDER)) {
    problems.push(
      `${SPRINKLR_ENV.env} is set but ${SPRINKLR_ENV.baseUrl} has no ${ENV_PLACEHOLDER} segment to put it in.`,
    );
  }
  const baseUrl = resolveBaseUrl(template, sprEnv);
  const urlProblem = httpUrlProblem(SPRINKLR_ENV.baseUrl, baseUrl, env);
  if (urlProblem) problems.push(urlProblem);
  if (/[\r\n]/.test(accessToken)) problems.push(`${SPRINKLR_ENV.accessToken} must be a single line.`);
  if (/[\r\n]/.test(apiKey)) problems.push(`${SPRINKLR_ENV.apiKey} must be a single line.`);
  const custom = parseCustomProperties(vars.values[SPRINKLR_ENV.customProperties]);
  problems.push(...custom.problems);
  const definitionsTtlMs = readSecondsAsMs(
    vars.values[SPRINKLR_ENV.definitionsTtl],
    SPRINKLR_ENV.definitionsTtl,
    problems,
  );
  if (problems.length > 0) return { kind: 'invalid', problems };

  return {
    kind: 'ok',
    config: {
      baseUrl,
      accessToken,
      apiKey,
      customProperties: custom.definitions,
      ...(definitionsTtlMs === undefined ? {} : { definitionsTtlMs }),
    },
  };
}
