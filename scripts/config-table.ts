// `npm run docs:config`: writes the README's configuration table from src/config.ts's VARIABLES,
// between its markers, formatted as prettier would. test/config.test.ts fails when they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { configTable, replaceConfigTable } from './configTable.js';

const path = join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md');
const written = replaceConfigTable(readFileSync(path, 'utf8'), configTable());
writeFileSync(path, await format(written, { ...(await resolveConfig(path)), filepath: path }));
console.log('README.md: configuration table written.');
