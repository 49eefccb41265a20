// Trusted documents: the operations a frontend registered at build time (the client preset's
// persisted-documents.json, `{ "sha256:<hex>": "<document>" }`), one store keyed by hash. Every
// manifest is checked when it loads (each hash against its text, each document planned: validated
// with every rule and compiled, ./plans.ts), so a request for a trusted document can only name one
// that runs, and runs it without parsing or validating anything. The store is swapped
// whole on reload: a request sees the old set or the new one, never half of each.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { planDocument } from './plans.js';
import type { DocumentPlan, Planner } from './plans.js';

/**
 * `any`: ad-hoc documents and automatic persisted queries (development); `trusted-preferred`:
 * trusted documents, and ad-hoc ones from callers with the `documents:any` scope; `trusted-only`.
 */
export type DocumentPolicy = 'any' | 'trusted-preferred' | 'trusted-only';

/** One trusted document, planned when its manifest loaded. */
export interface TrustedDocument {
  /** The sha256 of `document`, lower-case hex without a prefix. */
  hash: string;
  /** The document text exactly as hashed. */
  document: string;
  /** The manifest it came from. */
  source: string;
  /** What a request for it runs: each operation parsed, validated, estimated and compiled once. */
  plan: DocumentPlan;
}

/** The sha256 of a document's text, lower-case hex: what both wire formats name a document by. */
export function documentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** `sha256:<hex>` or a bare 64-digit hex hash as lower-case hex; undefined for anything else. */
export function normalizeDocumentId(id: string): string | undefined {
  const hex = id.startsWith('sha256:') ? id.slice('sha256:'.length) : id;
  return /^[0-9a-f]{64}$/i.test(hex) ? hex.toLowerCase() : undefined;
}

/** A manifest that cannot be trusted: every problem, each naming its file and operation. */
export class TrustedDocumentsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Trusted documents cannot be loaded:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TrustedDocumentsError';
  }
}

export class TrustedDocuments {
  private byHash: ReadonlyMap<string, TrustedDocument>;

  private constructor(
    private readonly paths: readonly string[],
    private readonly planner: Planner,
    documents: ReadonlyMap<string, TrustedDocument>,
  ) {
    this.byHash = documents;
  }

  /** An empty store: where no manifest is configured. */
  static empty(planner: Planner): TrustedDocuments {
    return new TrustedDocuments([], planner, new Map());
  }

  /** Loads and checks every manifest; throws a TrustedDocumentsError naming each problem. */
  static async load(paths: readonly string[], planner: Planner): Promise<TrustedDocuments> {
    return new TrustedDocuments(paths, planner, await readManifests(paths, planner));
  }

  /** Reads the manifests again; on any problem the documents in use stay as they were, and it throws. */
  async reload(): Promise<void> {
    this.byHash = await readManifests(this.paths, this.planner);
  }

  /** The document for an id (`sha256:<hex>` or the bare hex), if trusted. */
  get(id: string): TrustedDocument | undefined {
    const hash = normalizeDocumentId(id);
    return hash === undefined ? undefined : this.byHash.get(hash);
  }

  get size(): number {
    return this.byHash.size;
  }
}

async function readManifests(
  paths: readonly string[],
  planner: Planner,
): Promise<ReadonlyMap<string, TrustedDocument>> {
  const problems: string[] = [];
  const documents = new Map<string, TrustedDocument>();
  for (const file of await manifestFiles(paths, problems)) {
    let manifest: unknown;
    try {
      manifest = JSON.parse(await readFile(file, 'utf8'));
    } catch (err) {
      problems.push(`${file}: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
      problems.push(`${file}: not a manifest (an object of "sha256:<hex>": "<document>").`);
      continue;
    }
    for (const [id, document] of Object.entries(manifest)) {
      const problem = checkDocument(id, document, planner);
      if (typeof problem === 'string') problems.push(`${file}: ${problem}`);
      else documents.set(problem.hash, { ...problem, source: file });
    }
  }
  if (problems.length > 0) throw new TrustedDocumentsError(problems);
  return documents;
}

/** The files named, and every `*.json` in the directories named (several apps side by side). */
async function manifestFiles(paths: readonly string[], problems: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    try {
      if ((await stat(path)).isDirectory()) {
        const names = (await readdir(path)).filter((n) => n.endsWith('.json')).sort();
        files.push(...names.map((n) => join(path, n)));
      } else files.push(path);
    } catch (err) {
      problems.push(`${path}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return files;
}

function checkDocument(id: string, document: unknown, planner: Planner): string | Omit<TrustedDocument, 'source'> {
  const hash = normalizeDocumentId(id);
  if (hash === undefined) return `${JSON.stringify(id)} is not a sha256 document id.`;
  if (typeof document !== 'string') return `${id}: the document is not a string.`;
  if (documentHash(document) !== hash) return `${id}: the hash does not match its document.`;
  const plan = planDocument(document, planner);
  if ('problem' in plan) return `${operationNames(document)} (${id}) ${plan.problem}`;
  return { hash, document, plan };
}

/** "operation CaseDetails" for messages, from the text: the document may not even parse. */
function operationNames(document: string): string {
  const names = [...document.matchAll(/\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/g)].map(
    (m) => m[1],
  );
  return names.length > 0 ? `operation ${names.join(', ')}` : 'an anonymous operation';
}
