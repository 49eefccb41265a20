// The HTTP adapter: node:http requests in, Apollo's executeHTTPGraphQLRequest, responses out.
// Also what is not GraphQL: CORS, `/healthz`, `/readyz`, `/metrics`, body limits, request ids.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { HeaderMap } from '@apollo/server';
import type { ApolloServer, HTTPGraphQLResponse } from '@apollo/server';
import type { AuthOutcome, Authenticate } from '../auth/authenticate.js';
import { SCOPES } from '../auth/caller.js';
import type { Caller } from '../auth/caller.js';
import type { RequestContext } from '../context.js';
import { runPlan } from '../graphql/planExecution.js';
import type { PlanServing } from '../graphql/planExecution.js';
import { REQUEST_ERROR_CODES } from '../graphql/responses.js';
import { metrics, registry } from '../observability/metrics.js';
import type { CircuitStateName } from '../observability/metrics.js';
import { tracedRequest } from '../observability/tracing.js';
import { withDeadline } from '../http/deadline.js';
import type { Deadline } from '../http/deadline.js';
import { admitDocument } from './documents.js';
import { isRecord } from '../domain/json.js';
import type { TrustedDocument } from '../graphql/trustedDocuments.js';
import type { DocumentRequest, DocumentRules } from './documents.js';
import { plannedRequest } from './plannedRequest.js';
import type { PlannedRequest } from './plannedRequest.js';
import type { CallerAdmission } from './callerLimits.js';

const MAX_BODY_BYTES = 1_000_000;

export function baseUrl(server: Server, host: string): string {
  const address = server.address();
  // A TCP server that is listening has an AddressInfo; a pipe or a closed server has none.
  if (address === null || typeof address === 'string') throw new Error('casegraph is not listening on a TCP port.');
  const { port } = address;
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

export interface RequestHandling {
  apollo: ApolloServer<RequestContext>;
  contextFor: (requestId: string, caller: Caller, deadline: Deadline) => RequestContext;
  authenticate: Authenticate;
  corsOrigins: string[];
  deadlineMs: number;
  maxVendorCalls: number;
  /** What `/readyz` answers: 200 when ready, 503 with the failing checks otherwise. */
  readiness: () => Promise<Readiness>;
  /** Whether `/metrics` is served here (to callers with `metrics:read`) rather than on a port of its own. */
  metricsHere: boolean;
  /** Which documents may run (CASEGRAPH_DOCUMENTS) and the trusted ones. */
  documents: DocumentRules;
  /** How a trusted document's plan answers: the same error masking and observer as Apollo's. */
  plans: PlanServing;
  /** Each caller's request limit, checked right after authentication; absent when no caller is limited. */
  callerLimits?: CallerAdmission | undefined;
}

/** The body of `/readyz`. */
export interface Readiness {
  status: 'ready' | 'not ready';
  /** Set from the first SIGTERM: a load balancer stops sending new requests while in-flight ones finish. */
  shuttingDown: boolean;
  /** `up`, `down`, or `not configured` (idempotency in process memory). */
  redis: 'up' | 'down' | 'not configured';
  /**
   * How rate limits are counted: `shared` by every replica through Redis, `local` (no Redis
   * configured), or `degraded` (Redis cannot be asked: each replica keeps its share of each limit).
   */
  rateLimits: 'shared' | 'local' | 'degraded';
  /**
   * Each provider's circuit: `open` while casegraph has stopped calling a failing vendor; and, while
   * the vendor asked every replica to pause (a 429's Retry-After), until when.
   */
  providers: Record<string, { circuit: CircuitStateName; backoffUntil?: string }>;
}

export async function handleRequest(
  req: IncomingMessage,
  res: ServerResponse,
  handling: RequestHandling,
): Promise<void> {
  const { apollo, contextFor, corsOrigins, deadlineMs } = handling;
  const url = new URL(req.url ?? '/', 'http://casegraph');
  applyCors(req, res, corsOrigins);
  if (req.method === 'OPTIONS') {
    res.writeHead(204).end();
    return;
  }
  if (url.pathname === '/healthz') {
    sendJson(res, 200, { status: 'ok' });
    return;
  }
  if (url.pathname === '/readyz') {
    const readiness = await handling.readiness();
    sendJson(res, readiness.status === 'ready' ? 200 : 503, readiness);
    return;
  }
  if (url.pathname === '/metrics' && handling.metricsHere) {
    await serveMetricsTo(req, res, handling);
    return;
  }
  if (url.pathname !== '/graphql') {
    sendJson(res, 404, { errors: [{ message: 'Not found. GraphQL is served at /graphql.' }] });
    return;
  }

  // Correlates a client's request with casegraph's log lines; a caller's own id is kept if sane.
  const offered = req.headers['x-request-id'];
  const requestId = typeof offered === 'string' && /^[\w.:-]{1,128}$/.test(offered) ? offered : randomUUID();
  res.setHeader('x-request-id', requestId);

  // Before the body is read: an unknown caller gets nothing buffered, parsed or executed. The
  // Sandbox page itself (a GET for HTML, no operation) is static and served to anyone.
  let caller: Caller | undefined;
  if (!isLandingPageRequest(req, url)) {
    const auth = await handling.authenticate(req.headers);
    if (!auth.ok) {
      refuseCaller(req, res, auth);
      return;
    }
    caller = auth.caller;
    // The caller's request limit, before anything of the request is read: over it, a 429 here.
    if (handling.callerLimits && !(await handling.callerLimits.admit(req, res, caller))) return;
  }

  let body: unknown;
  if (req.method === 'POST') {
    const raw = await readBody(req, MAX_BODY_BYTES);
    if (raw === null) {
      closeAfterResponse(req, res);
      sendJson(res, 413, { errors: [{ message: `Request body exceeds ${MAX_BODY_BYTES} bytes.` }] });
      return;
    }
    const contentType = req.headers['content-type'] ?? '';
    if (/^application\/(graphql-response\+)?json\b/i.test(contentType)) {
      try {
        body = raw === '' ? undefined : (JSON.parse(raw) as unknown);
      } catch {
        sendJson(res, 400, {
          errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
        });
        return;
      }
    } else {
      body = raw;
    }
  }

  // Which document runs, decided before Apollo parses anything: an unknown trusted-document id, a
  // persisted-query hash that is not its document's, or an ad-hoc document the policy refuses, is
  // answered here.
  let search = url.search;
  let planned: PlannedRequest | undefined;
  if (caller) {
    const post = req.method === 'POST';
    const admitted = admitRequest(post, body, url, caller, handling.documents);
    if (admitted.kind === 'refuse') {
      if (admitted.status === 200) res.setHeader('cache-control', 'private, no-cache, must-revalidate');
      sendJson(res, admitted.status, { errors: [{ message: admitted.message, extensions: { code: admitted.code } }] });
      return;
    }
    if (admitted.kind === 'body') body = admitted.body;
    else if (admitted.kind === 'search') search = admitted.search;
    if (admitted.kind !== 'as sent' && admitted.trusted) {
      planned = plannedRequest(req, admitted.trusted, { post, body, params: url.searchParams });
      if (!planned) metrics.trustedDocumentRequests.inc({ path: 'apollo' });
    }
  }

  const method = (req.method ?? 'GET').toUpperCase();
  await tracedRequest(
    req.headers,
    { 'http.request.method': method, 'url.path': url.pathname, 'casegraph.request_id': requestId },
    async (span) => {
      // Every vendor call made for this request runs under its deadline (src/http/deadline.ts).
      const response = await withDeadline(
        deadlineMs,
        async (deadline): Promise<HTTPGraphQLResponse> => {
          const context = () => contextFor(requestId, caller ?? LANDING_PAGE_VISITOR, deadline);
          if (planned) {
            const outcome = await runPlan(planned.plan, planned.variables, context(), handling.plans);
            metrics.trustedDocumentRequests.inc({ path: outcome.kind === 'answered' ? 'plan' : 'apollo' });
            if (outcome.kind === 'answered') {
              return {
                status: outcome.status,
                headers: new HeaderMap([['content-type', planned.contentType]]),
                body: { kind: 'complete', string: outcome.body },
              };
            }
          }
          // Apollo's own header map, made only for the requests Apollo runs.
          const headers = new HeaderMap();
          for (const [key, value] of Object.entries(req.headers)) {
            if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
          }
          return apollo.executeHTTPGraphQLRequest({
            httpGraphQLRequest: { method, headers, search, body },
            context: async () => context(),
          });
        },
        handling.maxVendorCalls,
      );
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete' && res.statusCode >= 500 && refusedBeforeExecution(response.body.string)) {
        res.statusCode = 400;
      }
      span?.setAttribute('http.response.status_code', res.statusCode);
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    },
  );
}

type Admitted =
  | { kind: 'as sent' }
  | { kind: 'body'; body: Record<string, unknown>; trusted: TrustedDocument | undefined }
  | { kind: 'search'; search: string; trusted: TrustedDocument | undefined }
  | { kind: 'refuse'; status: number; code: string; message: string };

/**
 * The document fields of a POST's JSON body, or of a GET's query string, through the policy
 * (./documents.ts); a rewritten request comes back as the body or the query string to send on.
 */
function admitRequest(post: boolean, body: unknown, url: URL, caller: Caller, rules: DocumentRules): Admitted {
  if (post) {
    if (!isRecord(body)) return { kind: 'as sent' };
    const fields = body;
    const admission = admitDocument(
      { query: fields.query, documentId: fields.documentId, extensions: fields.extensions },
      caller,
      rules,
    );
    if (admission.kind !== 'rewrite') return admission.kind === 'pass' ? { kind: 'as sent' } : admission;
    const { documentId: _id, query: _query, extensions: _extensions, ...rest } = fields;
    return {
      kind: 'body',
      body: {
        ...rest,
        ...(admission.query === undefined ? {} : { query: admission.query }),
        ...(admission.extensions === undefined ? {} : { extensions: admission.extensions }),
      },
      trusted: admission.trusted,
    };
  }
  const params = url.searchParams;
  const rawExtensions = params.get('extensions');
  let extensions: unknown = rawExtensions ?? undefined;
  try {
    if (rawExtensions !== null) extensions = JSON.parse(rawExtensions);
  } catch {
    // Left as text: Apollo answers that it is not JSON.
  }
  const request: DocumentRequest = {
    query: params.get('query') ?? undefined,
    documentId: params.get('documentId') ?? undefined,
    extensions,
  };
  const admission = admitDocument(request, caller, rules);
  if (admission.kind !== 'rewrite') return admission.kind === 'pass' ? { kind: 'as sent' } : admission;
  const next = new URLSearchParams(params);
  next.delete('documentId');
  if (admission.query === undefined) next.delete('query');
  else next.set('query', admission.query);
  if (admission.extensions === undefined) next.delete('extensions');
  else next.set('extensions', JSON.stringify(admission.extensions));
  return { kind: 'search', search: `?${next.toString()}`, trusted: admission.trusted };
}

/**
 * 401 with the RFC 6750 challenge, or 503 with Retry-After when the key set cannot be fetched; a
 * request whose body was not read closes its connection.
 */
function refuseCaller(req: IncomingMessage, res: ServerResponse, auth: AuthOutcome & { ok: false }): void {
  if (auth.challenge) res.setHeader('www-authenticate', auth.challenge);
  if (auth.status === 503) res.setHeader('retry-after', '5');
  if (!req.complete) closeAfterResponse(req, res);
  sendJson(res, auth.status, {
    errors: [{ message: auth.message, extensions: { code: auth.status === 401 ? 'UNAUTHENTICATED' : 'UNAVAILABLE' } }],
  });
}

/** `/metrics` on the GraphQL port: for callers with `metrics:read` (a scraper's own API key). */
async function serveMetricsTo(req: IncomingMessage, res: ServerResponse, handling: RequestHandling): Promise<void> {
  const auth = await handling.authenticate(req.headers);
  if (!auth.ok) {
    refuseCaller(req, res, auth);
    return;
  }
  if (!auth.caller.scopes.has(SCOPES.metrics)) {
    sendJson(res, 403, { errors: [{ message: `Reading metrics needs the ${SCOPES.metrics} scope.` }] });
    return;
  }
  await sendMetrics(res);
}

/** The Prometheus text exposition of every casegraph metric and Node's defaults. */
export async function sendMetrics(res: ServerResponse): Promise<void> {
  const text = await registry.metrics();
  res.writeHead(200, { 'content-type': registry.contentType });
  res.end(text);
}

/** Whoever loads the Sandbox page: it executes nothing, so it needs no scope. */
const LANDING_PAGE_VISITOR: Caller = { id: 'landing-page', via: 'none', scopes: new Set() };

function isLandingPageRequest(req: IncomingMessage, url: URL): boolean {
  return (
    req.method === 'GET' &&
    !url.searchParams.has('query') &&
    !url.searchParams.has('extensions') &&
    !url.searchParams.has('documentId') &&
    (req.headers.accept ?? '').includes('text/html')
  );
}

/**
 * Answers before the request body was read: close the connection rather than let a keep-alive
 * client reuse a socket that is mid-request.
 */
function closeAfterResponse(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('connection', 'close');
  res.once('finish', () => req.destroy());
}

/**
 * A document that does not parse, or that graphql-armor's token limit stops while it parses, is the
 * client's fault, but Apollo answers an error thrown from a parsing hook with 500. GraphQL over
 * HTTP says 400 for a request that never executed; only such answers (no `data`, every error a
 * request error) are changed.
 */
function refusedBeforeExecution(body: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return false;
  }
  if (typeof parsed !== 'object' || parsed === null || 'data' in parsed || !('errors' in parsed)) return false;
  const { errors } = parsed;
  return (
    Array.isArray(errors) &&
    errors.length > 0 &&
    errors.every((e: unknown) => {
      if (typeof e !== 'object' || e === null || !('extensions' in e)) return false;
      const { extensions } = e;
      return (
        typeof extensions === 'object' &&
        extensions !== null &&
        'code' in extensions &&
        typeof extensions.code === 'string' &&
        REQUEST_ERROR_CODES.has(extensions.code)
      );
    })
  );
}

/** The request headers a browser client of casegraph sends: GraphQL, CSRF prevention, tracing, auth. */
const CORS_ALLOWED_HEADERS =
  'content-type, authorization, apollo-require-preflight, x-apollo-operation-name, x-request-id, apollographql-client-name, apollographql-client-version';

function applyCors(req: IncomingMessage, res: ServerResponse, origins: string[]): void {
  const origin = req.headers.origin;
  if (!origin) return;
  if (origins.includes('*')) res.setHeader('access-control-allow-origin', '*');
  else if (origins.includes(origin)) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'Origin');
  } else return;
  if (req.method === 'OPTIONS') {
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    // A fixed list, never an echo of what the browser asked for.
    res.setHeader('access-control-allow-headers', CORS_ALLOWED_HEADERS);
    res.setHeader('access-control-max-age', '600');
  }
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    // No setEncoding on requests: chunks are Buffers.
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
