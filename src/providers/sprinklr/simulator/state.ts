// The simulated Sprinklr instance: what it stores, and the bodies it answers with. Where Sprinklr
// documents no error body, it answers `{data, errors:[{code, message, field?}]}`
// (https://dev.sprinklr.com/rest-api-error-and-status-codes shows `errors` beside `data`).
import { randomBytes } from 'node:crypto';
import type { SimResponse } from '../../../simulators/harness.js';

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

/** A rate-limit answer armed for a coming call. */
export interface SimRateLimit {
  retryAfterSeconds: number;
  /** `429` (RATE_LIMIT_EXCEEDED body) or the gateway's 403 "Developer Over Rate". */
  style: '429' | 'developer-over-rate';
  /** The limit the answer reports (X-RateLimit-Limit, `details`); the documented hourly one when absent. */
  quota?: SimQuota;
}

/** A key's rate limit as the gateway enforces it: `limit` calls per fixed window of `windowMs`, windows aligned to the epoch. */
export interface SimQuota {
  limit: number;
  windowMs: number;
}

/** A custom field as Custom Field Search returns it (custom-field-search-v1). */
export interface SimCustomField {
  id: string;
  /** A bare 24-hex id, as in the documented example; case bodies key it as `_c_<fieldName>`. */
  fieldName: string;
  name: string;
  fieldType: 'PICKLIST' | 'PICKLIST_MULTISELECT' | 'NUMBER' | 'DATE' | 'TEXT' | 'TEXTAREA' | 'TEXT_MULTI';
  options: string[];
  required: boolean;
  enabled: boolean;
  assetClassList: string[];
}

export interface SprinklrSimState {
  /** The environment segment the API key belongs to (`prod2`), empty for the default production environment. */
  env: string;
  accessToken: string;
  apiKey: string;
  tokenExpired: boolean;
  rateLimits: SimRateLimit[];
  /** The key's enforced rate limit, and the calls counted in its current window. */
  quota: { limit: SimQuota; window: number; calls: number } | undefined;
  /** Valid case updates still to fail with 409. */
  conflicts: number;
  /** Case property keys the instance knows: its custom fields and Sprinklr's system properties. */
  knownProperties: ReadonlySet<string>;
  /** The instance's custom fields, as Custom Field Search lists them. */
  customFields: SimCustomField[];
  messages: Map<string, SimMessage>;
  cases: Map<string, SimCase>;
  /** Per case id, its messages in association order, with the time each was associated. */
  associations: Map<string, { messageId: string; at: number }[]>;
  /** Per case number, its comments oldest first. */
  comments: Map<number, SimComment[]>;
  nextCaseNumber: number;
  /** The cursors case search has answered with, by cursor id. */
  searchCursors: Map<string, SimSearchCursor>;
}

/**
 * Where a case search continues: the search itself (checked when it was posted), the offset of the
 * next page and its size, and when the cursor expires (five minutes after it was issued).
 */
export interface SimSearchCursor {
  entityType: string;
  query: SimCaseQuery;
  start: number;
  size: number;
  includeCount: boolean;
  expiresAt: number;
}

/** A checked case search: what matches, and in which order. */
export interface SimCaseQuery {
  matches(c: SimCase): boolean;
  compare(a: SimCase, b: SimCase): number;
}

export interface SimError {
  code: string;
  message: string;
  field?: string;
}

export const appError = (status: number, errors: SimError[]): SimResponse => ({
  status,
  json: { data: null, errors },
});
export const badRequest = (errors: SimError[]): SimResponse => appError(400, errors);
export const notFound = (message: string): SimResponse => appError(404, [{ code: 'NOT_FOUND', message }]);
export const ok = (data: unknown, errors: SimError[] = []): SimResponse => ({ status: 200, json: { data, errors } });

export const hex = (bytes: number): string => randomBytes(bytes).toString('hex');
export const clone = <T>(value: T): T => structuredClone(value);

export const caseByNumber = (state: SprinklrSimState, n: number): SimCase | undefined =>
  [...state.cases.values()].find((c) => c.caseNumber === n);

/** sourceType_sourceId_channelCreatedTime_channelType_messageType_channelMessageId. */
export const MESSAGE_ID = /^([A-Z]+(?:_[A-Z]+)*)_(\d+)_(\d+)_([A-Z]+(?:_[A-Z]+)*)_(\d+)_(.+)$/;

/** The epoch embedded in a message id (`ACCOUNT_<account>_<epoch ms>_<CHANNEL>_…`). */
export function messageTime(id: string): number {
  const match = MESSAGE_ID.exec(id);
  return match ? Number(match[3]) : 0;
}
