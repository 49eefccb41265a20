// Global object ids (GraphQL Global Object Identification, as GitHub's and Shopify's APIs do).
// A vendor's ids are unique only within that vendor (Talkdesk case 2 and Thalamus case 2 both
// exist), and normalized client caches key objects by `__typename` + `id`; so every `id` casegraph
// serves names the type, the provider and the object's place, encoded as one opaque base64url
// token. The encoding is stable: it is part of the published schema's contract, because clients
// and other subgraphs store these ids.
import type { CaseProvider } from '../generated/graphql.js';

/** The types whose ids are global. Case, Interaction, Note and Comment can be refetched (`Node`). */
export type GlobalIdType = 'Case' | 'Interaction' | 'Note' | 'Comment' | 'Author' | 'Assignee';

export interface GlobalId {
  type: GlobalIdType;
  provider: CaseProvider;
  /** The object's place: e.g. `[caseId]`, `[caseId, 'id', commentId]`, `[caseId, 'at', '3']`. */
  keys: string[];
}

const TYPES: readonly GlobalIdType[] = ['Case', 'Interaction', 'Note', 'Comment', 'Author', 'Assignee'];

/** `type:PROVIDER:key:key…`, each key percent-encoded so a `:` in a vendor id cannot split it. */
export function toGlobalId(type: GlobalIdType, provider: CaseProvider, keys: readonly string[]): string {
  const plain = [type, provider, ...keys.map(encodeURIComponent)].join(':');
  return Buffer.from(plain, 'utf8').toString('base64url');
}

/**
 * The parts of a global id, or null when it is not one of casegraph's: not base64url, not a known
 * type, a provider this build does not know, or keys that do not decode.
 */
export function fromGlobalId(id: string, providers: readonly CaseProvider[]): GlobalId | null {
  if (id.length === 0 || id.length > 2048 || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const plain = Buffer.from(id, 'base64url').toString('utf8');
  // Decoding is lenient; re-encoding must give back exactly the id we were handed.
  if (Buffer.from(plain, 'utf8').toString('base64url') !== id) return null;
  const [type, provider, ...encodedKeys] = plain.split(':');
  const knownType = TYPES.find((t) => t === type);
  const knownProvider = providers.find((p) => p === provider);
  if (!knownType || !knownProvider || encodedKeys.length === 0) return null;
  const keys: string[] = [];
  for (const key of encodedKeys) {
    try {
      keys.push(decodeURIComponent(key));
    } catch {
      return null;
    }
  }
  if (keys.some((k) => k === '')) return null;
  return { type: knownType, provider: knownProvider, keys };
}

/**
 * True when `id` was meant as a global id, valid or not: base64 text (either alphabet, padded or
 * not) whose start decodes to one of the types and a colon. An input that takes a global id and
 * still accepts a vendor id tells them apart by it: a vendor id does not start that way, while a
 * global id that was cut short, mistyped, re-encoded or made up for another build does.
 */
export function looksLikeGlobalId(id: string): boolean {
  if (id.length > 2048 || !/^[A-Za-z0-9_\-+/]+=*$/.test(id)) return false;
  const plain = Buffer.from(id, 'base64url').toString('latin1');
  return TYPES.some((type) => plain.startsWith(`${type}:`));
}

export const caseGlobalId = (provider: CaseProvider, vendorId: string): string =>
  toGlobalId('Case', provider, [vendorId]);
