// Sprinklr over HTTP: one long-lived connection (HTTP pool, credentials, configured custom
// properties) and one datasource per GraphQL request, whose case reads go through a DataLoader. A
// case is read with its comments and its messages (associated-messages, then bulk-fetch).
import DataLoader from 'dataloader';
import { CaseError, notFoundError, validationError } from '../../domain/errors.js';
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
import { HttpClient } from '../../http/client.js';
import type { HttpRequest, HttpResponse } from '../../http/client.js';
import { failureFromResponse, unexpectedResponse } from '../../http/failure.js';
import type { CaseDataSource, ProviderConnection, SharedSettings } from '../types.js';
import { checkCustomFields, checkInputShape } from '../shared/validation.js';
import type { CheckedCustomField } from '../shared/validation.js';
import { capabilities } from './capabilities.js';
import type { SprinklrConfig } from './config.js';
import {
  fromSprinklrCase,
  fromSprinklrComment,
  fromSprinklrMessages,
  fromSprinklrSearchedComment,
  sprinklrCaseMessageIds,
  sprinklrFailure,
  sprinklrFieldPath,
  sprinklrInputProblems,
  toSprinklrBulkFetchBodies,
  toSprinklrCommentBody,
  toSprinklrCommentSearchBody,
  toSprinklrCreateBody,
  toSprinklrUpdateBody,
} from './mapping.js';
import {
  SprinklrAssociatedMessagesResponse,
  SprinklrBulkFetchResponse,
  SprinklrCaseEnvelope,
  SprinklrCaseListEnvelope,
  SprinklrCommentEnvelope,
  SprinklrCommentSearchResponse,
} from './wire.js';
import type { SprinklrCaseWire, SprinklrMessageWire } from './wire.js';

const VENDOR = 'Sprinklr';
/** Sprinklr case ids are 24 or 32 hex digits; anything outside this alphabet names no case and is never sent. */
const CASE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const COMMENT_PAGE_ROWS = 100;
const MAX_COMMENT_PAGES = 50;
/** Bulk fetches in flight at once for one case: Sprinklr's default limit is 10 calls per second per key. */
const MAX_PARALLEL_BULK_FETCHES = 4;

const isOk = (res: HttpResponse): boolean => res.status >= 200 && res.status < 300;

export class SprinklrConnection implements ProviderConnection {
  private readonly http: HttpClient;

  constructor(
    readonly config: SprinklrConfig,
    shared: SharedSettings,
  ) {
    this.http = new HttpClient({ vendorName: VENDOR, baseUrl: config.baseUrl, timeouts: shared.timeouts });
  }

  /** Every Sprinklr call carries the Bearer token and the API key (Content-Type is added with a body). */
  call(req: HttpRequest): Promise<HttpResponse> {
    return this.http.request({
      ...req,
      headers: {
        authorization: `Bearer ${this.config.accessToken}`,
        key: this.config.apiKey,
        accept: 'application/json',
        ...req.headers,
      },
    });
  }

  get definitions(): readonly CustomFieldDefinitionModel[] {
    return this.config.customProperties;
  }

  dataSource(): CaseDataSource {
    return new SprinklrDataSource(this);
  }

  close(): Promise<void> {
    return this.http.close();
  }
}

export class SprinklrDataSource implements CaseDataSource {
  readonly provider = 'SPRINKLR' as const;
  private readonly cases: DataLoader<string, CaseModel>;

  constructor(private readonly conn: SprinklrConnection) {
    this.cases = new DataLoader<string, CaseModel>((ids) =>
      Promise.all(
        ids.map((id) =>
          this.readCase(id).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err)))),
        ),
      ),
    );
  }

  getCase(id: string): Promise<CaseModel> {
    return this.cases.load(id);
  }

  async customFieldDefinitions(): Promise<CustomFieldDefinitionModel[]> {
    return this.conn.definitions.map((d) => ({ ...d, options: [...d.options] }));
  }

  async createCase(input: CreateCaseInput): Promise<MutationOutcome> {
    const checked = this.check(input, 'create');
    const body = toSprinklrCreateBody(input, checked);
    const res = await this.conn.call({ method: 'POST', path: '/api/v2/case', json: body });
    if (!isOk(res)) throw this.failure(res, input);
    const parsed = SprinklrCaseEnvelope.safeParse(res.json);
    if (!parsed.success) throw unexpectedResponse(VENDOR, 'the created case is not in the documented shape');
    const wire = parsed.data.data;

    // The case exists from here on: a comment or message read that fails becomes a warning, never
    // a lost case. Comments are posted while the case's messages are read.
    const commentWarnings: OperationWarningModel[] = [];
    const messageWarnings: OperationWarningModel[] = [];
    const [comments, interactions] = await Promise.all([
      this.postComments(wire.caseNumber, input.comments ?? [], commentWarnings),
      this.interactionsOrWarning(wire, messageWarnings, 'The case was created but its messages could not be read'),
    ]);
    return this.outcome(fromSprinklrCase(wire, { comments, interactions }, this.conn.definitions), [
      ...commentWarnings,
      ...messageWarnings,
    ]);
  }

  async updateCase(input: UpdateCaseInput): Promise<MutationOutcome> {
    const checked = this.check(input, 'update');
    const body = toSprinklrUpdateBody(input, checked);
    const newComments = input.comments ?? [];
    if (!body && newComments.length === 0) return { case: await this.getCase(input.id), warnings: [] };

    let wire: SprinklrCaseWire;
    if (body) {
      const res = await this.conn.call({ method: 'PUT', path: '/api/v2/case', json: body });
      if (!isOk(res)) throw this.failure(res, input, input.id);
      const parsed = SprinklrCaseListEnvelope.safeParse(res.json);
      if (!parsed.success) throw unexpectedResponse(VENDOR, 'the updated case is not in the documented shape');
      if (parsed.data.data.length === 0) throw notFoundError(input.id, VENDOR);
      const found = parsed.data.data.find((c) => c.id === input.id);
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
            warningFor(err, ['comments'], 'The case was updated but its comments could not be read back'),
          );
          return posted;
        }
      })(),
      this.interactionsOrWarning(wire, messageWarnings, 'The case was updated but its messages could not be read'),
    ]);
    return this.outcome(fromSprinklrCase(wire, { comments, interactions }, this.conn.definitions), [
      ...commentWarnings,
      ...messageWarnings,
    ]);
  }

  // ------------------------------------------------------------ helpers

  /** Every check that needs no vendor call; throws one ValidationError listing all problems. */
  private check(input: CreateCaseInput | UpdateCaseInput, mode: 'create' | 'update'): CheckedCustomField[] {
    const problems: FieldErrorModel[] = [
      ...checkInputShape('SPRINKLR', capabilities, mode, input),
      ...sprinklrInputProblems(input, mode),
    ];
    const custom = checkCustomFields(input.customFields, this.conn.definitions, { mode, vendorName: VENDOR });
    const reported = new Set(problems.map((p) => p.path.join('.')));
    problems.push(...custom.problems.filter((p) => !reported.has(p.path.join('.'))));
    if (problems.length > 0) throw validationError(problems);
    return custom.fields;
  }

  private failure(res: HttpResponse, input: CreateCaseInput | UpdateCaseInput, caseId?: string): CaseError {
    const keys = (input.customFields ?? []).map((f) => f.key);
    return failureFromResponse(res, sprinklrFailure(res), {
      vendorName: VENDOR,
      fieldPath: (field) => sprinklrFieldPath(field, keys),
      caseId,
    });
  }

  private outcome(model: CaseModel, warnings: OperationWarningModel[]): MutationOutcome {
    this.cases.clear(model.id).prime(model.id, model);
    return { case: model, warnings };
  }

  private async readCaseWire(id: string): Promise<SprinklrCaseWire> {
    if (!CASE_ID.test(id)) throw notFoundError(id, VENDOR);
    const res = await this.conn.call({ method: 'GET', path: `/api/v2/case/${encodeURIComponent(id)}` });
    if (!isOk(res)) {
      throw failureFromResponse(res, sprinklrFailure(res), { vendorName: VENDOR, fieldPath: () => [], caseId: id });
    }
    const parsed = SprinklrCaseEnvelope.safeParse(res.json);
    if (!parsed.success) throw unexpectedResponse(VENDOR, 'the case is not in the documented shape');
    return parsed.data.data;
  }

  /**
   * A case with its comments and messages. The associated-messages list needs only the case id, so
   * it is read alongside the case; the comment search (by case number) and the bulk fetch (which
   * needs the case's firstMessageId) follow together: two round trips in all. Any failure fails the read.
   */
  private async readCase(id: string): Promise<CaseModel> {
    if (!CASE_ID.test(id)) throw notFoundError(id, VENDOR);
    // The case's own failure, when there is one, is the one reported.
    const [wire, listed] = await settled([this.readCaseWire(id), this.associatedMessageIds(id)]);
    const [comments, interactions] = await settled([
      this.readComments(wire.caseNumber, id),
      this.readMessages(sprinklrCaseMessageIds(wire.firstMessageId, listed)),
    ]);
    return fromSprinklrCase(wire, { comments, interactions }, this.conn.definitions);
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
      warnings.push(warningFor(err, ['interactions'], context));
      return fromSprinklrMessages(ids, []);
    }
  }

  /** `GET /api/v2/case/associated-messages?id={caseId}`: the ids of every message on the case. */
  private async associatedMessageIds(caseId: string): Promise<string[]> {
    const res = await this.conn.call({
      method: 'GET',
      path: '/api/v2/case/associated-messages',
      query: { id: caseId },
    });
    if (!isOk(res)) {
      throw failureFromResponse(res, sprinklrFailure(res), { vendorName: VENDOR, fieldPath: () => [], caseId });
    }
    const parsed = SprinklrAssociatedMessagesResponse.safeParse(res.json);
    if (!parsed.success) throw unexpectedResponse(VENDOR, 'the associated messages are not in the documented shape');
    return parsed.data.data;
  }

  /** The messages for some ids, as interactions oldest first; ids Sprinklr does not return stay as bare ids. */
  private async readMessages(ids: readonly string[]): Promise<InteractionModel[]> {
    const bodies = toSprinklrBulkFetchBodies(ids);
    const messages: SprinklrMessageWire[] = [];
    for (let i = 0; i < bodies.length; i += MAX_PARALLEL_BULK_FETCHES) {
      const batch = await settled(bodies.slice(i, i + MAX_PARALLEL_BULK_FETCHES).map((body) => this.bulkFetch(body)));
      messages.push(...batch.flat());
    }
    return fromSprinklrMessages(ids, messages);
  }

  /** `POST /api/v2/message/bulk-fetch` with a JSON array of message ids. */
  private async bulkFetch(ids: readonly string[]): Promise<SprinklrMessageWire[]> {
    const res = await this.conn.call({ method: 'POST', path: '/api/v2/message/bulk-fetch', json: ids });
    if (!isOk(res)) {
      throw failureFromResponse(res, sprinklrFailure(res), { vendorName: VENDOR, fieldPath: () => [] });
    }
    const parsed = SprinklrBulkFetchResponse.safeParse(res.json);
    if (!parsed.success) throw unexpectedResponse(VENDOR, 'the messages are not in the documented shape');
    return parsed.data.data ?? [];
  }

  /** All comments on a case, oldest first, through the v1 comment search (by case number). */
  private async readComments(caseNumber: number, caseId: string): Promise<CommentModel[]> {
    const comments: CommentModel[] = [];
    let start = 0;
    for (let page = 0; page < MAX_COMMENT_PAGES; page += 1) {
      const res = await this.conn.call({
        method: 'POST',
        path: `/api/v1/generic/comment/search/UNIVERSAL_CASE/${caseNumber}`,
        json: toSprinklrCommentSearchBody(caseNumber, start, COMMENT_PAGE_ROWS),
      });
      if (!isOk(res))
        throw failureFromResponse(res, sprinklrFailure(res), { vendorName: VENDOR, fieldPath: () => [], caseId });
      const parsed = SprinklrCommentSearchResponse.safeParse(res.json);
      if (!parsed.success) throw unexpectedResponse(VENDOR, 'the comment search is not in the documented shape');
      const data = parsed.data.data ?? [];
      comments.push(...data.filter((c) => c.deleted !== true).map(fromSprinklrSearchedComment));
      if (parsed.data.hasMore !== true || data.length === 0) break;
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
        const res = await this.conn.call({
          method: 'POST',
          path: `/api/v2/comment/CASE/${caseNumber}`,
          json: toSprinklrCommentBody(comment),
        });
        if (!isOk(res)) {
          throw failureFromResponse(res, sprinklrFailure(res), {
            vendorName: VENDOR,
            fieldPath: (field) =>
              field === 'text' ? ['comments', String(index), 'body'] : ['comments', String(index)],
          });
        }
        const parsed = SprinklrCommentEnvelope.safeParse(res.json);
        if (!parsed.success) throw unexpectedResponse(VENDOR, 'the comment is not in the documented shape');
        posted.push(fromSprinklrComment(parsed.data.data));
      } catch (err) {
        warnings.push(
          warningFor(err, ['comments', String(index)], 'The case was saved but this comment was not added'),
        );
      }
    }
    return posted;
  }
}

/**
 * Like Promise.all, but waits for every call to finish before failing, so no request outlives the
 * read that started it; the first failure in argument order is the one thrown.
 */
async function settled<T extends readonly unknown[]>(promises: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const results = await Promise.allSettled(promises);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

function warningFor(err: unknown, path: string[], context: string): OperationWarningModel {
  if (err instanceof CaseError) return { message: `${context}: ${err.message}`, path, code: err.code };
  return { message: `${context}.`, path, code: 'PROVIDER_UNAVAILABLE' };
}
