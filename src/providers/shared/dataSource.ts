// The checks every vendor shares run here, once, before a datasource's own code: a vendor's
// datasource extends this class and implements `create`/`update`, so it cannot skip them.
import { validationError } from '../../domain/errors.js';
import { inputLimitProblems } from '../../domain/limits.js';
import type { FieldErrorModel } from '../../domain/errors.js';
import type {
  CaseModel,
  CaseProvider,
  CreateCaseInput,
  CustomFieldDefinitionModel,
  MutationOutcome,
  ProviderCapabilities,
  UpdateCaseInput,
} from '../../domain/model.js';
import type { CaseDataSource, CommentsPage } from '../types.js';
import type { ProviderListPage, ProviderListRequest } from '../../domain/listing.js';
import { checkInputShape } from './validation.js';

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
