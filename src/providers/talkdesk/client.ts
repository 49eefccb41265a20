// The Talkdesk provider: a long-lived connection (VendorApis for the Case API and the token service,
// the OAuth token, cached field definitions) and a per-request datasource over it.
import { notFoundError, validationError } from '../../domain/errors.js';
import { badPosition, offsetOf } from '../../domain/listing.js';
import type { ProviderListPage, ProviderListRequest } from '../../domain/listing.js';
import type { FieldErrorModel } from '../../domain/errors.js';
import type {
  CaseModel,
  CreateCaseInput,
  CustomFieldDefinitionModel,
  CustomFieldInput,
  MutationOutcome,
  UpdateCaseInput,
} from '../../domain/model.js';
import type { Deadline } from '../../http/deadline.js';
import { VendorApi } from '../../http/vendorApi.js';
import { SingleFlightCache } from '../shared/cache.js';
import { ConnectedDataSource } from '../shared/dataSource.js';
import type { WriteMode } from '../shared/dataSource.js';
import { checkCustomFields } from '../shared/validation.js';
import type { CheckedCustomField } from '../shared/validation.js';
import type { ProviderConnection, SharedSettings } from '../types.js';
import { TalkdeskBearerCredentials, TalkdeskTokenSource } from './auth.js';
import { talkdeskCapabilities } from './capabilities.js';
import type { TalkdeskConfig } from './config.js';
import {
  classifyTalkdeskFailure,
  classifyTalkdeskTokenFailure,
  talkdeskFieldPath,
  talkdeskListFieldPath,
} from './errors.js';
import { talkdeskListingRules } from './listing.js';
import {
  TALKDESK_VENDOR_NAME,
  fromTalkdeskCase,
  fromTalkdeskCaseList,
  fromTalkdeskFieldDefinitions,
  talkdeskListWindow,
  toTalkdeskCreateBody,
  toTalkdeskListQuery,
  toTalkdeskListTime,
  toTalkdeskUpdateBody,
} from './mapping.js';
import type { TalkdeskFieldCatalog } from './mapping.js';
import {
  checkTalkdeskCustomFields,
  requiredToSolveNotSent,
  talkdeskInputProblems,
  talkdeskSolveProblems,
} from './validation.js';
import {
  talkdeskCaseDetailsSchema,
  talkdeskCaseListSchema,
  talkdeskCaseSchema,
  talkdeskFieldDefinitionsSchema,
} from './wire.js';

export const TALKDESK_CASES_PATH = '/cm/core/va/cases';
export const TALKDESK_FIELDS_PATH = '/cm/meta/va/fields';
/** get-case-list's largest `page`. */
const TALKDESK_MAX_PAGE = 2_147_483_647;
export const DEFAULT_DEFINITIONS_TTL_MS = 5 * 60_000;
const EMPTY_CATALOG: TalkdeskFieldCatalog = { definitions: [], trees: new Map() };

export interface TalkdeskConnectionOptions {
  /** Clock for token and cache expiry (tests). */
  now?: () => number;
}

export class TalkdeskConnection implements ProviderConnection {
  /** The Case API, every call with a bearer token from the token service. */
  readonly api: VendorApi;
  /** Custom-field definitions with their option trees, one fetch per TTL for the whole process. */
  readonly definitions: SingleFlightCache<TalkdeskFieldCatalog>;
  /** The token service: another origin (https://{account}.talkdeskid.com), with its own pool. */
  private readonly tokenApi: VendorApi;

  get vendorApis(): readonly VendorApi[] {
    return [this.api, this.tokenApi];
  }

  constructor(
    readonly config: TalkdeskConfig,
    shared: SharedSettings,
    options: TalkdeskConnectionOptions = {},
  ) {
    const now = options.now ?? Date.now;
    const tokenUrl = new URL(config.tokenUrl);
    this.tokenApi = new VendorApi({
      provider: 'TALKDESK',
      api: 'oauth',
      vendorName: TALKDESK_VENDOR_NAME,
      baseUrl: tokenUrl.origin,
      timeouts: shared.timeouts,
      resilience: shared.resilience,
      connections: 4,
      classify: classifyTalkdeskTokenFailure,
    });
    const tokens = new TalkdeskTokenSource({
      api: this.tokenApi,
      path: tokenUrl.pathname,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      scopes: config.scopes,
      now,
    });
    this.api = new VendorApi({
      provider: 'TALKDESK',
      vendorName: TALKDESK_VENDOR_NAME,
      baseUrl: config.baseUrl,
      timeouts: shared.timeouts,
      resilience: shared.resilience,
      credentials: new TalkdeskBearerCredentials(tokens),
      classify: classifyTalkdeskFailure,
      quota: shared.quota,
    });
    this.definitions = new SingleFlightCache({
      fetch: async (deadline) =>
        fromTalkdeskFieldDefinitions(
          await this.api.call(
            {
              operation: 'listCaseFields',
              effect: 'read',
              method: 'GET',
              path: TALKDESK_FIELDS_PATH,
              expect: talkdeskFieldDefinitionsSchema,
              what: 'the case field list',
            },
            deadline,
          ),
        ),
      ttlMs: config.definitionsTtlMs ?? DEFAULT_DEFINITIONS_TTL_MS,
      now,
    });
  }

  dataSource(deadline?: Deadline): TalkdeskDataSource {
    return new TalkdeskDataSource(this, deadline);
  }

  async close(): Promise<void> {
    await Promise.all([this.api.close(), this.tokenApi.close()]);
  }
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

const keysOf = (values: readonly CustomFieldInput[] | null | undefined): string[] => (values ?? []).map((v) => v.key);

export class TalkdeskDataSource extends ConnectedDataSource<TalkdeskConnection> {
  readonly provider = 'TALKDESK';
  protected readonly capabilities = talkdeskCapabilities;

  getCase(id: string): Promise<CaseModel> {
    return this.cases.load(id);
  }

  /**
   * A lost create found in the case list (get-case-list): created since the attempt, with the
   * title, description and requester it sent. The list's `title` filter matches part of a title, so
   * the match is checked exactly here; anything but exactly one such case is no answer.
   */
  override async findCreated(input: CreateCaseInput, since: Date): Promise<CaseModel | undefined> {
    const title = input.title ?? '';
    const description = input.description ?? '';
    const email = input.requester?.email ?? undefined;
    // The list's create_at has whole seconds: the window opens at the second before the attempt.
    const from = new Date(Math.floor(since.getTime() / 1000) * 1000 - 1000);
    const page = await this.api.call({
      operation: 'findCreatedCase',
      effect: 'read',
      method: 'GET',
      path: TALKDESK_CASES_PATH,
      query: {
        title,
        create_at: JSON.stringify([toTalkdeskListTime(from), toTalkdeskListTime(new Date(Date.now() + 60_000))]),
        ...(email === undefined ? {} : { requester_email: email }),
        order_by: 'create_at',
        sort: 'desc',
        per_page: '50',
      },
      expect: talkdeskCaseListSchema,
      what: 'the case list',
    });
    const matches = page._embedded.data.filter(
      (c) =>
        (c.title ?? '') === title &&
        (c.description ?? '') === description &&
        (email === undefined || (c.requester_email ?? '').toLowerCase() === email.toLowerCase()),
    );
    const [only] = matches;
    if (matches.length !== 1 || only === undefined) return undefined;
    return this.getCase(only.id);
  }

  /**
   * One get-case-list call for the `first` cases from `{offset}` (the position: an index into the
   * filtered, ordered list): the page and `per_page` are chosen so that one page holds them all.
   * List items carry the whole case (notes, custom fields), so each primes this request's loader.
   */
  async listCases(request: ProviderListRequest): Promise<ProviderListPage> {
    const offset = offsetOf(request.position);
    const window = talkdeskListWindow(offset, request.first);
    // get-case-list pages run to 2147483647: an offset past them was not written by casegraph.
    if (window.page > TALKDESK_MAX_PAGE) throw badPosition();
    // Built (and refused, for a filter Talkdesk cannot take) before any call.
    const query = toTalkdeskListQuery(talkdeskListingRules, request, window);
    const [list, catalog] = await Promise.all([
      this.api.call({
        operation: 'listCases',
        effect: 'read',
        method: 'GET',
        path: TALKDESK_CASES_PATH,
        query,
        expect: talkdeskCaseListSchema,
        what: 'the case list',
        fieldPath: talkdeskListFieldPath,
      }),
      this.catalogForReading(),
    ]);
    const { cases, total } = fromTalkdeskCaseList(list, window, request.first, catalog);
    for (const c of cases) this.cases.prime(c.id, c);
    return {
      cases,
      positionAfter: (taken) => (offset + taken < total ? { offset: offset + taken } : null),
      totalCount: total,
      warnings: [],
    };
  }

  async customFieldDefinitions(): Promise<CustomFieldDefinitionModel[]> {
    return (await this.connection.definitions.get(this.deadline)).definitions;
  }

  protected inputProblems(mode: WriteMode, input: CreateCaseInput | UpdateCaseInput): FieldErrorModel[] {
    return talkdeskInputProblems(mode, input);
  }

  protected async create(input: CreateCaseInput): Promise<MutationOutcome> {
    const { fields, catalog } = await this.checkCustomFields(input.customFields, 'create');
    const wire = await this.api.call({
      operation: 'createCase',
      effect: 'write',
      method: 'POST',
      path: TALKDESK_CASES_PATH,
      json: toTalkdeskCreateBody(input, fields),
      expect: talkdeskCaseDetailsSchema,
      what: 'the created case',
      caseIdOf: (created) => created.id,
      fieldPath: (field) => talkdeskFieldPath(field, keysOf(input.customFields)),
    });
    return { case: fromTalkdeskCase(wire, catalog ?? (await this.catalogForReading())), warnings: [] };
  }

  protected async update(input: UpdateCaseInput): Promise<MutationOutcome> {
    assertCaseId(input.id);
    const resolving = input.status === 'RESOLVED';
    const { fields, catalog } = await this.checkCustomFields(input.customFields, 'update', resolving);
    if (resolving && catalog) await this.assertSolvable(input, catalog);
    const body = toTalkdeskUpdateBody(input, fields, catalog ?? EMPTY_CATALOG);
    if (Object.keys(body).length === 0) {
      // Nothing to change: answer with the case as it is rather than sending an empty PATCH.
      return { case: await this.getCase(input.id), warnings: [] };
    }
    const wire = await this.api.call({
      operation: 'updateCase',
      effect: 'write',
      method: 'PATCH',
      path: casePath(input.id),
      json: body,
      expect: talkdeskCaseSchema,
      what: 'the updated case',
      caseId: input.id,
      fieldPath: (field) => talkdeskFieldPath(field, keysOf(input.customFields)),
    });
    this.cases.clear(input.id);
    return { case: fromTalkdeskCase(wire, catalog ?? (await this.catalogForReading())), warnings: [] };
  }

  protected async readCase(id: string): Promise<CaseModel> {
    assertCaseId(id);
    const [wire, catalog] = await Promise.all([
      this.api.call({
        operation: 'getCase',
        effect: 'read',
        method: 'GET',
        path: casePath(id),
        expect: talkdeskCaseDetailsSchema,
        what: 'the case',
        caseId: id,
      }),
      this.catalogForReading(),
    ]);
    return fromTalkdeskCase(wire, catalog);
  }

  /** Definitions for typing a case's custom fields; without them values are typed by key prefix. */
  private async catalogForReading(): Promise<TalkdeskFieldCatalog | undefined> {
    try {
      return await this.connection.definitions.get(this.deadline);
    } catch {
      return undefined;
    }
  }

  /**
   * Talkdesk refuses to solve a case while a field marked required (to solve) has no value: refused
   * here first, looking at the case's own values (one read) only for fields the input does not set.
   */
  private async assertSolvable(input: UpdateCaseInput, catalog: TalkdeskFieldCatalog): Promise<void> {
    const notSent = requiredToSolveNotSent(input.customFields, catalog.definitions);
    const onCase = notSent.length > 0 ? (await this.cases.load(input.id)).customFields : [];
    const problems = talkdeskSolveProblems(input.customFields, catalog.definitions, onCase);
    if (problems.length > 0) throw validationError(problems);
  }

  /** Checks the input's custom fields against the definitions, fetched when there are values or `needed`. */
  private async checkCustomFields(
    values: readonly CustomFieldInput[] | null | undefined,
    mode: WriteMode,
    needed = false,
  ): Promise<{ fields: CheckedCustomField[]; catalog: TalkdeskFieldCatalog | undefined }> {
    if ((!values || values.length === 0) && !needed) return { fields: [], catalog: undefined };
    const catalog = await this.connection.definitions.get(this.deadline);
    const checked = checkCustomFields(values, catalog.definitions, { mode, vendorName: TALKDESK_VENDOR_NAME });
    const problems: FieldErrorModel[] = [...checked.problems, ...checkTalkdeskCustomFields(values, catalog)];
    if (problems.length > 0) throw validationError(problems);
    return { fields: checked.fields, catalog };
  }
}
