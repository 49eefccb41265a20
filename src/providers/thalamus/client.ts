// Thalamus REST JSON v4 cases over HTTP: one long-lived connection (the VendorApi, cached case type
// definitions) and one datasource per GraphQL request.
import { isCaseError, notFoundError, validationError } from '../../domain/errors.js';
import type { FieldErrorModel } from '../../domain/errors.js';
import { emulatedPage, offsetOf } from '../../domain/listing.js';
import type { ProviderListPage, ProviderListRequest } from '../../domain/listing.js';
import type {
  CaseModel,
  CreateCaseInput,
  CustomFieldDefinitionModel,
  CustomFieldInput,
  MutationOutcome,
  OperationWarningModel,
  UpdateCaseInput,
} from '../../domain/model.js';
import { unexpectedResponse, vendorValidationError } from '../../http/failure.js';
import type { Deadline } from '../../http/deadline.js';
import { VendorApi } from '../../http/vendorApi.js';
import { SingleFlightCache } from '../shared/cache.js';
import { ConnectedDataSource } from '../shared/dataSource.js';
import type { WriteMode } from '../shared/dataSource.js';
import type { CheckedCustomField } from '../shared/validation.js';
import { partFailedWarning } from '../shared/warnings.js';
import type { ProviderConnection, SharedSettings } from '../types.js';
import { thalamusCapabilities } from './capabilities.js';
import type { ThalamusConfig, ThalamusFieldType } from './config.js';
import { classifyThalamusFailure, thalamusFailedSuccess, thalamusFieldPath } from './errors.js';
import {
  allThalamusFieldDefinitions,
  fromThalamusCase,
  mergeThalamusCaseData,
  resolveThalamusStatusNames,
  thalamusFieldDefinitions,
  thalamusFieldTypes,
  thalamusUpdatableFields,
  toThalamusCaseData,
  toThalamusCreateBody,
  toThalamusStatusName,
  toThalamusTransitionBody,
  toThalamusUpdateBody,
} from './mapping.js';
import type { ThalamusStatusNames } from './mapping.js';
import { checkThalamusCustomFields, thalamusInputProblems } from './validation.js';
import {
  thalamusCaseEnvelopeSchema,
  thalamusCaseListSchema,
  thalamusCaseSchema,
  thalamusTypeCategoryListSchema,
} from './wire.js';
import type { ThalamusCase, ThalamusCaseData, ThalamusTypeCategory } from './wire.js';

const VENDOR = 'Thalamus';
export const DEFAULT_DEFINITIONS_TTL_MS = 5 * 60_000;
const CASES = '/api/v4/cases';
const casePath = (id: string): string => `${CASES}/${encodeURIComponent(id)}`;

/** Thalamus case ids are integers (`caseInstanceId`); anything else cannot name a case. */
const isCaseId = (id: string): boolean => /^\d{1,15}$/.test(id);

export interface ThalamusConnectionOptions {
  /** Clock for the definitions cache (tests). */
  now?: () => number;
}

export class ThalamusConnection implements ProviderConnection {
  readonly api: VendorApi;
  /** The case types/categories the touchpoint may use: which code an `InvalidCode` refusal is about. */
  readonly definitions: SingleFlightCache<ThalamusTypeCategory[]>;
  readonly statusNames: ThalamusStatusNames;
  /** The declared type of each caseData key, for reading cases. */
  readonly fieldTypes: ReadonlyMap<string, ThalamusFieldType>;

  get vendorApis(): readonly VendorApi[] {
    return [this.api];
  }

  constructor(
    readonly config: ThalamusConfig,
    shared: SharedSettings,
    options: ThalamusConnectionOptions = {},
  ) {
    this.api = new VendorApi({
      provider: 'THALAMUS',
      vendorName: VENDOR,
      baseUrl: config.baseUrl,
      timeouts: shared.timeouts,
      resilience: shared.resilience,
      // Credentials go in headers only: the query-string form Thalamus also accepts ends up in access logs.
      headers: {
        'Thalamus-Touchpoint': config.touchpoint,
        'Thalamus-Token': config.token,
        ...(config.activity ? { 'Thalamus-Activity': config.activity } : {}),
      },
      classify: classifyThalamusFailure,
      quota: shared.quota,
      failedSuccess: thalamusFailedSuccess,
    });
    this.definitions = new SingleFlightCache({
      fetch: async (deadline) =>
        (
          await this.api.call(
            {
              operation: 'getCaseTypeCategories',
              effect: 'read',
              method: 'GET',
              path: `${CASES}/typecategory`,
              expect: thalamusTypeCategoryListSchema,
              what: 'the case type/category list',
            },
            deadline,
          )
        ).caseTypeCategories,
      ttlMs: config.definitionsTtlMs ?? DEFAULT_DEFINITIONS_TTL_MS,
      ...(options.now ? { now: options.now } : {}),
    });
    this.statusNames = resolveThalamusStatusNames(config.statusNames);
    this.fieldTypes = thalamusFieldTypes(config.caseDataFields);
  }

  dataSource(deadline?: Deadline): ThalamusDataSource {
    return new ThalamusDataSource(this, deadline);
  }

  async close(): Promise<void> {
    await this.api.close();
  }
}

/** Thalamus cases for one GraphQL request: the loader holds Thalamus's own cases, whose caseData an update merges into. */
export class ThalamusDataSource extends ConnectedDataSource<ThalamusConnection, ThalamusCase> {
  readonly provider = 'THALAMUS';
  protected readonly capabilities = thalamusCapabilities;

  async getCase(id: string): Promise<CaseModel> {
    if (!isCaseId(id)) throw notFoundError(id, VENDOR);
    return this.toModel(await this.cases.load(id));
  }

  /**
   * One page of `Query.cases` from Thalamus: ONE `GET /api/v4/cases` (every case of the touchpoint's
   * operator or party, unpaged [D: get-cases]), filtered, counted and sliced by casegraph at `{offset}`
   * (thalamusListingRules). The list carries whole cases, so each primes this request's case loader.
   */
  async listCases(request: ProviderListRequest): Promise<ProviderListPage> {
    // A position casegraph did not write is refused before the vendor is called.
    offsetOf(request.position);
    const { cases } = await this.api.call({
      operation: 'listCases',
      effect: 'read',
      method: 'GET',
      path: CASES,
      expect: thalamusCaseListSchema,
      what: 'the case list',
      fieldPath: thalamusFieldPath,
    });
    const models = cases.map((wire) => {
      this.cases.prime(String(wire.id), wire);
      return this.toModel(wire);
    });
    return emulatedPage(this.provider, VENDOR, models, request);
  }

  async customFieldDefinitions(): Promise<CustomFieldDefinitionModel[]> {
    return allThalamusFieldDefinitions(this.connection.config.caseDataFields);
  }

  protected inputProblems(mode: WriteMode, input: CreateCaseInput | UpdateCaseInput): FieldErrorModel[] {
    const problems = thalamusInputProblems(mode, input);
    // On create the case type is in the input, so its declared fields are known before any call.
    const categoryCode = input.thalamus?.categoryCode;
    const typeCode = input.thalamus?.typeCode;
    if (mode === 'create' && categoryCode && typeCode) {
      problems.push(...this.checkCreateFields(input.customFields, categoryCode, typeCode).problems);
    }
    return problems;
  }

  protected async create(input: CreateCaseInput): Promise<MutationOutcome> {
    const categoryCode = input.thalamus?.categoryCode ?? '';
    const typeCode = input.thalamus?.typeCode ?? '';
    const { fields } = this.checkCreateFields(input.customFields, categoryCode, typeCode);
    const body = toThalamusCreateBody(input, fields, this.connection.statusNames);
    const customFieldKeys = (input.customFields ?? []).map((f) => f.key);
    const created = (
      await this.api
        .call({
          operation: 'createCase',
          effect: 'write',
          method: 'POST',
          path: CASES,
          json: body,
          expect: thalamusCaseEnvelopeSchema,
          what: 'the created case',
          caseIdOf: (created) => String(created.case.id),
          fieldPath: (vendorField) => thalamusFieldPath(vendorField, customFieldKeys),
        })
        .catch(async (err: unknown) => {
          throw await this.pinClassification(err, categoryCode, typeCode);
        })
    ).case;
    this.remember(created);
    return { case: this.toModel(created), warnings: [] };
  }

  protected async update(input: UpdateCaseInput): Promise<MutationOutcome> {
    const id = input.id;
    if (!isCaseId(id)) throw notFoundError(id, VENDOR);

    const t = input.thalamus;
    const customFields = input.customFields ?? [];
    const changesCase =
      (input.comments?.length ?? 0) > 0 ||
      Boolean(t?.resolution) ||
      customFields.length > 0 ||
      Boolean(t?.categoryCode) ||
      Boolean(t?.typeCode);
    const statusName = input.status ? toThalamusStatusName(input.status, this.connection.statusNames) : undefined;

    // Only read the case when the PUT needs its classification or caseData, or nothing else returns it.
    const needsCurrent = changesCase
      ? !t?.categoryCode || !t?.typeCode || customFields.length > 0
      : statusName === undefined;
    const current = needsCurrent ? await this.cases.load(id) : undefined;

    let caseData: ThalamusCaseData | undefined;
    const categoryCode = t?.categoryCode || current?.categoryCode || '';
    const typeCode = t?.typeCode || current?.typeCode || '';
    if (customFields.length > 0 && current) {
      const sameType = categoryCode === current.categoryCode && typeCode === current.typeCode;
      const declared = this.connection.config.caseDataFields;
      // The case's own caseData names the fields of its type; after a change of type only declarations can.
      const definitions = sameType
        ? thalamusUpdatableFields(declared, current)
        : thalamusFieldDefinitions(declared, categoryCode, typeCode);
      const checked = checkThalamusCustomFields(customFields, definitions, { mode: 'update', categoryCode, typeCode });
      if (checked.problems.length > 0) throw validationError(checked.problems);
      caseData = mergeThalamusCaseData(current.caseData, toThalamusCaseData(checked.fields), definitions, sameType);
    }

    let latest: ThalamusCase | undefined = current;
    const warnings: OperationWarningModel[] = [];

    if (changesCase) {
      const body = toThalamusUpdateBody({ categoryCode, typeCode }, input, caseData);
      const customFieldKeys = customFields.map((f) => f.key);
      latest = (
        await this.api
          .call({
            operation: 'updateCase',
            effect: 'write',
            method: 'PUT',
            path: casePath(id),
            json: body,
            expect: thalamusCaseEnvelopeSchema,
            what: 'the updated case',
            caseId: id,
            fieldPath: (vendorField) => thalamusFieldPath(vendorField, customFieldKeys),
          })
          .catch(async (err: unknown) => {
            throw await this.pinClassification(err, categoryCode, typeCode);
          })
      ).case;
    }
    if (statusName !== undefined) {
      try {
        latest = (
          await this.api.call({
            operation: 'changeCaseStatus',
            effect: 'write',
            method: 'PUT',
            path: `${casePath(id)}/transitions`,
            json: toThalamusTransitionBody(statusName),
            expect: thalamusCaseEnvelopeSchema,
            what: 'the case after its status change',
            caseId: id,
            fieldPath: thalamusFieldPath,
          })
        ).case;
      } catch (err) {
        // After a PUT the case has changed: a failed transition is a warning on that success.
        if (!changesCase) throw err;
        warnings.push(
          partFailedWarning(err, ['status'], `The status change to ${JSON.stringify(statusName)} did not happen`),
        );
      }
    }
    if (!latest) throw unexpectedResponse(VENDOR, 'no case came back from the update');
    this.remember(latest);
    return { case: this.toModel(latest), warnings };
  }

  protected async readCase(id: string): Promise<ThalamusCase> {
    return this.api.call({
      operation: 'getCase',
      effect: 'read',
      method: 'GET',
      path: casePath(id),
      expect: thalamusCaseSchema,
      what: 'the case',
      caseId: id,
      fieldPath: thalamusFieldPath,
    });
  }

  /** Keeps the loader truthful after a write: every write answers with the whole case. */
  private remember(wire: ThalamusCase): void {
    const id = String(wire.id);
    this.cases.clear(id);
    this.cases.prime(id, wire);
  }

  private toModel(wire: ThalamusCase): CaseModel {
    return fromThalamusCase(wire, {
      fieldTypes: this.connection.fieldTypes,
      statusNames: this.connection.statusNames,
    });
  }

  /**
   * A refusal of "the category or type code" (`InvalidCode` without a field name) narrowed to the one
   * at fault, from the case types the touchpoint may use [D: get-case-type-category]: a category it
   * does not list is the category's fault, a listed category without the type the type's. Left as
   * it is when the list cannot be read or lists the pair after all.
   */
  private async pinClassification(err: unknown, categoryCode: string, typeCode: string): Promise<unknown> {
    if (!isCaseError(err) || !err.fields.some((f) => f.path.join('.') === 'thalamus')) return err;
    let entries: ThalamusTypeCategory[];
    try {
      entries = await this.connection.definitions.get(this.deadline);
    } catch {
      return err;
    }
    const culprit = !entries.some((e) => e.caseCategoryCode === categoryCode)
      ? 'categoryCode'
      : !entries.some((e) => e.caseCategoryCode === categoryCode && e.caseTypeCode === typeCode)
        ? 'typeCode'
        : undefined;
    if (culprit === undefined) return err;
    const fields = err.fields.map((f) => (f.path.join('.') === 'thalamus' ? { ...f, path: ['thalamus', culprit] } : f));
    return vendorValidationError('Thalamus', fields, err.message);
  }

  /** customFields on create, against the declared fields of the case type they are created in. */
  private checkCreateFields(
    values: readonly CustomFieldInput[] | null | undefined,
    categoryCode: string,
    typeCode: string,
  ): { fields: CheckedCustomField[]; problems: FieldErrorModel[] } {
    const definitions = thalamusFieldDefinitions(this.connection.config.caseDataFields, categoryCode, typeCode);
    return checkThalamusCustomFields(values, definitions, { mode: 'create', categoryCode, typeCode });
  }
}
