import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PUBLISHED_SCHEMA_PATH } from '../src/federation/schemaCheck.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The published schema file the script works on: schema/published/casegraph.graphql under the
 * repository root, whatever the working directory, unless `--published <path>` names another one
 * (tests point it at a temporary file so they never touch the committed one).
 */
export function publishedSchemaFile(args: string[]): { path: string; label: string } {
  const { values } = parseArgs({ args, options: { published: { type: 'string' } }, strict: true });
  if (values.published === undefined) {
    return { path: join(repoRoot, PUBLISHED_SCHEMA_PATH), label: PUBLISHED_SCHEMA_PATH };
  }
  return {
    path: isAbsolute(values.published) ? values.published : resolve(values.published),
    label: values.published,
  };
}
