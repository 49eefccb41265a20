// The documentation's links hold: every relative link in README.md and docs/*.md names a file or
// folder of the repository, and every `#anchor` a heading of its target as GitHub renders it (its
// slug rules, duplicate headings numbered). Also what keeps the README a front page: at most 250
// lines, a link to every guide in docs/, and every error type the schema has.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { anchorsOf, githubSlug, linksOf, readRepoFile, sectionOf } from '../helpers/markdown.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Files the docs link to that another change adds: a link to one may stand before the file does.
 * Once it exists, its anchors are checked like any other file's.
 */
const EXPECTED_FILES = new Set(['docs/adding-a-vendor.md']);

/** README.md and every markdown file under docs/, as paths from the repository root. */
function documentationFiles(): string[] {
  const docs = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return docs(path);
      return entry.name.endsWith('.md') ? [path] : [];
    });
  return ['README.md', ...docs('docs')];
}

const FILES = documentationFiles();
const anchorCache = new Map<string, Set<string>>();
const anchorsIn = (file: string): Set<string> => {
  const cached = anchorCache.get(file) ?? anchorsOf(readRepoFile(file));
  anchorCache.set(file, cached);
  return cached;
};

/** What is wrong with one link of `file`, or undefined when it resolves. */
function problemWith(file: string, target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return undefined; // a URL: not ours to check
  const hash = target.indexOf('#');
  const pathPart = decodeURIComponent(hash === -1 ? target : target.slice(0, hash));
  const anchor = hash === -1 ? undefined : decodeURIComponent(target.slice(hash + 1));
  if (pathPart.startsWith('/')) return 'an absolute path: GitHub resolves it against the site, not the repository';
  const resolved = pathPart === '' ? file : relative(ROOT, normalize(join(ROOT, dirname(file), pathPart)));
  const path = resolved.split(sep).join('/').replace(/\/$/, '');
  if (path.startsWith('..')) return `${path} is outside the repository`;
  if (!existsSync(join(ROOT, path))) return EXPECTED_FILES.has(path) ? undefined : `${path} does not exist`;
  if (anchor === undefined) return undefined;
  if (!path.endsWith('.md')) return `#${anchor} points into ${path}, which has no headings`;
  if (!anchorsIn(path).has(anchor))
    return `${path} has no heading #${anchor} (it has: ${[...anchorsIn(path)].join(', ')})`;
  return undefined;
}

describe('GitHub anchors, as github-slugger makes them', () => {
  it.each([
    ['Identity: global ids and entity keys', 'identity-global-ids-and-entity-keys'],
    ['Retries, circuit breaker, bulkhead, deadline', 'retries-circuit-breaker-bulkhead-deadline'],
    ["A customer's cases, page by page", 'a-customers-cases-page-by-page'],
    ['What’s new — in 2.0', 'whats-new--in-20'],
    ['snake_case and kebab-case', 'snake_case-and-kebab-case'],
    ['Ünïcode Überschrift', 'ünïcode-überschrift'],
  ])('%s → #%s', (heading, slug) => {
    expect(githubSlug(heading)).toBe(slug);
  });

  it('renders a heading before its slug, skips code and numbers repeated headings -1, -2', () => {
    const text = [
      '# `npm start` [and](x.md) <em>more</em>',
      '## Errors',
      '```sh',
      '# not a heading',
      '```',
      '## Errors',
      '### Errors ###',
      '## Errors-1',
    ].join('\n');
    expect([...anchorsOf(text)]).toEqual(['npm-start-and-more', 'errors', 'errors-1', 'errors-2', 'errors-1-1']);
  });

  it('reads links outside code only, with their lines', () => {
    const text = ['[a](one.md) `[b](two.md)`', '```', '[c](three.md)', '```', '![d](four.svg "t") [e]: five.md'].join(
      '\n',
    );
    expect(linksOf(text)).toEqual([
      { target: 'one.md', line: 1 },
      { target: 'four.svg', line: 5 },
    ]);
  });
});

describe('the link check itself', () => {
  it('refuses a missing file, a missing anchor and a path out of the repository; accepts URLs and the expected files', () => {
    const from = 'docs/getting-started.md';
    expect(problemWith(from, 'nope.md')).toBe('docs/nope.md does not exist');
    expect(problemWith(from, '#nope')).toMatch(/^docs\/getting-started\.md has no heading #nope/);
    expect(problemWith(from, 'schema.md#nope')).toMatch(/^docs\/schema\.md has no heading #nope/);
    expect(problemWith(from, '../../elsewhere.md')).toMatch(/outside the repository/);
    expect(problemWith(from, '../package.json#L1')).toMatch(/has no headings/);
    expect(problemWith(from, 'schema.md#errors-as-data')).toBeUndefined();
    expect(problemWith(from, '../src/')).toBeUndefined();
    expect(problemWith(from, 'https://example.com/#x')).toBeUndefined();
    expect(problemWith(from, 'architecture.md#layers')).toBeUndefined();
    expect(problemWith('docs/architecture.md', 'adding-a-vendor.md')).toBeUndefined();
  });
});

describe('the documentation', () => {
  it.each(FILES)('%s: every relative link and #anchor resolves', (file) => {
    const links = linksOf(readRepoFile(file));
    const problems = links.flatMap(({ target, line }) => {
      const problem = problemWith(file, target);
      return problem === undefined ? [] : [`${file}:${line} (${target}): ${problem}`];
    });
    expect(problems).toEqual([]);
  });

  it('has docs to check, and links between them', () => {
    expect(FILES.length).toBeGreaterThan(5);
    expect(
      FILES.flatMap((file) => linksOf(readRepoFile(file))).filter((l) => l.target.includes('#')).length,
    ).toBeGreaterThan(20);
  });

  it('README.md stays a front page: at most 250 lines', () => {
    expect(readRepoFile('README.md').split('\n').length - 1).toBeLessThanOrEqual(250);
  });

  it('README.md links to every guide in docs/', () => {
    const linked = new Set(linksOf(readRepoFile('README.md')).map((l) => l.target.split('#')[0]));
    expect(FILES.filter((file) => file.startsWith('docs/') && !linked.has(file))).toEqual([]);
  });

  it("README.md's ## Errors names every error type the schema has", () => {
    const errors = [...readRepoFile('schema/errors.graphql').matchAll(/^type (\w+) implements Error\b/gm)].map(
      ([, name]) => name ?? '',
    );
    expect(errors).toHaveLength(8);
    const section = sectionOf(readRepoFile('README.md'), 'Errors') ?? '';
    expect(errors.filter((name) => !section.includes(`\`${name}\``))).toEqual([]);
  });
});
