// The vendor the bench reads from: casegraph's own Thalamus simulator (strict, as in the tests) in
// a process of its own, with cases carrying 1, 10, 100 and 1,000 comments. A control port sets the
// answer delay at run time (the open-loop phase wants a 50 ms vendor). Prints one JSON line.
import { createServer } from 'node:http';
import { startThalamusSimulator } from '../../src/providers/thalamus/simulator/index.js';

const sim = await startThalamusSimulator();
const headers = {
  'content-type': 'application/json',
  'thalamus-touchpoint': sim.touchpoint,
  'thalamus-token': sim.token,
};

/** Case id by number of comments; case 1 is seeded with one. */
const nested: Record<number, string> = { 1: '1' };
for (const n of [10, 100, 1000]) {
  const res = await fetch(`${sim.url}/api/v4/cases`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      categoryCode: 'Reclamo',
      typeCode: 'Telefonico',
      status: 'Open',
      caseData: { fechaIncidente: '2024-05-01' },
      comments: Array.from({ length: n }, (_, i) => ({ description: `Comment ${i + 1}` })),
    }),
  });
  const body = (await res.json()) as { case?: { id?: number } };
  if (res.status !== 201 || body.case?.id === undefined)
    throw new Error(`seeding ${n} comments failed: ${res.status} ${JSON.stringify(body)}`);
  nested[n] = String(body.case.id);
}

const control = createServer((req, res) => {
  const ms = Number(new URL(req.url ?? '/', 'http://stub').searchParams.get('latencyMs') ?? '0');
  sim.server.delayResponses(ms);
  res.writeHead(204).end();
});
await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
const address = control.address();
if (address === null || typeof address === 'string') throw new Error('control port is not TCP');

process.on('SIGTERM', () => {
  control.close();
  void sim.close().then(() => process.exit(0));
});
console.log(
  JSON.stringify({
    url: sim.url,
    touchpoint: sim.touchpoint,
    token: sim.token,
    nested,
    control: `http://127.0.0.1:${address.port}`,
  }),
);
