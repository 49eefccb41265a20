// The Talkdesk provider: a long-lived connection (HTTP pools for the API and the token service, the
// OAuth token, cached field definitions) and a per-request datasource over it.
import DataLoader from 'dataloader';
import type { z } from 'zod';
import { CaseError, notFoundError, validationError } from '../../domain/errors.js';
import type { FieldErrorModel } from '../../domain/errors.js';
import type {
  CaseModel,
  CreateCaseInput,
  CustomFieldDefinitionModel,
  CustomFieldInput,
  MutationOutcome,
  UpdateCaseInput,
} from '../../domain/model.js';
import { HttpClient } from '../../http/client.js';
import type { HttpRequest, HttpResponse } from '../../http/client.js';
import { failureFromResponse, unexpectedResponse } from '../../http/failure.js';
import type { CaseDataSource, ProviderConnection, SharedSettings } from '../types.js';
import { checkCustomFields, checkInputShape } from '../shared/validation.js';
import type { CheckedCustomField } from '../shared/validation.js';
import { TalkdeskTokenSource } from './auth.js';
import { talkdeskCapabilities } from './capabilities.js';
import type { TalkdeskConfig } from './config.js';
import {
  TALKDESK_VENDOR_NAME,
  checkTalkdeskCustomFields,
  fromTalkdeskCase,
  fromTalkdeskFieldDefinitions,
  talkdeskFailure,
  talkdeskFieldPath,
  talkdeskUpdateProblems,
  toTalkdeskCreateBody,
  toTalkdeskUpdateBody,
} from './mapping.js';
import type { TalkdeskFieldCatalog } from './mapping.js';
import { talkdeskCaseDetailsSchema, talkdeskCaseSchema, talkdeskFieldDefinitionsSchema } from './wire.js';

export const TALKDESK_CASES_PATH = '/cm/core/va/cases';
export const TALKDESK_FIELDS_PATH = '/cm/meta/va/fields';
const DEFAULT_FIELD_DEFINITIONS_TTL_MS = 5 * 60_000;
const EMPTY_CATALOG: TalkdeskFieldCatalog = { definitions: [], trees: new Map() };

export interface TalkdeskConnectionOptions {
  /** Clock for token and cache expiry (tests). */
  now?: () => number;
}

export class TalkdeskConnection implements ProviderConnection {
  private readonly api: HttpClient;
  private readonly tokenHttp: HttpClient;
  private readonly tokens: TalkdeskTokenSource;
  private readonly now: () => number;
  private readonly fieldsTtlMs: number;
  private catalog: { value: TalkdeskFieldCatalog; expiresAt: number } | undefined;
  private catalogInflight: Promise<TalkdeskFieldCatalog> | undefined;

  constructor(config: TalkdeskConfig, shared: SharedSettings, options: TalkdeskConnectionOptions = {}) {
    this.now = options.now ?? Date.now;
    this.fieldsTtlMs = config.fieldDefinitionsTtlMs ?? DEFAULT_FIELD_DEFINITIONS_TTL_MS;
    this.api = new HttpClient({ vendorName: TALKDESK_VENDOR_NAME, baseUrl: config.baseUrl, timeouts: shared.timeouts });
    const tokenUrl = new URL(config.tokenUrl);
    // The token service is another origin (https://{account}.talkdeskid.com): its own pool.
    this.tokenHttp = new HttpClient({
      vendorName: TALKDESK_VENDOR_NAME,
      baseUrl: tokenUrl.origin,
      timeouts: shared.timeouts,
      connections: 4,
    });
    this.tokens = new TalkdeskTokenSource({
      http: this.tokenHttp,
      path: tokenUrl.pathname,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      scopes: config.scopes,
      now: this.now,
    });
  }

  dataSource(): TalkdeskDataSource {
    return new TalkdeskDataSource(this);
  }

  /**
   * An API call with `Authorization: Bearer`. A 401 means the token died early (revoked, clock
   * skew): the token is dropped, one refresh happens, and the request is retried once.
   */
  async send(req: HttpRequest): Promise<HttpResponse> {
    const attempt = (token: string) =>
      this.api.request({ ...req, headers: { ...req.headers, authorization: `Bearer ${token}` } });
    const token = await this.tokens.token();
    const res = await attempt(token);
    if (res.status !== 401) return res;
    this.tokens.invalidate(token);
    return attempt(await this.tokens.token());
  }

  /** Custom-field definitions, cached for the TTL, one fetch in flight at a time. */
  fieldCatalog(): Promise<TalkdeskFieldCatalog> {
    if (this.catalog && this.now() < this.catalog.expiresAt) return Promise.resolve(this.catalog.value);
    this.catalogInflight ??= this.fetchCatalog().finally(() => {
      this.catalogInflight = undefined;
    });
    return this.catalogInflight;
  }

  async close(): Promise<void> {
    await Promise.all([this.api.close(), this.tokenHttp.close()]);
  }

  private async fetchCatalog(): Promise<TalkdeskFieldCatalog> {
    const res = await this.send({ method: 'GET', path: TALKDESK_FIELDS_PATH });
    const fields = expectOk(res, talkdeskFieldDefinitionsSchema, 'the case field list is not a list of fields', {});
    const value = fromTalkdeskFieldDefinitions(fields);
    this.catalog = { value, expiresAt: this.now() + this.fieldsTtlMs };
    return value;
  }
}

/** A 2xx body parsed with `schema`, or the CaseError the response stands for. */
function expectOk<S extends z.ZodType>(
  res: HttpResponse,
  schema: S,
  what: string,
  ctx: { caseId?: string; customFieldKeys?: readonly string[] },
): z.output<S> {
  if (res.status < 200 || res.status >= 300) {
    throw failureFromResponse(res, talkdeskFailure(res), {
      vendorName: TALKDESK_VENDOR_NAME,
      fieldPath: (field) => talkdeskFieldPath(field, ctx.customFieldKeys ?? []),
      caseId: ctx.caseId,
    });
  }
  const parsed = schema.safeParse(res.json);
  if (!parsed.success) throw unexpectedResponse(TALKDESK_VENDOR_NAME, what);
  return parsed.data;
}

const casePath = (id: string) => `${TALKDESK_CASES_PATH}/${encodeURIComponent(id)}`;

/** Talkdesk case ids are numeric strings from "1"; anything else cannot name a case. */
function assertCaseId(id: string): void {
  if (!/^[1-9]\d*$/.test(id)) {
    throw notFoundError(
      id,
      TALKDESK_VENDOR_NAME,
      `Talkdesk case ids are numeric; there is no case ${JSON.stringify(id)}.`,
    );
  }
}

export class TalkdeskDataSource implements CaseDataSource {
  readonly provider = 'TALKDESK' as const;
  private readonly cases: DataLoader<string, CaseModel>;

  constructor(private readonly connection: TalkdeskConnection) {
    // Talkdesk has no batch read by id: the loader only collapses repeated reads within one request.
    this.cases = new DataLoader<string, CaseModel>((ids) =>
      Promise.all(ids.map((id) => this.fetchCase(id).catch((err: unknown) => asError(err)))),
    );
  }

  async createCase(input: CreateCaseInput): Promise<MutationOutcome> {
    const problems = checkInputShape('TALKDESK', talkdeskCapabilities, 'create', input);
    if (problems.length > 0) throw validationError(problems);
    const { fields, catalog } = await this.checkCustomFields(input.customFields, 'create');
    const body = toTalkdeskCreateBody(input, fields);
    const res = await this.connection.send({ method: 'POST', path: TALKDESK_CASES_PATH, json: body });
    const wire = expectOk(res, talkdeskCaseDetailsSchema, 'the created case is incomplete', {
      customFieldKeys: keysOf(input.customFields),
    });
    return { case: fromTalkdeskCase(wire, catalog ?? (await this.catalogForReading())), warnings: [] };
  }

  async updateCase(input: UpdateCaseInput): Promise<MutationOutcome> {
    const problems = [
      ...checkInputShape('TALKDESK', talkdeskCapabilities, 'update', input),
      ...talkdeskUpdateProblems(input),
    ];
    if (problems.length > 0) throw validationError(problems);
    assertCaseId(input.id);
    const { fields, catalog } = await this.checkCustomFields(input.customFields, 'update');
    const body = toTalkdeskUpdateBody(input, fields, catalog ?? EMPTY_CATALOG);
    if (Object.keys(body).length === 0) {
      // Nothing to change: answer with the case as it is rather than sending an empty PATCH.
      return { case: await this.getCase(input.id), warnings: [] };
    }
    const res = await this.connection.send({ method: 'PATCH', path: casePath(input.id), json: body });
    const wire = expectOk(res, talkdeskCaseSchema, 'the updated case has no id', {
      caseId: input.id,
      customFieldKeys: keysOf(input.customFields),
    });
    this.cases.clear(input.id);
    return { case: fromTalkdeskCase(wire, catalog ?? (await this.catalogForReading())), warnings: [] };
  }

  getCase(id: string): Promise<CaseModel> {
    return this.cases.load(id);
  }

  async customFieldDefinitions(): Promise<CustomFieldDefinitionModel[]> {
    return (await this.connection.fieldCatalog()).definitions;
  }

  private async fetchCase(id: string): Promise<CaseModel> {
    assertCaseId(id);
    const [res, catalog] = await Promise.all([
      this.connection.send({ method: 'GET', path: casePath(id) }),
      this.catalogForReading(),
    ]);
    const wire = expectOk(res, talkdeskCaseDetailsSchema, 'the case is incomplete', { caseId: id });
    return fromTalkdeskCase(wire, catalog);
  }

  /** Definitions for typing a case's custom fields; without them values are typed by key prefix. */
  private async catalogForReading(): Promise<TalkdeskFieldCatalog | undefined> {
    try {
      return await this.connection.fieldCatalog();
    } catch {
      return undefined;
    }
  }

  private async checkCustomFields(
    values: readonly CustomFieldInput[] | null | undefined,
    mode: 'create' | 'update',
  ): Promise<{ fields: CheckedCustomField[]; catalog: TalkdeskFieldCatalog | undefined }> {
    if (!values || values.length === 0) return { fields: [], catalog: undefined };
    const catalog = await this.connection.fieldCatalog();
    const checked = checkCustomFields(values, catalog.definitions, { mode, vendorName: TALKDESK_VENDOR_NAME });
    const problems: FieldErrorModel[] = [...checked.problems, ...checkTalkdeskCustomFields(values, catalog)];
    if (problems.length > 0) throw validationError(problems);
    return { fields: checked.fields, catalog };
  }
}

const keysOf = (values: readonly CustomFieldInput[] | null | undefined): string[] => (values ?? []).map((v) => v.key);

function asError(err: unknown): Error {
  return err instanceof Error
    ? err
    : new CaseError('ProviderUnavailableError', 'The request failed inside casegraph.', { cause: err });
}
