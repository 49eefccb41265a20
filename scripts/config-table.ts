// `npm run docs:config`: writes the README's generated tables between their markers, formatted as
// prettier would: the configuration table from src/config.ts's VARIABLES (test/config.test.ts fails
// when they differ) and the "Finding cases" support table from each provider's listing rules
// (test/e2e/readmeListing.test.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { configTable, replaceConfigTable } from './configTable.js';
import { listingTable, replaceListingTable } from './listingTable.js';

const path = join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md');
const written = replaceListingTable(replaceConfigTable(readFileSync(path, 'utf8'), configTable()), listingTable());
writeFileSync(path, await format(written, { ...(await resolveConfig(path)), filepath: path }));
console.log('README.md: configuration and listing tables written.');
