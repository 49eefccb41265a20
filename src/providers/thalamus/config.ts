// Thalamus configuration from the environment. One Thalamus server per customer instance, so the
// base URL has no default; the touchpoint code and token come from the instance owner.
import { httpUrlProblem, readSecondsAsMs, readVars } from '../shared/env.js';
import type { VariableDoc } from '../shared/env.js';
import type { CaseStatus, CustomFieldType } from '../../domain/model.js';
import type { ConfigResult } from '../types.js';

/** A unified status Thalamus can be asked for by name (OTHER has no name to send). */
export type NamedCaseStatus = Exclude<CaseStatus, 'OTHER'>;

/** The caseData field types the create-case page names (Boolean, Decimal, Number, Date), plus free text. */
export type ThalamusFieldType = Extract<CustomFieldType, 'BOOLEAN' | 'DECIMAL' | 'NUMBER' | 'DATE' | 'TEXT'>;

/** One caseData field as the instance owner declares it. */
export interface ThalamusFieldDeclaration {
  key: string;
  type: ThalamusFieldType;
  /** Required on create. */
  required: boolean;
}

/**
 * The caseData fields casegraph may write, declared by the instance owner: Thalamus documents no
 * endpoint that lists them. A key has one type wherever it is declared.
 */
export interface ThalamusCaseDataFields {
  /** Fields every case type has. */
  everyType: ThalamusFieldDeclaration[];
  /** Fields of one case type, named by its category and type code (the vendor's unique key). */
  byCaseType: { categoryCode: string; typeCode: string; fields: ThalamusFieldDeclaration[] }[];
}

export interface ThalamusConfig {
  /** The instance's server URL, e.g. `https://acme.thalamus.example`; paths `/api/v4/...` hang off it. */
  baseUrl: string;
  /** Sent as `Thalamus-Touchpoint` on every call. */
  touchpoint: string;
  /** Sent as `Thalamus-Token` on every call. */
  token: string;
  /** Sent as `Thalamus-Activity` when set. */
  activity?: string | undefined;
  /** Overrides of the unified-status → Thalamus status-name map (defaults in mapping.ts). */
  statusNames?: Partial<Record<NamedCaseStatus, string>> | undefined;
  /** How long case type/category definitions are cached. */
  definitionsTtlMs?: number | undefined;
  /** The caseData fields casegraph may write, with their types. */
  caseDataFields?: ThalamusCaseDataFields | undefined;
}

export const THALAMUS_ENV = {
  baseUrl: 'THALAMUS_BASE_URL',
  touchpoint: 'THALAMUS_TOUCHPOINT',
  token: 'THALAMUS_TOKEN',
  activity: 'THALAMUS_ACTIVITY',
  statusNames: 'THALAMUS_STATUS_NAMES',
  definitionsTtl: 'THALAMUS_DEFINITIONS_TTL_SECONDS',
  caseDataFields: 'THALAMUS_CASE_DATA_FIELDS',
} as const;

export const requiredEnvVars = [THALAMUS_ENV.baseUrl, THALAMUS_ENV.touchpoint, THALAMUS_ENV.token] as const;
const optionalEnvVars = [
  THALAMUS_ENV.activity,
  THALAMUS_ENV.statusNames,
  THALAMUS_ENV.definitionsTtl,
  THALAMUS_ENV.caseDataFields,
] as const;
export const envVars: readonly string[] = [...requiredEnvVars, ...optionalEnvVars];

/** The configuration table's rows for these variables (`npm run docs:config`); a test keeps them equal to envVars. */
export const variables: readonly VariableDoc[] = [
  {
    name: THALAMUS_ENV.baseUrl,
    type: 'URL, required',
    shownDefault: '\u2014',
    example: 'https://acme.thalamus.example',
    meaning: 'the instance; paths /api/v4/\u2026 hang off it',
  },
  {
    name: THALAMUS_ENV.touchpoint,
    type: 'string, required',
    shownDefault: '\u2014',
    example: 'web-support',
    meaning: 'sent as Thalamus-Touchpoint',
  },
  {
    name: THALAMUS_ENV.token,
    type: 'string, required',
    shownDefault: '\u2014',
    example: '(secret)',
    meaning: 'sent as Thalamus-Token',
  },
  {
    name: THALAMUS_ENV.activity,
    type: 'string',
    shownDefault: '\u2014',
    example: 'casegraph',
    meaning: 'sent as Thalamus-Activity',
  },
  {
    name: THALAMUS_ENV.statusNames,
    type: 'STATUS=Name comma-separated',
    shownDefault: 'built in',
    example: 'OPEN=In Progress',
    meaning: 'overrides of the status-name map',
  },
  {
    name: THALAMUS_ENV.caseDataFields,
    type: 'declarations (below)',
    shownDefault: 'none',
    example: 'Consulta/Email=numeroCliente:NUMBER',
    meaning: 'the caseData fields casegraph may write, with their types',
  },
  {
    name: THALAMUS_ENV.definitionsTtl,
    type: 'whole number of seconds',
    shownDefault: '300',
    example: '600',
    meaning: 'cache of the case types and categories (GET /api/v4/cases/typecategory)',
  },
];

export const NAMED_STATUSES: readonly NamedCaseStatus[] = ['NEW', 'OPEN', 'PENDING', 'ON_HOLD', 'RESOLVED', 'CLOSED'];

const isNamedStatus = (s: string): s is NamedCaseStatus => NAMED_STATUSES.some((named) => named === s);

/** Parses `NEW=Created,OPEN=In Progress` into a status-name map. */
export function parseStatusNames(
  raw: string,
): { ok: true; value: Partial<Record<NamedCaseStatus, string>> } | { ok: false; problem: string } {
  const value: Partial<Record<NamedCaseStatus, string>> = {};
  for (const part of raw.split(',')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const status = (eq < 0 ? part : part.slice(0, eq)).trim().toUpperCase();
    const name = eq < 0 ? '' : part.slice(eq + 1).trim();
    if (!isNamedStatus(status)) {
      return {
        ok: false,
        problem: `${THALAMUS_ENV.statusNames}: ${JSON.stringify(status)} is not one of ${NAMED_STATUSES.join(', ')}.`,
      };
    }
    if (name === '') {
      return { ok: false, problem: `${THALAMUS_ENV.statusNames}: ${status} has no status name after "=".` };
    }
    value[status] = name;
  }
  return { ok: true, value };
}

const FIELD_TYPES: readonly ThalamusFieldType[] = ['BOOLEAN', 'DECIMAL', 'NUMBER', 'DATE', 'TEXT'];

const isFieldType = (s: string): s is ThalamusFieldType => FIELD_TYPES.some((t) => t === s);

const FIELD = /^([^\s:,;=/]+)\s*:\s*([A-Za-z]+)\s*(!?)$/;

/**
 * Parses caseData field declarations: groups separated by `;`, each an optional
 * `<categoryCode>/<typeCode>=` (a group without one applies to every case type) and then fields
 * separated by `,`, each `key:TYPE`, with `!` after the type when the field is required on create.
 * TYPE is BOOLEAN, DECIMAL, NUMBER, DATE or TEXT. For example
 * `fechaIncidente:DATE!,montoReclamado:DECIMAL;Consulta/Email=numeroCliente:NUMBER`.
 */
export function parseCaseDataFields(
  raw: string,
): { ok: true; value: ThalamusCaseDataFields } | { ok: false; problems: string[] } {
  const name = THALAMUS_ENV.caseDataFields;
  const value: ThalamusCaseDataFields = { everyType: [], byCaseType: [] };
  const problems: string[] = [];
  const typeOfKey = new Map<string, ThalamusFieldType>();
  for (const group of raw.split(';')) {
    if (group.trim() === '') continue;
    const eq = group.indexOf('=');
    let fields = value.everyType;
    if (eq >= 0) {
      const scope = group.slice(0, eq).trim();
      const [categoryCode = '', typeCode = '', ...extra] = scope.split('/').map((part) => part.trim());
      if (categoryCode === '' || typeCode === '' || extra.length > 0) {
        problems.push(`${name}: ${JSON.stringify(scope)} is not <categoryCode>/<typeCode>.`);
        continue;
      }
      if (value.byCaseType.some((t) => t.categoryCode === categoryCode && t.typeCode === typeCode)) {
        problems.push(`${name}: case type ${categoryCode}/${typeCode} is declared twice.`);
        continue;
      }
      fields = [];
      value.byCaseType.push({ categoryCode, typeCode, fields });
    }
    for (const item of (eq >= 0 ? group.slice(eq + 1) : group).split(',')) {
      if (item.trim() === '') continue;
      const match = FIELD.exec(item.trim());
      const [, key = '', rawType = '', bang = ''] = match ?? [];
      const type = rawType.toUpperCase();
      if (!match || !isFieldType(type)) {
        problems.push(
          `${name}: ${JSON.stringify(item.trim())} is not key:TYPE with TYPE one of ${FIELD_TYPES.join(', ')}.`,
        );
        continue;
      }
      if (fields.some((f) => f.key === key)) {
        problems.push(`${name}: ${key} is declared twice for the same case types.`);
        continue;
      }
      const known = typeOfKey.get(key);
      if (known !== undefined && known !== type) {
        problems.push(`${name}: ${key} is declared as both ${known} and ${type}; a field has one type.`);
        continue;
      }
      typeOfKey.set(key, type);
      fields.push({ key, type, required: bang === '!' });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

export function readConfig(env: NodeJS.ProcessEnv): ConfigResult<ThalamusConfig> {
  const vars = readVars(env, requiredEnvVars, optionalEnvVars);
  if (vars.kind !== 'ok') return vars;
  const { values } = vars;

  const problems: string[] = [];
  const urlProblem = httpUrlProblem(THALAMUS_ENV.baseUrl, values.THALAMUS_BASE_URL, env);
  if (urlProblem) problems.push(urlProblem);

  let statusNames: Partial<Record<NamedCaseStatus, string>> | undefined;
  const rawNames = values.THALAMUS_STATUS_NAMES;
  if (rawNames !== undefined) {
    const parsed = parseStatusNames(rawNames);
    if (parsed.ok) statusNames = parsed.value;
    else problems.push(parsed.problem);
  }

  const definitionsTtlMs = readSecondsAsMs(
    values.THALAMUS_DEFINITIONS_TTL_SECONDS,
    THALAMUS_ENV.definitionsTtl,
    problems,
  );

  let caseDataFields: ThalamusCaseDataFields | undefined;
  const rawFields = values.THALAMUS_CASE_DATA_FIELDS;
  if (rawFields !== undefined) {
    const parsed = parseCaseDataFields(rawFields);
    if (parsed.ok) caseDataFields = parsed.value;
    else problems.push(...parsed.problems);
  }

  if (problems.length > 0) return { kind: 'invalid', problems };
  return {
    kind: 'ok',
    config: {
      baseUrl: values.THALAMUS_BASE_URL,
      touchpoint: values.THALAMUS_TOUCHPOINT,
      token: values.THALAMUS_TOKEN,
      activity: values.THALAMUS_ACTIVITY,
      statusNames,
      definitionsTtlMs,
      caseDataFields,
    },
  };
}
