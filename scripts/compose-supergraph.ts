// `npm run schema:compose`: composes casegraph with the example customers subgraph and writes
// examples/supergraph/supergraph.graphql. With `--check` (CI) it writes nothing and fails when the
// committed file differs from what composition produces now, like `codegen:check`.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUPERGRAPH_PATH, composeSupergraph, exampleSubgraphs } from '../examples/supergraph/compose.js';

const check = process.argv.slice(2).includes('--check');
const shownPath = relative(process.cwd(), fileURLToPath(SUPERGRAPH_PATH));

const composition = composeSupergraph(exampleSubgraphs());
if (!composition.ok) {
  process.stderr.write(`composition failed with ${composition.errors.length} error(s):\n\n`);
  process.stderr.write(`${composition.errors.join('\n\n')}\n`);
  process.exit(1);
}
for (const hint of composition.hints) process.stdout.write(`hint: ${hint}\n`);

if (!check) {
  writeFileSync(SUPERGRAPH_PATH, composition.supergraphSdl);
  console.log(`composed casegraph + customers into ${shownPath} (${composition.hints.length} hint(s))`);
  process.exit(0);
}

let committed: string | null = null;
try {
  committed = readFileSync(SUPERGRAPH_PATH, 'utf8');
} catch {
  // A missing file is drift like any other.
}
if (committed === composition.supergraphSdl) {
  console.log(`${shownPath} is up to date (${composition.hints.length} hint(s))`);
  process.exit(0);
}
process.stderr.write(
  `${shownPath} is ${committed === null ? 'missing' : 'out of date'}: run \`npm run schema:compose\` and commit it.\n`,
);
if (committed !== null) {
  const was = committed.split('\n');
  const now = composition.supergraphSdl.split('\n');
  const line = now.findIndex((text, i) => text !== was[i]);
  const at = line === -1 ? now.length : line;
  process.stderr.write(
    `first difference at line ${at + 1}:\n  committed: ${was[at] ?? '(end of file)'}\n  composed:  ${now[at] ?? '(end of file)'}\n`,
  );
}
process.exit(1);
