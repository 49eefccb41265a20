// Thalamus configuration from the environment. One Thalamus server per customer instance, so the
// base URL has no default; the touchpoint code and token come from the instance owner.
import { httpUrlProblem, readSecondsAsMs, readVars } from '../shared/env.js';
import type { CaseStatus } from '../../domain/model.js';
import type { ConfigResult } from '../types.js';

/** A unified status Thalamus can be asked for by name (OTHER has no name to send). */
export type NamedCaseStatus = Exclude<CaseStatus, 'OTHER'>;

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
}

export const THALAMUS_ENV = {
  baseUrl: 'THALAMUS_BASE_URL',
  touchpoint: 'THALAMUS_TOUCHPOINT',
  token: 'THALAMUS_TOKEN',
  activity: 'THALAMUS_ACTIVITY',
  statusNames: 'THALAMUS_STATUS_NAMES',
  definitionsTtl: 'THALAMUS_DEFINITIONS_TTL_SECONDS',
} as const;

export const requiredEnvVars = [THALAMUS_ENV.baseUrl, THALAMUS_ENV.touchpoint, THALAMUS_ENV.token] as const;
const optionalEnvVars = [THALAMUS_ENV.activity, THALAMUS_ENV.statusNames, THALAMUS_ENV.definitionsTtl] as const;
export const envVars: readonly string[] = [...requiredEnvVars, ...optionalEnvVars];

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

export function readConfig(env: NodeJS.ProcessEnv): ConfigResult<ThalamusConfig> {
  const vars = readVars(env, requiredEnvVars, optionalEnvVars);
  if (vars.kind !== 'ok') return vars;
  const { values } = vars;

  const problems: string[] = [];
  const urlProblem = httpUrlProblem(THALAMUS_ENV.baseUrl, values.THALAMUS_BASE_URL);
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
    },
  };
}
