// What a user could write in ten minutes: Apollo Server 5 standalone, a ten-line schema, one
// resolver calling the vendor with undici. Defaults everywhere.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { closeUpstream, readCase } from './upstream.js';

const typeDefs = `#graphql
  enum CaseProvider { THALAMUS }
  type Comment { body: String! }
  type Case { vendorId: ID! status: String comments: [Comment!]! }
  type Query { caseByVendorId(provider: CaseProvider!, vendorId: ID!): Case }
`;
const resolvers = {
  Query: {
    caseByVendorId: (_: unknown, { vendorId }: { vendorId: string }) => readCase(vendorId),
  },
};

const server = new ApolloServer({ typeDefs, resolvers });
const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
console.log(new URL('graphql', url).href);
process.on('SIGTERM', () => {
  void server
    .stop()
    .then(closeUpstream)
    .then(() => process.exit(0));
});
