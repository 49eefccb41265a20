// What every vendor's per-request datasource shares, once. VendorDataSource runs the checks every
// vendor shares before a datasource's own code: a vendor's datasource extends it and implements
// `create`/`update`, so it cannot skip them. ConnectedDataSource adds what every vendor folder
// would otherwise write again: the constructor over the vendor's connection, the request's
// deadline-scoped view of its VendorApi, and the per-request case loader.
import { validationError } from '../../domain/errors.js';
import { inputLimitProblems } from '../../domain/limits.js';
import type { FieldErrorModel } from '../../domain/errors.js';
import type {
  CaseModel,
  CaseProvider,
  CommentModel,
  CreateCaseInput,
  CustomFieldDefinitionModel,
  MutationOutcome,
  ProviderCapabilities,
  UpdateCaseInput,
} from '../../domain/model.js';
import type { ProviderListPage, ProviderListRequest } from '../../domain/listing.js';
import type { Deadline } from '../../http/deadline.js';
import type { RequestVendorApi, VendorApi } from '../../http/vendorApi.js';
import { caseLoader } from './loader.js';
import type { CaseLoader } from './loader.js';
import { checkInputShape } from './validation.js';

/**
 * One vendor's cases, for the duration of one GraphQL request. Before any vendor call a mutation
 * runs the shared checks (`checkInputShape` against its capabilities, `checkCustomFields` against
 * the vendor's definitions) plus what only this vendor knows, and throws one ValidationError with
 * every problem found. Failures are thrown as CaseError.
 */
export interface CaseDataSource {
  readonly provider: CaseProvider;
  createCase(input: CreateCaseInput): Promise<MutationOutcome>;
  updateCase(input: UpdateCaseInput): Promise<MutationOutcome>;
  getCase(id: string): Promise<CaseModel>;
  customFieldDefinitions(): Promise<CustomFieldDefinitionModel[]>;
  /** The case a create whose answer was lost wrote, when the vendor can tell; else undefined. */
  findCreated(input: CreateCaseInput, since: Date): Promise<CaseModel | undefined>;
  /**
   * This provider's part of one page of `Query.cases`: at most one vendor list call (plus lookups a
   * list needs, like Khoros's customer search), with the filters its `listing` marks NATIVE sent to
   * the vendor and the EMULATED ones applied by casegraph. Cases the answer carries whole prime the
   * request's case loader.
   */
  listCases(request: ProviderListRequest): Promise<ProviderListPage>;
  /**
   * A page of a case's comments, oldest first, from `offset`. By default a slice of `c.comments`;
   * a vendor that pages comments itself (Sprinklr's comment search) asks it for just this page.
   */
  commentsPage(c: CaseModel, first: number, offset: number): Promise<CommentsPage>;
}

/** A page of a case's comments. */
export interface CommentsPage {
  comments: CommentModel[];
  /** True when the case has comments after this page. */
  hasMore: boolean;
  /** How many comments the case has, when known. */
  totalCount: number | null;
}

export type WriteMode = 'create' | 'update';

export abstract class VendorDataSource implements CaseDataSource {
  abstract readonly provider: CaseProvider;
  /** What the vendor requires and cannot take, checked before any call. */
  protected abstract readonly capabilities: ProviderCapabilities;

  async createCase(input: CreateCaseInput): Promise<MutationOutcome> {
    this.assertValid('create', input, this.inputProblems('create', input));
    return this.create(input);
  }

  async updateCase(input: UpdateCaseInput): Promise<MutationOutcome> {
    this.assertValid('update', input, this.inputProblems('update', input));
    return this.update(input);
  }

  abstract getCase(id: string): Promise<CaseModel>;

  /**
   * The case a create whose answer was lost wrote, found by what the create sent, or undefined
   * when the vendor cannot tell (the default: most vendors can be searched by nothing casegraph
   * wrote). Only a single, certain match may be answered: two look-alikes are no answer.
   */
  async findCreated(_input: CreateCaseInput, _since: Date): Promise<CaseModel | undefined> {
    return undefined;
  }
  abstract customFieldDefinitions(): Promise<CustomFieldDefinitionModel[]>;

  abstract listCases(request: ProviderListRequest): Promise<ProviderListPage>;

  /**
   * A slice of the comments the case was read with: most vendors return them all with the case (a
   * case from a list answer that does not carry them is read whole first, through the loader).
   */
  async commentsPage(c: CaseModel, first: number, offset: number): Promise<CommentsPage> {
    const { comments } = c.complete === false ? await this.getCase(c.id) : c;
    return {
      comments: comments.slice(offset, offset + first),
      hasMore: offset + first < comments.length,
      totalCount: comments.length,
    };
  }

  /**
   * What only this vendor refuses and can tell without a call (its validation.ts): reported with
   * the shared problems in one ValidationError.
   */
  protected abstract inputProblems(mode: WriteMode, input: CreateCaseInput | UpdateCaseInput): FieldErrorModel[];
  /** A create whose input passed every check that needs no vendor call. */
  protected abstract create(input: CreateCaseInput): Promise<MutationOutcome>;
  /** An update whose input passed every check that needs no vendor call. */
  protected abstract update(input: UpdateCaseInput): Promise<MutationOutcome>;

  private assertValid(mode: WriteMode, input: object, vendorProblems: FieldErrorModel[]): void {
    const problems = [
      ...inputLimitProblems(input, this.capabilities.maxLengths),
      ...checkInputShape(this.provider, this.capabilities, mode, input),
      ...vendorProblems,
    ];
    // One problem per path: a vendor check may restate a shared one in its own words.
    const seen = new Set<string>();
    const unique = problems.filter((p) => {
      const key = p.path.join('.');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (unique.length > 0) throw validationError(unique);
  }
}

/** What ConnectedDataSource needs of a vendor's long-lived connection: the VendorApi its cases go through. */
export interface VendorConnection {
  readonly api: Pick<VendorApi, 'within'>;
}

/**
 * A vendor's datasource for one GraphQL request, over the vendor's long-lived connection `C`.
 * `Loaded` is what the case loader holds: the CaseModel, or the vendor's own case where its writes
 * need what the model leaves out (Thalamus's caseData). A vendor's datasource implements `readCase`,
 * `getCase` and VendorDataSource's abstract members: its own calls, nothing every vendor repeats.
 */
export abstract class ConnectedDataSource<C extends VendorConnection, Loaded = CaseModel> extends VendorDataSource {
  /** This request's calls to the vendor, within its deadline and vendor-call budget. */
  protected readonly api: RequestVendorApi;
  /**
   * Per request: one read per distinct case id (no vendor has a batch read by id), each failure kept
   * with its id. Writes and list answers that carry whole cases prime it.
   */
  protected readonly cases: CaseLoader<Loaded>;

  constructor(
    protected readonly connection: C,
    /** The request's deadline and vendor-call budget, also for what the connection caches (definitions). */
    protected readonly deadline?: Deadline,
  ) {
    super();
    this.api = connection.api.within(deadline);
    this.cases = caseLoader((id) => this.readCase(id));
  }

  /** One case from the vendor: what the loader calls for an id it has not read in this request. */
  protected abstract readCase(id: string): Promise<Loaded>;
}
