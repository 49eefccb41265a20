// Resolvers stay thin: decode ids, pick the provider's datasource, settle the call as data, and
// serve the model with global ids (see nodes.ts).
import { GraphQLError } from 'graphql';
import { DateTimeResolver, EmailAddressResolver, JSONResolver, URLResolver } from 'graphql-scalars';
import type { Resolvers } from '../generated/resolvers.js';
import {
  assigneeGlobalId,
  authorGlobalId,
  authorNode,
  caseGlobalId,
  caseIdInput,
  childGlobalId,
  commentsOf,
  interactionsOf,
  nodeTypeOf,
  notesOf,
  readCaseOrThrow,
  resolveNode,
  withVendorIds,
} from './nodes.js';
import { privilegedInputsIn } from '../auth/privileged.js';
import type { CaseInputs } from '../auth/privileged.js';
import type { RequestContext } from '../context.js';
import { CaseError } from '../domain/errors.js';
import type { CaseProvider } from '../domain/model.js';
import type { CaseDataSource } from '../providers/types.js';
import { resultTypeOf } from './operationErrors.js';
import { commentsConnection, interactionsConnection, notesConnection, wholeCase } from './childConnections.js';
import { casesConnection, refusedList } from './listing.js';
import { CASE_FILTER_KEYS, CASE_ORDER_FIELDS } from '../domain/listing.js';
import { settle } from './settle.js';
import type { WriteAudit } from './settle.js';

/**
 * The datasource a write goes through, once the caller is known to be allowed the write and every
 * privileged input it sets.
 */
function writer(ctx: RequestContext, provider: CaseProvider, input: CaseInputs): CaseDataSource {
  const dataSource = ctx.dataSource(provider, 'write');
  const privileged = privilegedInputsIn(input).find(({ scope }) => !ctx.caller.scopes.has(scope));
  if (privileged) {
    throw new CaseError(
      'ForbiddenError',
      `This caller may not set ${privileged.path.join('.')} (it needs the ${privileged.scope} scope).`,
    );
  }
  return dataSource;
}

/** `Query.nodes` takes at most this many ids: each may cost a vendor read. */
export const MAX_NODES = 50;

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  EmailAddress: EmailAddressResolver,
  JSON: JSONResolver,
  URL: URLResolver,

  Query: {
    case: (_parent, { id }, ctx) => {
      const target = caseIdInput(id, ['id']);
      if ('__typename' in target) return target;
      return settle(ctx, 'case', target.provider, target.vendorId, () =>
        ctx.dataSource(target.provider, 'read').getCase(target.vendorId),
      );
    },
    caseByVendorId: (_parent, { provider, vendorId }, ctx) =>
      settle(ctx, 'case', provider, vendorId, () => ctx.dataSource(provider, 'read').getCase(vendorId)),
    node: (_parent, { id }, ctx) => resolveNode(ctx, id),
    nodes: (_parent, { ids }, ctx) => {
      if (ids.length > MAX_NODES) {
        throw new GraphQLError(`nodes takes at most ${MAX_NODES} ids; ${ids.length} were given.`, {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      // Items are nullable: one failed id is null with its own error, the others still resolve.
      return ids.map((id) => resolveNode(ctx, id));
    },
    providers: (_parent, _args, ctx) => [...ctx.providers],
    customFieldDefinitions: (_parent, { provider }, ctx) =>
      settle(ctx, 'customFieldDefinitions', provider, undefined, async () => ({
        provider,
        fields: await ctx.dataSource(provider, 'read').customFieldDefinitions(),
      })),
    cases: (_parent, args, ctx) => casesConnection(ctx, args),
  },

  Customer: {
    // The customer's cases are the cases whose requester has their email, in every vendor.
    cases: (customer, { filter, ...args }, ctx) => {
      const asked = filter?.requesterEmail?.trim().toLowerCase();
      if (asked !== undefined && asked !== customer.email.toLowerCase()) {
        return refusedList([
          {
            path: ['filter', 'requesterEmail'],
            message: `requesterEmail must be this customer's email (${customer.email}), or left out.`,
          },
        ]);
      }
      return casesConnection(ctx, { ...args, filter: { ...filter, requesterEmail: customer.email } });
    },
    __resolveReference: (ref) => ({ email: ref.email }),
  },

  Mutation: {
    createCase: (_parent, { input: { idempotencyKey, ...input } }, ctx) => {
      const audit: WriteAudit = { idempotencyKey };
      return settle(
        ctx,
        'createCase',
        input.provider,
        undefined,
        () => {
          // Ids of objects casegraph serves reach the vendor as its own ids (nodes.ts).
          const decoded = withVendorIds(input, input.provider);
          return ctx.idempotency.run(
            {
              operation: 'createCase',
              provider: input.provider,
              caller: ctx.caller.id,
              key: idempotencyKey,
              input: decoded,
              observe: (result) => (audit.idempotency = result),
            },
            () => writer(ctx, input.provider, decoded).createCase(decoded),
            // A retry of a create whose answer was lost asks the vendor what it wrote, where it can tell.
            (since) => writer(ctx, input.provider, decoded).findCreated(decoded, since),
          );
        },
        audit,
      );
    },
    updateCase: (_parent, { input: { idempotencyKey, ...input } }, ctx) => {
      const target = caseIdInput(input.id, ['id']);
      if ('__typename' in target) return target;
      const { provider, vendorId } = target;
      const audit: WriteAudit = { idempotencyKey };
      return settle(
        ctx,
        'updateCase',
        provider,
        vendorId,
        () => {
          const decoded = withVendorIds(input, provider);
          return ctx.idempotency.run(
            {
              operation: 'updateCase',
              provider,
              caller: ctx.caller.id,
              key: idempotencyKey,
              input: decoded,
              observe: (result) => (audit.idempotency = result),
            },
            () => writer(ctx, provider, decoded).updateCase({ ...decoded, provider, id: vendorId }),
          );
        },
        audit,
      );
    },
  },

  Node: { __resolveType: (node) => nodeTypeOf(node) },

  Case: {
    id: (c) => caseGlobalId(c.provider, c.id),
    vendorId: (c) => c.id,
    requester: (c) => authorNode(c.requester, c.provider, 'requester'),
    assignee: (c) => (c.assignee ? { ...c.assignee, provider: c.provider } : null),
    // Synchronous for a whole case (every read but a Sprinklr search hit): no promise per field.
    interactions: (c, _args, ctx) =>
      c.complete === false ? wholeCase(ctx, c).then(interactionsOf) : interactionsOf(c),
    notes: (c, _args, ctx) => (c.complete === false ? wholeCase(ctx, c).then(notesOf) : notesOf(c)),
    comments: (c, _args, ctx) => (c.complete === false ? wholeCase(ctx, c).then(commentsOf) : commentsOf(c)),
    interactionsConnection: (c, args, ctx) => interactionsConnection(ctx, c, args),
    notesConnection: (c, args, ctx) => notesConnection(ctx, c, args),
    commentsConnection: (c, args, ctx) => commentsConnection(ctx, c, args),
    // A gateway's `_entities` call: by either key, through the request's DataLoader. Async even
    // where it could throw at once: a synchronous throw would fail every other reference too.
    __resolveReference: async (ref, ctx) => {
      if ('vendorId' in ref) return readCaseOrThrow(ctx, ref, ref.vendorId);
      const target = caseIdInput(ref.id, ['id']);
      if ('__typename' in target) {
        throw new GraphQLError(target.message, { extensions: { code: 'NOT_FOUND', id: ref.id } });
      }
      return readCaseOrThrow(ctx, target, ref.id);
    },
  },
  Interaction: {
    id: (x) => childGlobalId('Interaction', x),
    vendorId: (x) => x.id ?? null,
    author: (x) => ({ ...x.author, provider: x.provider, role: 'interaction' }),
  },
  Note: {
    id: (x) => childGlobalId('Note', x),
    vendorId: (x) => x.id ?? null,
  },
  Comment: {
    id: (x) => childGlobalId('Comment', x),
    vendorId: (x) => x.id ?? null,
    author: (x) => authorNode(x.author, x.provider, 'comment'),
  },
  Author: {
    id: (a) => authorGlobalId(a),
    vendorId: (a) => a.id ?? null,
  },
  Assignee: {
    id: (a) => assigneeGlobalId(a),
    vendorId: (a) => a.id,
  },
  ProviderInfo: {
    maxLengths: (p) => Object.entries(p.maxLengths).map(([path, maxLength]) => ({ path, maxLength })),
    listing: ({ listing }) => ({
      requiredFilters: [...listing.requiredFilters],
      filters: CASE_FILTER_KEYS.map((filter) => ({ filter, ...listing.filters[filter] })),
      orders: CASE_ORDER_FIELDS.map((field) => ({ field, ...listing.orders[field] })),
      totalCount: listing.totalCount,
    }),
    __resolveReference: (ref, ctx) => ctx.providers.find((p) => p.provider === ref.provider) ?? null,
  },
  NotFoundError: {
    id: (e) => (e.provider && e.id !== null ? caseGlobalId(e.provider, e.id) : (e.id ?? '')),
  },

  // Errors carry their __typename; a success value is the union's success type.
  CaseResult: { __resolveType: (value) => resultTypeOf('CaseResult', value, 'Case') },
  CreateCaseResult: { __resolveType: (value) => resultTypeOf('CreateCaseResult', value, 'CreateCaseSuccess') },
  UpdateCaseResult: { __resolveType: (value) => resultTypeOf('UpdateCaseResult', value, 'UpdateCaseSuccess') },
  CasesResult: { __resolveType: (value) => resultTypeOf('CasesResult', value, 'CaseConnection') },
  CustomFieldDefinitionsResult: {
    __resolveType: (value) => resultTypeOf('CustomFieldDefinitionsResult', value, 'CustomFieldDefinitions'),
  },
  Error: { __resolveType: (value) => value.__typename },
};
