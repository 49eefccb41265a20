// Sprinklr over HTTP: one long-lived connection (the VendorApi, the case custom-property
// definitions) and one datasource per GraphQL request, whose case reads go through a DataLoader. A
// case is read with its comments and its messages (associated-messages, then bulk-fetch); cases are
// found with case search, a page per call, and comments are paged by comment search.
import { notFoundError } from '../../domain/errors.js';
import { badPosition } from '../../domain/listing.js';
import type { ProviderListPage, ProviderListRequest, ProviderPosition } from '../../domain/listing.js';
import type { FieldErrorModel } from '../../domain/errors.js';
import type {
  CaseModel,
  CommentInput,
  CommentModel,
  CreateCaseInput,
  CustomFieldDefinitionModel,
  InteractionModel,
  MutationOutcome,
  OperationWarningModel,
  UpdateCaseInput,
} from '../../domain/model.js';
import { unexpectedResponse } from '../../http/failure.js';
import type { Deadline } from '../../http/deadline.js';
import { VendorApi } from '../../http/vendorApi.js';
import { SingleFlightCache } from '../shared/cache.js';
import { ConnectedDataSource } from '../shared/dataSource.js';
import { applyNativeRules } from '../shared/listing.js';
import type { WriteMode } from '../shared/dataSource.js';
import { allSettledOrThrow } from '../shared/settled.js';
import { checkCustomFields } from '../shared/validation.js';
import type { CheckedCustomField } from '../shared/validation.js';
import { partFailedWarning } from '../shared/warnings.js';
import type { CommentsPage, ProviderConnection, SharedSettings } from '../types.js';
import { sprinklrCapabilities } from './capabilities.js';
import type { SprinklrConfig } from './config.js';
import { sprinklrListingRules } from './listing.js';
import {
  classifySprinklrFailure,
  sprinklrCommentFieldPath,
  sprinklrFieldPath,
  sprinklrSearchFieldPath,
  sprinklrSearchUnavailable,
} from './errors.js';
import {
  emptySprinklrSearchBody,
  fromSprinklrCase,
  fromSprinklrComment,
  fromSprinklrCustomFields,
  fromSprinklrMessages,
  fromSprinklrSearchPage,
  fromSprinklrSearchedComment,
  mergeSprinklrDefinitions,
  sprinklrCaseMessageIds,
  toSprinklrBulkFetchBodies,
  toSprinklrCaseSearchBody,
  toSprinklrCommentBody,
  toSprinklrCommentSearchBody,
  toSprinklrCreateBody,
  toSprinklrCustomFieldSearchBody,
  toSprinklrUpdateBody,
} from './mapping.js';
import { sprinklrInputProblems } from './validation.js';
import {
  SprinklrAssociatedMessagesResponse,
  SprinklrBulkFetchResponse,
  SprinklrCaseEnvelope,
  SprinklrCaseListEnvelope,
  SprinklrCaseSearchResponse,
  SprinklrCommentEnvelope,
  SprinklrCommentSearchResponse,
  SprinklrCustomFieldSearchResponse,
} from './wire.js';
import type {
  SprinklrCaseSearchResponse as SprinklrCaseSearchAnswer,
  SprinklrCaseWire,
  SprinklrCustomFieldSearchResponse as SprinklrCustomFieldSearchBody,
  SprinklrCustomFieldWire,
  SprinklrMessageWire,
} from './wire.js';

const VENDOR = 'Sprinklr';
/** Sprinklr case ids are 24 or 32 hex digits; anything outside this alphabet names no case and is never sent. */
const CASE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const CASE_PATH = '/api/v2/case';
const COMMENT_PAGE_ROWS = 100;
const MAX_COMMENT_PAGES = 50;
/** Bulk fetches in flight at once for one case: Sprinklr's default limit is 10 calls per second per key. */
const MAX_PARALLEL_BULK_FETCHES = 4;
export const DEFAULT_DEFINITIONS_TTL_MS = 5 * 60_000;
const DEFINITION_PAGE_SIZE = 100;
const MAX_DEFINITION_PAGES = 20;

/** A search answer, or word that the search is not there for this API key. */
type CustomFieldSearchAnswer = { available: true; body: SprinklrCustomFieldSearchBody } | { available: false };
const customFieldSearchAnswer = SprinklrCustomFieldSearchResponse.transform((body): CustomFieldSearchAnswer => ({
  available: true,
  body,
}));

const SEARCH_PATH = '/api/v2/search/CASE';
/** The most cases one search page asks for: `Query.cases` takes at most 100 per page, and so does the simulator. */
export const SEARCH_MAX_PAGE_SIZE = 100;
/** A search cursor is valid for five minutes [D: search-by-cursor]; casegraph stops using one after four. */
export const SEARCH_CURSOR_USE_MS = 4 * 60_000;
const CURSOR_ID = /^[A-Za-z0-9._~-]{1,200}$/;
/** Statuses by which Sprinklr may refuse a cursor it issued (expired, or lost): the page is then read by offset. */
const CURSOR_REFUSALS: ReadonlySet<number> = new Set([400, 404, 410]);

/** A search page, or word that Sprinklr refused the cursor that should have led to it. */
type CursorAnswer = { kind: 'page'; body: SprinklrCaseSearchAnswer } | { kind: 'cursorRefused' };
const cursorAnswer = SprinklrCaseSearchResponse.transform((body): CursorAnswer => ({ kind: 'page', body }));

/**
 * Where a Sprinklr list stands: `start`, the 0-based offset of the next case in the search's order,
 * and, when the whole previous vendor page was taken, the cursor Sprinklr answered with, the page
 * size it continues with and the instant (epoch ms) after which casegraph no longer uses it.
 */
interface SearchPosition {
  start: number;
  cursor?: { id: string; size: number; until: number };
}

/** A position this datasource wrote, read back; anything else is a tampered cursor. */
function searchPositionOf(position: ProviderPosition | null): SearchPosition {
  if (position === null) return { start: 0 };
  const { start, cursor, size, until, ...rest } = position;
  if (Object.keys(rest).length > 0 || typeof start !== 'number' || !Number.isSafeInteger(start) || start < 0) {
    throw badPosition();
  }
  if (cursor === undefined && size === undefined && until === undefined) return { start };
  if (
    typeof cursor !== 'string' ||
    !CURSOR_ID.test(cursor) ||
    typeof size !== 'number' ||
    !Number.isInteger(size) ||
    size < 1 ||
    size > SEARCH_MAX_PAGE_SIZE ||
    typeof until !== 'number' ||
    !Number.isSafeInteger(until)
  ) {
    throw badPosition();
  }
  return { start, cursor: { id: cursor, size, until } };
}

export interface SprinklrConnectionOptions {
  /** Clock for the definitions cache and the age of search cursors (tests). */
  now?: () => number;
}

export class SprinklrConnection implements ProviderConnection {
  readonly api: VendorApi;
  /**
   * The case custom field definitions: Custom Field Search merged with the configured properties,
   * or the configured properties alone where the search is not available to the API key.
   */
  readonly definitions: SingleFlightCache<CustomFieldDefinitionModel[]>;

  /** The clock search cursors are aged by. */
  readonly now: () => number;

  get vendorApis(): readonly VendorApi[] {
    return [this.api];
  }

  constructor(
    readonly config: SprinklrConfig,
    shared: SharedSettings,
    options: SprinklrConnectionOptions = {},
  ) {
    this.now = options.now ?? (() => Date.now());
    this.api = new VendorApi({
      provider: 'SPRINKLR',
      vendorName: VENDOR,
      baseUrl: config.baseUrl,
      timeouts: shared.timeouts,
      resilience: shared.resilience,
      // Both on every call [D: create-case, "Headers"]; Content-Type comes with a body.
      headers: {
        authorization: `Bearer ${config.accessToken}`,
        key: config.apiKey,
        accept: 'application/json',
      },
      classify: classifySprinklrFailure,
      quota: shared.quota,
    });
    this.definitions = new SingleFlightCache({
      fetch: (deadline) => this.fetchDefinitions(deadline),
      ttlMs: config.definitionsTtlMs ?? DEFAULT_DEFINITIONS_TTL_MS,
      ...(options.now ? { now: options.now } : {}),
    });
  }

  /**
   * The definitions to check and read cases with. When the search fails in a way that may pass
   * (5xx, network, rate limit, credentials), this one request makes do with the configured
   * properties, and the next one searches again.
   */
  async caseFieldDefinitions(deadline?: Deadline): Promise<CustomFieldDefinitionModel[]> {
    try {
      return await this.definitions.get(deadline);
    } catch {
      return this.config.customProperties;
    }
  }

  dataSource(deadline?: Deadline): SprinklrDataSource {
    return new SprinklrDataSource(this, deadline);
  }

  close(): Promise<void> {
    return this.api.close();
  }

  /**
   * Every enabled case field, page by page. A key without access to the search (400, 403, 404 or
   * 405) has the configured properties instead, kept for the TTL like a search result.
   */
  private async fetchDefinitions(deadline: Deadline | undefined): Promise<CustomFieldDefinitionModel[]> {
    const found: SprinklrCustomFieldWire[] = [];
    for (let page = 0; page < MAX_DEFINITION_PAGES; page += 1) {
      const answer = await this.api.within(deadline).call({
        operation: 'searchCustomFields',
        effect: 'read',
        method: 'POST',
        path: '/api/v1/customfield/search',
        json: toSprinklrCustomFieldSearchBody(page, DEFINITION_PAGE_SIZE),
        expect: customFieldSearchAnswer,
        what: 'the custom field search',
        recover: (res): CustomFieldSearchAnswer | undefined =>
          sprinklrSearchUnavailable(res) ? { available: false } : undefined,
      });
      if (!answer.available) return this.config.customProperties;
      const fields = answer.body.customFields ?? [];
      found.push(...fields);
      const total = answer.body.totalFound ?? found.length;
      if (fields.length < DEFINITION_PAGE_SIZE || found.length >= total) break;
    }
    return mergeSprinklrDefinitions(this.config.customProperties, fromSprinklrCustomFields(found));
  }
}

export class SprinklrDataSource extends ConnectedDataSource<SprinklrConnection> {
  readonly provider = 'SPRINKLR';
  protected readonly capabilities = sprinklrCapabilities;
  /** Per request: the definitions are looked up once, so a failing search costs one call per request. */
  private requestDefinitions: Promise<CustomFieldDefinitionModel[]> | undefined;
  /** The definitions the current write is checked against, looked up before the checks run. */
  private writeDefinitions: readonly CustomFieldDefinitionModel[] = [];

  getCase(id: string): Promise<CaseModel> {
    return this.cases.load(id);
  }

  /**
   * One page of case search: `POST /api/v2/search/CASE` from `start`, or, when the previous page
   * was taken whole and its cursor is fresh, `GET /api/v2/search/CASE?id={cursor}`, which continues
   * at the same place. The cases come without comments or messages (`complete: false`), so they do
   * not prime the case loader: a field that needs those reads the case whole.
   */
  async listCases(request: ProviderListRequest): Promise<ProviderListPage> {
    const at = searchPositionOf(request.position);
    const size = Math.min(request.first, SEARCH_MAX_PAGE_SIZE);
    const fresh = at.cursor !== undefined && at.cursor.size === size && this.connection.now() < at.cursor.until;
    const [answer, definitions] = await allSettledOrThrow([
      this.searchCases(request, at.start, size, fresh ? at.cursor?.id : undefined),
      this.definitions(),
    ]);
    const receivedAt = this.connection.now();
    const page = fromSprinklrSearchPage(answer, definitions);
    const cases = page.cases.slice(0, size);
    return {
      cases,
      totalCount: page.count,
      warnings: [],
      positionAfter: (taken): ProviderPosition | null => {
        const n = Math.max(0, Math.min(taken, cases.length));
        const start = at.start + n;
        if (n < cases.length) return { start };
        // Nothing answered here means nothing is left here, whatever a count says.
        if (cases.length === 0) return null;
        if (page.cursorId === null) return page.count !== null && start < page.count ? { start } : null;
        return cases.length === size
          ? { start, cursor: page.cursorId, size, until: receivedAt + SEARCH_CURSOR_USE_MS }
          : { start };
      },
    };
  }

  /**
   * A page of the case's comments from Sprinklr itself: one comment search by case number with
   * `start` = offset and `rows` = first, oldest first; `hasMore` and `totalComments` from its answer.
   */
  override async commentsPage(c: CaseModel, first: number, offset: number): Promise<CommentsPage> {
    const number = c.number ?? (await this.getCase(c.id)).number;
    if (number == null || !/^\d{1,15}$/.test(number)) throw unexpectedResponse(VENDOR, 'the case has no case number');
    const rows = Math.min(Math.max(first, 1), COMMENT_PAGE_ROWS);
    const found = await this.api.call({
      operation: 'searchComments',
      effect: 'read',
      method: 'POST',
      path: `/api/v1/generic/comment/search/UNIVERSAL_CASE/${number}`,
      json: toSprinklrCommentSearchBody(Number(number), offset, rows),
      expect: SprinklrCommentSearchResponse,
      what: 'the comment search',
      caseId: c.id,
    });
    const data = found.data ?? [];
    const totalCount = found.totalComments ?? null;
    return {
      comments: data.filter((comment) => comment.deleted !== true).map(fromSprinklrSearchedComment),
      hasMore: found.hasMore ?? (totalCount !== null ? offset + data.length < totalCount : data.length >= rows),
      totalCount,
    };
  }

  async customFieldDefinitions(): Promise<CustomFieldDefinitionModel[]> {
    return (await this.definitions()).map((d) => ({ ...d, options: d.options.map((o) => ({ ...o })) }));
  }

  // The custom-field checks need the definitions, which may need a call: they are looked up before
  // the base class runs every check, so all problems are still reported in one ValidationError.
  override async createCase(input: CreateCaseInput): Promise<MutationOutcome> {
    this.writeDefinitions = await this.definitions();
    return super.createCase(input);
  }

  override async updateCase(input: UpdateCaseInput): Promise<MutationOutcome> {
    this.writeDefinitions = await this.definitions();
    return super.updateCase(input);
  }

  protected inputProblems(mode: WriteMode, input: CreateCaseInput | UpdateCaseInput): FieldErrorModel[] {
    return [...sprinklrInputProblems(mode, input), ...this.checkCustomFields(mode, input).problems];
  }

  protected async create(input: CreateCaseInput): Promise<MutationOutcome> {
    const body = toSprinklrCreateBody(input, this.checkCustomFields('create', input).fields);
    const { data: wire } = await this.api.call({
      operation: 'createCase',
      effect: 'write',
      method: 'POST',
      path: CASE_PATH,
      json: body,
      expect: SprinklrCaseEnvelope,
      what: 'the created case',
      caseIdOf: (created) => String(created.data.id),
      fieldPath: this.inputFieldPath(input),
    });

    // The case exists from here on: a comment or message read that fails becomes a warning, never
    // a lost case. Comments are posted while the case's messages are read.
    const commentWarnings: OperationWarningModel[] = [];
    const messageWarnings: OperationWarningModel[] = [];
    const [comments, interactions] = await Promise.all([
      this.postComments(wire.caseNumber, input.comments ?? [], commentWarnings),
      this.interactionsOrWarning(wire, messageWarnings, 'The case was created but its messages could not be read'),
    ]);
    return this.outcome(fromSprinklrCase(wire, { comments, interactions }, this.writeDefinitions), [
      ...commentWarnings,
      ...messageWarnings,
    ]);
  }

  protected async update(input: UpdateCaseInput): Promise<MutationOutcome> {
    // The id goes in the body's caseIds, not a URL, but only a Sprinklr case id is ever sent.
    if (!CASE_ID.test(input.id)) throw notFoundError(input.id, VENDOR);
    const body = toSprinklrUpdateBody(input, this.checkCustomFields('update', input).fields);
    const newComments = input.comments ?? [];
    if (!body && newComments.length === 0) return { case: await this.getCase(input.id), warnings: [] };

    let wire: SprinklrCaseWire;
    if (body) {
      const { data: updated } = await this.api.call({
        operation: 'updateCase',
        effect: 'write',
        method: 'PUT',
        path: CASE_PATH,
        json: body,
        expect: SprinklrCaseListEnvelope,
        what: 'the updated case',
        caseId: input.id,
        fieldPath: this.inputFieldPath(input),
      });
      // Sprinklr answers 200 with an empty list when no case has the id.
      if (updated.length === 0) throw notFoundError(input.id, VENDOR);
      const found = updated.find((c) => c.id === input.id);
      if (!found) throw unexpectedResponse(VENDOR, 'the update answered with a different case');
      wire = found;
    } else {
      // Comments are addressed by case number, which only the case itself knows.
      wire = await this.readCaseWire(input.id);
    }

    const caseNumber = wire.caseNumber;
    const commentWarnings: OperationWarningModel[] = [];
    const messageWarnings: OperationWarningModel[] = [];
    const [comments, interactions] = await Promise.all([
      (async (): Promise<CommentModel[]> => {
        const posted = await this.postComments(caseNumber, newComments, commentWarnings);
        try {
          return await this.readComments(caseNumber, input.id);
        } catch (err) {
          commentWarnings.push(
            partFailedWarning(err, ['comments'], 'The case was updated but its comments could not be read back'),
          );
          return posted;
        }
      })(),
      this.interactionsOrWarning(wire, messageWarnings, 'The case was updated but its messages could not be read'),
    ]);
    return this.outcome(fromSprinklrCase(wire, { comments, interactions }, this.writeDefinitions), [
      ...commentWarnings,
      ...messageWarnings,
    ]);
  }

  // ------------------------------------------------------------ helpers

  private checkCustomFields(
    mode: WriteMode,
    input: CreateCaseInput | UpdateCaseInput,
  ): { fields: CheckedCustomField[]; problems: FieldErrorModel[] } {
    return checkCustomFields(input.customFields, this.writeDefinitions, { mode, vendorName: VENDOR });
  }

  private definitions(): Promise<CustomFieldDefinitionModel[]> {
    this.requestDefinitions ??= this.connection.caseFieldDefinitions(this.deadline);
    return this.requestDefinitions;
  }

  private inputFieldPath(input: CreateCaseInput | UpdateCaseInput): (vendorField: string) => string[] {
    const keys = (input.customFields ?? []).map((f) => f.key);
    return (field) => sprinklrFieldPath(field, keys);
  }

  private outcome(model: CaseModel, warnings: OperationWarningModel[]): MutationOutcome {
    this.cases.clear(model.id).prime(model.id, model);
    return { case: model, warnings };
  }

  private async readCaseWire(id: string): Promise<SprinklrCaseWire> {
    if (!CASE_ID.test(id)) throw notFoundError(id, VENDOR);
    const { data } = await this.api.call({
      operation: 'readCase',
      effect: 'read',
      method: 'GET',
      path: `${CASE_PATH}/${encodeURIComponent(id)}`,
      expect: SprinklrCaseEnvelope,
      what: 'the case',
      caseId: id,
    });
    return data;
  }

  /**
   * A case with its comments and messages. The associated-messages list needs only the case id, so
   * it is read alongside the case; the comment search (by case number) and the bulk fetch (which
   * needs the case's firstMessageId) follow together: two round trips in all. Any failure fails the read.
   */
  protected async readCase(id: string): Promise<CaseModel> {
    if (!CASE_ID.test(id)) throw notFoundError(id, VENDOR);
    // The case's own failure, when there is one, is the one reported.
    const [wire, listed, definitions] = await allSettledOrThrow([
      this.readCaseWire(id),
      this.associatedMessageIds(id),
      this.definitions(),
    ]);
    const [comments, interactions] = await allSettledOrThrow([
      this.readComments(wire.caseNumber, id),
      this.readMessages(sprinklrCaseMessageIds(wire.firstMessageId, listed)),
    ]);
    return fromSprinklrCase(wire, { comments, interactions }, definitions);
  }

  /**
   * The messages of a case that was just written. When they cannot be read, the case still comes
   * back: with the ids known so far (at least firstMessageId) as bare interactions, and a warning.
   */
  private async interactionsOrWarning(
    wire: SprinklrCaseWire,
    warnings: OperationWarningModel[],
    context: string,
  ): Promise<InteractionModel[]> {
    let ids = sprinklrCaseMessageIds(wire.firstMessageId, []);
    try {
      ids = sprinklrCaseMessageIds(wire.firstMessageId, await this.associatedMessageIds(wire.id));
      return await this.readMessages(ids);
    } catch (err) {
      warnings.push(partFailedWarning(err, ['interactions'], context));
      return fromSprinklrMessages(ids, []);
    }
  }

  /** `GET /api/v2/case/associated-messages?id={caseId}`: the ids of every message on the case. */
  private async associatedMessageIds(caseId: string): Promise<string[]> {
    const { data } = await this.api.call({
      operation: 'caseAssociatedMessages',
      effect: 'read',
      method: 'GET',
      path: `${CASE_PATH}/associated-messages`,
      query: { id: caseId },
      expect: SprinklrAssociatedMessagesResponse,
      what: 'the associated messages',
      caseId,
    });
    return data;
  }

  /** The messages for some ids, as interactions oldest first; ids Sprinklr does not return stay as bare ids. */
  private async readMessages(ids: readonly string[]): Promise<InteractionModel[]> {
    const bodies = toSprinklrBulkFetchBodies(ids);
    const messages: SprinklrMessageWire[] = [];
    for (let i = 0; i < bodies.length; i += MAX_PARALLEL_BULK_FETCHES) {
      const batch = await allSettledOrThrow(
        bodies.slice(i, i + MAX_PARALLEL_BULK_FETCHES).map((body) => this.bulkFetch(body)),
      );
      messages.push(...batch.flat());
    }
    return fromSprinklrMessages(ids, messages);
  }

  /** `POST /api/v2/message/bulk-fetch` with a JSON array of message ids. */
  private async bulkFetch(ids: readonly string[]): Promise<SprinklrMessageWire[]> {
    const { data } = await this.api.call({
      operation: 'readMessagesBulk',
      effect: 'read',
      method: 'POST',
      path: '/api/v2/message/bulk-fetch',
      json: ids,
      expect: SprinklrBulkFetchResponse,
      what: 'the messages',
    });
    return data ?? [];
  }

  /** The search page: by the cursor when there is one and Sprinklr takes it, else from `start`. */
  private async searchCases(
    request: ProviderListRequest,
    start: number,
    size: number,
    cursor: string | undefined,
  ): Promise<SprinklrCaseSearchAnswer> {
    if (cursor !== undefined) {
      const answer = await this.api.call({
        operation: 'searchCasesByCursor',
        effect: 'read',
        method: 'GET',
        path: SEARCH_PATH,
        query: { id: cursor },
        expect: cursorAnswer,
        what: 'the case search page',
        fieldPath: sprinklrSearchFieldPath,
        recover: (res): CursorAnswer | undefined =>
          CURSOR_REFUSALS.has(res.status) && classifySprinklrFailure(res).type === undefined
            ? { kind: 'cursorRefused' }
            : undefined,
      });
      if (answer.kind === 'page') return answer.body;
      // Sprinklr refused a cursor it issued (expired early, or lost): the same page, by its offset.
    }
    const body = applyNativeRules(sprinklrListingRules, emptySprinklrSearchBody(), request.filter, request.order);
    return this.api.call({
      operation: 'searchCases',
      effect: 'read',
      method: 'POST',
      path: SEARCH_PATH,
      json: toSprinklrCaseSearchBody(body, { start, size }),
      expect: SprinklrCaseSearchResponse,
      what: 'the case search',
      fieldPath: sprinklrSearchFieldPath,
    });
  }

  /** All comments on a case, oldest first, through the v1 comment search (by case number). */
  private async readComments(caseNumber: number, caseId: string): Promise<CommentModel[]> {
    const comments: CommentModel[] = [];
    let start = 0;
    for (let page = 0; page < MAX_COMMENT_PAGES; page += 1) {
      const found = await this.api.call({
        operation: 'searchComments',
        effect: 'read',
        method: 'POST',
        path: `/api/v1/generic/comment/search/UNIVERSAL_CASE/${caseNumber}`,
        json: toSprinklrCommentSearchBody(caseNumber, start, COMMENT_PAGE_ROWS),
        expect: SprinklrCommentSearchResponse,
        what: 'the comment search',
        caseId,
      });
      const data = found.data ?? [];
      comments.push(...data.filter((c) => c.deleted !== true).map(fromSprinklrSearchedComment));
      if (found.hasMore !== true || data.length === 0) break;
      start += data.length;
    }
    return comments;
  }

  /** Posts comments one by one, in order, by case number; each failure becomes a warning at `comments.<i>`. */
  private async postComments(
    caseNumber: number,
    inputs: readonly CommentInput[],
    warnings: OperationWarningModel[],
  ): Promise<CommentModel[]> {
    const posted: CommentModel[] = [];
    for (const [index, comment] of inputs.entries()) {
      try {
        const { data } = await this.api.call({
          operation: 'addComment',
          effect: 'write',
          method: 'POST',
          path: `/api/v2/comment/CASE/${caseNumber}`,
          json: toSprinklrCommentBody(comment),
          expect: SprinklrCommentEnvelope,
          what: 'the comment',
          fieldPath: sprinklrCommentFieldPath(index),
        });
        posted.push(fromSprinklrComment(data));
      } catch (err) {
        warnings.push(
          partFailedWarning(err, ['comments', String(index)], 'The case was saved but this comment was not added'),
        );
      }
    }
    return posted;
  }
}
