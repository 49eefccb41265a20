// Starts the real casegraph server in-process on 127.0.0.1 with embedded simulators, and talks
// to it over HTTP like any client would.
import type { TypedDocumentNode } from '@apollo/client';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import pino from 'pino';
import type { Logger } from 'pino';
import { startApp } from '../../src/app.js';
import type { RunningApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { CaseProvider } from '../../src/domain/model.js';
import type { HttpTimeouts } from '../../src/http/client.js';
import { isRecord } from '../../src/domain/json.js';
import { metrics } from '../../src/observability/metrics.js';
import type { ProviderModule, RunningSimulator } from '../../src/providers/types.js';

export interface GraphQLResponse<TData> {
  status: number;
  body: { data?: TData | null; errors?: GraphQLFormattedError[] };
}

/** Operations without variables may be sent without them; the others must get theirs. */
type VariablesArg<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/**
 * Sends one operation. A typed document (examples/client/generated) types the variables and the
 * answer; a string is for what no client should send (malformed, over a limit, introspection)
 * or what a test reads as the README wrote it, and its answer is `unknown` until asserted.
 */
export interface SendGraphQL {
  <TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...variables: VariablesArg<TVariables>
  ): Promise<GraphQLResponse<TData>>;
  (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<unknown>>;
}

export interface TestApp {
  url: string;
  app: RunningApp;
  gql: SendGraphQL;
  close(): Promise<void>;
}

export interface TestAppOptions {
  simulators?: Partial<Record<CaseProvider, RunningSimulator<unknown>>>;
  /** Extra environment, e.g. real-vendor variables pointing at a simulator, or CASEGRAPH_PROVIDERS. */
  env?: NodeJS.ProcessEnv;
  timeouts?: Partial<HttpTimeouts>;
  /** Where the app logs; silent unless a test reads the lines. */
  logger?: Logger;
  /** Headers `gql` sends with every operation (credentials, a request id). */
  headers?: Record<string, string>;
  /** The vendor modules to serve instead of the registry's (a test-only vendor, test/fixtures/fifthVendor). */
  modules?: readonly ProviderModule<unknown>[];
}

/** What a GraphQL server answers over HTTP: JSON with `data` and/or `errors`. */
function isResponseBody(body: unknown): body is GraphQLResponse<unknown>['body'] {
  return (
    typeof body === 'object' &&
    body !== null &&
    ('data' in body || 'errors' in body) &&
    (!('errors' in body) || Array.isArray(body.errors))
  );
}

/** A `SendGraphQL` that POSTs to `graphqlUrl` as a client would, and returns the HTTP status and parsed body. */
export function graphQLClient(graphqlUrl: string, headers: Record<string, string> = {}): SendGraphQL {
  // The typed overload is what claims the answer's shape, as any GraphQL client's types do: the
  // document was validated against the schema by codegen, and the server executes that schema.
  function send<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...variables: VariablesArg<TVariables>
  ): Promise<GraphQLResponse<TData>>;
  function send(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<unknown>>;
  async function send(
    document: string | TypedDocumentNode<unknown, never>,
    variables?: unknown,
  ): Promise<GraphQLResponse<unknown>> {
    const res = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
    });
    const body: unknown = JSON.parse(await res.text());
    if (!isResponseBody(body)) throw new Error(`not a GraphQL response (HTTP ${res.status}): ${JSON.stringify(body)}`);
    return { status: res.status, body };
  }
  return send;
}

/**
 * `trusted` when this run sends every operation as a trusted document (vitest.config.ts's
 * `trusted documents` project): the same tests, through precompiled plans instead of Apollo's
 * pipeline, asserting the same answers.
 */
export const DOCUMENT_PATH = process.env.CASEGRAPH_TEST_DOCUMENTS === 'trusted' ? 'trusted' : 'ad-hoc';

/**
 * A `SendGraphQL` that registers each operation as a trusted document the first time it is sent
 * (a manifest of its own in `dir`, then the reload SIGHUP triggers), as a frontend's build would
 * have, and sends it by `documentId`. An operation that cannot be a trusted document (it does not
 * validate, it is over a limit: what a test sends on purpose) is sent as it is, as a caller with
 * `documents:any` would. Counts what it sent by id, so that the suite can check each ran.
 */
function trustedDocumentClient(
  graphqlUrl: string,
  headers: Record<string, string>,
  dir: string,
  reload: () => Promise<boolean>,
): { send: SendGraphQL; sentById: () => number } {
  const adHoc = graphQLClient(graphqlUrl, headers);
  const trusted = new Set<string>();
  const untrusted = new Set<string>();
  let sentById = 0;
  // Registrations one at a time: two tests sending new documents at once must not race a reload.
  let registering: Promise<unknown> = Promise.resolve();
  const register = (hash: string, text: string): Promise<boolean> => {
    const done = registering.then(async () => {
      if (trusted.has(hash)) return true;
      if (untrusted.has(hash)) return false;
      const file = join(dir, `${hash}.json`);
      writeFileSync(file, JSON.stringify({ [`sha256:${hash}`]: text }));
      if (await reload()) {
        trusted.add(hash);
        return true;
      }
      rmSync(file);
      if (!(await reload())) throw new Error('the trusted documents no longer reload without the refused one');
      untrusted.add(hash);
      return false;
    });
    registering = done.catch(() => undefined);
    return done;
  };
  async function send(
    document: string | TypedDocumentNode<unknown, never>,
    variables?: unknown,
  ): Promise<GraphQLResponse<unknown>> {
    const text = typeof document === 'string' ? document : print(document);
    const hash = createHash('sha256').update(text, 'utf8').digest('hex');
    if (!(await register(hash, text))) return adHoc(text, isRecord(variables) ? variables : undefined);
    sentById += 1;
    const res = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ documentId: `sha256:${hash}`, variables }),
    });
    const body: unknown = JSON.parse(await res.text());
    if (!isResponseBody(body)) throw new Error(`not a GraphQL response (HTTP ${res.status}): ${JSON.stringify(body)}`);
    return { status: res.status, body };
  }
  // The same function under both of SendGraphQL's signatures, as graphQLClient's is.
  function typed<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...variables: VariablesArg<TVariables>
  ): Promise<GraphQLResponse<TData>>;
  function typed(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<unknown>>;
  function typed(document: string | TypedDocumentNode<unknown, never>, variables?: unknown) {
    return send(document, variables);
  }
  return { send: typed, sentById: () => sentById };
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  // One app serves a whole suite whose tests inject failures on purpose: a breaker opened by one
  // test would answer the next. Suites about the breaker set their own threshold.
  const manifests = DOCUMENT_PATH === 'trusted' ? mkdtempSync(join(tmpdir(), 'casegraph-trusted-')) : undefined;
  const outcome = loadConfig({
    NODE_ENV: 'test',
    CASEGRAPH_BREAKER_FAILURES: '1000',
    CASEGRAPH_RETRY_BASE_DELAY_MS: '20',
    ...(manifests ? { CASEGRAPH_TRUSTED_DOCUMENTS: manifests } : {}),
    ...options.env,
    PORT: '0',
    HOST: '127.0.0.1',
  });
  if (!outcome.ok) throw new Error(`test configuration rejected: ${outcome.problems.join('; ')}`);
  const config = { ...outcome.config, timeouts: { ...outcome.config.timeouts, ...options.timeouts } };
  const app = await startApp({
    config,
    ...(options.simulators ? { simulators: options.simulators } : {}),
    ...(options.modules ? { modules: options.modules } : {}),
    logger: options.logger ?? pino({ level: 'silent' }),
  });
  if (!manifests) {
    return { url: app.url, app, gql: graphQLClient(app.graphqlUrl, options.headers), close: () => app.close() };
  }
  const client = trustedDocumentClient(app.graphqlUrl, options.headers ?? {}, manifests, () =>
    app.reloadTrustedDocuments(),
  );
  return {
    url: app.url,
    app,
    gql: client.send,
    async close() {
      // Each request sent by id ran on its plan or was handed to Apollo, and at least one ran on its plan.
      const counts = await trustedDocumentCounts();
      await app.close();
      rmSync(manifests, { recursive: true, force: true });
      if (client.sentById() > 0 && (counts.plan === 0 || counts.plan + counts.apollo < client.sentById())) {
        throw new Error(
          `${client.sentById()} operations were sent by documentId, but ${counts.plan} ran on their plans and ${counts.apollo} through Apollo.`,
        );
      }
    },
  };
}

/** How many trusted-document requests ran on their plans and how many through Apollo, in this process. */
async function trustedDocumentCounts(): Promise<{ plan: number; apollo: number }> {
  const { values } = await metrics.trustedDocumentRequests.get();
  const count = (path: string) => values.find((v) => v.labels.path === path)?.value ?? 0;
  return { plan: count('plan'), apollo: count('apollo') };
}
