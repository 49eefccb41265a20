// `npm run docs:config`: writes the generated documentation tables between their markers, formatted
// as prettier would: the configuration table of docs/configuration.md from src/config.ts's VARIABLES
// (test/config.test.ts fails when they differ) and the "what each provider can do" table of
// docs/vendors.md from each provider's listing rules (test/e2e/readmeListing.test.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { CONFIG_TABLE_FILE, configTable, replaceConfigTable } from './configTable.js';
import { LISTING_TABLE_FILE, listingTable, replaceListingTable } from './listingTable.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Rewrites one file of the repository with `replace`, formatted with the project's prettier options. */
async function rewrite(file: string, replace: (text: string) => string): Promise<void> {
  const path = join(root, file);
  const written = replace(readFileSync(path, 'utf8'));
  writeFileSync(path, await format(written, { ...(await resolveConfig(path)), filepath: path }));
  console.log(`${file}: table written.`);
}

await rewrite(CONFIG_TABLE_FILE, (text) => replaceConfigTable(text, configTable()));
await rewrite(LISTING_TABLE_FILE, (text) => replaceListingTable(text, listingTable()));
