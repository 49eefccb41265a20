// The breaking-change check a schema registry runs, without a registry: the subgraph SDL casegraph
// serves now against the one last published (committed at schema/published/casegraph.graphql).
import { ChangeType, CriticalityLevel, diff } from '@graphql-inspector/core';
import type { Change, Criticality, TypeOfChangeType } from '@graphql-inspector/core';
import { Kind, buildSchema, print } from 'graphql';
import type { GraphQLSchema } from 'graphql';

/** One change as the inspector reports it (without its untyped `meta`), or an entity-key change. */
export interface SchemaChange {
  type: TypeOfChangeType | 'ENTITY_KEY_REMOVED' | 'ENTITY_KEY_ADDED';
  path: string | undefined;
  message: string;
  criticality: Criticality;
}

export interface SchemaChanges {
  breaking: SchemaChange[];
  dangerous: SchemaChange[];
  safe: SchemaChange[];
}

/** Where the published subgraph SDL lives, relative to the repository root. */
export const PUBLISHED_SCHEMA_PATH = 'schema/published/casegraph.graphql';

/** Thrown when one side of the check is not SDL at all, so the CLI can say which side. */
export class SchemaParseError extends Error {
  constructor(
    readonly side: 'published' | 'current',
    cause: unknown,
  ) {
    super(`the ${side} schema is not valid SDL: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'SchemaParseError';
  }
}

// Both sides are subgraph SDL as printSubgraphSchema writes it: `extend schema @link(...)` and
// federation directives used but not defined. assumeValidSDL lets graphql build that as it is, so the
// diff sees exactly what a registry receives. buildSubgraphSchema would instead add federation's own
// `_service`, `_entities`, `_Any` and `_Entity`, whose changes follow from @key edits and would be
// reported a second time (as a removed `Query._entities`, say) under names no client ever queries.
// The SDL came from buildSubgraphSchema, which already validated it; @key usages stay on the AST
// nodes, where the inspector still sees them as directive-usage changes.
function buildForDiff(sdl: string, side: 'published' | 'current'): GraphQLSchema {
  try {
    return buildSchema(sdl, { assumeValidSDL: true });
  } catch (error: unknown) {
    throw new SchemaParseError(side, error);
  }
}

const changeTypes: ReadonlySet<unknown> = new Set(Object.values(ChangeType));

function isChangeType(value: unknown): value is TypeOfChangeType {
  return changeTypes.has(value);
}

// diff() is typed `Change<any>[]`; the type is checked against the inspector's own list here so
// nothing untyped leaves this module.
function toSchemaChange(change: Change): SchemaChange {
  const type: unknown = change.type;
  if (!isChangeType(type)) throw new Error(`@graphql-inspector/core reported an unknown change type: ${String(type)}`);
  return { type, path: change.path, message: change.message, criticality: change.criticality };
}

/** `Type @key(fields: "…")` for every entity key in the schema, normalised by graphql's printer. */
function entityKeys(schema: GraphQLSchema): Set<string> {
  const keys = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    for (const node of [type.astNode, ...(type.extensionASTNodes ?? [])]) {
      for (const directive of node && 'directives' in node ? (node.directives ?? []) : []) {
        if (directive.name.value !== 'key') continue;
        const fields = directive.arguments?.find((a) => a.name.value === 'fields')?.value;
        if (fields?.kind === Kind.STRING) keys.add(`${type.name} @key(fields: ${print(fields)})`);
      }
    }
  }
  return keys;
}

/**
 * The inspector rates a removed `@key` as dangerous, as for any directive. For a subgraph it breaks:
 * every other subgraph that references the entity by that key fails to compose, and a gateway's
 * plan that used it fails. Keys are compared as whole key sets, which also reads better than the
 * inspector's per-argument report, so its own `@key` usage changes are left out.
 */
function keyChanges(published: GraphQLSchema, current: GraphQLSchema): SchemaChange[] {
  const [before, after] = [entityKeys(published), entityKeys(current)];
  const removed: SchemaChange[] = [...before]
    .filter((key) => !after.has(key))
    .map((key) => ({
      type: 'ENTITY_KEY_REMOVED',
      path: key.split(' ')[0],
      message: `Entity key ${key} was removed`,
      criticality: {
        level: CriticalityLevel.Breaking,
        reason: 'Other subgraphs that reference this entity by this key no longer compose.',
      },
    }));
  const added: SchemaChange[] = [...after]
    .filter((key) => !before.has(key))
    .map((key) => ({
      type: 'ENTITY_KEY_ADDED',
      path: key.split(' ')[0],
      message: `Entity key ${key} was added`,
      criticality: { level: CriticalityLevel.NonBreaking },
    }));
  return [...removed, ...added];
}

const isKeyUsageChange = (change: Change): boolean => typeof change.path === 'string' && change.path.includes('.@key');

/** Every change from the published SDL to the current one, grouped by the inspector's criticality. */
export async function checkSchemaChanges(publishedSdl: string, currentSdl: string): Promise<SchemaChanges> {
  const [published, current] = [buildForDiff(publishedSdl, 'published'), buildForDiff(currentSdl, 'current')];
  const changes = (await diff(published, current)).filter((c) => !isKeyUsageChange(c));
  const result: SchemaChanges = { breaking: [], dangerous: [], safe: [] };
  for (const change of [...changes.map(toSchemaChange), ...keyChanges(published, current)]) {
    switch (change.criticality.level) {
      case CriticalityLevel.Breaking:
        result.breaking.push(change);
        break;
      case CriticalityLevel.Dangerous:
        result.dangerous.push(change);
        break;
      case CriticalityLevel.NonBreaking:
        result.safe.push(change);
        break;
    }
  }
  return result;
}

/** The published file: a comment saying where it comes from, then the SDL. Comments are ignored by the parser. */
export function renderPublishedSchema(currentSdl: string): string {
  return [
    '# Generated by `npm run schema:publish`: the casegraph subgraph SDL as last published. Do not edit.',
    '# `npm run schema:check` (in CI) fails on breaking changes against this file. To make one deliberately,',
    '# run `npm run schema:publish` and commit this file with the change, so reviewers see the break as a diff.',
    '',
    currentSdl.trimEnd(),
    '',
  ].join('\n');
}

function formatChange(label: string, change: SchemaChange): string[] {
  const where = change.path === undefined ? '' : ` ${change.path}`;
  const lines = [`${label.padEnd(9)} ${change.type}${where}: ${change.message}`];
  // The inspector explains why a change can hurt clients; for safe changes there is nothing to add.
  if (label !== 'SAFE' && change.criticality.reason !== undefined) {
    lines.push(`          why: ${change.criticality.reason}`);
  }
  return lines;
}

/** One line per change, breaking first, then a summary line; `against` names the published file. */
export function formatSchemaChanges(changes: SchemaChanges, against: string): string {
  const total = changes.breaking.length + changes.dangerous.length + changes.safe.length;
  const lines = [
    ...changes.breaking.flatMap((c) => formatChange('BREAKING', c)),
    ...changes.dangerous.flatMap((c) => formatChange('DANGEROUS', c)),
    ...changes.safe.flatMap((c) => formatChange('SAFE', c)),
  ];
  if (total === 0) lines.push(`No changes: the current subgraph schema matches ${against}.`);
  lines.push(
    `schema check: ${total} change(s) against ${against}: ` +
      `${changes.breaking.length} breaking, ${changes.dangerous.length} dangerous, ${changes.safe.length} safe`,
  );
  return lines.join('\n');
}

/** What a failing check tells its reader to do; undefined when nothing breaks. */
export function breakingChangeAdvice(changes: SchemaChanges, against: string): string | undefined {
  if (changes.breaking.length === 0) return undefined;
  return (
    `${changes.breaking.length} breaking change(s) against ${against}. If deliberate, run ` +
    '`npm run schema:publish` and commit the result so the break is a reviewable diff.'
  );
}
