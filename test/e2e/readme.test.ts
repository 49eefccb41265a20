// The documented examples, sent as written: the `## Examples` section of docs/getting-started.md
// (each GraphQL document, each input, and each answer it shows) and the README's worked example. If
// this fails, the docs (or the behaviour) are wrong.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { caseGlobalId } from '../../src/domain/globalId.js';
import { startTestApp } from '../helpers/app.js';
import type { GraphQLResponse, TestApp } from '../helpers/app.js';
import { readRepoFile, sectionOf } from '../helpers/markdown.js';

/** Where the examples live. */
const EXAMPLES_FILE = 'docs/getting-started.md';
const DOC = readRepoFile(EXAMPLES_FILE);
const README = readRepoFile('README.md');

interface Example {
  graphql: string[];
  json: unknown[];
}

/** The fenced blocks of each `###` part of `## Examples` (the part before the first `###` is ''). */
function examples(): Map<string, Example> {
  const section = sectionOf(DOC, 'Examples');
  expect(section, `${EXAMPLES_FILE} has an ## Examples section`).toBeDefined();
  const parts = new Map<string, Example>();
  for (const part of (section ?? '').split('\n### ')) {
    const title = part.startsWith('\n## Examples') ? '' : part.slice(0, part.indexOf('\n'));
    parts.set(title, fencedBlocks(part));
  }
  return parts;
}

/** The ```graphql and ```json blocks of a markdown text, in order, the JSON parsed. */
function fencedBlocks(text: string): Example {
  const example: Example = { graphql: [], json: [] };
  for (const [, lang, body] of text.matchAll(/^```(graphql|json)\n([\s\S]*?)^```$/gm)) {
    if (lang === 'graphql') example.graphql.push(body ?? '');
    else example.json.push(JSON.parse(body ?? ''));
  }
  return example;
}

const EXAMPLES = examples();

function example(title: string): Example {
  const found = EXAMPLES.get(title);
  if (!found) return expect.unreachable(`${EXAMPLES_FILE} ## Examples has no ### ${title}`);
  return found;
}

/** The one selection the docs say every mutation example uses, and its `updateCase` twin. */
const [CREATE = ''] = example('').graphql;
const UPDATE = CREATE.replace('mutation Create($input: CreateCaseInput!)', 'mutation Update($input: UpdateCaseInput!)')
  .replace('createCase(input: $input)', 'updateCase(input: $input)')
  .replace('... on CreateCaseSuccess', '... on UpdateCaseSuccess');

const Variables = z.record(z.string(), z.unknown());
const Provider = z.enum(['KHOROS', 'SPRINKLR', 'THALAMUS', 'TALKDESK']);
const CaseIds = z.object({ id: z.string(), vendorId: z.string() });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The case in an answer: `data.<field>.case` for a mutation, `data.<field>` itself for a read. */
function caseIn(answer: unknown): Record<string, unknown> | undefined {
  if (!isRecord(answer) || !isRecord(answer.data)) return undefined;
  const [result] = Object.values(answer.data);
  if (!isRecord(result)) return undefined;
  if (isRecord(result.case)) return result.case;
  return result.__typename === 'Case' ? result : undefined;
}

/** The case's ids in an answer, checked to be the vendor id and the global id made from it. */
function idsIn(answer: unknown, provider: z.infer<typeof Provider>): z.infer<typeof CaseIds> {
  const ids = CaseIds.parse(caseIn(answer));
  expect(ids.id, 'the global id of the case').toBe(caseGlobalId(provider, ids.vendorId));
  return ids;
}

/**
 * Checks an answer against the one the docs show (trimmed to the fields it cares about). Ids are
 * whatever the simulators issued: where the docs show a case's `id` and `vendorId`, both must be
 * that case's global id and vendor id, and the ones this run got take their place.
 */
function expectAnswer(res: GraphQLResponse<unknown>, shown: unknown): void {
  expect(res.status).toBe(200);
  const expected: unknown = structuredClone(shown);
  const shownCase = caseIn(expected);
  if (shownCase && 'vendorId' in shownCase) {
    const provider = Provider.parse(caseIn(res.body)?.provider);
    idsIn(expected, provider);
    Object.assign(shownCase, idsIn(res.body, provider));
  }
  expect(res.body).toMatchObject(Variables.parse(expected));
}

describe('docs/getting-started.md examples', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('Talkdesk: create, resolve, then read back by the Talkdesk id', async () => {
    const { graphql, json } = example('Talkdesk');
    const [createInput, createAnswer, resolveInput, resolveAnswer, readVariables, readAnswer] = json;
    const [READ = ''] = graphql;

    const created = await app.gql(CREATE, Variables.parse(createInput));
    expectAnswer(created, createAnswer);
    const shown = idsIn(createAnswer, 'TALKDESK');
    const issued = idsIn(created.body, 'TALKDESK');
    expect(caseIn(created.body)?.number, 'Talkdesk has no case number apart from its id').toBe(issued.vendorId);

    // The docs resolve the case they created, by the global id the create answered.
    const resolve = z.object({ input: z.object({ id: z.literal(shown.id) }).loose() }).parse(resolveInput);
    const resolved = await app.gql(UPDATE, { input: { ...resolve.input, id: issued.id } });
    expectAnswer(resolved, resolveAnswer);

    const read = z
      .object({ provider: z.literal('TALKDESK'), vendorId: z.literal(shown.vendorId) })
      .parse(readVariables);
    expectAnswer(await app.gql(READ, { ...read, vendorId: issued.vendorId }), readAnswer);
  });

  it('Khoros: create with an interaction and a declared custom field', async () => {
    const [input, answer] = example('Khoros').json;
    expectAnswer(await app.gql(CREATE, Variables.parse(input)), answer);
  });

  it("Sprinklr: the help article's example plus a comment", async () => {
    const [input, answer] = example('Sprinklr').json;
    const res = await app.gql(CREATE, Variables.parse(input));
    expectAnswer(res, answer);
    expect(idsIn(res.body, 'SPRINKLR').vendorId).toMatch(/^[0-9a-f]{24}$/);
    expect(caseIn(res.body)?.number).toMatch(/^\d+$/);
  });

  it('Thalamus: create with a comment and typed caseData', async () => {
    const [input, answer] = example('Thalamus').json;
    expectAnswer(await app.gql(CREATE, Variables.parse(input)), answer);
  });

  it('errors are data: a refused input, before any vendor call', async () => {
    const [input, answer] = example('Errors are data').json;
    const res = await app.gql(CREATE, Variables.parse(input));
    expect(res.body).toEqual(answer);
  });

  it('every part of ## Examples is exercised above', () => {
    expect([...EXAMPLES.keys()]).toEqual(['', 'Talkdesk', 'Khoros', 'Sprinklr', 'Thalamus', 'Errors are data']);
    expect(example('').graphql).toHaveLength(1);
    expect(example('Talkdesk').json).toHaveLength(6);
  });
});

describe('README: the worked example', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('creates a Talkdesk case, answered as the README shows', async () => {
    const section = sectionOf(README, 'A worked example');
    expect(section, 'README has an ## A worked example section').toBeDefined();
    const { graphql, json } = fencedBlocks(section ?? '');
    expect(graphql).toHaveLength(1);
    expect(json).toHaveLength(2);
    const [document = ''] = graphql;
    const [variables, answer] = json;
    expectAnswer(await app.gql(document, Variables.parse(variables)), answer);
  });
});
