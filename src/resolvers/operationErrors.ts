// Which error types each operation may answer, read from the schema's result unions, so the
// schema stays the only list: add an error to `CaseResult` and `Query.case` can return it.
import { Kind } from 'graphql';
import type { DocumentNode, TypeNode } from 'graphql';
import { loadTypeDefs } from '../typeDefs.js';
import { isErrorResult, isErrorTypeName } from '../domain/errors.js';
import type { ErrorTypeName } from '../domain/errors.js';

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

/** Union name → its member type names. */
export function unionMembersFrom(typeDefs: DocumentNode): ReadonlyMap<string, readonly string[]> {
  const unions = new Map<string, string[]>();
  for (const def of typeDefs.definitions) {
    if (def.kind === Kind.UNION_TYPE_DEFINITION || def.kind === Kind.UNION_TYPE_EXTENSION) {
      unions.set(def.name.value, [
        ...(unions.get(def.name.value) ?? []),
        ...(def.types ?? []).map((t) => t.name.value),
      ]);
    }
  }
  return unions;
}

/** Root field name (`createCase`, `case`, ...) → the error members of the union it returns. */
export function operationErrorsFrom(typeDefs: DocumentNode): ReadonlyMap<string, readonly ErrorTypeName[]> {
  const unions = unionMembersFrom(typeDefs);
  const errors = new Map<string, ErrorTypeName[]>();
  for (const def of typeDefs.definitions) {
    const isRoot =
      (def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.OBJECT_TYPE_EXTENSION) &&
      (def.name.value === 'Query' || def.name.value === 'Mutation');
    if (!isRoot) continue;
    for (const field of def.fields ?? []) {
      const members = unions.get(namedType(field.type));
      if (members) errors.set(field.name.value, members.filter(isErrorTypeName));
    }
  }
  return errors;
}

const UNION_MEMBERS = unionMembersFrom(loadTypeDefs());

// The schema is the judge of membership; `M` is the union's member names as codegen typed them.
const isMemberOf = <M extends string>(union: string, name: string): name is M =>
  UNION_MEMBERS.get(union)?.includes(name) ?? false;

/**
 * `__resolveType` of a result union: an error result's own `__typename`, otherwise the success
 * type. A value the union cannot hold (an error type missing from the union) fails loudly here
 * rather than reaching the client as the wrong type.
 */
export function resultTypeOf<M extends string>(union: string, value: object, success: M): M {
  const name = isErrorResult(value) ? value.__typename : success;
  if (isMemberOf<M>(union, name)) return name;
  throw new Error(`${name} is not a member of ${union} in schema/*.graphql.`);
}
