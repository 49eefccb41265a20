// Reading the documentation (README.md and docs/*.md) as a test needs it: a file's text, one `##`
// section of it, its generated tables back as cells, and its headings and links as GitHub sees them.
import { readFileSync } from 'node:fs';

/** A file of the repository, by its path from the root (`README.md`, `docs/schema.md`). */
export function readRepoFile(path: string): string {
  return readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
}

/** The `## title` section of a markdown text, from its heading to the next `##` heading; undefined when absent. */
export function sectionOf(text: string, title: string): string | undefined {
  const start = text.indexOf(`\n## ${title}\n`);
  if (start === -1) return undefined;
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end === -1 ? undefined : end);
}

/** The body rows (those starting with a backticked cell) of the table between two markers, as trimmed cells. */
export function tableRowsBetween(text: string, startMarker: string, endMarker: string): string[][] {
  return text
    .slice(text.indexOf(startMarker), text.indexOf(endMarker))
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
}

/**
 * The text outside fenced code blocks (``` or ~~~, indented or not, closed by a fence of the same
 * character at least as long), with each fenced line blanked so line numbers stay.
 */
export function withoutFencedCode(text: string): string {
  let fence: string | undefined;
  return text
    .split('\n')
    .map((line) => {
      const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence === undefined) {
        if (marker === undefined) return line;
        fence = marker;
        return '';
      }
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = undefined;
      return '';
    })
    .join('\n');
}

/** The text without code spans (`` `x` ``, ``` ``x`` ```), which link nothing; their line breaks stay. */
export function withoutCodeSpans(text: string): string {
  return text.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, (span) => span.replace(/[^\n]/g, ''));
}

/**
 * GitHub's anchor for a heading text (github-slugger, which github.com follows): lower case; every
 * character removed but letters, marks, decimal and letter numbers, connector punctuation (`_`),
 * the ASCII hyphen and spaces; then each space becomes `-`.
 */
export function githubSlug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc}\p{Alphabetic} -]/gu, '')
    .replace(/ /g, '-');
}

/** A heading as GitHub renders its text: code spans keep their content, links their text, no HTML tags. */
function renderedHeading(source: string): string {
  return source
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/`+/g, '')
    .trim();
}

/**
 * Every anchor a markdown file has on GitHub: one per ATX heading outside code (a repeated one gets
 * `-1`, `-2`, … as github-slugger counts them), plus explicit `id`/`name` attributes in HTML.
 */
export function anchorsOf(text: string): Set<string> {
  const prose = withoutFencedCode(text);
  const anchors = new Set<string>();
  const occurrences = new Map<string, number>();
  for (const [, heading = ''] of prose.matchAll(/^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm)) {
    const slug = githubSlug(renderedHeading(heading));
    let unique = slug;
    while (occurrences.has(unique)) {
      const count = (occurrences.get(slug) ?? 0) + 1;
      occurrences.set(slug, count);
      unique = `${slug}-${count}`;
    }
    occurrences.set(unique, 0);
    anchors.add(unique);
  }
  for (const [, id = ''] of prose.matchAll(/<[a-z][^>]*\s(?:id|name)="([^"]+)"/gi)) anchors.add(id);
  return anchors;
}

export interface MarkdownLink {
  /** The destination as written: a URL, a path, `#anchor` or `path#anchor`. */
  target: string;
  /** 1-based line of the file it is on. */
  line: number;
}

/**
 * Every link destination of a markdown file outside code: inline links and images (`[text](dest)`,
 * `![alt](dest "title")`), reference definitions (`[id]: dest`) and HTML `href`/`src` attributes.
 */
export function linksOf(text: string): MarkdownLink[] {
  const prose = withoutCodeSpans(withoutFencedCode(text));
  const links: MarkdownLink[] = [];
  const lineAt = (index: number) => prose.slice(0, index).split('\n').length;
  const patterns = [
    /\]\(\s*<([^>\n]*)>[^)]*\)/g,
    /\]\(\s*([^)<\s]+)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g,
    /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/gm,
    /<[a-z][^>]*\s(?:href|src)="([^"]+)"/gi,
  ];
  for (const pattern of patterns)
    for (const match of prose.matchAll(pattern)) links.push({ target: match[1] ?? '', line: lineAt(match.index) });
  return links.sort((a, b) => a.line - b.line);
}
