// What a user could write in ten minutes: Apollo Server 5 standalone, a ten-line schema, one
// resolver calling the vendor with undici. Defaults everywhere.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Pool } from 'undici';

const upstream = new URL(process.env.BENCH_UPSTREAM ?? '');
const pool = new Pool(upstream.origin, { connections: 64 });
const headers = {
  'thalamus-touchpoint': process.env.BENCH_TOUCHPOINT ?? '',
  'thalamus-token': process.env.BENCH_TOKEN ?? '',
};

const typeDefs = `#graphql
  enum CaseProvider { THALAMUS }
  type Comment { body: String! }
  type Case { vendorId: ID! status: String comments: [Comment!]! }
  type Query { caseByVendorId(provider: CaseProvider!, vendorId: ID!): Case }
`;
const resolvers = {
  Query: {
    caseByVendorId: async (_: unknown, { vendorId }: { vendorId: string }) => {
      const res = await pool.request({ method: 'GET', path: `/api/v4/cases/${vendorId}`, headers });
      const wire = (await res.body.json()) as { id: number; status: string; comments: { description: string }[] };
      return {
        vendorId: String(wire.id),
        status: wire.status,
        comments: wire.comments.map((c) => ({ body: c.description })),
      };
    },
  },
};

const server = new ApolloServer({ typeDefs, resolvers });
const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
console.log(url.replace(/\/$/, '/graphql').replace('/graphql/graphql', '/graphql'));
process.on('SIGTERM', () => {
  void server
    .stop()
    .then(() => pool.close())
    .then(() => process.exit(0));
});
