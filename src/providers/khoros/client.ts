// The KHOROS provider: a client of the Khoros Custom CRM API spec, calling whichever CRM implements
// it at the configured instance URL.
import DataLoader from 'dataloader';
import { CaseError, notFoundError, validationError } from '../../domain/errors.js';
import type { FieldErrorModel } from '../../domain/errors.js';
import type {
  CaseModel,
  CreateCaseInput,
  CustomFieldDefinitionModel,
  InteractionInput,
  MutationOutcome,
  OperationWarningModel,
  ProviderCapabilities,
  UpdateCaseInput,
} from '../../domain/model.js';
import type { KhorosCaseInput } from '../../generated/graphql.js';
import { HttpClient } from '../../http/client.js';
import type { HttpResponse } from '../../http/client.js';
import { failureFromResponse, unexpectedResponse } from '../../http/failure.js';
import type { CaseDataSource, ProviderConnection, SharedSettings } from '../types.js';
import { checkCustomFields, checkInputShape } from '../shared/validation.js';
import { DEFAULT_FIELD_CACHE_TTL_MS, isAgentEmail } from './config.js';
import type { KhorosConfig } from './config.js';
import {
  fromKhorosCase,
  fromKhorosFieldDefinitions,
  khorosFailure,
  khorosFieldPath,
  toKhorosCreateBody,
  toKhorosUpdateBody,
} from './mapping.js';
import type { UnreadableCustomField } from './mapping.js';
import { KHOROS_HEADERS, KHOROS_TEXT, khorosCaseSchema, khorosObjectStructureSchema } from './wire.js';

export const KHOROS_VENDOR_NAME = 'Khoros';

type Operation = 'create' | 'update' | 'lookup' | 'meta';

const isSuccess = (res: HttpResponse): boolean => res.status >= 200 && res.status < 300;

/** Long-lived Khoros state: the HTTP pool, the credentials and the cached `/meta/object/case` definitions. */
export class KhorosConnection implements ProviderConnection {
  readonly http: HttpClient;
  private readonly ttlMs: number;
  private cached: { definitions: CustomFieldDefinitionModel[]; expiresAt: number } | undefined;
  private inFlight: Promise<CustomFieldDefinitionModel[]> | undefined;
  private generation = 0;

  constructor(
    readonly config: KhorosConfig,
    readonly capabilities: ProviderCapabilities,
    shared: SharedSettings,
    private readonly now: () => number = Date.now,
  ) {
    this.http = new HttpClient({ vendorName: KHOROS_VENDOR_NAME, baseUrl: config.baseUrl, timeouts: shared.timeouts });
    this.ttlMs = config.fieldCacheTtlMs ?? DEFAULT_FIELD_CACHE_TTL_MS;
  }

  dataSource(): KhorosDataSource {
    return new KhorosDataSource(this);
  }

  async close(): Promise<void> {
    await this.http.close();
  }

  /** Headers of createCase and updateCase. */
  writeHeaders(agentEmail: string): Record<string, string> {
    return {
      [this.config.authHeader]: this.config.authValue,
      [KHOROS_HEADERS.email]: agentEmail,
      [KHOROS_HEADERS.initiative]: this.config.initiativeId,
      [KHOROS_HEADERS.companyId]: this.config.companyId,
      'content-type': 'application/json',
    };
  }

  /** Headers of lookupCase. */
  lookupHeaders(agentEmail: string): Record<string, string> {
    return {
      [this.config.authHeader]: this.config.authValue,
      [KHOROS_HEADERS.userEmail]: agentEmail,
      [KHOROS_HEADERS.initiative]: this.config.initiativeId,
      [KHOROS_HEADERS.companyId]: this.config.companyId,
    };
  }

  /** Headers of Define Object Structures (no initiative, as documented). */
  metaHeaders(agentEmail: string): Record<string, string> {
    return {
      [this.config.authHeader]: this.config.authValue,
      [KHOROS_HEADERS.userEmail]: agentEmail,
      [KHOROS_HEADERS.companyId]: this.config.companyId,
    };
  }

  /**
   * The CRM's case field definitions, cached for the configured TTL with at most one fetch in flight.
   * Failures are not cached. Fetched as the configured agent: the structure is a company setting.
   */
  async caseFieldDefinitions(): Promise<CustomFieldDefinitionModel[]> {
    if (this.cached && this.cached.expiresAt > this.now()) return this.cached.definitions;
    if (this.inFlight) return this.inFlight;
    const generation = this.generation;
    const fetching = this.fetchCaseFieldDefinitions().then((definitions) => {
      if (generation === this.generation) this.cached = { definitions, expiresAt: this.now() + this.ttlMs };
      return definitions;
    });
    this.inFlight = fetching;
    try {
      return await fetching;
    } finally {
      if (this.inFlight === fetching) this.inFlight = undefined;
    }
  }

  /** Drops the cached definitions, e.g. after the CRM rejected a custom field casegraph thought was declared. */
  invalidateFieldDefinitions(): void {
    this.generation += 1;
    this.cached = undefined;
    this.inFlight = undefined;
  }

  private async fetchCaseFieldDefinitions(): Promise<CustomFieldDefinitionModel[]> {
    const res = await this.http.request({
      method: 'GET',
      path: '/meta/object/case',
      headers: this.metaHeaders(this.config.agentEmail),
    });
    // A CRM that does not define case structures says so with a documented 404: no custom fields.
    if (res.status === 404 && res.text.includes(KHOROS_TEXT.metaTypeNotSupported)) return [];
    if (!isSuccess(res)) throw this.failure(res, 'meta');
    const parsed = khorosObjectStructureSchema.safeParse(res.json);
    if (!parsed.success)
      throw unexpectedResponse(KHOROS_VENDOR_NAME, 'the case object structure does not match the spec');
    return fromKhorosFieldDefinitions(parsed.data);
  }

  /** Turns a non-2xx answer into a CaseError, with vendor field names mapped to input paths. */
  failure(
    res: HttpResponse,
    operation: Operation,
    context: { customFieldKeys?: string[]; caseId?: string } = {},
  ): CaseError {
    const failure = khorosFailure(res);
    // Reads have no input to blame, and a create has no case to be missing: these are the CRM's
    // (or the instance URL's) fault, not the client's.
    if (res.status === 404 && (operation === 'create' || operation === 'meta'))
      failure.type = 'ProviderUnavailableError';
    if ((res.status === 400 || res.status === 422) && (operation === 'lookup' || operation === 'meta')) {
      failure.type = 'ProviderUnavailableError';
    }
    return failureFromResponse(res, failure, {
      vendorName: KHOROS_VENDOR_NAME,
      fieldPath: (vendorField) => khorosFieldPath(vendorField, context.customFieldKeys ?? []),
      caseId: context.caseId,
    });
  }
}

function agentEmailProblems(khoros: KhorosCaseInput | null | undefined): FieldErrorModel[] {
  const email = khoros?.agentEmail;
  if (email === undefined || email === null || isAgentEmail(email)) return [];
  return [{ path: ['khoros', 'agentEmail'], message: 'Khoros needs the agent email as a plain email address.' }];
}

function interactionProblems(interactions: readonly InteractionInput[] | null | undefined): FieldErrorModel[] {
  const problems: FieldErrorModel[] = [];
  (interactions ?? []).forEach((interaction, index) => {
    if (!(interaction.createdAt instanceof Date) || Number.isNaN(interaction.createdAt.getTime())) {
      problems.push({ path: ['interactions', String(index), 'createdAt'], message: 'Expected a valid date-time.' });
    }
  });
  return problems;
}

function unreadableWarnings(unreadable: readonly UnreadableCustomField[]): OperationWarningModel[] {
  return unreadable.map((u) => ({
    path: ['customFields'],
    message: `${u.message} The case was saved; this field is left out of the result.`,
    code: 'PROVIDER_UNAVAILABLE',
  }));
}

/** Khoros cases for one GraphQL request. */
export class KhorosDataSource implements CaseDataSource {
  readonly provider = 'KHOROS' as const;
  private readonly loader: DataLoader<string, CaseModel>;

  constructor(private readonly connection: KhorosConnection) {
    this.loader = new DataLoader<string, CaseModel>(
      async (ids) => Promise.all(ids.map((id) => this.lookupCase(id).catch((err: unknown) => toError(err)))),
      { batch: false },
    );
  }

  async createCase(input: CreateCaseInput): Promise<MutationOutcome> {
    const { capabilities } = this.connection;
    const problems = [
      ...checkInputShape('KHOROS', capabilities, 'create', input),
      ...agentEmailProblems(input.khoros),
      ...interactionProblems(input.interactions),
    ];
    if (problems.length > 0) throw validationError(problems);

    const definitions = await this.connection.caseFieldDefinitions();
    const checked = checkCustomFields(input.customFields, definitions, {
      mode: 'create',
      vendorName: KHOROS_VENDOR_NAME,
    });
    if (checked.problems.length > 0) throw validationError(checked.problems);

    const customFieldKeys = (input.customFields ?? []).map((f) => f.key);
    const res = await this.connection.http.request({
      method: 'POST',
      path: '/case',
      headers: this.connection.writeHeaders(input.khoros?.agentEmail ?? this.connection.config.agentEmail),
      json: toKhorosCreateBody(input, checked.fields),
    });
    if (!isSuccess(res)) throw this.writeFailure(res, 'create', customFieldKeys);
    const parsed = khorosCaseSchema.safeParse(res.json);
    if (!parsed.success) throw unexpectedResponse(KHOROS_VENDOR_NAME, 'the created case does not match the spec');
    const { case: created, unreadable } = fromKhorosCase(parsed.data, definitions);
    this.loader.clear(created.id).prime(created.id, created);
    return { case: created, warnings: unreadableWarnings(unreadable) };
  }

  async updateCase(input: UpdateCaseInput): Promise<MutationOutcome> {
    const { capabilities } = this.connection;
    const problems = [
      ...(input.id.trim() === '' ? [{ path: ['id'], message: 'Khoros needs the case id.' }] : []),
      ...checkInputShape('KHOROS', capabilities, 'update', input),
      ...agentEmailProblems(input.khoros),
      ...interactionProblems(input.interactions),
    ];
    if (input.title !== undefined && input.title !== null && input.title.trim() === '') {
      problems.push({ path: ['title'], message: 'Khoros cases need a non-empty title.' });
    }
    const changes =
      (input.title !== undefined && input.title !== null) ||
      (input.interactions?.length ?? 0) > 0 ||
      (input.customFields?.length ?? 0) > 0;
    if (problems.length > 0) throw validationError(problems);
    // Nothing to change: answer with the case as it is, as PATCH with no changes would.
    if (!changes) return { case: await this.getCase(input.id), warnings: [] };

    const definitions = await this.connection.caseFieldDefinitions();
    const checked = checkCustomFields(input.customFields, definitions, {
      mode: 'update',
      vendorName: KHOROS_VENDOR_NAME,
    });
    if (checked.problems.length > 0) throw validationError(checked.problems);

    const customFieldKeys = (input.customFields ?? []).map((f) => f.key);
    const res = await this.connection.http.request({
      method: 'PATCH',
      path: `/case/${encodeURIComponent(input.id)}`,
      headers: this.connection.writeHeaders(input.khoros?.agentEmail ?? this.connection.config.agentEmail),
      json: toKhorosUpdateBody(input, checked.fields),
    });
    if (!isSuccess(res)) throw this.writeFailure(res, 'update', customFieldKeys, input.id);
    const parsed = khorosCaseSchema.safeParse(res.json);
    if (!parsed.success) throw unexpectedResponse(KHOROS_VENDOR_NAME, 'the updated case does not match the spec');
    const { case: updated, unreadable } = fromKhorosCase(parsed.data, definitions);
    this.loader.clear(input.id).prime(input.id, updated);
    return { case: updated, warnings: unreadableWarnings(unreadable) };
  }

  getCase(id: string): Promise<CaseModel> {
    return this.loader.load(id);
  }

  customFieldDefinitions(): Promise<CustomFieldDefinitionModel[]> {
    return this.connection.caseFieldDefinitions();
  }

  private async lookupCase(id: string): Promise<CaseModel> {
    if (id.trim() === '') throw notFoundError(id, KHOROS_VENDOR_NAME);
    const definitions = await this.connection.caseFieldDefinitions();
    const res = await this.connection.http.request({
      method: 'GET',
      path: `/case/${encodeURIComponent(id)}`,
      headers: this.connection.lookupHeaders(this.connection.config.agentEmail),
    });
    if (!isSuccess(res)) throw this.connection.failure(res, 'lookup', { caseId: id });
    const parsed = khorosCaseSchema.safeParse(res.json);
    if (!parsed.success) throw unexpectedResponse(KHOROS_VENDOR_NAME, 'the case does not match the spec');
    const { case: found, unreadable } = fromKhorosCase(parsed.data, definitions);
    // Nothing was written, so there is no partial success to protect: a value that breaks its
    // declared type is the CRM's fault and is reported as such.
    const [first] = unreadable;
    if (first) {
      throw unexpectedResponse(
        KHOROS_VENDOR_NAME,
        `custom field ${JSON.stringify(first.key)} does not have its declared type`,
      );
    }
    return found;
  }

  private writeFailure(
    res: HttpResponse,
    operation: 'create' | 'update',
    customFieldKeys: string[],
    caseId?: string,
  ): CaseError {
    // The CRM rejected the body: if custom fields were sent, the cached definitions may be stale.
    if (res.status === 400 && customFieldKeys.length > 0) this.connection.invalidateFieldDefinitions();
    return this.connection.failure(res, operation, { customFieldKeys, caseId });
  }
}

function toError(err: unknown): Error {
  return err instanceof Error
    ? err
    : new CaseError('ProviderUnavailableError', 'The Khoros request failed.', { cause: err });
}
