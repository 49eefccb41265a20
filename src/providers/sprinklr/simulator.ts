// An embedded, strict Sprinklr Case API v2 server, written from dev.sprinklr.com: the `Key` and
// Bearer headers on every call, the environment path segment the key belongs to, Content-Length and
// JSON on writes, the create body's required `firstMessageId` (an existing message) and
// `workflow.customProperties` (a map of string lists), update actions paired with their fields,
// comments addressed by case number, a case's associated message ids (`?id=`) and the messages
// themselves in bulk (a bare JSON array of ids), epoch-millisecond times, and the documented status
// codes. Where Sprinklr documents no error body, it answers `{data, errors:[{code, message, field?}]}`.
import { randomBytes, randomUUID } from 'node:crypto';
import { SimulatorServer, header, isJsonContentType } from '../../simulators/harness.js';
import type { SimHandler, SimResponse } from '../../simulators/harness.js';
import type { CustomFieldDefinitionModel } from '../../domain/model.js';
import type { RunningSimulator } from '../types.js';
import { BUILT_IN_CUSTOM_PROPERTIES } from './config.js';
import type { SprinklrConfig } from './config.js';

export interface SprinklrSimulatorOptions {
  port?: number;
  /** The environment the API key belongs to (`prod2`); empty for the default production environment. */
  env?: string;
  accessToken?: string;
  apiKey?: string;
}

export interface SimContact {
  id: string;
  name?: string;
  channelType?: string;
  channelId?: string;
  fromSnUserId?: string;
}

/** A profile on a message (sender or receiver), with the fields "Read Messages (Bulk)" documents. */
export interface SimProfile {
  name: string;
  channelType: string;
  channelId: string;
  username: string;
  permalink?: string;
  avatarUrl?: string;
}

/**
 * A message the simulated instance holds. Its id follows the documented format
 * (sourceType_sourceId_channelCreatedTime_channelType_messageType_channelMessageId); the message
 * object's source, channel and channelCreatedTime are taken from it.
 */
export interface SimMessage {
  id: string;
  /** The contact a case opened on this message gets when the create body names none. */
  contact?: SimContact;
  text?: string;
  title?: string;
  attachment?: Record<string, unknown>;
  sender: SimProfile;
  receiver?: SimProfile;
  /** True when the brand sent it. */
  brandPost: boolean;
  /** The URI of the conversation thread ("Read Message by ID"). */
  permalink?: string;
  parentMessageId?: string;
  conversationId?: string;
  language?: string;
  /** When Sprinklr stored it; a few ms after channelCreatedTime unless given. */
  createdTime?: number;
  /** True when Sprinklr imported it from the channel rather than publishing it (default false). */
  autoImported?: boolean;
}

export interface SimComment {
  id: string;
  text: string;
  commentingUser: number;
  createdTime: number;
  modifiedTime: number;
}

/** A stored case, in Sprinklr's response shape. */
export interface SimCase {
  id: string;
  caseNumber: number;
  subject?: string;
  description?: string;
  version: number;
  status: string;
  priority?: string;
  caseType?: string;
  externalCase?: Record<string, unknown>;
  externalCaseInfo: { externalCases: Record<string, unknown>[] };
  workflow: {
    assignment?: { assigneeId: string; assigneeType: string; assignedById: number; assignmentTime: number };
    customProperties: Record<string, string[]>;
    queues: { queueId: number; assignmentTime: number }[];
  };
  channelCustomProperties: Record<string, unknown>[];
  contact: Partial<SimContact>;
  dueDate?: number;
  summary?: string;
  createdTime: number;
  modifiedTime: number;
  firstMessageId: string;
  latestProfileMessageAssociatedTime: number;
  firstMessageAssociatedTime: number;
  latestMessageAssociatedTime: number;
  totalProcessingClockTime: number;
  allEngagedUsersList: string[];
  associatedFanMessageCount: number;
  associatedBrandMessageCount: number;
  deleted: boolean;
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
}

// ---------------------------------------------------------------- seed data

/** The user the access token belongs to (`commentingUser`, `assignedById`). */
export const SIM_API_USER_ID = 1000157828;
export const SIM_USERS: readonly number[] = [1000157828, 66000020, 66007905, 66008019];
export const SIM_QUEUES: readonly number[] = [100072, 100073, 103197, 105092];
const ACME_CARE: SimProfile = {
  name: 'Acme Care',
  channelType: 'TWITTER',
  channelId: '1090001234567890176',
  username: 'AcmeCare',
  permalink: 'https://twitter.com/AcmeCare',
};
const ACME_STORE: SimProfile = {
  name: 'Acme Store',
  channelType: 'INSTAGRAM',
  channelId: '17841401234567890',
  username: 'acmestore',
  permalink: 'https://www.instagram.com/acmestore',
};

/** The help article's example message: a fan's tweet. Its documented case has an empty contact. */
export const SIM_DOC_MESSAGE_ID = 'ACCOUNT_600001824_1582817880350_TWITTER_2_1233053677281304578';
/** The brand's reply to it, which tests can associate with a case opened on it. */
export const SIM_DOC_REPLY_MESSAGE_ID = 'ACCOUNT_600001824_1582818112000_TWITTER_5_1233054650211840001';
/** The first message of "Read Messages (Bulk)"'s documented response: an incoming call, no text. */
export const SIM_VOICE_MESSAGE_ID = 'VOICE_66076376_1731588218296_SPRINKLR_VOICE_325_000001932ab35db8e4b042fc69f4425d';
/** The first two ids of "Case Associated Messages"'s documented response: a fan comment and the brand's reply. */
export const SIM_INSTAGRAM_MESSAGE_ID = 'ACCOUNT_600000163_1567258145000_INSTAGRAM_37_17927074666310191';
export const SIM_INSTAGRAM_REPLY_MESSAGE_ID =
  'ACCOUNT_600000163_1567259773000_INSTAGRAM_305_2122651287519496869_5026524167';

/** Messages the simulated instance holds; ids from Sprinklr's examples, contents invented to match them. */
export const SIM_MESSAGES: readonly SimMessage[] = [
  {
    id: SIM_DOC_MESSAGE_ID,
    text: '@AcmeCare my order #A-1001 was marked delivered but never arrived. Can someone help?',
    sender: {
      name: 'Dana Whitfield',
      channelType: 'TWITTER',
      channelId: '1189234567012345601',
      username: 'danawhit',
      permalink: 'https://twitter.com/danawhit',
    },
    receiver: ACME_CARE,
    brandPost: false,
    permalink: 'https://twitter.com/danawhit/status/1233053677281304578',
    language: 'en',
  },
  {
    id: SIM_DOC_REPLY_MESSAGE_ID,
    text: "@danawhit Sorry to hear that, Dana. We've sent you a DM to sort out your order.",
    sender: ACME_CARE,
    receiver: {
      name: 'Dana Whitfield',
      channelType: 'TWITTER',
      channelId: '1189234567012345601',
      username: 'danawhit',
    },
    brandPost: true,
    permalink: 'https://twitter.com/AcmeCare/status/1233054650211840001',
    parentMessageId: SIM_DOC_MESSAGE_ID,
    language: 'en',
  },
  {
    id: 'ACCOUNT_600046533_1696531224000_TWITTER_7_1710002013122044372',
    contact: {
      id: 'TWITTER_1402509033337024516',
      name: 'Test User',
      channelType: 'TWITTER',
      channelId: '1402509033337024516',
      fromSnUserId: '1402509033337024516',
    },
    text: "@AcmeCare still waiting for my refund, it's been two weeks",
    sender: {
      name: 'Test User',
      channelType: 'TWITTER',
      channelId: '1402509033337024516',
      username: 'testuser_spr',
      permalink: 'https://twitter.com/testuser_spr',
    },
    receiver: ACME_CARE,
    brandPost: false,
    permalink: 'https://twitter.com/testuser_spr/status/1710002013122044372',
    language: 'en',
  },
  {
    id: SIM_INSTAGRAM_MESSAGE_ID,
    contact: {
      id: 'INSTAGRAM_17841400008460056',
      name: 'Ana Lima',
      channelType: 'INSTAGRAM',
      channelId: '17841400008460056',
    },
    text: 'Is the blue one back in stock?',
    sender: { name: 'Ana Lima', channelType: 'INSTAGRAM', channelId: '17841400008460056', username: 'ana.lima' },
    receiver: ACME_STORE,
    brandPost: false,
    language: 'en',
  },
  {
    id: SIM_INSTAGRAM_REPLY_MESSAGE_ID,
    text: "@ana.lima It's back next week, we'll DM you the link!",
    sender: ACME_STORE,
    receiver: { name: 'Ana Lima', channelType: 'INSTAGRAM', channelId: '17841400008460056', username: 'ana.lima' },
    brandPost: true,
    parentMessageId: SIM_INSTAGRAM_MESSAGE_ID,
    language: 'en',
  },
  {
    id: 'ACCOUNT_600001900_1699284513000_EMAIL_12_18b9f4a0c3d2e1f0',
    contact: {
      id: 'EMAIL_searching123@gmail.com',
      channelType: 'EMAIL',
      channelId: 'searching123@gmail.com',
      fromSnUserId: 'searching123@gmail.com',
    },
    title: 'Invoice 4471 charged twice',
    sender: {
      name: 'searching123@gmail.com',
      channelType: 'EMAIL',
      channelId: 'searching123@gmail.com',
      username: 'searching123@gmail.com',
    },
    receiver: {
      name: 'Acme Billing',
      channelType: 'EMAIL',
      channelId: 'billing@acme.example',
      username: 'billing@acme.example',
    },
    brandPost: false,
  },
  {
    id: SIM_VOICE_MESSAGE_ID,
    attachment: { commands: [{ from: '+12025391107', type: 'INCOMING_CALL' }], type: 'VOICE' },
    sender: {
      name: '+12025391107',
      channelType: 'SPRINKLR_VOICE',
      channelId: '+12025391107',
      username: '+12025391107',
    },
    receiver: {
      name: 'Vishesh app_DND_New',
      channelType: 'SPRINKLR_VOICE',
      channelId: '+15077044489',
      username: 'Vishesh app_DND_New',
    },
    brandPost: false,
    conversationId: '000001932ab35afae4b042fc69f4425b',
    createdTime: 1731588218337,
  },
];
/** Case custom properties the simulated instance defines (keys are `_c_<24 hex>` or `spr_uc_*`). */
export const SIM_CUSTOM_PROPERTIES: readonly CustomFieldDefinitionModel[] = [
  ...BUILT_IN_CUSTOM_PROPERTIES,
  { key: 'spr_uc_tag', label: 'Tags', type: 'STRING_LIST', required: false, requiredFor: [], options: [] },
  {
    key: '_c_6915c1fcbcc3d050f77b9943',
    label: 'Order number',
    type: 'STRING_LIST',
    required: false,
    requiredFor: [],
    options: [],
  },
  {
    key: '_c_6917174fcc00a8338f9fba67',
    label: 'Product line',
    type: 'STRING_LIST',
    required: false,
    requiredFor: [],
    options: [],
  },
  {
    key: '_c_64f1cdb57dd05e1c829ddcb1',
    label: 'Escalated',
    type: 'STRING_LIST',
    required: false,
    requiredFor: [],
    options: [],
  },
];
const SYSTEM_PROPERTIES = ['spr_uc_status', 'spr_uc_priority', 'spr_uc_last_assigned_agent'];
export const SIM_STATUSES: readonly string[] = [
  'New',
  'Open',
  'Assigned',
  'In Progress',
  'Awaiting Response',
  'On Hold',
  'Resolved',
  'Closed',
  'Archived',
];
export const SIM_PRIORITIES: readonly string[] = ['Low', 'Medium', 'High', 'Critical'];
/** A case that exists before any test runs (from the case-update example), with two comments. */
export const SIM_SEEDED_CASE_ID = '6523e901edb45b580403fde9';
export const SIM_SEEDED_CASE_NUMBER = 14462;

const CHANNELS = [
  'SPRINKLR_LIVE_CHAT',
  'SPRINKLR_VOICE',
  'TWITTER',
  'FACEBOOK',
  'INSTAGRAM',
  'EMAIL',
  'WHATSAPP',
  'SMS',
];
const CREATE_FIELDS = new Set([
  'subject',
  'description',
  'firstMessageId',
  'priority',
  'caseType',
  'externalCase',
  'workflow',
  'contact',
  'dueDate',
  'summary',
  'queues',
]);
const EXTERNAL_CASE_FIELDS = new Set(['id', 'caseNumber', 'channelType', 'permalink', 'createdTime', 'modifiedTime']);
/** Each update action and the field(s) that must come with it. */
const ACTION_FIELDS: Record<string, readonly string[]> = {
  SET_DUE_DATE: ['dueDate'],
  ASSIGN_TO_USER: ['assignedTo'],
  ADD_PROPERTIES: ['addedCustomProperties'],
  SYNC_PROPERTIES: ['syncedCustomProperties'],
  SYNC_SELECTED_PROPERTIES: ['syncedSelectedCustomProperties'],
  REMOVE_PROPERTIES: ['removedCustomProperties'],
  ADD_QUEUES: ['addedQueues'],
  SYNC_QUEUES: ['syncedQueues'],
  REMOVE_QUEUES: ['removedQueues'],
  EDIT_SUBJECT: ['subject'],
  EDIT_DESCRIPTION: ['description'],
  UPDATE_CHANNEL_DETAILS: ['externalCases'],
  UPDATE_CHANNEL_CASE_ID: ['externalCases'],
  SET_EXTERNAL_CASES: ['externalCases'],
  SYNC_CHANNEL_CUSTOM_PROPERTIES: ['syncedChannelCustomProperties'],
  UPDATE_INSTALLED_APP_DETAILS: ['installedAppUserId', 'installedAppId', 'installedAppOrgId'],
  INCREMENT_PROPERTIES: ['incrementCustomProperties'],
};
const ACTION_FIELD_NAMES: ReadonlySet<string> = new Set(Object.values(ACTION_FIELDS).flat());
const UPDATE_FIELDS = new Set(['caseIds', 'caseNumbers', 'updateActions', ...ACTION_FIELD_NAMES]);
const COMMENT_ENTITY_TYPES = new Set(['MESSAGE', 'OUTBOUND_MESSAGE', 'CASE', 'CAMPAIGN', 'PROFILE']);
const COMMENT_ASSET_CLASSES = new Set(['UNIVERSAL_CASE', 'MESSAGE_WORKFLOW', 'PROFILE_WORKFLOW', 'MEDIA_ASSET']);

// ---------------------------------------------------------------- responses

interface SimError {
  code: string;
  message: string;
  field?: string;
}

const appError = (status: number, errors: SimError[]): SimResponse => ({ status, json: { data: null, errors } });
const badRequest = (errors: SimError[]): SimResponse => appError(400, errors);
/** The API gateway's envelope (observed on api3.sprinklr.com for 401s), used for every gateway refusal. */
const gatewayError = (status: number, message: string, headers?: Record<string, string>): SimResponse => ({
  status,
  json: { data: [], errors: [{ id: randomUUID(), code: status, message }] },
  ...(headers ? { headers } : {}),
});
const ok = (data: unknown, errors: SimError[] = []): SimResponse => ({ status: 200, json: { data, errors } });

// ---------------------------------------------------------------- value checks

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isEpoch = (v: unknown): v is number => isInt(v) && v >= 0;
const hex = (bytes: number): string => randomBytes(bytes).toString('hex');
const clone = <T>(value: T): T => structuredClone(value);

function unknownFields(body: Json, allowed: ReadonlySet<string>, prefix = ''): SimError[] {
  return Object.keys(body)
    .filter((k) => !allowed.has(k))
    .map((k) => ({ code: 'UNKNOWN_FIELD', message: `Unrecognized field "${prefix}${k}".`, field: `${prefix}${k}` }));
}

function optionalString(body: Json, key: string, errors: SimError[], prefix = ''): void {
  if (body[key] !== undefined && typeof body[key] !== 'string') {
    errors.push({ code: 'INVALID_VALUE', message: `${prefix}${key} must be a string.`, field: `${prefix}${key}` });
  }
}

function contactFromId(id: string, name?: string): SimContact {
  const channel = CHANNELS.find((c) => id.startsWith(`${c}_`));
  const channelId = channel ? id.slice(channel.length + 1) : undefined;
  return {
    id,
    ...(name !== undefined ? { name } : {}),
    ...(channel ? { channelType: channel, channelId, fromSnUserId: channelId } : {}),
  };
}

/** sourceType_sourceId_channelCreatedTime_channelType_messageType_channelMessageId. */
const MESSAGE_ID = /^([A-Z]+(?:_[A-Z]+)*)_(\d+)_(\d+)_([A-Z]+(?:_[A-Z]+)*)_(\d+)_(.+)$/;

/** The epoch embedded in a message id (`ACCOUNT_<account>_<epoch ms>_<CHANNEL>_…`). */
function messageTime(id: string): number {
  const match = MESSAGE_ID.exec(id);
  return match ? Number(match[3]) : 0;
}

function profileObject(p: SimProfile): Json {
  return {
    name: p.name,
    channelType: p.channelType,
    channelId: p.channelId,
    ...(p.permalink ? { permalink: p.permalink } : {}),
    ...(p.avatarUrl ? { avatarUrl: p.avatarUrl } : {}),
    followers: 0,
    following: 0,
    username: p.username,
    unSubscribed: false,
    deleted: false,
    snCreatedTime: 0,
    snModifiedTime: 0,
    statusCount: 0,
    accountSpecificInfos: [],
    additional: {},
  };
}

/** A message as "Read Messages (Bulk)" answers it, in its documented key order. */
function messageObject(m: SimMessage): Json {
  const [, sourceType, sourceId, time, channelType, , channelMessageId] = MESSAGE_ID.exec(m.id) ?? [];
  const channelCreatedTime = Number(time);
  const createdTime = m.createdTime ?? channelCreatedTime + 41;
  return {
    sourceType,
    sourceId: Number(sourceId),
    content: {
      ...(m.title !== undefined ? { title: m.title } : {}),
      ...(m.text !== undefined ? { text: m.text } : {}),
      ...(m.attachment ? { attachment: clone(m.attachment) } : {}),
      isRichText: false,
    },
    channelMessageId,
    channelType,
    accountType: channelType,
    channelCreatedTime,
    senderProfile: profileObject(m.sender),
    ...(m.receiver ? { receiverProfile: profileObject(m.receiver) } : {}),
    ...(m.permalink ? { permalink: m.permalink } : {}),
    ...(m.language ? { language: m.language } : {}),
    messageId: m.id,
    brandPost: m.brandPost,
    createdTime,
    modifiedTime: createdTime,
    textEntities: {},
    insights: {},
    workflow: {},
    enrichments: { sentiment: 0 },
    ...(m.conversationId ? { conversationId: m.conversationId } : {}),
    ...(m.parentMessageId ? { parentMessageId: m.parentMessageId } : {}),
    autoImported: m.autoImported ?? false,
    autoResponse: false,
  };
}

// ---------------------------------------------------------------- the server

export async function startSprinklrSimulator(
  options: SprinklrSimulatorOptions = {},
): Promise<RunningSprinklrSimulator> {
  const env = options.env ?? 'prod2';
  const accessToken = options.accessToken ?? 'sim-sprinklr-access-token';
  const apiKey = options.apiKey ?? 'sim-sprinklr-api-key';
  const knownProperties = new Set([...SIM_CUSTOM_PROPERTIES.map((d) => d.key), ...SYSTEM_PROPERTIES]);

  const messages = new Map<string, SimMessage>(SIM_MESSAGES.map((m) => [m.id, clone(m)]));
  const cases = new Map<string, SimCase>();
  /** Per case id, its messages in association order, with the time each was associated. */
  const associations = new Map<string, { messageId: string; at: number }[]>();
  const comments = new Map<number, SimComment[]>();
  let nextCaseNumber = 18005077;
  let tokenExpired = false;
  let conflicts = 0;
  const rateLimits: Required<Omit<RateLimitOptions, 'times'>>[] = [];

  const byNumber = (n: number): SimCase | undefined => [...cases.values()].find((c) => c.caseNumber === n);

  // The case from the case-update example, already in the instance.
  {
    const seedMessage = messages.get('ACCOUNT_600046533_1696531224000_TWITTER_7_1710002013122044372') as SimMessage & {
      contact: SimContact;
    };
    cases.set(SIM_SEEDED_CASE_ID, {
      id: SIM_SEEDED_CASE_ID,
      caseNumber: SIM_SEEDED_CASE_NUMBER,
      subject: 'Test',
      description: 'Test API',
      version: 107,
      status: 'New',
      priority: 'Medium',
      externalCaseInfo: { externalCases: [] },
      workflow: {
        assignment: {
          assigneeId: '66000020',
          assigneeType: 'USER',
          assignedById: 100934542,
          assignmentTime: 1697091217738,
        },
        customProperties: {
          spr_uc_priority: ['Medium'],
          spr_uc_status: ['New'],
          _c_6917174fcc00a8338f9fba67: ['Phones'],
        },
        queues: [{ queueId: 100072, assignmentTime: 1697089838743 }],
      },
      channelCustomProperties: [],
      contact: { ...seedMessage.contact },
      createdTime: 1696852225546,
      modifiedTime: 1697450340249,
      firstMessageId: seedMessage.id,
      latestProfileMessageAssociatedTime: 1697198018000,
      firstMessageAssociatedTime: 1696531224000,
      latestMessageAssociatedTime: 1697197830000,
      totalProcessingClockTime: 426950570,
      allEngagedUsersList: ['66000020'],
      associatedFanMessageCount: 0,
      associatedBrandMessageCount: 0,
      deleted: false,
    });
    associations.set(SIM_SEEDED_CASE_ID, [{ messageId: seedMessage.id, at: 1696531224000 }]);
    comments.set(SIM_SEEDED_CASE_NUMBER, [
      {
        id: '5fce1a099bce40767bb8a5fd',
        text: 'new test comment',
        commentingUser: 242077,
        createdTime: 1697089900000,
        modifiedTime: 1697089900000,
      },
      {
        id: '5fce1a2f9bce40767bb8aab8',
        text: 'neww',
        commentingUser: 242077,
        createdTime: 1697090000000,
        modifiedTime: 1697090000000,
      },
    ]);
  }

  // ------------------------------------------------------------ gateway checks, in the gateway's order

  const gate =
    (handler: SimHandler): SimHandler =>
    (req) => {
      if (header(req, 'key') !== apiKey) return gatewayError(403, 'Developer Inactive');
      const segment = req.params.env ?? '';
      if (segment !== env) {
        return gatewayError(421, 'Misdirected Request: the API key is not mapped to this environment.');
      }
      if (header(req, 'authorization') !== `Bearer ${accessToken}` || tokenExpired) {
        return gatewayError(401, 'Unauthorized');
      }
      const limited = rateLimits.shift();
      if (limited) {
        const retry = String(limited.retryAfterSeconds);
        if (limited.style === 'developer-over-rate')
          return gatewayError(403, 'Developer Over Rate', { 'retry-after': retry });
        const resetAt = Date.now() + limited.retryAfterSeconds * 1000;
        return {
          status: 429,
          headers: {
            'retry-after': retry,
            'x-ratelimit-limit': '1000',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(Math.ceil(resetAt / 1000)),
          },
          json: {
            success: false,
            errors: [
              {
                code: 'RATE_LIMIT_EXCEEDED',
                message: 'Rate limit exceeded. Retry after the window resets.',
                details: { limit: 1000, window: '1h', resetAt: new Date(resetAt).toISOString() },
              },
            ],
          },
        };
      }
      const accept = header(req, 'accept');
      if (accept !== undefined && !/application\/json|\*\/\*|application\/\*/i.test(accept)) {
        return appError(415, [
          { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Only application/json responses are served.' },
        ]);
      }
      if (req.method === 'POST' || req.method === 'PUT') {
        if (header(req, 'content-length') === undefined) {
          return appError(411, [{ code: 'LENGTH_REQUIRED', message: 'Content-Length is required on POST and PUT.' }]);
        }
        if (!isJsonContentType(req)) {
          return appError(415, [{ code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Content-Type must be application/json.' }]);
        }
        if (req.json === undefined) {
          return badRequest([{ code: 'INVALID_REQUEST', message: 'The request body is not valid JSON.' }]);
        }
      }
      return handler(req);
    };

  const server = new SimulatorServer({
    notFound: () => appError(404, [{ code: 'NOT_FOUND', message: 'Resource Not Found' }]),
    internalError: () => appError(500, [{ code: 'INTERNAL_ERROR', message: 'Internal Server Error' }]),
  });
  const route = (method: string, pattern: string, handler: SimHandler) => {
    server.route(method, `/:env/${pattern}`, gate(handler));
    server.route(method, `/${pattern}`, gate(handler));
  };

  // ------------------------------------------------------------ shared validation

  function checkProperties(value: unknown, field: string, errors: SimError[], opts: { stringValues: boolean }): void {
    if (!isObject(value)) {
      errors.push({
        code: 'INVALID_VALUE',
        message: `${field} must be an object of property name to list of values.`,
        field,
      });
      return;
    }
    for (const [key, values] of Object.entries(value)) {
      const at = `${field}.${key}`;
      if (!knownProperties.has(key)) {
        errors.push({ code: 'UNKNOWN_PROPERTY', message: `No case custom property "${key}" exists.`, field: at });
        continue;
      }
      if (!opts.stringValues) continue;
      if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) {
        errors.push({ code: 'INVALID_VALUE', message: `${at} must be a list of strings.`, field: at });
        continue;
      }
      if (key === 'spr_uc_status' && (values.length !== 1 || !SIM_STATUSES.includes(values[0] as string))) {
        errors.push({ code: 'INVALID_VALUE', message: `Unknown case status ${JSON.stringify(values)}.`, field: at });
      }
      if (
        key === 'spr_uc_priority' &&
        (values.length !== 1 || !SIM_PRIORITIES.some((p) => p.toLowerCase() === (values[0] as string).toLowerCase()))
      ) {
        errors.push({ code: 'INVALID_VALUE', message: `Unknown case priority ${JSON.stringify(values)}.`, field: at });
      }
    }
  }

  function checkQueues(value: unknown, field: string, errors: SimError[]): void {
    if (!Array.isArray(value)) {
      errors.push({ code: 'INVALID_VALUE', message: `${field} must be a list of queue ids.`, field });
      return;
    }
    (value as unknown[]).forEach((q, i) => {
      const id: unknown = typeof q === 'string' && /^\d+$/.test(q) ? Number(q) : q;
      if (!isInt(id) || !SIM_QUEUES.includes(id)) {
        errors.push({
          code: 'INVALID_VALUE',
          message: `No queue ${JSON.stringify(q)} exists.`,
          field: `${field}.${i}`,
        });
      }
    });
  }

  function checkUser(value: unknown, field: string, errors: SimError[]): void {
    if (!isInt(value)) errors.push({ code: 'INVALID_VALUE', message: `${field} must be an integer user id.`, field });
    else if (!SIM_USERS.includes(value))
      errors.push({ code: 'INVALID_VALUE', message: `No user ${value} exists.`, field });
  }

  function checkExternalCase(value: unknown, field: string, errors: SimError[]): void {
    if (!isObject(value)) {
      errors.push({ code: 'INVALID_VALUE', message: `${field} must be an object.`, field });
      return;
    }
    errors.push(...unknownFields(value, EXTERNAL_CASE_FIELDS, `${field}.`));
    for (const key of ['id', 'channelType', 'permalink']) optionalString(value, key, errors, `${field}.`);
    if (value.caseNumber !== undefined && !isInt(value.caseNumber) && typeof value.caseNumber !== 'string') {
      errors.push({
        code: 'INVALID_VALUE',
        message: `${field}.caseNumber must be a number.`,
        field: `${field}.caseNumber`,
      });
    }
    for (const key of ['createdTime', 'modifiedTime']) {
      if (value[key] !== undefined && !isEpoch(value[key])) {
        errors.push({
          code: 'INVALID_VALUE',
          message: `${field}.${key} must be epoch milliseconds.`,
          field: `${field}.${key}`,
        });
      }
    }
  }

  const queueEntries = (ids: unknown[], now: number) => ids.map((q) => ({ queueId: Number(q), assignmentTime: now }));

  // ------------------------------------------------------------ POST /api/v2/case

  route('POST', 'api/v2/case', (req) => {
    const body = req.json;
    if (!isObject(body))
      return badRequest([{ code: 'INVALID_REQUEST', message: 'The request body must be a JSON object.' }]);
    const errors = unknownFields(body, CREATE_FIELDS);
    if (body.firstMessageId === undefined || body.firstMessageId === '') {
      errors.push({ code: 'MISSING_FIELD', message: 'firstMessageId is required.', field: 'firstMessageId' });
    } else if (typeof body.firstMessageId !== 'string') {
      errors.push({ code: 'INVALID_VALUE', message: 'firstMessageId must be a string.', field: 'firstMessageId' });
    } else if (!messages.has(body.firstMessageId)) {
      errors.push({
        code: 'MESSAGE_NOT_FOUND',
        message: 'No message exists with this firstMessageId.',
        field: 'firstMessageId',
      });
    }
    for (const key of ['subject', 'description', 'caseType', 'summary', 'priority']) optionalString(body, key, errors);
    if (
      typeof body.priority === 'string' &&
      !SIM_PRIORITIES.some((p) => p.toLowerCase() === (body.priority as string).toLowerCase())
    ) {
      errors.push({
        code: 'INVALID_VALUE',
        message: `Unknown priority ${JSON.stringify(body.priority)}.`,
        field: 'priority',
      });
    }
    if (body.dueDate !== undefined && !isEpoch(body.dueDate)) {
      errors.push({ code: 'INVALID_VALUE', message: 'dueDate must be epoch milliseconds.', field: 'dueDate' });
    }
    if (body.contact !== undefined) {
      if (!isObject(body.contact))
        errors.push({ code: 'INVALID_VALUE', message: 'contact must be an object.', field: 'contact' });
      else {
        errors.push(...unknownFields(body.contact, new Set(['id', 'name']), 'contact.'));
        if (typeof body.contact.id !== 'string' || body.contact.id === '') {
          errors.push({ code: 'MISSING_FIELD', message: 'contact.id is required.', field: 'contact.id' });
        }
        optionalString(body.contact, 'name', errors, 'contact.');
      }
    }
    if (body.externalCase !== undefined) checkExternalCase(body.externalCase, 'externalCase', errors);
    if (body.queues !== undefined) checkQueues(body.queues, 'queues', errors);
    const workflow = body.workflow;
    if (workflow === undefined) {
      errors.push({ code: 'MISSING_FIELD', message: 'workflow is required.', field: 'workflow' });
    } else if (!isObject(workflow)) {
      errors.push({ code: 'INVALID_VALUE', message: 'workflow must be an object.', field: 'workflow' });
    } else {
      errors.push(...unknownFields(workflow, new Set(['assignment', 'customProperties', 'queues']), 'workflow.'));
      if (workflow.customProperties === undefined) {
        errors.push({
          code: 'MISSING_FIELD',
          message: 'workflow.customProperties is required.',
          field: 'workflow.customProperties',
        });
      } else {
        checkProperties(workflow.customProperties, 'workflow.customProperties', errors, { stringValues: true });
      }
      if (workflow.queues !== undefined) checkQueues(workflow.queues, 'workflow.queues', errors);
      if (workflow.assignment !== undefined) {
        const a = workflow.assignment;
        if (!isObject(a)) {
          errors.push({
            code: 'INVALID_VALUE',
            message: 'workflow.assignment must be an object.',
            field: 'workflow.assignment',
          });
        } else {
          errors.push(
            ...unknownFields(
              a,
              new Set(['assigneeId', 'assigneeType', 'assignedById', 'assignmentTime']),
              'workflow.assignment.',
            ),
          );
          if (a.assigneeId === undefined) {
            errors.push({
              code: 'MISSING_FIELD',
              message: 'workflow.assignment.assigneeId is required.',
              field: 'workflow.assignment.assigneeId',
            });
          } else checkUser(a.assigneeId, 'workflow.assignment.assigneeId', errors);
          optionalString(a, 'assigneeType', errors, 'workflow.assignment.');
          if (a.assignedById !== undefined) checkUser(a.assignedById, 'workflow.assignment.assignedById', errors);
          if (a.assignmentTime !== undefined && !isEpoch(a.assignmentTime)) {
            errors.push({
              code: 'INVALID_VALUE',
              message: 'assignmentTime must be epoch milliseconds.',
              field: 'workflow.assignment.assignmentTime',
            });
          }
        }
      }
    }
    if (errors.length > 0) return badRequest(errors);

    const wf = workflow as Json;
    const now = Date.now();
    const firstMessageId = body.firstMessageId as string;
    const properties = clone(wf.customProperties as Record<string, string[]>);
    // As the documented response shows, the case's own priority and type overwrite the properties.
    if (typeof body.priority === 'string') properties.spr_uc_priority = [body.priority];
    if (typeof body.caseType === 'string') properties.spr_uc_type = [body.caseType];
    const assignment = wf.assignment as Json | undefined;
    const status = properties.spr_uc_status?.[0] ?? (assignment ? 'Assigned' : 'New');
    properties.spr_uc_status = [status];
    if (assignment) properties.spr_uc_last_assigned_agent = [String(assignment.assigneeId)];
    const priority = typeof body.priority === 'string' ? body.priority : properties.spr_uc_priority?.[0];
    const contactIn = body.contact as Json | undefined;
    const contact: Partial<SimContact> = contactIn
      ? contactFromId(contactIn.id as string, contactIn.name as string | undefined)
      : { ...(messages.get(firstMessageId)?.contact ?? {}) };
    const firstAt = messageTime(firstMessageId);
    const created: SimCase = {
      id: hex(12),
      caseNumber: nextCaseNumber++,
      ...(typeof body.subject === 'string' ? { subject: body.subject } : {}),
      ...(typeof body.description === 'string' ? { description: body.description } : {}),
      version: 0,
      status,
      ...(priority !== undefined ? { priority } : {}),
      ...(typeof body.caseType === 'string' ? { caseType: body.caseType } : {}),
      ...(isObject(body.externalCase) ? { externalCase: clone(body.externalCase) } : {}),
      externalCaseInfo: { externalCases: [] },
      workflow: {
        ...(assignment
          ? {
              assignment: {
                assigneeId: String(assignment.assigneeId),
                assigneeType: typeof assignment.assigneeType === 'string' ? assignment.assigneeType : 'USER',
                assignedById: isInt(assignment.assignedById) ? assignment.assignedById : SIM_API_USER_ID,
                assignmentTime: isEpoch(assignment.assignmentTime) ? assignment.assignmentTime : now,
              },
            }
          : {}),
        customProperties: properties,
        queues: queueEntries(
          [...((wf.queues as unknown[] | undefined) ?? []), ...((body.queues as unknown[] | undefined) ?? [])],
          now,
        ),
      },
      channelCustomProperties: [],
      contact,
      ...(isEpoch(body.dueDate) ? { dueDate: body.dueDate } : {}),
      ...(typeof body.summary === 'string' ? { summary: body.summary } : {}),
      createdTime: now,
      modifiedTime: now,
      firstMessageId,
      latestProfileMessageAssociatedTime: 0,
      firstMessageAssociatedTime: firstAt,
      latestMessageAssociatedTime: firstAt,
      totalProcessingClockTime: 0,
      allEngagedUsersList: assignment ? [String(assignment.assigneeId)] : [],
      associatedFanMessageCount: messages.get(firstMessageId)?.brandPost === true ? 0 : 1,
      associatedBrandMessageCount: messages.get(firstMessageId)?.brandPost === true ? 1 : 0,
      deleted: false,
    };
    cases.set(created.id, created);
    associations.set(created.id, [{ messageId: firstMessageId, at: firstAt }]);
    return ok(clone(created));
  });

  // ------------------------------------------------------------ PUT /api/v2/case

  route('PUT', 'api/v2/case', (req) => {
    const body = req.json;
    if (!isObject(body))
      return badRequest([{ code: 'INVALID_REQUEST', message: 'The request body must be a JSON object.' }]);
    const errors = unknownFields(body, UPDATE_FIELDS);
    const ids = body.caseIds;
    const numbers = body.caseNumbers;
    if (ids === undefined && numbers === undefined) {
      errors.push({ code: 'MISSING_FIELD', message: 'caseIds or caseNumbers is required.', field: 'caseIds' });
    }
    if (ids !== undefined && (!Array.isArray(ids) || ids.length === 0 || !ids.every((v) => typeof v === 'string'))) {
      errors.push({
        code: 'INVALID_VALUE',
        message: 'caseIds must be a non-empty list of case ids.',
        field: 'caseIds',
      });
    }
    if (
      numbers !== undefined &&
      (!Array.isArray(numbers) ||
        numbers.length === 0 ||
        !numbers.every((v) => isInt(v) || (typeof v === 'string' && /^\d+$/.test(v))))
    ) {
      errors.push({
        code: 'INVALID_VALUE',
        message: 'caseNumbers must be a non-empty list of case numbers.',
        field: 'caseNumbers',
      });
    }
    const actions = body.updateActions;
    if (actions === undefined) {
      errors.push({ code: 'MISSING_FIELD', message: 'updateActions is required.', field: 'updateActions' });
    } else if (
      !Array.isArray(actions) ||
      actions.length === 0 ||
      !actions.every((a) => typeof a === 'string' && a in ACTION_FIELDS) ||
      new Set(actions).size !== actions.length
    ) {
      errors.push({
        code: 'INVALID_VALUE',
        message: 'updateActions must be a list of distinct update actions.',
        field: 'updateActions',
      });
    }
    const actionList = Array.isArray(actions)
      ? actions.filter((a): a is string => typeof a === 'string' && a in ACTION_FIELDS)
      : [];
    for (const action of actionList) {
      for (const field of ACTION_FIELDS[action] ?? []) {
        if (body[field] === undefined) {
          errors.push({ code: 'MISSING_FIELD', message: `${action} requires ${field}.`, field });
        }
      }
    }
    for (const field of Object.keys(body).filter((k) => ACTION_FIELD_NAMES.has(k))) {
      if (!actionList.some((a) => ACTION_FIELDS[a]?.includes(field))) {
        errors.push({
          code: 'INVALID_REQUEST',
          message: `${field} was sent without the update action that uses it.`,
          field,
        });
      }
    }
    for (const key of ['subject', 'description', 'installedAppUserId', 'installedAppId', 'installedAppOrgId']) {
      optionalString(body, key, errors);
    }
    if (body.dueDate !== undefined && !isEpoch(body.dueDate)) {
      errors.push({ code: 'INVALID_VALUE', message: 'dueDate must be epoch milliseconds.', field: 'dueDate' });
    }
    if (body.assignedTo !== undefined) checkUser(body.assignedTo, 'assignedTo', errors);
    for (const field of [
      'addedCustomProperties',
      'syncedSelectedCustomProperties',
      'syncedCustomProperties',
      'removedCustomProperties',
    ]) {
      if (body[field] !== undefined) checkProperties(body[field], field, errors, { stringValues: true });
    }
    if (body.incrementCustomProperties !== undefined) {
      checkProperties(body.incrementCustomProperties, 'incrementCustomProperties', errors, { stringValues: false });
      if (isObject(body.incrementCustomProperties)) {
        for (const [key, by] of Object.entries(body.incrementCustomProperties)) {
          if (typeof by !== 'string' && typeof by !== 'number') {
            errors.push({
              code: 'INVALID_VALUE',
              message: 'Increments are numbers.',
              field: `incrementCustomProperties.${key}`,
            });
          } else if (Number.isNaN(Number(by))) {
            errors.push({
              code: 'INVALID_VALUE',
              message: 'Increments are numbers.',
              field: `incrementCustomProperties.${key}`,
            });
          }
        }
      }
    }
    for (const field of ['addedQueues', 'removedQueues', 'syncedQueues']) {
      if (body[field] !== undefined) checkQueues(body[field], field, errors);
    }
    if (body.externalCases !== undefined) checkExternalCase(body.externalCases, 'externalCases', errors);
    if (body.syncedChannelCustomProperties !== undefined && !isObject(body.syncedChannelCustomProperties)) {
      errors.push({
        code: 'INVALID_VALUE',
        message: 'syncedChannelCustomProperties must be an object.',
        field: 'syncedChannelCustomProperties',
      });
    }
    if (errors.length > 0) return badRequest(errors);

    if (conflicts > 0) {
      conflicts -= 1;
      return appError(409, [
        {
          code: 'VERSION_CONFLICT',
          message: 'The case was changed by another request since it was read; read it again and retry.',
        },
      ]);
    }

    const targets: SimCase[] = [];
    const misses: SimError[] = [];
    for (const id of (ids as string[] | undefined) ?? []) {
      const found = cases.get(id);
      if (found) targets.push(found);
      else
        misses.push({ code: 'NOT_FOUND', message: `No case exists with id ${JSON.stringify(id)}.`, field: 'caseIds' });
    }
    for (const n of (numbers as Array<number | string> | undefined) ?? []) {
      const found = byNumber(Number(n));
      if (found) {
        if (!targets.includes(found)) targets.push(found);
      } else
        misses.push({ code: 'NOT_FOUND', message: `No case exists with number ${String(n)}.`, field: 'caseNumbers' });
    }
    const now = Date.now();
    for (const c of targets) applyUpdate(c, body, actionList, now);
    return ok(targets.map(clone), misses);
  });

  function applyUpdate(c: SimCase, body: Json, actions: string[], now: number): void {
    const props = c.workflow.customProperties;
    const statusBefore = props.spr_uc_status?.[0];
    for (const action of actions) {
      switch (action) {
        case 'EDIT_SUBJECT':
          c.subject = body.subject as string;
          break;
        case 'EDIT_DESCRIPTION':
          c.description = body.description as string;
          break;
        case 'SET_DUE_DATE':
          c.dueDate = body.dueDate as number;
          break;
        case 'ASSIGN_TO_USER':
          c.workflow.assignment = {
            assigneeId: String(body.assignedTo),
            assigneeType: 'USER',
            assignedById: SIM_API_USER_ID,
            assignmentTime: now,
          };
          props.spr_uc_last_assigned_agent = [String(body.assignedTo)];
          if (!c.allEngagedUsersList.includes(String(body.assignedTo)))
            c.allEngagedUsersList.push(String(body.assignedTo));
          break;
        case 'ADD_PROPERTIES':
          for (const [k, v] of Object.entries(body.addedCustomProperties as Record<string, string[]>)) {
            props[k] = [...new Set([...(props[k] ?? []), ...v])];
          }
          break;
        case 'SYNC_SELECTED_PROPERTIES':
          for (const [k, v] of Object.entries(body.syncedSelectedCustomProperties as Record<string, string[]>))
            props[k] = [...v];
          break;
        case 'SYNC_PROPERTIES':
          c.workflow.customProperties = clone(body.syncedCustomProperties as Record<string, string[]>);
          break;
        case 'REMOVE_PROPERTIES':
          for (const [k, v] of Object.entries(body.removedCustomProperties as Record<string, string[]>)) {
            const left = (props[k] ?? []).filter((x) => !v.includes(x));
            if (v.length === 0 || left.length === 0) delete props[k];
            else props[k] = left;
          }
          break;
        case 'INCREMENT_PROPERTIES':
          for (const [k, by] of Object.entries(body.incrementCustomProperties as Record<string, string | number>)) {
            props[k] = [String(Number(props[k]?.[0] ?? 0) + Number(by))];
          }
          break;
        case 'ADD_QUEUES':
          for (const q of body.addedQueues as unknown[]) {
            if (!c.workflow.queues.some((e) => e.queueId === Number(q)))
              c.workflow.queues.push(...queueEntries([q], now));
          }
          break;
        case 'REMOVE_QUEUES': {
          const removed = (body.removedQueues as unknown[]).map(Number);
          c.workflow.queues = c.workflow.queues.filter((e) => !removed.includes(e.queueId));
          break;
        }
        case 'SYNC_QUEUES':
          c.workflow.queues = queueEntries(body.syncedQueues as unknown[], now);
          break;
        case 'SET_EXTERNAL_CASES':
        case 'UPDATE_CHANNEL_DETAILS':
        case 'UPDATE_CHANNEL_CASE_ID':
          c.externalCaseInfo.externalCases = [clone(body.externalCases as Json)];
          break;
        case 'SYNC_CHANNEL_CUSTOM_PROPERTIES':
          c.channelCustomProperties = [clone(body.syncedChannelCustomProperties as Json)];
          break;
        default:
          break;
      }
    }
    const current = c.workflow.customProperties;
    const statusAfter = current.spr_uc_status?.[0];
    if (actions.includes('ASSIGN_TO_USER') && statusAfter === statusBefore && statusAfter === 'New') {
      current.spr_uc_status = ['Assigned'];
    }
    c.status = current.spr_uc_status?.[0] ?? c.status;
    const priority = current.spr_uc_priority?.[0];
    if (priority !== undefined) c.priority = priority;
    else delete c.priority;
    c.version += 1;
    c.modifiedTime = now;
  }

  // ------------------------------------------------------------ messages

  // Registered before `case/{caseId}`, which would otherwise take "associated-messages" for an id.
  route('GET', 'api/v2/case/associated-messages', (req) => {
    const errors = unknownFields(req.query, new Set(['id', 'cursor']));
    const id = req.query.id;
    if (id === undefined || id === '') errors.push({ code: 'MISSING_FIELD', message: 'id is required.', field: 'id' });
    const cursor = req.query.cursor;
    if (cursor !== undefined && !/^\d{1,15}$/.test(cursor)) {
      errors.push({ code: 'INVALID_VALUE', message: 'cursor must be epoch milliseconds.', field: 'cursor' });
    }
    if (errors.length > 0) return badRequest(errors);
    const found = cases.get(id as string);
    if (!found) return appError(404, [{ code: 'NOT_FOUND', message: 'No case exists with this id.' }]);
    const after = cursor === undefined ? Number.NEGATIVE_INFINITY : Number(cursor);
    return ok((associations.get(found.id) ?? []).filter((a) => a.at > after).map((a) => a.messageId));
  });

  /**
   * The body is a bare JSON array of message ids. Found messages come back in `data` in the order
   * asked, each once; an id that names no message is left out of `data` and named in `errors`.
   */
  route('POST', 'api/v2/message/bulk-fetch', (req) => {
    const body = req.json;
    if (!Array.isArray(body)) {
      return badRequest([
        { code: 'INVALID_REQUEST', message: 'The request body must be a JSON array of message ids.' },
      ]);
    }
    if (body.length === 0) {
      return badRequest([
        { code: 'MISSING_FIELD', message: 'messageId is required: list at least one id.', field: 'messageId' },
      ]);
    }
    const bad = body.findIndex((v) => typeof v !== 'string' || v.trim() === '');
    if (bad !== -1) {
      return badRequest([
        { code: 'INVALID_VALUE', message: 'Message ids are non-empty strings.', field: `messageId.${bad}` },
      ]);
    }
    const ids = [...new Set(body as string[])];
    const data: Json[] = [];
    const missing: SimError[] = [];
    for (const id of ids) {
      const message = messages.get(id);
      if (message) data.push(messageObject(message));
      else missing.push({ code: 'MESSAGE_NOT_FOUND', message: `No message exists with id ${JSON.stringify(id)}.` });
    }
    return ok(data, missing);
  });

  // ------------------------------------------------------------ GET /api/v2/case/{caseId}

  route('GET', 'api/v2/case/:caseId', (req) => {
    const found = cases.get(req.params.caseId ?? '');
    if (!found) return appError(404, [{ code: 'NOT_FOUND', message: 'No case exists with this id.' }]);
    return ok(clone(found));
  });

  // ------------------------------------------------------------ comments

  /** Comments address a case by its number; a case id (or anything else) in that position finds nothing. */
  const caseForNumber = (raw: string | undefined): SimCase | undefined =>
    raw !== undefined && /^\d{1,12}$/.test(raw) ? byNumber(Number(raw)) : undefined;

  route('POST', 'api/v2/comment/:entityType/:entityId', (req) => {
    const entityType = req.params.entityType ?? '';
    if (!COMMENT_ENTITY_TYPES.has(entityType)) {
      return badRequest([
        {
          code: 'INVALID_VALUE',
          message: `Unsupported entity type ${JSON.stringify(entityType)}.`,
          field: 'entityType',
        },
      ]);
    }
    const target = entityType === 'CASE' ? caseForNumber(req.params.entityId) : undefined;
    if (!target) return appError(404, [{ code: 'NOT_FOUND', message: `No ${entityType} exists with this id.` }]);
    const body = req.json;
    if (!isObject(body))
      return badRequest([{ code: 'INVALID_REQUEST', message: 'The request body must be a JSON object.' }]);
    const errors = unknownFields(body, new Set(['text', 'attachment']));
    if (typeof body.text !== 'string' || body.text.trim() === '') {
      errors.push({ code: 'MISSING_FIELD', message: 'text is required.', field: 'text' });
    }
    if (body.attachment !== undefined && !isObject(body.attachment)) {
      errors.push({ code: 'INVALID_VALUE', message: 'attachment must be an object.', field: 'attachment' });
    }
    if (errors.length > 0) return badRequest(errors);
    const now = Date.now();
    const comment: SimComment = {
      id: hex(12),
      text: body.text as string,
      commentingUser: SIM_API_USER_ID,
      createdTime: now,
      modifiedTime: now,
    };
    const list = comments.get(target.caseNumber) ?? [];
    list.push(comment);
    comments.set(target.caseNumber, list);
    return ok({ ...comment, entityType: 'CASE', entityId: String(target.caseNumber) });
  });

  route('POST', 'api/v1/generic/comment/search/:assetClass/:assetId', (req) => {
    const assetClass = req.params.assetClass ?? '';
    if (!COMMENT_ASSET_CLASSES.has(assetClass)) {
      return badRequest([
        {
          code: 'INVALID_VALUE',
          message: `Unsupported asset class ${JSON.stringify(assetClass)}.`,
          field: 'assetClass',
        },
      ]);
    }
    const body = req.json;
    if (!isObject(body))
      return badRequest([{ code: 'INVALID_REQUEST', message: 'The request body must be a JSON object.' }]);
    const errors = unknownFields(body, new Set(['assetClass', 'assetId', 'commentPaginationInfo']));
    if (body.assetClass !== undefined && body.assetClass !== assetClass) {
      errors.push({ code: 'INVALID_VALUE', message: 'assetClass does not match the path.', field: 'assetClass' });
    }
    if (body.assetId !== undefined && body.assetId !== req.params.assetId) {
      errors.push({ code: 'INVALID_VALUE', message: 'assetId does not match the path.', field: 'assetId' });
    }
    const page = body.commentPaginationInfo ?? {};
    if (!isObject(page)) {
      errors.push({
        code: 'INVALID_VALUE',
        message: 'commentPaginationInfo must be an object.',
        field: 'commentPaginationInfo',
      });
    } else {
      const allowed = new Set(['sinceDate', 'untilDate', 'start', 'rows', 'sortKey', 'sortDirection']);
      errors.push(...unknownFields(page, allowed, 'commentPaginationInfo.'));
      for (const key of ['sinceDate', 'untilDate', 'start']) {
        if (page[key] !== undefined && !isEpoch(page[key])) {
          errors.push({
            code: 'INVALID_VALUE',
            message: `${key} must be a non-negative integer.`,
            field: `commentPaginationInfo.${key}`,
          });
        }
      }
      if (page.rows !== undefined && (!isInt(page.rows) || page.rows < 1 || page.rows > 100)) {
        errors.push({
          code: 'INVALID_VALUE',
          message: 'rows must be between 1 and 100.',
          field: 'commentPaginationInfo.rows',
        });
      }
      if (page.sortKey !== undefined && page.sortKey !== 'commentCreationTime') {
        errors.push({
          code: 'INVALID_VALUE',
          message: 'sortKey must be commentCreationTime.',
          field: 'commentPaginationInfo.sortKey',
        });
      }
      if (page.sortDirection !== undefined && page.sortDirection !== 'ASC' && page.sortDirection !== 'DESC') {
        errors.push({
          code: 'INVALID_VALUE',
          message: 'sortDirection must be ASC or DESC.',
          field: 'commentPaginationInfo.sortDirection',
        });
      }
    }
    if (errors.length > 0) return badRequest(errors);
    const target = assetClass === 'UNIVERSAL_CASE' ? caseForNumber(req.params.assetId) : undefined;
    if (!target) return appError(404, [{ code: 'NOT_FOUND', message: `No ${assetClass} exists with this id.` }]);
    const p = page as Json;
    const since = isEpoch(p.sinceDate) ? p.sinceDate : 0;
    const until = isEpoch(p.untilDate) ? p.untilDate : Number.MAX_SAFE_INTEGER;
    const start = isEpoch(p.start) ? p.start : 0;
    const rows = isInt(p.rows) ? p.rows : 20;
    const all = (comments.get(target.caseNumber) ?? [])
      .filter((c) => c.createdTime >= since && c.createdTime <= until)
      .sort((a, b) => (p.sortDirection === 'DESC' ? b.createdTime - a.createdTime : a.createdTime - b.createdTime));
    const slice = all.slice(start, start + rows);
    return {
      status: 200,
      json: {
        data: slice.map((c) => ({
          id: c.id,
          // The documented response carries the text between line breaks.
          comment: `\n${c.text}\n`,
          commentingUser: c.commentingUser,
          commentedOnDate: c.createdTime,
          commentUpdateDate: c.modifiedTime,
          onAsset: 'UNIVERSAL_CASE',
          assetId: String(target.caseNumber),
          partnerId: 787,
          mediaList: [],
          isEdited: c.modifiedTime !== c.createdTime,
          isEditable: false,
          deleted: false,
          hasConversation: false,
        })),
        lastProcessedCommentTime: slice.at(-1)?.createdTime ?? 0,
        hasMore: start + slice.length < all.length,
        totalComments: all.length,
      },
    };
  });

  const url = await server.listen(options.port ?? 0);
  return {
    env,
    url,
    server,
    config: {
      baseUrl: env === '' ? url : `${url}/${env}`,
      accessToken,
      apiKey,
      customProperties: SIM_CUSTOM_PROPERTIES.map((d) => ({ ...d, options: [...d.options] })),
    },
    rateLimitNext(opts: RateLimitOptions = {}) {
      for (let i = 0; i < (opts.times ?? 1); i += 1) {
        rateLimits.push({ retryAfterSeconds: opts.retryAfterSeconds ?? 30, style: opts.style ?? '429' });
      }
    },
    conflictNext(times = 1) {
      conflicts += times;
    },
    expireToken() {
      tokenExpired = true;
    },
    restoreToken() {
      tokenExpired = false;
    },
    addMessage(message: SimMessage) {
      if (!MESSAGE_ID.test(message.id)) throw new Error(`Not a Sprinklr message id: ${message.id}`);
      messages.set(message.id, clone(message));
    },
    associateMessage(caseId: string, messageId: string, at: number = Date.now()) {
      const found = cases.get(caseId);
      const message = messages.get(messageId);
      if (!found) throw new Error(`No simulated case ${caseId}`);
      if (!message) throw new Error(`No simulated message ${messageId}`);
      const list = associations.get(caseId) ?? [];
      if (list.some((a) => a.messageId === messageId)) return;
      list.push({ messageId, at });
      associations.set(caseId, list);
      found.latestMessageAssociatedTime = Math.max(found.latestMessageAssociatedTime, at);
      if (message.brandPost) found.associatedBrandMessageCount += 1;
      else found.associatedFanMessageCount += 1;
    },
    associatedMessages(caseId: string) {
      return (associations.get(caseId) ?? []).map((a) => a.messageId);
    },
    storedCase(idOrNumber: string | number) {
      const found = typeof idOrNumber === 'number' ? byNumber(idOrNumber) : cases.get(idOrNumber);
      return found ? clone(found) : undefined;
    },
    storedComments(caseNumber: number) {
      return clone(comments.get(caseNumber) ?? []);
    },
    close: () => server.close(),
  };
}
