// `npm run schema:publish`: record the current subgraph SDL as the published one. Committing the
// result is what makes a deliberate breaking change visible in review.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { renderPublishedSchema } from '../src/federation/schemaCheck.js';
import { subgraphSdl } from '../src/schema.js';
import { publishedSchemaFile } from './paths.js';

const { path, label } = publishedSchemaFile(process.argv.slice(2));
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, renderPublishedSchema(subgraphSdl()));
console.log(`schema publish: wrote ${label}; commit it (git diff shows what changed for clients).`);
