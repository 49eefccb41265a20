// The floor for any GraphQL layer: node:http in, one undici call to the vendor, the answer
// reshaped by hand. No GraphQL at all: it answers every request as if it were the bench query.
import { createServer } from 'node:http';
import { closeUpstream, readCase } from './upstream.js';

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    void (async () => {
      const { variables } = JSON.parse(Buffer.concat(chunks).toString()) as { variables: { vendorId: string } };
      const body = JSON.stringify({
        data: { caseByVendorId: { __typename: 'Case', ...(await readCase(variables.vendorId)) } },
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    })().catch(() => res.writeHead(502).end());
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('not TCP');
  console.log(`http://127.0.0.1:${address.port}/graphql`);
});
process.on('SIGTERM', () => {
  server.close();
  void closeUpstream().then(() => process.exit(0));
});
