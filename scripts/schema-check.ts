// `npm run schema:check`: the registry's breaking-change check, offline. Exit 1 on any breaking
// change, on a missing published file, or on a published file that is not SDL; 0 otherwise.
import { readFileSync } from 'node:fs';
import {
  breakingChangeAdvice,
  checkSchemaChanges,
  formatSchemaChanges,
  SchemaParseError,
} from '../src/federation/schemaCheck.js';
import { subgraphSdl } from '../src/schema.js';
import { publishedSchemaFile } from './paths.js';

function readPublished(path: string, label: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error: unknown) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      console.error(
        `schema check: ${label} does not exist, so there is no published schema to check against.\n` +
          'Run `npm run schema:publish` and commit the file it writes.',
      );
      return undefined;
    }
    throw error;
  }
}

async function main(): Promise<number> {
  const { path, label } = publishedSchemaFile(process.argv.slice(2));
  const published = readPublished(path, label);
  if (published === undefined) return 1;
  try {
    const changes = await checkSchemaChanges(published, subgraphSdl());
    console.log(formatSchemaChanges(changes, label));
    const advice = breakingChangeAdvice(changes, label);
    if (advice === undefined) return 0;
    // On stdout, right under the summary, so the log reads in order whatever the CI does with stderr.
    console.log(advice);
    return 1;
  } catch (error: unknown) {
    if (!(error instanceof SchemaParseError)) throw error;
    console.error(`schema check: ${error.message} (${error.side === 'published' ? label : 'schema/*.graphql'})`);
    return 1;
  }
}

process.exitCode = await main();
