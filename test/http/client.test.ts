import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseError } from '../../src/domain/errors.js';
import { HttpClient, joinPath } from '../../src/http/client.js';
import { SimulatorServer } from '../../src/simulators/harness.js';

describe('HttpClient', () => {
  const server = new SimulatorServer()
    .route('GET', '/api/v1/json', () => ({ status: 200, json: { ok: true } }))
    .route('GET', '/api/v1/text', () => ({ status: 200, text: 'FAILED' }))
    .route('GET', '/api/v1/empty', () => ({ status: 204 }))
    .route('POST', '/api/v1/echo', (req) => ({ status: 201, json: { received: req.json, query: req.query } }));
  let url = '';
  let client: HttpClient;

  beforeAll(async () => {
    url = await server.listen();
    client = new HttpClient({
      vendorName: 'Acme',
      baseUrl: `${url}/api/v1`,
      timeouts: { headersMs: 200, bodyMs: 200 },
    });
  });
  afterAll(async () => {
    await client.close();
    await server.close();
  });

  it('sends JSON below the base path and parses a JSON answer', async () => {
    const res = await client.request({
      method: 'POST',
      path: '/echo',
      query: { a: '1', skip: undefined },
      json: { x: 1 },
    });
    expect(res.status).toBe(201);
    expect(res.json).toEqual({ received: { x: 1 }, query: { a: '1' } });
    const sent = server.received('POST', '/api/v1/echo').at(-1)!;
    expect(sent.headers['content-type']).toBe('application/json');
    expect(sent.headers.accept).toBe('application/json');
    expect(sent.rawBody).toBe('{"x":1}');
  });

  it('keeps a non-JSON body as text and leaves json undefined', async () => {
    const res = await client.request({ method: 'GET', path: '/text' });
    expect(res).toMatchObject({ status: 200, text: 'FAILED', json: undefined });
  });

  it('survives an empty body', async () => {
    const res = await client.request({ method: 'GET', path: '/empty' });
    expect(res).toMatchObject({ status: 204, text: '', json: undefined });
  });

  it('turns a hang past the headers timeout into a retriable ProviderUnavailableError without the address', async () => {
    server.injectFault({ kind: 'hang', ms: 2_000 });
    const started = Date.now();
    const err = await client.request({ method: 'GET', path: '/json' }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(err).toBeInstanceOf(CaseError);
    expect(err).toMatchObject({
      type: 'ProviderUnavailableError',
      retriable: true,
      message: 'Acme did not answer in time.',
    });
    expect((err as Error).message).not.toContain('127.0.0.1');
  });

  it('turns a dropped connection into ProviderUnavailableError', async () => {
    server.injectFault({ kind: 'reset' });
    await expect(client.request({ method: 'GET', path: '/json' })).rejects.toMatchObject({
      type: 'ProviderUnavailableError',
      message: 'Acme could not be reached.',
    });
  });

  it('turns a refused connection into ProviderUnavailableError', async () => {
    const closed = new SimulatorServer();
    const closedUrl = await closed.listen();
    await closed.close();
    const dead = new HttpClient({ vendorName: 'Gone', baseUrl: closedUrl });
    await expect(dead.request({ method: 'GET', path: '/' })).rejects.toMatchObject({
      type: 'ProviderUnavailableError',
      message: 'Gone could not be reached.',
    });
    await dead.close();
  });

  it('reuses kept-alive connections for sequential requests', async () => {
    const before = server.requests.length;
    for (let i = 0; i < 10; i += 1) await client.request({ method: 'GET', path: '/json' });
    const ports = new Set(server.requests.slice(before).map((r) => r.remotePort));
    expect(server.requests.length - before).toBe(10);
    // undici may open a second socket while the first is being released, but never one per request.
    expect(ports.size).toBeLessThanOrEqual(2);
  });
});

describe('joinPath', () => {
  it('joins without doubling or losing slashes', () => {
    expect(joinPath('', '/case')).toBe('/case');
    expect(joinPath('/api/v1/', '/case')).toBe('/api/v1/case');
    expect(joinPath('/prod2', 'api/v2/case')).toBe('/prod2/api/v2/case');
  });
});
