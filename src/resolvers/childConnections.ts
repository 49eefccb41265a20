// A case's interactions, notes and comments as Relay connections (`Case.commentsConnection` and the
// like). Most vendors return the whole list with the case, so a page is a slice of it; Sprinklr pages
// comments at the vendor (its datasource's `commentsPage`). Cursors are opaque offsets bound to the
// list they came from, so a notes cursor cannot page comments.
import type { RequestContext } from '../context.js';
import { GraphQLError } from 'graphql';
import { isCaseError, validationError } from '../domain/errors.js';
import type { CaseModel, CommentNode, InteractionNode, NoteNode } from '../domain/model.js';
import { commentsOf, interactionsOf, notesOf } from './nodes.js';

export const MAX_CHILD_PAGE_SIZE = 100;

type ChildList = 'Interaction' | 'Note' | 'Comment';

export interface ChildConnectionArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
}

export interface ChildConnection<N> {
  edges: { cursor: string; node: N }[];
  nodes: N[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number | null;
}

/**
 * The case with its interactions, notes and comments: a case from a list answer that does not carry
 * them (`complete: false`, Sprinklr's search) is read whole, through the request's loader.
 */
export async function wholeCase(ctx: RequestContext, c: CaseModel): Promise<CaseModel> {
  return c.complete === false ? asFieldError(c, () => ctx.dataSource(c.provider, 'read').getCase(c.id)) : c;
}

/**
 * A nested list is not a result union: a typed failure reaches the client as a GraphQL error with
 * the error type's code (as `node` does), never masked as an internal error.
 */
async function asFieldError<T>(c: CaseModel, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (!isCaseError(err)) throw err;
    throw new GraphQLError(err.message, {
      extensions: {
        code: err.code,
        provider: c.provider,
        retriable: err.retriable,
        ...(err.fields.length > 0 ? { fields: err.fields } : {}),
      },
    });
  }
}

const cursorOf = (list: ChildList, caseId: string, offset: number): string =>
  Buffer.from(`${list}:${caseId}:${offset}`, 'utf8').toString('base64url');

/** How many items an `after` cursor has passed: 0 without one. */
function offsetAfter(list: ChildList, c: CaseModel, args: ChildConnectionArgs): { first: number; offset: number } {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_CHILD_PAGE_SIZE) {
    throw validationError([
      { path: ['first'], message: `first must be from 1 to ${MAX_CHILD_PAGE_SIZE}; it was ${first}.` },
    ]);
  }
  if (args.after == null) return { first, offset: 0 };
  const plain = /^[A-Za-z0-9_-]{1,1024}$/.test(args.after) ? Buffer.from(args.after, 'base64url').toString('utf8') : '';
  const prefix = `${list}:${c.id}:`;
  const offset = plain.startsWith(prefix) ? Number(plain.slice(prefix.length)) : Number.NaN;
  if (!Number.isSafeInteger(offset) || offset < 1 || cursorOf(list, c.id, offset) !== args.after) {
    throw validationError([
      {
        path: ['after'],
        message: `This is not a cursor of this case's ${list.toLowerCase()}s: pass \`pageInfo.endCursor\`.`,
      },
    ]);
  }
  return { first, offset };
}

function connection<N>(
  list: ChildList,
  c: CaseModel,
  nodes: N[],
  offset: number,
  hasMore: boolean,
  totalCount: number | null,
): ChildConnection<N> {
  const edges = nodes.map((node, i) => ({ cursor: cursorOf(list, c.id, offset + i + 1), node }));
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage: hasMore,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

async function sliced<N>(
  list: ChildList,
  c: CaseModel,
  all: N[],
  args: ChildConnectionArgs,
): Promise<ChildConnection<N>> {
  const { first, offset } = await asFieldError(c, () => Promise.resolve(offsetAfter(list, c, args)));
  return connection(list, c, all.slice(offset, offset + first), offset, offset + first < all.length, all.length);
}

export async function interactionsConnection(
  ctx: RequestContext,
  c: CaseModel,
  args: ChildConnectionArgs,
): Promise<ChildConnection<InteractionNode>> {
  const whole = await wholeCase(ctx, c);
  return sliced('Interaction', whole, interactionsOf(whole), args);
}

export async function notesConnection(
  ctx: RequestContext,
  c: CaseModel,
  args: ChildConnectionArgs,
): Promise<ChildConnection<NoteNode>> {
  const whole = await wholeCase(ctx, c);
  return sliced('Note', whole, notesOf(whole), args);
}

/** Comments page through the datasource: a slice of the case's list, or the vendor's own paging. */
export async function commentsConnection(
  ctx: RequestContext,
  c: CaseModel,
  args: ChildConnectionArgs,
): Promise<ChildConnection<CommentNode>> {
  const { first, offset } = await asFieldError(c, () => Promise.resolve(offsetAfter('Comment', c, args)));
  const page = await asFieldError(c, () => ctx.dataSource(c.provider, 'read').commentsPage(c, first, offset));
  const nodes = commentsOf({ ...c, comments: page.comments }).map((node, i) => ({ ...node, index: offset + i }));
  return connection('Comment', c, nodes, offset, page.hasMore, page.totalCount);
}
