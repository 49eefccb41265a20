// casegraph's internal, vendor-neutral case model. Providers map vendor JSON to these types in pure
// functions; GraphQL resolvers serve them as they are (codegen mappers point SDL types here).
import type {
  CaseAction,
  CaseProvider,
  CasePriority,
  CaseStatus,
  CustomFieldType,
  ErrorCode,
  FeatureSupport,
} from '../generated/graphql.js';

export type { CaseAction, CaseProvider, CasePriority, CaseStatus, CustomFieldType, ErrorCode, FeatureSupport };

import type { UpdateCaseInput as UpdateCaseGraphQLInput } from '../generated/graphql.js';

export type {
  CreateCaseInput,
  InteractionInput,
  NoteInput,
  CommentInput,
  CustomFieldInput,
  RequesterInput,
  AuthorInput,
} from '../generated/graphql.js';

/**
 * An update as a datasource receives it: the resolver has already decoded the global id in
 * `UpdateCaseGraphQLInput.id` into the provider and the vendor's own case id.
 */
export type UpdateCaseInput = Omit<UpdateCaseGraphQLInput, 'id'> & { provider: CaseProvider; id: string };

export interface AuthorModel {
  id?: string | null;
  service?: string | null;
  serviceId?: string | null;
  handle?: string | null;
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  brandOwned?: boolean | null;
}

export interface AssigneeModel {
  id: string;
  name?: string | null;
}

export interface InteractionModel {
  id?: string | null;
  body?: string | null;
  createdAt?: Date | null;
  linkUrl?: string | null;
  service?: string | null;
  serviceId?: string | null;
  contentType?: string | null;
  author: AuthorModel;
}

export interface NoteModel {
  id?: string | null;
  title?: string | null;
  body: string;
  public: boolean;
}

export interface CommentModel {
  id?: string | null;
  body: string;
  createdAt?: Date | null;
  author?: AuthorModel | null;
}

/** A custom-field value in casegraph's normalised form (dates as ISO strings, selects as strings). */
export type CustomFieldScalar = string | number | boolean | null | string[];

export interface CustomFieldValueModel {
  key: string;
  label?: string | null;
  type: CustomFieldType;
  value: CustomFieldScalar;
}

export interface CustomFieldOptionModel {
  value: string;
  label?: string | null;
}

export interface CustomFieldDefinitionModel {
  key: string;
  label?: string | null;
  type: CustomFieldType;
  /** Required on create: the shared validator demands it there. */
  required: boolean;
  /** Every action the vendor requires a value for; contains CREATE exactly when `required`. */
  requiredFor: CaseAction[];
  options: CustomFieldOptionModel[];
}

export interface CaseModel {
  id: string;
  provider: CaseProvider;
  number?: string | null;
  title?: string | null;
  description?: string | null;
  status?: CaseStatus | null;
  vendorStatus?: string | null;
  priority?: CasePriority | null;
  vendorPriority?: string | null;
  url?: string | null;
  createdAt?: Date | null;
  updatedAt?: Date | null;
  requester?: AuthorModel | null;
  assignee?: AssigneeModel | null;
  interactions: InteractionModel[];
  notes: NoteModel[];
  comments: CommentModel[];
  customFields: CustomFieldValueModel[];
  /**
   * False when the case came from a list answer that does not carry its interactions, notes and
   * comments (Sprinklr's case search): those are then read with the case, on demand. Absent: whole.
   */
  complete?: boolean;
}

/**
 * Where a case's child object sits, which is what its global id is made of: the provider, the
 * case, and the child's vendor id or (for vendors that give none) its position in the list.
 */
export interface CaseChildPlace {
  provider: CaseProvider;
  caseVendorId: string;
  index: number;
}

export type InteractionNode = InteractionModel & CaseChildPlace & { nodeType: 'Interaction' };
export type NoteNode = NoteModel & CaseChildPlace & { nodeType: 'Note' };
export type CommentNode = CommentModel & CaseChildPlace & { nodeType: 'Comment' };

/**
 * The id space an author's vendor id belongs to. Vendors keep several (Khoros customer ids vs
 * social profile ids; Sprinklr contacts vs users), so the global id includes it.
 */
export type AuthorRole = 'requester' | 'interaction' | 'comment';

export type AuthorNode = AuthorModel & { provider: CaseProvider; role: AuthorRole };
export type AssigneeNode = AssigneeModel & { provider: CaseProvider };

/** Something a mutation could not do although the case itself was written. */
export interface OperationWarningModel {
  message: string;
  path: string[];
  code: ErrorCode;
}

export interface MutationOutcome {
  case: CaseModel;
  warnings: OperationWarningModel[];
}

/**
 * What a provider supports and requires, as input paths (`title`, `requester.id`, `thalamus.categoryCode`).
 * The shared validator enforces these before any vendor call, and `Query.providers` publishes them.
 */
export interface ProviderCapabilities {
  name: string;
  interactions: FeatureSupport;
  notes: FeatureSupport;
  comments: FeatureSupport;
  customFields: FeatureSupport;
  requiredCreateFields: string[];
  requiredUpdateFields: string[];
  unsupportedCreateFields: string[];
  unsupportedUpdateFields: string[];
  /** Input paths (no list indices) the vendor documents a maximum length for, below MAX_STRING_LENGTH. */
  maxLengths: Readonly<Record<string, number>>;
}
