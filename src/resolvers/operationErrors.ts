// Which error types each operation may answer, read from the schema's result unions, so the
// schema stays the only list: add an error to `CaseResult` and `Query.case` can return it.
import { Kind } from 'graphql';
import type { DocumentNode, TypeNode } from 'graphql';
import { isErrorTypeName } from '../domain/errors.js';
import type { ErrorTypeName } from '../domain/errors.js';

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

/** Root field name (`createCase`, `case`, ...) → the error members of the union it returns. */
export function operationErrorsFrom(typeDefs: DocumentNode): ReadonlyMap<string, readonly ErrorTypeName[]> {
  const unions = new Map<string, string[]>();
  for (const def of typeDefs.definitions) {
    if (def.kind === Kind.UNION_TYPE_DEFINITION || def.kind === Kind.UNION_TYPE_EXTENSION) {
      unions.set(def.name.value, [
        ...(unions.get(def.name.value) ?? []),
        ...(def.types ?? []).map((t) => t.name.value),
      ]);
    }
  }
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
