// An embedded, strict Sprinklr Case API v2 server, written from dev.sprinklr.com: the `Key` and
// Bearer headers on every call, the environment path segment the key belongs to, Content-Length and
// JSON on writes, the create body's required `firstMessageId` (an existing message) and
// `workflow.customProperties` (a map of string lists), update actions paired with their fields,
// comments addressed by case number, a case's associated message ids (`?id=`) and the messages
// themselves in bulk (a bare JSON array of ids), case search with its filter tree, sorts, offset
// pages and cursors, epoch-millisecond times, and the documented status codes. Besides the
// documented case it holds SIM_SEEDED_CASE_COUNT seeded cases by default.
import { SimulatorServer } from '../../../simulators/harness.js';
import type { RunningSimulator } from '../../types.js';
import type { SprinklrConfig } from '../config.js';
import { registerCaseRoutes } from './cases.js';
import { registerCommentRoutes } from './comments.js';
import { registerCustomFieldRoutes } from './customFields.js';
import { gatedRoute } from './gateway.js';
import { registerMessageRoutes } from './messages.js';
import { registerSearchRoutes } from './search.js';
import {
  SIM_CUSTOM_FIELDS,
  SIM_CUSTOM_PROPERTIES,
  SIM_MESSAGES,
  SIM_SEEDED_ASSOCIATIONS,
  SIM_SEEDED_CASE,
  SIM_SEEDED_COMMENTS,
  SYSTEM_PROPERTIES,
  seedSprinklrCases,
} from './seed.js';
import { MESSAGE_ID, appError, caseByNumber, clone } from './state.js';
import type { SimCase, SimComment, SimCustomField, SimMessage, SimQuota, SprinklrSimState } from './state.js';

export type { SimCase, SimComment, SimContact, SimCustomField, SimMessage, SimProfile, SimQuota } from './state.js';
export { SIM_SEARCH_CURSOR_TTL_MS, SIM_SEARCH_MAX_PAGE_SIZE } from './search.js';
export {
  SIM_AGENT_USERS,
  SIM_API_USER_ID,
  SIM_CUSTOMER_TIER_FIELD,
  SIM_CUSTOM_FIELDS,
  SIM_CUSTOM_PROPERTIES,
  SIM_DOC_MESSAGE_ID,
  SIM_DOC_REPLY_MESSAGE_ID,
  SIM_INSTAGRAM_MESSAGE_ID,
  SIM_INSTAGRAM_REPLY_MESSAGE_ID,
  SIM_MESSAGES,
  SIM_PRIORITIES,
  SIM_PRODUCT_LINES,
  SIM_QUEUES,
  SIM_SEEDED_CASE_COUNT,
  SIM_SEEDED_CASE_ID,
  SIM_SEEDED_CASE_NUMBER,
  SIM_STATUSES,
  SIM_TAGS,
  SIM_USERS,
  SIM_VOICE_MESSAGE_ID,
} from './seed.js';
export interface SprinklrSimulatorOptions {
  port?: number;
  /** The environment the API key belongs to (`prod2`); empty for the default production environment. */
  env?: string;
  accessToken?: string;
  apiKey?: string;
  /** Custom fields the instance has besides the seeded ones, e.g. a required case field. */
  customFields?: readonly SimCustomField[];
  /** How many cases to seed besides the documented one (SIM_SEEDED_CASE_COUNT by default). */
  seedCases?: number;
  /** A rate limit the gateway enforces on the key (none by default): 429 beyond it, as documented. */
  quota?: SimQuota;
}

export interface RateLimitOptions {
  retryAfterSeconds?: number;
  /** `429` (RATE_LIMIT_EXCEEDED body) or the gateway's 403 "Developer Over Rate". */
  style?: '429' | 'developer-over-rate';
  times?: number;
}

export interface RunningSprinklrSimulator extends RunningSimulator<SprinklrConfig> {
  /** The environment segment the simulator's key belongs to. */
  readonly env: string;
  /** The next `times` authenticated calls are rate limited. */
  rateLimitNext(options?: RateLimitOptions): void;
  /** Enforces `quota` on the key from now on (a fresh window), or no limit when undefined. */
  enforceQuota(quota: SimQuota | undefined): void;
  /** The next `times` valid case updates fail with 409 (a concurrent change bumped the version). */
  conflictNext(times?: number): void;
  /** Expires the access token: every later call gets 401 until `restoreToken()`. */
  expireToken(): void;
  restoreToken(): void;
  /** Registers a message a case can be opened on or associated with. */
  addMessage(message: SimMessage): void;
  /**
   * Associates an existing message with a case, as routing a reply or a follow-up into the case does
   * (`at` is the association time the associated-messages cursor compares with). Throws for an
   * unknown case or message.
   */
  associateMessage(caseId: string, messageId: string, at?: number): void;
  /** The message ids associated with a case, in association order. */
  associatedMessages(caseId: string): string[];
  /** A stored case by id or case number, as the API would return it. */
  storedCase(idOrNumber: string | number): SimCase | undefined;
  /** The comments on a case number, oldest first. */
  storedComments(caseNumber: number): SimComment[];
  /** Every stored case, as the API would return it. */
  storedCases(): SimCase[];
  /** Expires every case search cursor issued so far, as five minutes passing would. */
  expireSearchCursors(): void;
}

export async function startSprinklrSimulator(
  options: SprinklrSimulatorOptions = {},
): Promise<RunningSprinklrSimulator> {
  const seed = seedSprinklrCases(options.seedCases);
  const seededCases = [SIM_SEEDED_CASE, ...seed.cases];
  const state: SprinklrSimState = {
    env: options.env ?? 'prod2',
    accessToken: options.accessToken ?? 'sim-sprinklr-access-token',
    apiKey: options.apiKey ?? 'sim-sprinklr-api-key',
    tokenExpired: false,
    rateLimits: [],
    quota: options.quota ? { limit: { ...options.quota }, window: -1, calls: 0 } : undefined,
    conflicts: 0,
    knownProperties: new Set([
      ...SIM_CUSTOM_PROPERTIES.map((d) => d.key),
      ...(options.customFields ?? []).map((f) => `_c_${f.fieldName}`),
      ...SYSTEM_PROPERTIES,
    ]),
    customFields: [...SIM_CUSTOM_FIELDS, ...(options.customFields ?? [])].map((f) => clone(f)),
    messages: new Map([...SIM_MESSAGES, ...seed.messages].map((m) => [m.id, clone(m)])),
    cases: new Map(seededCases.map((c) => [c.id, clone(c)])),
    associations: new Map([[SIM_SEEDED_CASE.id, SIM_SEEDED_ASSOCIATIONS.map((a) => ({ ...a }))], ...seed.associations]),
    comments: new Map([[SIM_SEEDED_CASE.caseNumber, SIM_SEEDED_COMMENTS.map((c) => ({ ...c }))], ...seed.comments]),
    nextCaseNumber: Math.max(18005077, ...seededCases.map((c) => c.caseNumber + 1)),
    searchCursors: new Map(),
  };

  const server = new SimulatorServer({
    notFound: () => appError(404, [{ code: 'NOT_FOUND', message: 'Resource Not Found' }]),
    internalError: () => appError(500, [{ code: 'INTERNAL_ERROR', message: 'Internal Server Error' }]),
  });
  const route = gatedRoute(server, state);
  registerMessageRoutes(route, state);
  registerCaseRoutes(route, state);
  registerCommentRoutes(route, state);
  registerCustomFieldRoutes(route, state);
  const search = registerSearchRoutes(route, state);

  const url = await server.listen(options.port ?? 0);
  return {
    env: state.env,
    url,
    server,
    config: {
      baseUrl: state.env === '' ? url : `${url}/${state.env}`,
      accessToken: state.accessToken,
      apiKey: state.apiKey,
      customProperties: SIM_CUSTOM_PROPERTIES.map((d) => ({ ...d, options: [...d.options] })),
    },
    rateLimitNext(opts: RateLimitOptions = {}) {
      for (let i = 0; i < (opts.times ?? 1); i += 1) {
        state.rateLimits.push({ retryAfterSeconds: opts.retryAfterSeconds ?? 30, style: opts.style ?? '429' });
      }
    },
    enforceQuota(quota: SimQuota | undefined) {
      state.quota = quota ? { limit: { ...quota }, window: -1, calls: 0 } : undefined;
    },
    conflictNext(times = 1) {
      state.conflicts += times;
    },
    expireToken() {
      state.tokenExpired = true;
    },
    restoreToken() {
      state.tokenExpired = false;
    },
    addMessage(message: SimMessage) {
      if (!MESSAGE_ID.test(message.id)) throw new Error(`Not a Sprinklr message id: ${message.id}`);
      state.messages.set(message.id, clone(message));
    },
    associateMessage(caseId: string, messageId: string, at: number = Date.now()) {
      const found = state.cases.get(caseId);
      const message = state.messages.get(messageId);
      if (!found) throw new Error(`No simulated case ${caseId}`);
      if (!message) throw new Error(`No simulated message ${messageId}`);
      const list = state.associations.get(caseId) ?? [];
      if (list.some((a) => a.messageId === messageId)) return;
      list.push({ messageId, at });
      state.associations.set(caseId, list);
      found.latestMessageAssociatedTime = Math.max(found.latestMessageAssociatedTime, at);
      if (message.brandPost) found.associatedBrandMessageCount += 1;
      else found.associatedFanMessageCount += 1;
    },
    associatedMessages(caseId: string) {
      return (state.associations.get(caseId) ?? []).map((a) => a.messageId);
    },
    storedCase(idOrNumber: string | number) {
      const found = typeof idOrNumber === 'number' ? caseByNumber(state, idOrNumber) : state.cases.get(idOrNumber);
      return found ? clone(found) : undefined;
    },
    storedComments(caseNumber: number) {
      return clone(state.comments.get(caseNumber) ?? []);
    },
    storedCases() {
      return [...state.cases.values()].map(clone);
    },
    expireSearchCursors: () => search.expireSearchCursors(),
    close: () => server.close(),
  };
}
