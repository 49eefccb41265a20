// Resolvers stay thin: pick the provider's datasource, settle the call as data, serve the model.
import { DateTimeResolver, EmailAddressResolver, JSONResolver, URLResolver } from 'graphql-scalars';
import type { Resolvers } from '../generated/graphql.js';
import { settle } from './settle.js';

const typenameOr = <S extends string>(value: object, success: S): string =>
  '__typename' in value && typeof value.__typename === 'string' ? value.__typename : success;

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  EmailAddress: EmailAddressResolver,
  JSON: JSONResolver,
  URL: URLResolver,

  Query: {
    case: (_parent, { provider, id }, ctx) =>
      settle(ctx, 'case', provider, id, () => ctx.dataSource(provider).getCase(id)),
    providers: (_parent, _args, ctx) => [...ctx.providers],
    customFieldDefinitions: (_parent, { provider }, ctx) =>
      settle(ctx, 'customFieldDefinitions', provider, undefined, async () => ({
        provider,
        fields: await ctx.dataSource(provider).customFieldDefinitions(),
      })),
  },

  Mutation: {
    createCase: (_parent, { input }, ctx) =>
      settle(ctx, 'createCase', input.provider, undefined, () => ctx.dataSource(input.provider).createCase(input)),
    updateCase: (_parent, { input }, ctx) =>
      settle(ctx, 'updateCase', input.provider, input.id, () => ctx.dataSource(input.provider).updateCase(input)),
  },

  // Errors carry their __typename; success values are recognised by its absence.
  CaseResult: { __resolveType: (value) => typenameOr(value, 'Case') as 'Case' },
  CreateCaseResult: { __resolveType: (value) => typenameOr(value, 'CreateCaseSuccess') as 'CreateCaseSuccess' },
  UpdateCaseResult: { __resolveType: (value) => typenameOr(value, 'UpdateCaseSuccess') as 'UpdateCaseSuccess' },
  CustomFieldDefinitionsResult: {
    __resolveType: (value) => typenameOr(value, 'CustomFieldDefinitions') as 'CustomFieldDefinitions',
  },
  Error: { __resolveType: (value) => value.__typename },
};
