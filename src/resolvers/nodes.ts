// Global ids for everything the schema identifies, and the lookups that turn a global id (or a
// federation representation) back into an object. Every lookup reads through the request's
// datasource, so its DataLoader makes N references to one case cost one vendor read.
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../context.js';
import { caseGlobalId, fromGlobalId, looksLikeGlobalId, toGlobalId } from '../domain/globalId.js';
import type { GlobalId, GlobalIdType } from '../domain/globalId.js';
import { isErrorResult, validationError } from '../domain/errors.js';
import type { ErrorResult, FieldErrorModel } from '../domain/errors.js';
import type {
  AssigneeNode,
  AuthorModel,
  AuthorNode,
  AuthorRole,
  CaseChildPlace,
  CaseModel,
  CaseProvider,
  CommentNode,
  InteractionNode,
  NoteNode,
} from '../domain/model.js';
import { PROVIDER_MODULES } from '../providers/registry.js';
import { settle } from './settle.js';

const KNOWN_PROVIDERS: readonly CaseProvider[] = PROVIDER_MODULES.map((m) => m.provider);

export type NodeModel = CaseModel | InteractionNode | NoteNode | CommentNode;
type ChildType = 'Interaction' | 'Note' | 'Comment';

/** Where a case lives: the provider and the vendor's own id. */
export interface CasePlace {
  provider: CaseProvider;
  vendorId: string;
}

// ---- ids served -----------------------------------------------------------------------------

/** A child with a vendor id is keyed by it; one without, by its place in the (append-only) list. */
function childKeys(place: CaseChildPlace, vendorId: string | null | undefined): string[] {
  return vendorId ? [place.caseVendorId, 'id', vendorId] : [place.caseVendorId, 'at', String(place.index)];
}

export const childGlobalId = (type: ChildType, child: CaseChildPlace & { id?: string | null }): string =>
  toGlobalId(type, child.provider, childKeys(child, child.id));

export function authorGlobalId(author: AuthorNode): string | null {
  if (!author.id) return null;
  const keys = author.service ? [author.role, author.service, author.id] : [author.role, author.id];
  return toGlobalId('Author', author.provider, keys);
}

export const assigneeGlobalId = (assignee: AssigneeNode): string =>
  toGlobalId('Assignee', assignee.provider, [assignee.id]);

export const authorNode = (
  author: AuthorModel | null | undefined,
  provider: CaseProvider,
  role: AuthorRole,
): AuthorNode | null => (author ? { ...author, provider, role } : null);

const place = (c: CaseModel, index: number): CaseChildPlace => ({ provider: c.provider, caseVendorId: c.id, index });

export const interactionsOf = (c: CaseModel): InteractionNode[] =>
  c.interactions.map((x, i) => ({ ...x, ...place(c, i), nodeType: 'Interaction' }));
export const notesOf = (c: CaseModel): NoteNode[] =>
  c.notes.map((x, i) => ({ ...x, ...place(c, i), nodeType: 'Note' }));
export const commentsOf = (c: CaseModel): CommentNode[] =>
  c.comments.map((x, i) => ({ ...x, ...place(c, i), nodeType: 'Comment' }));

export const nodeTypeOf = (node: NodeModel): 'Case' | ChildType => ('nodeType' in node ? node.nodeType : 'Case');

// ---- ids received ---------------------------------------------------------------------------

/**
 * The case a global id names, or the ValidationError a client gets for an id that is malformed,
 * not casegraph's, or the id of something other than a case.
 */
export function caseIdInput(id: string, path: string[]): CasePlace | ErrorResult {
  const parsed = fromGlobalId(id, KNOWN_PROVIDERS);
  if (parsed?.type === 'Case' && parsed.keys.length === 1 && parsed.keys[0] !== undefined) {
    return { provider: parsed.provider, vendorId: parsed.keys[0] };
  }
  const message = parsed
    ? `${JSON.stringify(id)} is the id of a ${parsed.type}, not of a case.`
    : `${JSON.stringify(id)} is not a casegraph case id: pass \`Case.id\` as returned (or look the case up by vendor id with \`caseByVendorId\`).`;
  const err = validationError([{ path, message }], message);
  return {
    __typename: 'ValidationError',
    message: err.message,
    code: err.code,
    retriable: false,
    provider: parsed?.provider ?? null,
    fields: err.fields,
    id: null,
    retryAfterSeconds: null,
    idempotencyKey: null,
  };
}

/** The inputs of a write that name an object casegraph serves with a global id. */
export interface WriteIdInputs {
  assigneeId?: string | null;
  requester?: { id?: string | null } | null;
  talkdesk?: { parentId?: string | null } | null;
}

/** What an id input names, and where casegraph served that object's global id. */
interface IdInputKind {
  type: Extract<GlobalIdType, 'Case' | 'Assignee' | 'Author'>;
  /** With its article: `a case`. */
  what: string;
  served: string;
}

const PARENT_CASE: IdInputKind = { type: 'Case', what: 'a case', served: '`Case.id`' };
const ASSIGNEE: IdInputKind = { type: 'Assignee', what: 'an assignee', served: '`Case.assignee.id`' };
const REQUESTER: IdInputKind = { type: 'Author', what: 'a requester', served: '`Case.requester.id`' };

/** The vendor's id in a global id of the kind wanted, or null when it names something else. */
function vendorKeyOf(parsed: GlobalId, kind: IdInputKind): string | null {
  if (parsed.type !== kind.type) return null;
  const { keys } = parsed;
  // An Author is keyed by role, then (service,) id: only a requester is a requester.
  if (kind.type === 'Author') {
    return keys[0] === 'requester' && keys.length <= 3 ? (keys[keys.length - 1] ?? null) : null;
  }
  return keys.length === 1 ? (keys[0] ?? null) : null;
}

/**
 * The vendor's id an id input names. It takes the global id casegraph served; a vendor id (one that
 * does not look like a global id at all) is passed on as it is. A global id of another provider or
 * type, or one that does not decode, is the problem returned instead.
 */
function vendorIdInput(
  value: string,
  kind: IdInputKind,
  provider: CaseProvider,
  path: string[],
): string | FieldErrorModel {
  const parsed = fromGlobalId(value, KNOWN_PROVIDERS);
  if (!parsed) {
    if (!looksLikeGlobalId(value)) return value;
    return {
      path,
      message: `${JSON.stringify(value)} is not a casegraph id that decodes: pass ${kind.served} as casegraph served it.`,
    };
  }
  const vendorId = vendorKeyOf(parsed, kind);
  if (vendorId === null) {
    const named =
      parsed.type === 'Author'
        ? `an author (${parsed.keys[0] ?? 'unknown role'})`
        : `${/^[AEIOU]/.test(parsed.type) ? 'an' : 'a'} ${parsed.type}`;
    return {
      path,
      message: `${JSON.stringify(value)} is the id of ${named}, not of ${kind.what}: pass ${kind.served}.`,
    };
  }
  if (parsed.provider !== provider) {
    return {
      path,
      message: `${JSON.stringify(value)} names ${kind.what} in ${parsed.provider}, and this case is in ${provider}.`,
    };
  }
  return vendorId;
}

/**
 * A write's input with the vendor's own id in every input that names an object casegraph serves:
 * `talkdesk.parentId` (a case), `assigneeId` (an assignee), `requester.id` (a requester). Each takes
 * the global id casegraph served, or the vendor's id. Throws one ValidationError with every id that
 * is a global id of another provider or type, or malformed, so no vendor is called.
 */
export function withVendorIds<T extends WriteIdInputs>(input: T, provider: CaseProvider): T {
  const problems: FieldErrorModel[] = [];
  const decode = (value: string, kind: IdInputKind, path: string[]): string => {
    const decoded = vendorIdInput(value, kind, provider, path);
    if (typeof decoded === 'string') return decoded;
    problems.push(decoded);
    return value;
  };
  let out: T = input;
  // The `talkdesk` inputs apply only to Talkdesk; the shared checks refuse them anywhere else.
  if (provider === 'TALKDESK' && input.talkdesk?.parentId != null) {
    const parentId = decode(input.talkdesk.parentId, PARENT_CASE, ['talkdesk', 'parentId']);
    if (parentId !== input.talkdesk.parentId) out = { ...out, talkdesk: { ...input.talkdesk, parentId } };
  }
  if (input.assigneeId != null) {
    const assigneeId = decode(input.assigneeId, ASSIGNEE, ['assigneeId']);
    if (assigneeId !== input.assigneeId) out = { ...out, assigneeId };
  }
  if (input.requester?.id != null) {
    const id = decode(input.requester.id, REQUESTER, ['requester', 'id']);
    if (id !== input.requester.id) out = { ...out, requester: { ...input.requester, id } };
  }
  if (problems.length > 0) throw validationError(problems);
  return out;
}

/** Reads a case for `node`/`_entities`: the case, or a GraphQL error with the error type's code. */
export async function readCaseOrThrow(ctx: RequestContext, target: CasePlace, lookedUp: string): Promise<CaseModel> {
  const result = await settle(ctx, 'case', target.provider, target.vendorId, () =>
    ctx.dataSource(target.provider, 'read').getCase(target.vendorId),
  );
  // Not `'__typename' in result`: @apollo/subgraph stamps `__typename` on the entities it returns,
  // and the DataLoader hands the same object to the next reference.
  if (!isErrorResult(result)) return result;
  throw new GraphQLError(result.message, {
    extensions: {
      code: result.code,
      provider: result.provider,
      retriable: result.retriable,
      ...(result.retryAfterSeconds !== null ? { retryAfterSeconds: result.retryAfterSeconds } : {}),
      id: lookedUp,
    },
  });
}

const notFound = (id: string, why: string) =>
  new GraphQLError(`${JSON.stringify(id)} ${why}`, { extensions: { code: 'NOT_FOUND', id } });

/** `Query.node`: any refetchable object by its global id. */
export async function resolveNode(ctx: RequestContext, id: string): Promise<NodeModel> {
  const parsed = fromGlobalId(id, KNOWN_PROVIDERS);
  if (!parsed) throw notFound(id, 'is not a casegraph id.');
  const [caseVendorId] = parsed.keys;
  if (caseVendorId === undefined || parsed.type === 'Author' || parsed.type === 'Assignee') {
    throw notFound(id, `names a ${parsed.type}, which cannot be fetched on its own.`);
  }
  const found = await readCaseOrThrow(ctx, { provider: parsed.provider, vendorId: caseVendorId }, id);
  if (parsed.type === 'Case') return found;
  const child = findChild(found, parsed);
  if (!child) throw notFound(id, `names a ${parsed.type.toLowerCase()} that case ${caseVendorId} no longer has.`);
  return child;
}

function findChild(found: CaseModel, parsed: GlobalId): InteractionNode | NoteNode | CommentNode | undefined {
  const [, how, key] = parsed.keys;
  const children =
    parsed.type === 'Interaction' ? interactionsOf(found) : parsed.type === 'Note' ? notesOf(found) : commentsOf(found);
  if (how === 'id') return children.find((c) => c.id === key);
  if (how === 'at') return children.find((c) => !c.id && String(c.index) === key);
  return undefined;
}

export { caseGlobalId };
