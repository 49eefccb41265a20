// Slow clients over raw sockets: a client that trickles its headers or its body is cut off within
// the configured time plus the one-second check, instead of holding a socket for minutes.
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.js';
import type { TestApp } from '../helpers/app.js';

let app: TestApp;
const sockets: Socket[] = [];

beforeAll(async () => {
  app = await startTestApp({
    env: {
      CASEGRAPH_PROVIDERS: 'THALAMUS',
      CASEGRAPH_SERVER_HEADERS_TIMEOUT_MS: '500',
      CASEGRAPH_SERVER_REQUEST_TIMEOUT_MS: '1000',
    },
  });
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await app.close();
});

/** Opens a socket, writes `first`, and resolves with how long the server kept it open and what it said. */
function trickle(first: string): Promise<{ openMs: number; answer: string }> {
  const { port } = new URL(app.url);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let answer = '';
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(first));
    sockets.push(socket);
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', reject);
    socket.on('close', () => resolve({ openMs: Date.now() - started, answer }));
    // The client never finishes: only the server can end this.
    setTimeout(() => reject(new Error('the server kept a slow client for 10 s')), 10_000).unref();
  });
}

describe('slow clients', () => {
  it('cuts off a client that never finishes its headers (slowloris)', async () => {
    const { openMs, answer } = await trickle('POST /graphql HTTP/1.1\r\nHost: casegraph\r\nX-Slow: 1\r\n');
    expect(openMs).toBeLessThan(2_600);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('cuts off a client that never finishes its body', async () => {
    const { openMs, answer } = await trickle(
      'POST /graphql HTTP/1.1\r\nHost: casegraph\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":',
    );
    expect(openMs).toBeLessThan(3_100);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('still serves a client that sends its request in time', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
  });
});
