// A case's messages: "Case Associated Messages" (the ids, by case id) and "Read Messages (Bulk)"
// (the messages, by a bare JSON array of ids), as dev.sprinklr.com documents them.
import type { SimHandler } from '../../../simulators/harness.js';
import { isRecord } from '../../../simulators/json.js';
import { associatedMessagesQuery, bulkFetchRequest, simErrors } from './schemas.js';
import { MESSAGE_ID, badRequest, clone, notFound, ok } from './state.js';
import type { SimError, SimMessage, SimProfile, SprinklrSimState } from './state.js';

type Route = (method: string, pattern: string, handler: SimHandler) => void;

function profileObject(p: SimProfile): Record<string, unknown> {
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
function messageObject(m: SimMessage): Record<string, unknown> {
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

export function registerMessageRoutes(route: Route, state: SprinklrSimState): void {
  // Registered before `case/{caseId}`, which would otherwise take "associated-messages" for an id.
  route('GET', 'api/v2/case/associated-messages', (req) => {
    const parsed = associatedMessagesQuery.safeParse(req.query);
    if (!parsed.success) return badRequest(simErrors(parsed.error, req.query));
    const found = state.cases.get(parsed.data.id);
    if (!found) return notFound('No case exists with this id.');
    const after = parsed.data.cursor === undefined ? Number.NEGATIVE_INFINITY : Number(parsed.data.cursor);
    return ok((state.associations.get(found.id) ?? []).filter((a) => a.at > after).map((a) => a.messageId));
  });

  /**
   * Found messages come back in `data` in the order asked, each once; an id that names no message
   * is left out of `data` and named in `errors`.
   */
  route('POST', 'api/v2/message/bulk-fetch', (req) => {
    if (!Array.isArray(req.json)) {
      const what = isRecord(req.json) ? 'an object' : 'not a list';
      return badRequest([
        { code: 'INVALID_REQUEST', message: `The request body must be a JSON array of message ids, not ${what}.` },
      ]);
    }
    const parsed = bulkFetchRequest.safeParse(req.json);
    if (!parsed.success) return badRequest(simErrors(parsed.error, req.json, 'messageId'));
    const data: Record<string, unknown>[] = [];
    const missing: SimError[] = [];
    for (const id of new Set(parsed.data)) {
      const message = state.messages.get(id);
      if (message) data.push(messageObject(message));
      else missing.push({ code: 'MESSAGE_NOT_FOUND', message: `No message exists with id ${JSON.stringify(id)}.` });
    }
    return ok(data, missing);
  });
}
