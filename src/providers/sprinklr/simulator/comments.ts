// Case comments: "Add Comment" by case number (POST /api/v2/comment/CASE/{caseNumber}) and the v1
// "Comment Search" (POST /api/v1/generic/comment/search/{assetClass}/{assetId}), as dev.sprinklr.com
// documents them.
import type { SimHandler } from '../../../simulators/harness.js';
import { isRecord } from '../../../simulators/json.js';
import { SIM_API_USER_ID } from './seed.js';
import { COMMENT_ASSET_CLASSES, addCommentRequest, commentSearchRequest, simErrors } from './schemas.js';
import { badRequest, caseByNumber, hex, notFound, ok } from './state.js';
import type { SimCase, SimComment, SimError, SprinklrSimState } from './state.js';

type Route = (method: string, pattern: string, handler: SimHandler) => void;

const notAnObject = [{ code: 'INVALID_REQUEST', message: 'The request body must be a JSON object.' }];
const isAssetClass = (s: string): s is (typeof COMMENT_ASSET_CLASSES)[number] =>
  COMMENT_ASSET_CLASSES.some((c) => c === s);

export function registerCommentRoutes(route: Route, state: SprinklrSimState): void {
  /** Comments address a case by its number; a case id (or anything else) in that position finds nothing. */
  const caseForNumber = (raw: string | undefined): SimCase | undefined =>
    raw !== undefined && /^\d{1,12}$/.test(raw) ? caseByNumber(state, Number(raw)) : undefined;

  route('POST', 'api/v2/comment/CASE/:caseNumber', (req) => {
    const target = caseForNumber(req.params.caseNumber);
    if (!target) return notFound('No CASE exists with this id.');
    if (!isRecord(req.json)) return badRequest(notAnObject);
    const parsed = addCommentRequest.safeParse(req.json);
    if (!parsed.success) return badRequest(simErrors(parsed.error, req.json));
    const now = Date.now();
    const comment: SimComment = {
      id: hex(12),
      text: parsed.data.text,
      commentingUser: SIM_API_USER_ID,
      createdTime: now,
      modifiedTime: now,
    };
    const list = state.comments.get(target.caseNumber) ?? [];
    list.push(comment);
    state.comments.set(target.caseNumber, list);
    return ok({ ...comment, entityType: 'CASE', entityId: String(target.caseNumber) });
  });

  route('POST', 'api/v1/generic/comment/search/:assetClass/:assetId', (req) => {
    const assetClass = req.params.assetClass ?? '';
    const assetId = req.params.assetId ?? '';
    if (!isAssetClass(assetClass)) {
      return badRequest([
        {
          code: 'INVALID_VALUE',
          message: `Unsupported asset class ${JSON.stringify(assetClass)}.`,
          field: 'assetClass',
        },
      ]);
    }
    if (!isRecord(req.json)) return badRequest(notAnObject);
    const parsed = commentSearchRequest.safeParse(req.json);
    if (!parsed.success) return badRequest(simErrors(parsed.error, req.json));
    const body = parsed.data;
    const errors: SimError[] = [];
    if (body.assetClass !== undefined && body.assetClass !== assetClass) {
      errors.push({ code: 'INVALID_VALUE', message: 'assetClass does not match the path.', field: 'assetClass' });
    }
    if (body.assetId !== undefined && body.assetId !== assetId) {
      errors.push({ code: 'INVALID_VALUE', message: 'assetId does not match the path.', field: 'assetId' });
    }
    if (errors.length > 0) return badRequest(errors);
    const target = assetClass === 'UNIVERSAL_CASE' ? caseForNumber(assetId) : undefined;
    if (!target) return notFound(`No ${assetClass} exists with this id.`);

    const page = body.commentPaginationInfo ?? {};
    const since = page.sinceDate ?? 0;
    const until = page.untilDate ?? Number.MAX_SAFE_INTEGER;
    const start = page.start ?? 0;
    const rows = page.rows ?? 20;
    const descending = page.sortDirection === 'DESC';
    const all = (state.comments.get(target.caseNumber) ?? [])
      .filter((c) => c.createdTime >= since && c.createdTime <= until)
      .sort((a, b) => (descending ? b.createdTime - a.createdTime : a.createdTime - b.createdTime));
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
}
