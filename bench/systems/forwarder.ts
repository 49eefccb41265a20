// The floor for any GraphQL layer: node:http in, one undici call to the vendor, the answer
// reshaped by hand. No GraphQL at all: it answers every request as if it were the bench query.
import { createServer } from 'node:http';
import { Pool } from 'undici';

const upstream = new URL(process.env.BENCH_UPSTREAM ?? '');
const pool = new Pool(upstream.origin, { connections: 64 });
const headers = {
  'thalamus-touchpoint': process.env.BENCH_TOUCHPOINT ?? '',
  'thalamus-token': process.env.BENCH_TOKEN ?? '',
};

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    void (async () => {
      const { variables } = JSON.parse(Buffer.concat(chunks).toString()) as { variables: { vendorId: string } };
      const answer = await pool.request({ method: 'GET', path: `/api/v4/cases/${variables.vendorId}`, headers });
      const wire = (await answer.body.json()) as { id: number; status: string; comments: { description: string }[] };
      const body = JSON.stringify({
        data: {
          caseByVendorId: {
            __typename: 'Case',
            vendorId: String(wire.id),
            status: wire.status,
            comments: wire.comments.map((c) => ({ body: c.description })),
          },
        },
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
  void pool.close().then(() => process.exit(0));
});
