// Starts the real casegraph server in-process on 127.0.0.1 with embedded simulators, and talks
// to it over HTTP like any client would.
import type { TypedDocumentNode } from '@apollo/client';
import { print } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import pino from 'pino';
import type { Logger } from 'pino';
import { startApp } from '../../src/app.js';
import type { RunningApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { CaseProvider } from '../../src/domain/model.js';
import type { HttpTimeouts } from '../../src/http/client.js';
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

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  // One app serves a whole suite whose tests inject failures on purpose: a breaker opened by one
  // test would answer the next. Suites about the breaker set their own threshold.
  const outcome = loadConfig({
    NODE_ENV: 'test',
    CASEGRAPH_BREAKER_FAILURES: '1000',
    CASEGRAPH_RETRY_BASE_DELAY_MS: '20',
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
  return {
    url: app.url,
    app,
    gql: graphQLClient(app.graphqlUrl, options.headers),
    close: () => app.close(),
  };
}
