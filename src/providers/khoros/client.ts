// The KHOROS provider: a client of the Khoros Custom CRM API spec, calling whichever CRM implements
// it at the configured instance URL.
import { isCaseError, notFoundError, validationError } from '../../domain/errors.js';
import { emulatedPage, offsetOf } from '../../domain/listing.js';
import type { ProviderListPage, ProviderListRequest } from '../../domain/listing.js';
import type { FieldErrorModel } from '../../domain/errors.js';
import type {
  CaseModel,
  CreateCaseInput,
  CustomFieldDefinitionModel,
  MutationOutcome,
  OperationWarningModel,
  ProviderCapabilities,
  UpdateCaseInput,
} from '../../domain/model.js';
import type { HttpResponse } from '../../http/client.js';
import { unexpectedResponse } from '../../http/failure.js';
import type { Deadline } from '../../http/deadline.js';
import { VendorApi } from '../../http/vendorApi.js';
import { SingleFlightCache } from '../shared/cache.js';
import { applyNativeRules } from '../shared/listing.js';
import { ConnectedDataSource } from '../shared/dataSource.js';
import type { WriteMode } from '../shared/dataSource.js';
import { checkCustomFields } from '../shared/validation.js';
import type { CheckedCustomField } from '../shared/validation.js';
import type { ProviderConnection, SharedSettings } from '../types.js';
import { DEFAULT_DEFINITIONS_TTL_MS } from './config.js';
import type { KhorosConfig } from './config.js';
import { KHOROS_OPERATIONS, classifyKhorosFailure, khorosFieldPath } from './errors.js';
import { khorosListingRules, khorosPositionOf, toKhorosPosition } from './listing.js';
import {
  fromKhorosCase,
  fromKhorosCustomers,
  fromKhorosFieldDefinitions,
  khorosCustomerLookupOf,
  toKhorosBestMatchBody,
  toKhorosCreateBody,
  toKhorosCustomerSearchBody,
  toKhorosUpdateBody,
  withKhorosRequesterEmail,
} from './mapping.js';
import type { KhorosCustomerLookup, KhorosCustomerQuery, UnreadableCustomField } from './mapping.js';
import { isKhorosCaseId, isKhorosCustomerId, khorosInputProblems } from './validation.js';
import {
  KHOROS_HEADERS,
  KHOROS_TEXT,
  khorosCaseListSchema,
  khorosCaseSchema,
  khorosCustomersAnswerSchema,
  khorosObjectStructureSchema,
} from './wire.js';
import type { KhorosCase, KhorosCustomer, KhorosObjectStructure } from './wire.js';

export const KHOROS_VENDOR_NAME = 'Khoros';

const casePath = (id: string): string => `/case/${encodeURIComponent(id)}`;

const customerCasesPath = (customerId: string): string => `/customer/${encodeURIComponent(customerId)}/cases`;

/** The structure a CRM that defines no case structures answers with its documented 404: no custom fields. */
const NO_STRUCTURE: KhorosObjectStructure = { name: 'case', fields: [] };
/** Likewise for the customer object: no searchable fields, so customers are found by bestmatch. */
const NO_CUSTOMER_STRUCTURE: KhorosObjectStructure = { name: 'customer', fields: [] };

const metaTypeNotSupported = (res: HttpResponse): boolean =>
  res.status === 404 && res.text.includes(KHOROS_TEXT.metaTypeNotSupported);

/**
 * Long-lived Khoros state: the request funnel, the credentials, the cached `/meta/object/case`
 * definitions and the cached `/meta/object/customer` reading of how customers are found by email.
 */
export class KhorosConnection implements ProviderConnection {
  readonly api: VendorApi;
  readonly definitions: SingleFlightCache<CustomFieldDefinitionModel[]>;
  readonly customerLookup: SingleFlightCache<KhorosCustomerLookup>;

  get vendorApis(): readonly VendorApi[] {
    return [this.api];
  }

  constructor(
    readonly config: KhorosConfig,
    readonly capabilities: ProviderCapabilities,
    shared: SharedSettings,
    now: () => number = Date.now,
  ) {
    this.api = new VendorApi({
      provider: 'KHOROS',
      vendorName: KHOROS_VENDOR_NAME,
      baseUrl: config.baseUrl,
      timeouts: shared.timeouts,
      resilience: shared.resilience,
      // The shared secret and the company go on every call; the agent and initiative headers differ per operation.
      headers: { [config.authHeader]: config.authValue, [KHOROS_HEADERS.companyId]: config.companyId },
      classify: classifyKhorosFailure,
      quota: shared.quota,
    });
    this.definitions = new SingleFlightCache({
      // Fetched as the configured agent: the structure is a company setting.
      fetch: async (deadline) =>
        fromKhorosFieldDefinitions(
          await this.api.within(deadline).call({
            operation: KHOROS_OPERATIONS.meta,
            effect: 'read',
            method: 'GET',
            path: '/meta/object/case',
            headers: { [KHOROS_HEADERS.userEmail]: config.agentEmail },
            expect: khorosObjectStructureSchema,
            what: 'the case object structure',
            recover: (res: HttpResponse) => (metaTypeNotSupported(res) ? NO_STRUCTURE : undefined),
          }),
        ),
      ttlMs: config.definitionsTtlMs ?? DEFAULT_DEFINITIONS_TTL_MS,
      now,
    });
    this.customerLookup = new SingleFlightCache({
      fetch: async (deadline) =>
        khorosCustomerLookupOf(
          await this.api.within(deadline).call({
            operation: KHOROS_OPERATIONS.meta,
            effect: 'read',
            method: 'GET',
            path: '/meta/object/customer',
            headers: { [KHOROS_HEADERS.userEmail]: config.agentEmail },
            expect: khorosObjectStructureSchema,
            what: 'the customer object structure',
            recover: (res: HttpResponse) => (metaTypeNotSupported(res) ? NO_CUSTOMER_STRUCTURE : undefined),
          }),
        ),
      ttlMs: config.definitionsTtlMs ?? DEFAULT_DEFINITIONS_TTL_MS,
      now,
    });
  }

  dataSource(deadline?: Deadline): KhorosDataSource {
    return new KhorosDataSource(this, deadline);
  }

  async close(): Promise<void> {
    await this.api.close();
  }

  /** Headers of createCase and updateCase (the spec's `x-sf-email`, with the initiative). */
  writeHeaders(agentEmail: string): Record<string, string> {
    return { [KHOROS_HEADERS.email]: agentEmail, [KHOROS_HEADERS.initiative]: this.config.initiativeId };
  }

  /** Headers of lookupCase and of every customer endpoint (the spec's `x-sf-user-email`, with the initiative). */
  lookupHeaders(): Record<string, string> {
    return {
      [KHOROS_HEADERS.userEmail]: this.config.agentEmail,
      [KHOROS_HEADERS.initiative]: this.config.initiativeId,
    };
  }
}

function unreadableWarnings(unreadable: readonly UnreadableCustomField[]): OperationWarningModel[] {
  return unreadable.map((u) => ({
    path: ['customFields'],
    message: `${u.message} The case was saved; this field is left out of the result.`,
    code: 'PROVIDER_UNAVAILABLE',
  }));
}

/** Khoros cases for one GraphQL request: each case is read with one lookupCase. */
export class KhorosDataSource extends ConnectedDataSource<KhorosConnection> {
  readonly provider = 'KHOROS' as const;
  protected readonly capabilities: ProviderCapabilities = this.connection.capabilities;

  getCase(id: string): Promise<CaseModel> {
    return this.cases.load(id);
  }

  customFieldDefinitions(): Promise<CustomFieldDefinitionModel[]> {
    return this.connection.definitions.get(this.deadline);
  }

  protected inputProblems(mode: WriteMode, input: CreateCaseInput | UpdateCaseInput): FieldErrorModel[] {
    return khorosInputProblems(mode, input);
  }

  protected async create(input: CreateCaseInput): Promise<MutationOutcome> {
    const { definitions, fields } = await this.checkedCustomFields(input, 'create');
    const sent = await this.write(input, {
      operation: KHOROS_OPERATIONS.create,
      method: 'POST',
      path: '/case',
      json: toKhorosCreateBody(input, fields),
      what: 'the created case',
    });
    const { case: created, unreadable } = fromKhorosCase(sent, definitions);
    this.cases.clear(created.id).prime(created.id, created);
    return { case: created, warnings: unreadableWarnings(unreadable) };
  }

  protected async update(input: UpdateCaseInput): Promise<MutationOutcome> {
    const changes =
      (input.title !== undefined && input.title !== null) ||
      (input.interactions?.length ?? 0) > 0 ||
      (input.customFields?.length ?? 0) > 0;
    // Nothing to change: answer with the case as it is, as PATCH with no changes would.
    if (!changes) return { case: await this.getCase(input.id), warnings: [] };

    const { definitions, fields } = await this.checkedCustomFields(input, 'update');
    const sent = await this.write(input, {
      operation: KHOROS_OPERATIONS.update,
      method: 'PATCH',
      path: casePath(input.id),
      json: toKhorosUpdateBody(input, fields),
      what: 'the updated case',
      caseId: input.id,
    });
    const { case: updated, unreadable } = fromKhorosCase(sent, definitions);
    this.cases.clear(input.id).prime(input.id, updated);
    return { case: updated, warnings: unreadableWarnings(unreadable) };
  }

  private async checkedCustomFields(
    input: CreateCaseInput | UpdateCaseInput,
    mode: WriteMode,
  ): Promise<{ definitions: CustomFieldDefinitionModel[]; fields: CheckedCustomField[] }> {
    const definitions = await this.connection.definitions.get(this.deadline);
    const checked = checkCustomFields(input.customFields, definitions, { mode, vendorName: KHOROS_VENDOR_NAME });
    if (checked.problems.length > 0) throw validationError(checked.problems);
    return { definitions, fields: checked.fields };
  }

  /** createCase or updateCase, as the input's agent (or the configured one). */
  private async write(
    input: CreateCaseInput | UpdateCaseInput,
    call: {
      operation: string;
      method: 'POST' | 'PATCH';
      path: string;
      json: unknown;
      what: string;
      caseId?: string;
    },
  ): Promise<KhorosCase> {
    const customFieldKeys = (input.customFields ?? []).map((f) => f.key);
    try {
      return await this.api.call({
        ...call,
        effect: 'write',
        headers: this.connection.writeHeaders(input.khoros?.agentEmail ?? this.connection.config.agentEmail),
        expect: khorosCaseSchema,
        caseIdOf: (written) => written.id,
        fieldPath: (vendorField) => khorosFieldPath(vendorField, customFieldKeys),
      });
    } catch (err) {
      // The CRM rejected the body: if custom fields were sent, the cached definitions may be stale.
      if (customFieldKeys.length > 0 && isFieldRefusal(err)) this.connection.definitions.invalidate();
      throw err;
    }
  }

  /**
   * A page of one customer's cases. The first page finds the customer by the requester's email
   * (searchCustomers, or bestmatchCustomers where the CRM declares no searchable email field);
   * every page then makes ONE findCases call and casegraph filters, orders and slices the answer.
   * The position keeps the customer, so later pages skip the search.
   */
  async listCases(request: ProviderListRequest): Promise<ProviderListPage> {
    const at = khorosPositionOf(request.position);
    const query = applyNativeRules<KhorosCustomerQuery>(khorosListingRules, {}, request.filter, request.order);
    if (query.email === undefined) {
      throw validationError(
        [{ path: ['filter', 'requesterEmail'], message: "Khoros lists one customer's cases: pass `requesterEmail`." }],
        'Khoros cannot list cases without `filter.requesterEmail`.',
      );
    }
    const warnings: OperationWarningModel[] = [];
    let customerId: string;
    if (at) {
      customerId = at.customerId;
    } else {
      const [customer, ...others] = await this.findCustomers(query.email);
      if (!customer) return { cases: [], positionAfter: () => null, totalCount: 0, warnings: [] };
      if (!isKhorosCustomerId(customer.id)) {
        throw unexpectedResponse(KHOROS_VENDOR_NAME, 'the customer found has an id casegraph cannot put in a URL path');
      }
      customerId = customer.id;
      if (others.length > 0) warnings.push(severalCustomersWarning(query.email, customerId, others.length + 1));
    }

    const definitions = await this.connection.definitions.get(this.deadline);
    const wire = await this.api.call({
      operation: KHOROS_OPERATIONS.findCases,
      effect: 'read',
      method: 'GET',
      path: customerCasesPath(customerId),
      headers: this.connection.lookupHeaders(),
      expect: khorosCaseListSchema,
      what: "the customer's cases",
      // The customer of a later page is gone: it has no cases left to list.
      recover: (res: HttpResponse) =>
        res.status === 404 && res.text.includes(KHOROS_TEXT.customerNotFound) ? [] : undefined,
    });

    const all: CaseModel[] = [];
    for (const item of wire) {
      const { case: read, unreadable } = fromKhorosCase(item, definitions);
      const listed = withKhorosRequesterEmail(read, query.email);
      all.push(listed);
      // The answer carries whole cases: nested fields cost no second read. A case with a value
      // that breaks its declared type is not primed, so reading it whole reports that error.
      if (unreadable.length === 0) this.cases.prime(listed.id, listed);
      else warnings.push(...unreadableListWarnings(listed.id, unreadable));
    }

    const page = emulatedPage('KHOROS', KHOROS_VENDOR_NAME, all, {
      ...request,
      // Applied by the customer lookup, not by casegraph over the cases.
      filter: { ...request.filter, requesterEmail: null },
      position: at ? { offset: at.offset } : null,
    });
    return {
      cases: page.cases,
      positionAfter: (taken) => {
        const after = page.positionAfter(taken);
        return after === null ? null : toKhorosPosition({ offset: offsetOf(after), customerId });
      },
      totalCount: page.totalCount,
      warnings: [...warnings, ...page.warnings],
    };
  }

  /** The customers with this email: searchCustomers on the declared email field, or bestmatchCustomers. */
  private async findCustomers(email: string): Promise<KhorosCustomer[]> {
    const lookup = await this.connection.customerLookup.get(this.deadline);
    const post = async (operation: string, path: string, json: unknown): Promise<KhorosCustomer[]> =>
      fromKhorosCustomers(
        await this.api.call({
          operation,
          effect: 'read',
          method: 'POST',
          path,
          json,
          headers: this.connection.lookupHeaders(),
          expect: khorosCustomersAnswerSchema,
          what: 'the customers found',
        }),
      );
    if (lookup.operation === 'bestmatchCustomers') {
      return post(KHOROS_OPERATIONS.bestmatchCustomers, '/customer/bestmatch', toKhorosBestMatchBody(email));
    }
    try {
      return await post(
        KHOROS_OPERATIONS.searchCustomers,
        '/customers',
        toKhorosCustomerSearchBody(lookup.emailField, email),
      );
    } catch (err) {
      // The CRM refused the search (a 4xx): the email field may no longer be searchable.
      if (isCaseError(err) && !err.retriable) this.connection.customerLookup.invalidate();
      throw err;
    }
  }

  protected async readCase(id: string): Promise<CaseModel> {
    // Never a URL path casegraph did not mean to call (a dot segment, a slash): no such case.
    if (!isKhorosCaseId(id)) throw notFoundError(id, KHOROS_VENDOR_NAME);
    const definitions = await this.connection.definitions.get(this.deadline);
    const wire = await this.api.call({
      operation: KHOROS_OPERATIONS.lookup,
      effect: 'read',
      method: 'GET',
      path: casePath(id),
      headers: this.connection.lookupHeaders(),
      expect: khorosCaseSchema,
      what: 'the case',
      caseId: id,
    });
    const { case: found, unreadable } = fromKhorosCase(wire, definitions);
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
}

function severalCustomersWarning(email: string, customerId: string, count: number): OperationWarningModel {
  return {
    path: ['cases'],
    code: 'LIST_TRUNCATED',
    message:
      `Khoros found ${count} customers with the email ${JSON.stringify(email)}; casegraph lists the cases of the ` +
      `first one it answered (customer ${JSON.stringify(customerId)}) only, so the others' cases are missing from this list.`,
  };
}

function unreadableListWarnings(caseId: string, unreadable: readonly UnreadableCustomField[]): OperationWarningModel[] {
  return unreadable.map((u) => ({
    path: ['cases'],
    code: 'PROVIDER_UNAVAILABLE',
    message: `Khoros case ${JSON.stringify(caseId)}: ${u.message} The field is left out of the listed case.`,
  }));
}

const isFieldRefusal = (err: unknown): boolean => isCaseError(err) && err.type === 'ValidationError';
