// The example "customers" subgraph: what another team's service next to casegraph looks like. It
// owns customer accounts and knows which cases each customer has open only as case keys
// ({ provider, vendorId }); the gateway asks casegraph for everything else about those cases.
// casegraph contributes `Customer.cases` (the cases a customer raised, in every vendor), keyed by the
// customer's email: the gateway hands casegraph `{ email }` for it.
// In-memory data, Apollo Server 5 and @apollo/subgraph: no dependency on casegraph's code.
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

export const CUSTOMERS_SDL_PATH = new URL('customers.graphql', import.meta.url);

export const CASE_PROVIDERS = ['KHOROS', 'SPRINKLR', 'THALAMUS', 'TALKDESK'] as const;
export type CaseProvider = (typeof CASE_PROVIDERS)[number];

/** How the customers subgraph refers to a case: the key it shares with casegraph. */
export interface CaseKey {
  provider: CaseProvider;
  vendorId: string;
}

export interface Customer {
  id: string;
  /** The account holder's email: the key casegraph finds the cases they raised by. */
  email: string;
  name: string;
}

/**
 * The accounts this example serves: the first two requesters the vendor simulators are seeded with
 * (src/simulators/people.ts), so `Customer.cases` finds cases in every vendor.
 */
export const CUSTOMERS: readonly Customer[] = [
  { id: 'cust-1', email: 'ada@example.com', name: 'Ada Lovelace' },
  { id: 'cust-2', email: 'grace@example.com', name: 'Grace Hopper' },
];

/** Which cases each customer has open, by customer id; customers not listed have none. */
export type OpenCases = Readonly<Record<string, readonly CaseKey[]>>;

export interface CustomersSubgraphOptions {
  port?: number;
  host?: string;
  cases?: OpenCases;
}

export interface RunningCustomersSubgraph {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4001/graphql */
  graphqlUrl: string;
  /**
   * Replaces which cases each customer has open. Cases usually exist only after everything is up
   * (they are created through the gateway), so tests and `npm run supergraph` seed them here.
   */
  setOpenCases(cases: OpenCases): void;
  close(): Promise<void>;
}

export function customersTypeDefs(): string {
  return readFileSync(CUSTOMERS_SDL_PATH, 'utf8');
}

export async function startCustomersSubgraph(
  options: CustomersSubgraphOptions = {},
): Promise<RunningCustomersSubgraph> {
  let openCases: OpenCases = options.cases ?? {};
  const byId = (id: unknown): Customer | null => CUSTOMERS.find((c) => c.id === id) ?? null;
  const byEmail = (email: unknown): Customer | null => CUSTOMERS.find((c) => c.email === email) ?? null;

  const resolvers = {
    Query: {
      customers: () => CUSTOMERS,
      customer: (_parent: unknown, args: { id?: unknown }) => byId(args.id),
    },
    Customer: {
      // The gateway sends `{ __typename: "Customer", id }` or `{ __typename: "Customer", email }`
      // (either key) when another subgraph references a customer.
      __resolveReference: (reference: { id?: unknown; email?: unknown }) =>
        reference.id !== undefined ? byId(reference.id) : byEmail(reference.email),
      // Only the key fields: the gateway hands them to casegraph's `_entities` for everything else.
      openCases: (customer: Customer) => openCases[customer.id] ?? [],
    },
  };

  const server = new ApolloServer({
    schema: buildSubgraphSchema([{ typeDefs: parse(customersTypeDefs()), resolvers }]),
    // The process that runs this subgraph owns its signals (see scripts/supergraph.ts).
    stopOnTerminationSignals: false,
    // Field traces are for GraphOS usage reporting, which this example does not do.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  // The standalone server answers GraphQL on every path; /graphql is the one the supergraph names.
  const { url } = await startStandaloneServer(server, {
    listen: { port: options.port ?? 0, host: options.host ?? '127.0.0.1' },
  });

  return {
    graphqlUrl: new URL('graphql', url).href,
    setOpenCases(cases) {
      openCases = cases;
    },
    close: () => server.stop(),
  };
}
