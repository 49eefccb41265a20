// Starts the real casegraph server in-process on 127.0.0.1 with embedded simulators, and talks
// to it over HTTP like any client would.
import pino from 'pino';
import { startApp } from '../../src/app.js';
import type { RunningApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { CaseProvider } from '../../src/domain/model.js';
import type { HttpTimeouts } from '../../src/http/client.js';
import type { RunningSimulator } from '../../src/providers/types.js';

export interface GraphQLResponse<T> {
  status: number;
  body: {
    data?: T;
    errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  };
}

export interface TestApp {
  url: string;
  app: RunningApp;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers are asserted field by field in tests
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  simulators?: Partial<Record<CaseProvider, RunningSimulator<unknown>>>;
  /** Extra environment, e.g. real-vendor variables pointing at a simulator, or CASEGRAPH_PROVIDERS. */
  env?: NodeJS.ProcessEnv;
  timeouts?: Partial<HttpTimeouts>;
}

/** POSTs one GraphQL operation as a client would and returns the HTTP status and parsed body. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers are asserted field by field in tests
export async function postGraphQL<T = any>(
  graphqlUrl: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: JSON.parse(await res.text()) as GraphQLResponse<T>['body'] };
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const outcome = loadConfig({ NODE_ENV: 'test', ...options.env, PORT: '0', HOST: '127.0.0.1' });
  if (!outcome.ok) throw new Error(`test configuration rejected: ${outcome.problems.join('; ')}`);
  const config = { ...outcome.config, timeouts: { ...outcome.config.timeouts, ...options.timeouts } };
  const app = await startApp({
    config,
    ...(options.simulators ? { simulators: options.simulators } : {}),
    logger: pino({ level: 'silent' }),
  });
  return {
    url: app.url,
    app,
    gql: (query, variables) => postGraphQL(app.graphqlUrl, query, variables),
    close: () => app.close(),
  };
}
