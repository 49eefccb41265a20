// Which document a GraphQL request runs, decided in the HTTP adapter before Apollo sees it (so
// before any document is parsed and before any vendor call): a trusted document named by
// `documentId` (GraphQL over HTTP) or by Apollo's persisted-query extension, or, where the
// deployment's policy allows it, an ad-hoc one. A request for a trusted document reaches Apollo
// as that document's text, with no persisted-query extension left for Apollo to register.
import { SCOPES } from '../auth/caller.js';
import type { Caller } from '../auth/caller.js';
import { isRecord } from '../domain/json.js';
import { documentHash, normalizeDocumentId } from '../graphql/trustedDocuments.js';
import type { DocumentPolicy, TrustedDocument, TrustedDocuments } from '../graphql/trustedDocuments.js';

/** What the request carries, from a JSON body (POST) or the query string (GET). */
export interface DocumentRequest {
  query: unknown;
  documentId: unknown;
  extensions: unknown;
}

export type Admission =
  /** Run it as sent. */
  | { kind: 'pass' }
  /**
   * Run it with these fields instead (a trusted document's text, the extension removed or
   * normalized); `trusted` is the document when it is a trusted one, whose plan may run it.
   */
  | {
      kind: 'rewrite';
      query: string | undefined;
      extensions: Record<string, unknown> | undefined;
      trusted?: TrustedDocument | undefined;
    }
  /** Refuse it: nothing parsed, nothing executed. */
  | { kind: 'refuse'; status: number; code: string; message: string };

export interface DocumentRules {
  policy: DocumentPolicy;
  trusted: TrustedDocuments;
}

/** Refusal codes the adapter answers with itself. */
export const DOCUMENT_CODES = {
  notFound: 'TRUSTED_DOCUMENT_NOT_FOUND',
  required: 'TRUSTED_DOCUMENT_REQUIRED',
  hashMismatch: 'PERSISTED_QUERY_HASH_MISMATCH',
  badRequest: 'BAD_REQUEST',
  /** Apollo's: its persisted-queries link then retries with the whole document. */
  apqNotFound: 'PERSISTED_QUERY_NOT_FOUND',
} as const;

export function admitDocument(request: DocumentRequest, caller: Caller, rules: DocumentRules): Admission {
  const { policy, trusted } = rules;
  // Ad-hoc documents (and Apollo's automatic persisted queries, which register them) are allowed.
  const adHoc = policy === 'any' || (policy === 'trusted-preferred' && caller.scopes.has(SCOPES.documentsAny));
  const { query, documentId } = request;
  const extensions = isRecord(request.extensions) ? request.extensions : undefined;
  const persisted = extensions?.persistedQuery;

  if (documentId !== undefined) {
    if (typeof documentId !== 'string') return refuse(400, DOCUMENT_CODES.badRequest, '`documentId` must be a string.');
    if (query !== undefined) {
      return refuse(400, DOCUMENT_CODES.badRequest, 'Send either `documentId` or `query`, not both.');
    }
    const found = trusted.get(documentId);
    if (!found) return unknownDocument(documentId);
    return {
      kind: 'rewrite',
      query: found.document,
      extensions: without(extensions, 'persistedQuery'),
      trusted: found,
    };
  }

  if (persisted !== undefined) {
    const sent = isRecord(persisted) ? persisted.sha256Hash : undefined;
    const hash = typeof sent === 'string' ? normalizeDocumentId(sent) : undefined;
    if (hash === undefined) {
      return refuse(400, DOCUMENT_CODES.badRequest, '`extensions.persistedQuery.sha256Hash` is not a sha256 hash.');
    }
    if (query !== undefined) {
      // A registration: in every mode its hash must be its document's.
      if (typeof query !== 'string' || documentHash(query) !== hash) {
        return refuse(400, DOCUMENT_CODES.hashMismatch, 'The persisted query hash does not match the document sent.');
      }
      const registered = trusted.get(hash);
      if (registered) {
        return { kind: 'rewrite', query, extensions: without(extensions, 'persistedQuery'), trusted: registered };
      }
      if (policy === 'any') return { kind: 'rewrite', query, extensions: normalized(extensions, persisted, hash) };
      if (adHoc) return { kind: 'rewrite', query, extensions: without(extensions, 'persistedQuery') };
      return refuse(
        400,
        DOCUMENT_CODES.required,
        'This document is not a trusted document, and this deployment does not register new ones.',
      );
    }
    const found = trusted.get(hash);
    if (found) {
      return {
        kind: 'rewrite',
        query: found.document,
        extensions: without(extensions, 'persistedQuery'),
        trusted: found,
      };
    }
    // Apollo's own cache answers (a hit, or PERSISTED_QUERY_NOT_FOUND and the link registers).
    if (policy === 'any')
      return { kind: 'rewrite', query: undefined, extensions: normalized(extensions, persisted, hash) };
    // The link retries with the whole document, which this caller may send.
    if (adHoc) return refuse(200, DOCUMENT_CODES.apqNotFound, 'PersistedQueryNotFound');
    return unknownDocument(hash);
  }

  if (adHoc || query === undefined) return { kind: 'pass' };
  // The whole text of a trusted document is that document, sent long-hand.
  if (typeof query === 'string' && trusted.get(documentHash(query))) return { kind: 'pass' };
  return refuse(
    400,
    DOCUMENT_CODES.required,
    policy === 'trusted-only'
      ? 'This deployment runs trusted documents only: send a `documentId` or a persisted-query hash.'
      : 'Ad-hoc documents need the `documents:any` scope here: send a `documentId` or a persisted-query hash.',
  );
}

function unknownDocument(id: string): Admission {
  return refuse(
    400,
    DOCUMENT_CODES.notFound,
    `No trusted document has the id ${JSON.stringify(id.slice(0, 80))}: it is not in this deployment's manifests.`,
  );
}

function refuse(status: number, code: string, message: string): Admission {
  return { kind: 'refuse', status, code, message };
}

function without(extensions: Record<string, unknown> | undefined, key: string): Record<string, unknown> | undefined {
  if (!extensions) return undefined;
  const { [key]: _dropped, ...rest } = extensions;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/** Apollo's cache keys by the bare hex: `sha256:<hex>` (the client preset's ids) is sent on as that. */
function normalized(
  extensions: Record<string, unknown> | undefined,
  persisted: unknown,
  hash: string,
): Record<string, unknown> {
  return { ...extensions, persistedQuery: { ...(isRecord(persisted) ? persisted : {}), sha256Hash: hash } };
}
