// "Finding cases" in docs/schema.md: its worked paging example is sent as written and its answers
// compared with what casegraph answers against the simulators (cursors, shortened to `…` there,
// excepted); the support table of docs/vendors.md must be what each provider's listing rules say
// (npm run docs:config).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LISTING_TABLE_END,
  LISTING_TABLE_FILE,
  LISTING_TABLE_START,
  listingTableRows,
} from '../../scripts/listingTable.js';
import { startTestApp } from '../helpers/app.js';
import { readRepoFile, sectionOf, tableRowsBetween } from '../helpers/markdown.js';
import type { TestApp } from '../helpers/app.js';

/** Where the paging example lives. */
const SCHEMA_GUIDE = 'docs/schema.md';

function section(title: string): string {
  const text = sectionOf(readRepoFile(SCHEMA_GUIDE), title);
  if (text === undefined) return expect.unreachable(`${SCHEMA_GUIDE} has no ## ${title} section`);
  return text;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The answer with every cursor shortened as the docs show them. */
const masked = (body: unknown): unknown =>
  JSON.parse(
    JSON.stringify(body, (key, value: unknown) =>
      (key === 'cursor' || key === 'endCursor' || key === 'startCursor') && typeof value === 'string' ? '…' : value,
    ),
  );

function endCursorOf(body: unknown): string {
  const cases = isRecord(body) && isRecord(body.data) ? body.data.cases : undefined;
  const cursor = isRecord(cases) && isRecord(cases.pageInfo) ? cases.pageInfo.endCursor : undefined;
  if (typeof cursor !== 'string') return expect.unreachable(`no endCursor in ${JSON.stringify(body)}`);
  return cursor;
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('docs/schema.md: Finding cases', () => {
  const text = section('Finding cases');
  const blocks = [...text.matchAll(/^```(graphql|json)\n([\s\S]*?)^```$/gm)];
  const [query = ''] = blocks.filter(([, lang]) => lang === 'graphql').map(([, , body]) => body ?? '');
  const json = blocks.filter(([, lang]) => lang === 'json').map(([, , body]): unknown => JSON.parse(body ?? ''));

  it('shows a first page and the next one, as casegraph answers them', async () => {
    const [firstVariables, firstAnswer, nextVariables, nextAnswer] = json;
    expect(json).toHaveLength(4);
    if (!isRecord(firstVariables) || !isRecord(nextVariables)) return expect.unreachable('variables are objects');
    const first = await app.gql(query, firstVariables);
    expect(first.status).toBe(200);
    expect(masked(first.body)).toEqual(firstAnswer);
    expect(nextVariables.after).toBe('…');
    const next = await app.gql(query, { ...nextVariables, after: endCursorOf(first.body) });
    expect(masked(next.body)).toEqual(nextAnswer);
  });

  it("has the support table each provider's listing rules give", () => {
    const rows = tableRowsBetween(readRepoFile(LISTING_TABLE_FILE), LISTING_TABLE_START, LISTING_TABLE_END);
    expect(rows).toEqual(listingTableRows());
  });
});
