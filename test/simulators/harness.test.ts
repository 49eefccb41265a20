import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatorServer } from '../../src/simulators/harness.js';

describe('SimulatorServer', () => {
  const server = new SimulatorServer({ notFound: () => ({ status: 404, text: 'nothing here' }) })
    .route('GET', '/case/:id', (req) => ({ status: 200, json: { id: req.params.id } }))
    .route('POST', '/boom', () => {
      throw new Error('handler bug');
    });
  let url = '';
  beforeAll(async () => {
    url = await server.listen();
  });
  afterAll(() => server.close());

  it('routes with decoded params and records the request', async () => {
    const res = await fetch(`${url}/case/a%20b?x=1`);
    expect(await res.json()).toEqual({ id: 'a b' });
    expect(server.received('GET', '/case/a%20b').at(-1)).toMatchObject({ query: { x: '1' }, rawBody: '' });
  });

  it('answers 405 for a known path with the wrong method, and the vendor 404 otherwise', async () => {
    expect((await fetch(`${url}/case/1`, { method: 'DELETE' })).status).toBe(405);
    const res = await fetch(`${url}/elsewhere`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('nothing here');
  });

  it('answers 500 when a handler throws', async () => {
    expect((await fetch(`${url}/boom`, { method: 'POST' })).status).toBe(500);
  });

  it('serves injected faults to matching requests only, as many times as asked', async () => {
    server.injectFault(
      { kind: 'respond', response: { status: 503, text: 'down' } },
      { times: 2, match: (r) => r.path === '/case/9' },
    );
    expect((await fetch(`${url}/case/1`)).status).toBe(200);
    expect((await fetch(`${url}/case/9`)).status).toBe(503);
    expect((await fetch(`${url}/case/9`)).status).toBe(503);
    expect((await fetch(`${url}/case/9`)).status).toBe(200);
  });
});
