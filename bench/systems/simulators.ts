// The four vendors the listing bench reads from: every registry module's embedded simulator
// (seeded as `npm start` seeds them), in a process of their own so that casegraph's CPU figure is
// casegraph's alone. Prints one JSON line: `{ env, urls }`, where `env` holds the variables that
// point a real-vendor casegraph at these simulators (the vendors' own variables, as an operator
// would set them: TALKDESK_TOKEN_URL and the client credentials the simulator issues tokens for,
// THALAMUS_TOUCHPOINT, ...). Each one is read back through the vendor's `readConfig` and must give
// the very configuration the embedded simulator hands casegraph, or this process fails.
import { isDeepStrictEqual } from 'node:util';
import { PROVIDER_MODULES } from '../../src/providers/registry.js';
import type { CaseProvider } from '../../src/domain/model.js';
import type { RunningSimulator } from '../../src/providers/types.js';
import { BUILT_IN_CUSTOM_PROPERTIES } from '../../src/providers/sprinklr/config.js';
import type { KhorosConfig } from '../../src/providers/khoros/config.js';
import type { SprinklrConfig } from '../../src/providers/sprinklr/config.js';
import type { TalkdeskConfig } from '../../src/providers/talkdesk/config.js';
import type { ThalamusConfig } from '../../src/providers/thalamus/config.js';

type Env = Record<string, string>;

/** Drops unset keys, so a config read from the environment compares equal to one built in code. */
const defined = <T extends object>(o: T): Env =>
  Object.fromEntries(Object.entries(o).filter((e): e is [string, string] => e[1] !== undefined));

/** Each vendor's variables for a given configuration (the inverse of its config.ts `readConfig`). */
const ENV_OF: Record<CaseProvider, (config: unknown) => Env> = {
  KHOROS: (config) => {
    const c = config as KhorosConfig;
    return defined({
      KHOROS_BASE_URL: c.baseUrl,
      KHOROS_AUTH_HEADER: c.authHeader,
      KHOROS_AUTH_VALUE: c.authValue,
      KHOROS_AGENT_EMAIL: c.agentEmail,
      KHOROS_COMPANY_ID: c.companyId,
      KHOROS_INITIATIVE_ID: c.initiativeId,
      KHOROS_DEFINITIONS_TTL_SECONDS: seconds(c.definitionsTtlMs),
    });
  },
  SPRINKLR: (config) => {
    const c = config as SprinklrConfig;
    // The built-in properties are always offered; the variable lists the others, as key=Label.
    const extra = c.customProperties.filter((p) => !BUILT_IN_CUSTOM_PROPERTIES.some((b) => b.key === p.key));
    return defined({
      // Already resolved: without SPRINKLR_ENV and with no {env} in it, the URL is taken as it is.
      SPRINKLR_BASE_URL: c.baseUrl,
      SPRINKLR_ACCESS_TOKEN: c.accessToken,
      SPRINKLR_API_KEY: c.apiKey,
      SPRINKLR_CASE_CUSTOM_PROPERTIES:
        extra.length === 0 ? undefined : extra.map((p) => (p.label ? `${p.key}=${p.label}` : p.key)).join(','),
      SPRINKLR_DEFINITIONS_TTL_SECONDS: seconds(c.definitionsTtlMs),
    });
  },
  TALKDESK: (config) => {
    const c = config as TalkdeskConfig;
    return defined({
      TALKDESK_BASE_URL: c.baseUrl,
      TALKDESK_TOKEN_URL: c.tokenUrl,
      TALKDESK_CLIENT_ID: c.clientId,
      TALKDESK_CLIENT_SECRET: c.clientSecret,
      TALKDESK_SCOPES: c.scopes.join(' '),
      TALKDESK_DEFINITIONS_TTL_SECONDS: seconds(c.definitionsTtlMs),
    });
  },
  THALAMUS: (config) => {
    const c = config as ThalamusConfig;
    const fields = (list: { key: string; type: string; required: boolean }[]) =>
      list.map((f) => `${f.key}:${f.type}${f.required ? '!' : ''}`).join(',');
    const groups = c.caseDataFields
      ? [
          ...(c.caseDataFields.everyType.length > 0 ? [fields(c.caseDataFields.everyType)] : []),
          ...c.caseDataFields.byCaseType
            .filter((t) => t.fields.length > 0)
            .map((t) => `${t.categoryCode}/${t.typeCode}=${fields(t.fields)}`),
        ]
      : [];
    return defined({
      THALAMUS_BASE_URL: c.baseUrl,
      THALAMUS_TOUCHPOINT: c.touchpoint,
      THALAMUS_TOKEN: c.token,
      THALAMUS_ACTIVITY: c.activity,
      THALAMUS_STATUS_NAMES: c.statusNames
        ? Object.entries(c.statusNames)
            .map(([status, name]) => `${status}=${name}`)
            .join(',')
        : undefined,
      THALAMUS_CASE_DATA_FIELDS: groups.length > 0 ? groups.join(';') : undefined,
      THALAMUS_DEFINITIONS_TTL_SECONDS: seconds(c.definitionsTtlMs),
    });
  },
};

function seconds(ms: number | undefined): string | undefined {
  if (ms === undefined) return undefined;
  if (ms % 1000 !== 0) throw new Error(`a definitions TTL of ${ms} ms is not a whole number of seconds`);
  return String(ms / 1000);
}

/** A configuration as JSON sees it: unset keys and key order do not matter. */
const comparable = (config: unknown): unknown => JSON.parse(JSON.stringify(config)) as unknown;

const running: RunningSimulator<unknown>[] = [];
const env: Env = {};
const urls: Partial<Record<CaseProvider, string>> = {};
try {
  for (const module of PROVIDER_MODULES) {
    const sim = await module.startSimulator();
    running.push(sim);
    const own = ENV_OF[module.provider](sim.config);
    // NODE_ENV is not production here, so the simulators' http: URLs pass the URL check.
    const read = module.readConfig({ ...own, NODE_ENV: 'development' });
    if (read.kind !== 'ok' || !isDeepStrictEqual(comparable(read.config), comparable(sim.config))) {
      throw new Error(
        `${module.provider}: its variables do not give the simulator's configuration: ${JSON.stringify(read).slice(0, 500)}`,
      );
    }
    Object.assign(env, own);
    urls[module.provider] = sim.url;
  }
} catch (err) {
  await Promise.all(running.map((s) => s.close()));
  throw err;
}

process.on('SIGTERM', () => {
  void Promise.all(running.map((s) => s.close())).then(() => process.exit(0));
});
console.log(JSON.stringify({ env, urls }));
