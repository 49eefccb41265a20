// Thalamus REST JSON v4 cases over HTTP: one long-lived connection (the VendorApi, cached case type
// definitions) and one datasource per GraphQL request.
import { notFoundError, validationError } from '../../domain/errors.js';
import type { FieldErrorModel } from '../../domain/errors.js';
import type {
  CaseModel,
  CreateCaseInput,
  CustomFieldDefinitionModel,
  CustomFieldInput,
  MutationOutcome,
  NoteInput,
  NoteModel,
  OperationWarningModel,
  UpdateCaseInput,
} from '../../domain/model.js';
import { unexpectedResponse } from '../../http/failure.js';
import { VendorApi } from '../../http/vendorApi.js';
import { SingleFlightCache } from '../shared/cache.js';
import { VendorDataSource } from '../shared/dataSource.js';
import type { WriteMode } from '../shared/dataSource.js';
import { caseLoader } from '../shared/loader.js';
import type { CaseLoader } from '../shared/loader.js';
import { allSettledOrThrow } from '../shared/settled.js';
import { checkCustomFields } from '../shared/validation.js';
import type { CheckedCustomField } from '../shared/validation.js';
import { partFailedWarning } from '../shared/warnings.js';
import type { ProviderConnection, SharedSettings } from '../types.js';
import { thalamusCapabilities } from './capabilities.js';
import type { ThalamusConfig } from './config.js';
import { classifyThalamusFailure, thalamusFailedSuccess, thalamusFieldPath } from './errors.js';
import {
  findThalamusTypeCategory,
  fromThalamusCase,
  fromThalamusFieldDefinitions,
  fromThalamusNote,
  mergeThalamusCaseData,
  resolveThalamusStatusNames,
  toThalamusCaseData,
  toThalamusCreateBody,
  toThalamusNoteBody,
  toThalamusStatusName,
  toThalamusTransitionBody,
  toThalamusUpdateBody,
  unionThalamusFieldDefinitions,
} from './mapping.js';
import type { ThalamusStatusNames } from './mapping.js';
import { thalamusInputProblems } from './validation.js';
import {
  thalamusCaseEnvelopeSchema,
  thalamusCaseSchema,
  thalamusNoteEnvelopeSchema,
  thalamusTypeCategoryListSchema,
} from './wire.js';
import type { ThalamusCase, ThalamusCaseData, ThalamusComment, ThalamusTypeCategory } from './wire.js';

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
  /** Every case type/category the touchpoint may use. */
  readonly definitions: SingleFlightCache<ThalamusTypeCategory[]>;
  readonly statusNames: ThalamusStatusNames;

  constructor(
    readonly config: ThalamusConfig,
    shared: SharedSettings,
    options: ThalamusConnectionOptions = {},
  ) {
    this.api = new VendorApi({
      vendorName: VENDOR,
      baseUrl: config.baseUrl,
      timeouts: shared.timeouts,
      // Credentials go in headers only: the query-string form Thalamus also accepts ends up in access logs.
      headers: {
        'Thalamus-Touchpoint': config.touchpoint,
        'Thalamus-Token': config.token,
        ...(config.activity ? { 'Thalamus-Activity': config.activity } : {}),
      },
      classify: classifyThalamusFailure,
      failedSuccess: thalamusFailedSuccess,
    });
    this.definitions = new SingleFlightCache({
      fetch: async () =>
        (
          await this.api.call({
            operation: 'getCaseTypeCategories',
            effect: 'read',
            method: 'GET',
            path: `${CASES}/typecategory`,
            expect: thalamusTypeCategoryListSchema,
            what: 'the case type/category list',
          })
        ).caseTypeCategories,
      ttlMs: config.definitionsTtlMs ?? DEFAULT_DEFINITIONS_TTL_MS,
      ...(options.now ? { now: options.now } : {}),
    });
    this.statusNames = resolveThalamusStatusNames(config.statusNames);
  }

  dataSource(): ThalamusDataSource {
    return new ThalamusDataSource(this);
  }

  async close(): Promise<void> {
    await this.api.close();
  }
}

export class ThalamusDataSource extends VendorDataSource {
  readonly provider = 'THALAMUS';
  protected readonly capabilities = thalamusCapabilities;
  /** Per request: one GET per distinct case id (Thalamus has no batch read), each failure kept with its id. */
  private readonly cases: CaseLoader<ThalamusCase>;

  constructor(private readonly connection: ThalamusConnection) {
    super();
    this.cases = caseLoader((id) => this.readCase(id));
  }

  async getCase(id: string): Promise<CaseModel> {
    if (!isCaseId(id)) throw notFoundError(id, VENDOR);
    const [wire, entries] = await allSettledOrThrow([this.cases.load(id), this.connection.definitions.get()]);
    return this.toModel(wire, entries);
  }

  async customFieldDefinitions(): Promise<CustomFieldDefinitionModel[]> {
    return unionThalamusFieldDefinitions(await this.connection.definitions.get());
  }

  protected inputProblems(mode: WriteMode, input: CreateCaseInput | UpdateCaseInput): FieldErrorModel[] {
    return thalamusInputProblems(mode, input);
  }

  protected async create(input: CreateCaseInput): Promise<MutationOutcome> {
    const categoryCode = input.thalamus?.categoryCode ?? '';
    const typeCode = input.thalamus?.typeCode ?? '';

    const entries = await this.connection.definitions.get();
    const checked = this.checkFields(entries, categoryCode, typeCode, input.customFields, 'create');
    if (checked.problems.length > 0) throw validationError(checked.problems);

    const body = toThalamusCreateBody(input, checked.fields, this.connection.statusNames);
    const created = (
      await this.connection.api.call({
        operation: 'createCase',
        effect: 'write',
        method: 'POST',
        path: CASES,
        json: body,
        expect: thalamusCaseEnvelopeSchema,
        what: 'the created case',
        fieldPath: thalamusFieldPath,
      })
    ).case;
    const id = String(created.id);

    // Thalamus has no notes on create: they follow once the case exists, and a failure is reported, not hidden.
    const warnings: OperationWarningModel[] = [];
    const notes: NoteModel[] = [];
    for (const [i, note] of (input.notes ?? []).entries()) {
      try {
        notes.push(fromThalamusNote(await this.postNote(id, note)));
      } catch (err) {
        warnings.push(partFailedWarning(err, ['notes', String(i)], `Note ${i + 1} was not added`));
      }
    }
    this.remember(id, created, notes.length === 0);
    const model = this.toModel(created, entries);
    model.notes.push(...notes);
    return { case: model, warnings };
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
    const notesToAdd = input.notes ?? [];

    // Only read the case when the PUT needs its classification or caseData, or nothing else returns it.
    const needsCurrent = changesCase
      ? !t?.categoryCode || !t?.typeCode || customFields.length > 0
      : statusName === undefined;
    const [current, entries] = await allSettledOrThrow([
      needsCurrent ? this.cases.load(id) : Promise.resolve(undefined),
      this.connection.definitions.get(),
    ]);

    let caseData: ThalamusCaseData | undefined;
    const categoryCode = t?.categoryCode || current?.categoryCode || '';
    const typeCode = t?.typeCode || current?.typeCode || '';
    if (customFields.length > 0 && current) {
      const checked = this.checkFields(entries, categoryCode, typeCode, customFields, 'update');
      if (checked.problems.length > 0) throw validationError(checked.problems);
      const sameType = categoryCode === current.categoryCode && typeCode === current.typeCode;
      caseData = mergeThalamusCaseData(
        current.caseData,
        toThalamusCaseData(checked.fields),
        checked.definitions,
        sameType,
      );
    }

    let latest: ThalamusCase | undefined = current;
    let wrote = false;
    const warnings: OperationWarningModel[] = [];

    if (changesCase) {
      const body = toThalamusUpdateBody({ categoryCode, typeCode }, input, caseData);
      latest = (
        await this.connection.api.call({
          operation: 'updateCase',
          effect: 'write',
          method: 'PUT',
          path: casePath(id),
          json: body,
          expect: thalamusCaseEnvelopeSchema,
          what: 'the updated case',
          caseId: id,
          fieldPath: thalamusFieldPath,
        })
      ).case;
      wrote = true;
    }
    if (statusName !== undefined) {
      try {
        latest = (
          await this.connection.api.call({
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
        wrote = true;
      } catch (err) {
        if (!wrote) throw err;
        warnings.push(
          partFailedWarning(err, ['status'], `The status change to ${JSON.stringify(statusName)} did not happen`),
        );
      }
    }
    const notes: NoteModel[] = [];
    for (const [i, note] of notesToAdd.entries()) {
      try {
        notes.push(fromThalamusNote(await this.postNote(id, note)));
        wrote = true;
      } catch (err) {
        if (!wrote) throw err;
        warnings.push(partFailedWarning(err, ['notes', String(i)], `Note ${i + 1} was not added`));
      }
    }
    if (!latest) throw unexpectedResponse(VENDOR, 'no case came back from the update');
    this.remember(id, latest, notes.length === 0);
    const model = this.toModel(latest, entries);
    model.notes.push(...notes);
    return { case: model, warnings };
  }

  private async readCase(id: string): Promise<ThalamusCase> {
    return this.connection.api.call({
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

  private async postNote(id: string, note: NoteInput): Promise<ThalamusComment> {
    const answer = await this.connection.api.call({
      operation: 'addCaseNote',
      effect: 'write',
      method: 'POST',
      path: `${casePath(id)}/notes`,
      json: toThalamusNoteBody(note),
      expect: thalamusNoteEnvelopeSchema,
      what: 'the note answer',
      caseId: id,
      fieldPath: thalamusFieldPath,
    });
    return answer.comment;
  }

  /** Keeps the loader truthful after a write: the answer when it is the whole case, nothing otherwise. */
  private remember(id: string, wire: ThalamusCase, complete: boolean): void {
    this.cases.clear(id);
    if (complete) this.cases.prime(id, wire);
  }

  private toModel(wire: ThalamusCase, entries: readonly ThalamusTypeCategory[]): CaseModel {
    const entry = findThalamusTypeCategory(entries, wire.categoryCode, wire.typeCode);
    return fromThalamusCase(wire, {
      definitions: entry ? fromThalamusFieldDefinitions(entry) : [],
      statusNames: this.connection.statusNames,
    });
  }

  /** customFields against the caseData fields of this category + type, the vendor's unique key. */
  private checkFields(
    entries: readonly ThalamusTypeCategory[],
    categoryCode: string,
    typeCode: string,
    values: readonly CustomFieldInput[] | null | undefined,
    mode: WriteMode,
  ): { fields: CheckedCustomField[]; problems: FieldErrorModel[]; definitions: CustomFieldDefinitionModel[] } {
    const entry = findThalamusTypeCategory(entries, categoryCode, typeCode);
    if (!entry) {
      // Let Thalamus judge the pair itself (InvalidCode, CategorySystemNode); only custom fields need it known.
      if ((values?.length ?? 0) === 0) return { fields: [], problems: [], definitions: [] };
      return {
        fields: [],
        definitions: [],
        problems: [
          {
            path: ['thalamus', 'typeCode'],
            message: `Thalamus lists no case type ${JSON.stringify(typeCode)} in category ${JSON.stringify(categoryCode)} for this touchpoint, so customFields cannot be checked.`,
          },
        ],
      };
    }
    const definitions = fromThalamusFieldDefinitions(entry);
    const result = checkCustomFields(values, definitions, { mode, vendorName: VENDOR });
    return { ...result, definitions };
  }
}
