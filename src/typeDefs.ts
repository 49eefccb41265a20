import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse } from 'graphql';
import type { DocumentNode } from 'graphql';

const schemaDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema');

/** The SDL from schema/*.graphql, the single source of truth (files directly in schema/ only). */
export function loadTypeDefs(): DocumentNode {
  const sdl = readdirSync(schemaDir, { withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.graphql'))
    .map((f) => f.name)
    .sort()
    .map((f) => readFileSync(join(schemaDir, f), 'utf8'))
    .join('\n');
  return parse(sdl);
}

let cached: DocumentNode | undefined;

/** The values of an enum in the SDL, e.g. `CaseProvider`'s vendors, for lists the schema owns. */
export function schemaEnumValues(name: string): string[] {
  cached ??= loadTypeDefs();
  return cached.definitions.flatMap((d) =>
    d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name ? (d.values ?? []).map((v) => v.name.value) : [],
  );
}
