// Thalamus REST JSON v4 cases over HTTP: one long-lived connection (HTTP pool, credentials, cached case
// type definitions) and one datasource per GraphQL request.
import DataLoader from 'dataloader';
import { CaseError, isCaseError, notFoundError, validationError } from '../../domain/errors.js';
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
import { HttpClient } from '../../http/client.js';
import type { HttpRequest, HttpResponse } from '../../http/client.js';
import { failureFromResponse, unexpectedResponse } from '../../http/failure.js';
import type { CaseDataSource, ProviderConnection, SharedSettings } from '../types.js';
import { checkCustomFields, checkInputShape } from '../shared/validation.js';
import type { CheckedCustomField } from '../shared/validation.js';
import { thalamusCapabilities } from './capabilities.js';
import type { ThalamusConfig } from './config.js';
import {
  findThalamusTypeCategory,
  fromThalamusCase,
  fromThalamusFieldDefinitions,
  fromThalamusNote,
  isThalamusFailedText,
  mergeThalamusCaseData,
  resolveThalamusStatusNames,
  thalamusFailure,
  thalamusFieldPath,
  toThalamusCaseData,
  toThalamusCreateBody,
  toThalamusNoteBody,
  toThalamusStatusName,
  toThalamusTransitionBody,
  toThalamusUpdateBody,
  unionThalamusFieldDefinitions,
} from './mapping.js';
import type { ThalamusStatusNames } from './mapping.js';
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

type CallRequest = Omit<HttpRequest, 'headers' | 'body'>;

export class ThalamusConnection implements ProviderConnection {
  readonly statusNames: ThalamusStatusNames;
  private readonly http: HttpClient;
  private readonly headers: Record<string, string>;
  private readonly ttlMs: number;
  private readonly now: () => number;
  private cached: { value: ThalamusTypeCategory[]; expiresAt: number } | undefined;
  private inflight: Promise<ThalamusTypeCategory[]> | undefined;

  constructor(config: ThalamusConfig, shared: SharedSettings, options: ThalamusConnectionOptions = {}) {
    this.http = new HttpClient({ vendorName: VENDOR, baseUrl: config.baseUrl, timeouts: shared.timeouts });
    // Credentials go in headers only: the query-string form Thalamus also accepts ends up in access logs.
    this.headers = { 'Thalamus-Touchpoint': config.touchpoint, 'Thalamus-Token': config.token };
    if (config.activity) this.headers['Thalamus-Activity'] = config.activity;
    this.statusNames = resolveThalamusStatusNames(config.statusNames);
    this.ttlMs = config.definitionsTtlMs ?? DEFAULT_DEFINITIONS_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  dataSource(): ThalamusDataSource {
    return new ThalamusDataSource(this);
  }

  async close(): Promise<void> {
    await this.http.close();
  }

  /** One vendor call. Non-2xx and the HTTP 200 plain-text `FAILED` become CaseErrors. */
  async call(req: CallRequest, caseId?: string): Promise<HttpResponse> {
    const res = await this.http.request({ ...req, headers: this.headers });
    if (res.status >= 200 && res.status < 300) {
      if (isThalamusFailedText(res)) {
        // A logical failure Thalamus reports as a success; it says nothing more, so a retry may or may not help.
        throw new CaseError(
          'ProviderUnavailableError',
          `${VENDOR} reported that the request FAILED (HTTP ${res.status}).`,
          {
            retriable: false,
          },
        );
      }
      return res;
    }
    throw failureFromResponse(res, thalamusFailure(res), { vendorName: VENDOR, fieldPath: thalamusFieldPath, caseId });
  }

  /** Every case type/category the touchpoint may use, cached for the TTL with one fetch in flight at a time. */
  async typeCategories(): Promise<ThalamusTypeCategory[]> {
    if (this.cached && this.cached.expiresAt > this.now()) return this.cached.value;
    this.inflight ??= this.fetchTypeCategories().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private async fetchTypeCategories(): Promise<ThalamusTypeCategory[]> {
    const res = await this.call({ method: 'GET', path: `${CASES}/typecategory` });
    const parsed = thalamusTypeCategoryListSchema.safeParse(res.json);
    if (!parsed.success) throw unexpectedResponse(VENDOR, 'the case type/category list is not in the documented shape');
    this.cached = { value: parsed.data.caseTypeCategories, expiresAt: this.now() + this.ttlMs };
    return parsed.data.caseTypeCategories;
  }
}

function parseCaseEnvelope(res: HttpResponse): ThalamusCase {
  const parsed = thalamusCaseEnvelopeSchema.safeParse(res.json);
  if (!parsed.success) throw unexpectedResponse(VENDOR, 'the answer carries no case object');
  return parsed.data.case;
}

function warningFrom(err: unknown, path: string[], what: string): OperationWarningModel {
  if (isCaseError(err)) return { path, code: err.code, message: `${what} did not happen: ${err.message}` };
  return {
    path,
    code: 'PROVIDER_UNAVAILABLE',
    message: `${what} did not happen: the request failed inside casegraph.`,
  };
}

/** Thalamus notes are a description only; reject what would otherwise be dropped. */
function noteProblems(notes: readonly NoteInput[] | null | undefined): FieldErrorModel[] {
  const problems: FieldErrorModel[] = [];
  (notes ?? []).forEach((note, i) => {
    if (note.title !== null && note.title !== undefined && note.title !== '') {
      problems.push({ path: ['notes', String(i), 'title'], message: 'Thalamus notes have no title; it was not sent.' });
    }
    if (note.public === true) {
      problems.push({
        path: ['notes', String(i), 'public'],
        message: 'Thalamus notes have no visibility setting; a public note cannot be promised.',
      });
    }
    if (note.body.trim() === '') problems.push({ path: ['notes', String(i), 'body'], message: 'A note needs text.' });
  });
  return problems;
}

function commentProblems(comments: readonly { body: string }[] | null | undefined): FieldErrorModel[] {
  return (comments ?? []).flatMap((c, i) =>
    c.body.trim() === '' ? [{ path: ['comments', String(i), 'body'], message: 'A comment needs text.' }] : [],
  );
}

function statusProblems(status: string | null | undefined): FieldErrorModel[] {
  return status === 'OTHER'
    ? [{ path: ['status'], message: 'Thalamus sets statuses by name; OTHER has no name to send.' }]
    : [];
}

export class ThalamusDataSource implements CaseDataSource {
  readonly provider = 'THALAMUS' as const;
  private readonly loader: DataLoader<string, ThalamusCase>;

  constructor(private readonly conn: ThalamusConnection) {
    // Thalamus has no batch read: one GET per distinct id, each failure kept with its id.
    this.loader = new DataLoader<string, ThalamusCase>((ids) =>
      Promise.all(ids.map((id) => this.fetchCase(id).catch((err: unknown) => toError(err)))),
    );
  }

  async getCase(id: string): Promise<CaseModel> {
    if (!isCaseId(id)) throw notFoundError(id, VENDOR);
    const [wire, entries] = await settledPair(this.loader.load(id), this.conn.typeCategories());
    return this.toModel(wire, entries);
  }

  async customFieldDefinitions(): Promise<CustomFieldDefinitionModel[]> {
    return unionThalamusFieldDefinitions(await this.conn.typeCategories());
  }

  async createCase(input: CreateCaseInput): Promise<MutationOutcome> {
    const problems = [
      ...checkInputShape('THALAMUS', thalamusCapabilities, 'create', input),
      ...statusProblems(input.status),
      ...commentProblems(input.comments),
      ...noteProblems(input.notes),
    ];
    if (problems.length > 0) throw validationError(problems);
    const categoryCode = input.thalamus?.categoryCode ?? '';
    const typeCode = input.thalamus?.typeCode ?? '';

    const entries = await this.conn.typeCategories();
    const checked = this.checkFields(entries, categoryCode, typeCode, input.customFields, 'create');
    if (checked.problems.length > 0) throw validationError(checked.problems);

    const body = toThalamusCreateBody(input, checked.fields, this.conn.statusNames);
    const created = parseCaseEnvelope(await this.conn.call({ method: 'POST', path: CASES, json: body }));
    const id = String(created.id);

    // Thalamus has no notes on create: they follow once the case exists, and a failure is reported, not hidden.
    const warnings: OperationWarningModel[] = [];
    const notes: NoteModel[] = [];
    for (const [i, note] of (input.notes ?? []).entries()) {
      try {
        notes.push(fromThalamusNote(await this.postNote(id, note)));
      } catch (err) {
        warnings.push(warningFrom(err, ['notes', String(i)], `Note ${i + 1}`));
      }
    }
    this.remember(id, created, notes.length === 0);
    const model = this.toModel(created, entries);
    model.notes.push(...notes);
    return { case: model, warnings };
  }

  async updateCase(input: UpdateCaseInput): Promise<MutationOutcome> {
    const id = input.id;
    if (!isCaseId(id)) throw notFoundError(id, VENDOR);
    const problems = [
      ...checkInputShape('THALAMUS', thalamusCapabilities, 'update', input),
      ...statusProblems(input.status),
      ...commentProblems(input.comments),
      ...noteProblems(input.notes),
    ];
    if (problems.length > 0) throw validationError(problems);

    const t = input.thalamus;
    const customFields = input.customFields ?? [];
    const changesCase =
      (input.comments?.length ?? 0) > 0 ||
      Boolean(t?.resolution) ||
      customFields.length > 0 ||
      Boolean(t?.categoryCode) ||
      Boolean(t?.typeCode);
    const statusName = input.status ? toThalamusStatusName(input.status, this.conn.statusNames) : undefined;
    const notesToAdd = input.notes ?? [];

    // Only read the case when the PUT needs its classification or caseData, or nothing else returns it.
    const needsCurrent = changesCase
      ? !t?.categoryCode || !t?.typeCode || customFields.length > 0
      : statusName === undefined;
    const [current, entries] = await settledPair(
      needsCurrent ? this.loader.load(id) : Promise.resolve(undefined),
      this.conn.typeCategories(),
    );

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
      latest = parseCaseEnvelope(await this.conn.call({ method: 'PUT', path: casePath(id), json: body }, id));
      wrote = true;
    }
    if (statusName !== undefined) {
      try {
        const res = await this.conn.call(
          { method: 'PUT', path: `${casePath(id)}/transitions`, json: toThalamusTransitionBody(statusName) },
          id,
        );
        latest = parseCaseEnvelope(res);
        wrote = true;
      } catch (err) {
        if (!wrote) throw err;
        warnings.push(warningFrom(err, ['status'], `The status change to ${JSON.stringify(statusName)}`));
      }
    }
    const notes: NoteModel[] = [];
    for (const [i, note] of notesToAdd.entries()) {
      try {
        notes.push(fromThalamusNote(await this.postNote(id, note)));
        wrote = true;
      } catch (err) {
        if (!wrote) throw err;
        warnings.push(warningFrom(err, ['notes', String(i)], `Note ${i + 1}`));
      }
    }
    if (!latest) throw unexpectedResponse(VENDOR, 'no case came back from the update');
    this.remember(id, latest, notes.length === 0);
    const model = this.toModel(latest, entries);
    model.notes.push(...notes);
    return { case: model, warnings };
  }

  private async fetchCase(id: string): Promise<ThalamusCase> {
    const res = await this.conn.call({ method: 'GET', path: casePath(id) }, id);
    const parsed = thalamusCaseSchema.safeParse(res.json);
    if (!parsed.success) throw unexpectedResponse(VENDOR, 'the case is not in the documented shape');
    return parsed.data;
  }

  private async postNote(id: string, note: NoteInput): Promise<ThalamusComment> {
    const res = await this.conn.call(
      { method: 'POST', path: `${casePath(id)}/notes`, json: toThalamusNoteBody(note) },
      id,
    );
    const parsed = thalamusNoteEnvelopeSchema.safeParse(res.json);
    if (!parsed.success) throw unexpectedResponse(VENDOR, 'the note answer carries no comment object');
    return parsed.data.comment;
  }

  /** Keeps the loader truthful after a write: the answer when it is the whole case, nothing otherwise. */
  private remember(id: string, wire: ThalamusCase, complete: boolean): void {
    this.loader.clear(id);
    if (complete) this.loader.prime(id, wire);
  }

  private toModel(wire: ThalamusCase, entries: readonly ThalamusTypeCategory[]): CaseModel {
    const entry = findThalamusTypeCategory(entries, wire.categoryCode, wire.typeCode);
    return fromThalamusCase(wire, {
      definitions: entry ? fromThalamusFieldDefinitions(entry) : [],
      statusNames: this.conn.statusNames,
    });
  }

  /** customFields against the caseData fields of this category + type, the vendor's unique key. */
  private checkFields(
    entries: readonly ThalamusTypeCategory[],
    categoryCode: string,
    typeCode: string,
    values: readonly CustomFieldInput[] | null | undefined,
    mode: 'create' | 'update',
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

/** Both results, or the first failure once both calls have finished (no request is left running unobserved). */
async function settledPair<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [ra, rb] = await Promise.allSettled([a, b]);
  if (ra.status === 'rejected') throw ra.reason;
  if (rb.status === 'rejected') throw rb.reason;
  return [ra.value, rb.value];
}

function toError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}
