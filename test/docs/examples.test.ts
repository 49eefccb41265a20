// Every example block of README.md and docs/*.md is well-formed, and every GraphQL operation shown is
// valid against the schema it is sent to. The ones sent to a running casegraph, and whose answers are
// compared with the ones shown, are sent by test/e2e/readme.test.ts (README's worked example and
// docs/getting-started.md's ## Examples) and test/e2e/readmeListing.test.ts (docs/schema.md's
// ## Finding cases); this file checks every block, those included, so that none is left unchecked.
import { readdirSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { Kind, buildSchema, parse, validate } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/typeDefs.js';
import { readRepoFile, withoutFencedCode } from '../helpers/markdown.js';

interface Block {
  file: string;
  line: number;
  lang: string;
  body: string;
}

const FILES = [
  'README.md',
  ...readdirSync(new URL('../../docs/', import.meta.url))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** The fenced blocks of a markdown file (indented ones too, as in list items), with their language. */
function blocksOf(file: string): Block[] {
  const text = readRepoFile(file);
  const blanked = withoutFencedCode(text).split('\n');
  const lines = text.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^(\s*)(`{3,})(\w*)\s*$/.exec(lines[i] ?? '');
    if (!open || blanked[i] !== '') continue;
    const [, indent = '', fence = '', lang = ''] = open;
    let end = i + 1;
    while (end < lines.length && (lines[end] ?? '').trim() !== fence) end += 1;
    const body = lines
      .slice(i + 1, end)
      .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l))
      .join('\n');
    blocks.push({ file, line: i + 1, lang, body });
    i = end;
  }
  return blocks;
}

const BLOCKS = FILES.flatMap(blocksOf);
const where = (b: Block) => `${b.file}:${b.line}`;

/** casegraph's subgraph schema, as a client sees it (federation's `_entities` and `_service` included). */
const CASEGRAPH: GraphQLSchema = buildSubgraphSchema({ typeDefs: loadTypeDefs() });
/** The example supergraph, for the queries the federation page sends to the gateway. */
const SUPERGRAPH: GraphQLSchema = buildSchema(readRepoFile('examples/supergraph/supergraph.graphql'));

/** Operations sent through the example gateway rather than to casegraph itself. */
const SENT_TO_SUPERGRAPH = new Set(['docs/federation.md']);

describe('documentation examples', () => {
  it('finds the blocks', () => {
    expect(BLOCKS.filter((b) => b.lang === 'graphql').length).toBeGreaterThanOrEqual(5);
    expect(BLOCKS.filter((b) => b.lang === 'json').length).toBeGreaterThanOrEqual(20);
    expect(BLOCKS.filter((b) => b.lang === '')).toEqual(
      BLOCKS.filter((b) => b.lang === '' && (b.body.startsWith('$ ') || b.body.includes('─▶'))),
    );
  });

  it('every ```json block is JSON', () => {
    const broken = BLOCKS.filter((b) => b.lang === 'json').flatMap((b) => {
      try {
        JSON.parse(b.body);
        return [];
      } catch (error) {
        return [`${where(b)}: ${String(error)}`];
      }
    });
    expect(broken).toEqual([]);
  });

  it('every ```graphql block parses, and every operation in it is valid against its schema', () => {
    const problems = BLOCKS.filter((b) => b.lang === 'graphql').flatMap((b) => {
      let document;
      try {
        document = parse(b.body);
      } catch (error) {
        return [`${where(b)}: ${String(error)}`];
      }
      const executable = document.definitions.every(
        (d) => d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION,
      );
      if (!executable) return []; // SDL: another subgraph's schema, shown as it would write it
      const schema = SENT_TO_SUPERGRAPH.has(b.file) ? SUPERGRAPH : CASEGRAPH;
      return validate(schema, document).map((e) => `${where(b)}: ${e.message}`);
    });
    expect(problems).toEqual([]);
  });
});
