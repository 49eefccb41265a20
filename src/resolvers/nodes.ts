// Global ids for everything the schema identifies, and the lookups that turn a global id (or a
// federation representation) back into an object. Every lookup reads through the request's
// datasource, so its DataLoader makes N references to one case cost one vendor read.
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../context.js';
import { caseGlobalId, fromGlobalId, toGlobalId } from '../domain/globalId.js';
import type { GlobalId } from '../domain/globalId.js';
import { isErrorResult, validationError } from '../domain/errors.js';
import type { ErrorResult } from '../domain/errors.js';
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
