// `npm start` under an orchestrator: SIGTERM (or Ctrl-C's SIGINT) lets the request in flight
// finish, then the process and everything it started exit with code 0.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { killGroups, waitForGroupExit } from '../helpers/processes.js';
import { redisAvailable, redisSkipReason, startRedis } from '../helpers/redis.js';

const root = new URL('../..', import.meta.url).pathname;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface Started {
  child: ChildProcess;
  graphqlUrl: string;
  output: () => string;
  exited: Promise<number | null>;
}

const started: Started[] = [];

function startNpm(env: NodeJS.ProcessEnv): Promise<Started> {
  // Its own process group, so the suite can always clean up the whole tree (see afterEach).
  const child = spawn(npm, ['start', '--silent'], {
    cwd: root,
    detached: true,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /serving GraphQL at (http:\/\/\S+\/graphql)/.exec(out);
      if (match) {
        const s: Started = { child, graphqlUrl: match[1]!, output: () => out, exited };
        started.push(s);
        resolve(s);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    void exited.then((code) => reject(new Error(`npm start exited (${code}) before serving:\n${out}`)));
  });
}

afterEach(() => {
  killGroups(started.splice(0).map((s) => s.child));
});

describe('shutdown of npm start', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} to npm lets the request in flight finish, then every process exits 0`, async () => {
      // Every simulator answer takes 1.5 s, so the request below is surely in flight at the signal.
      const app = await startNpm({ CASEGRAPH_SIMULATOR_LATENCY_MS: '1500' });
      const inFlight = fetch(app.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ caseByVendorId(provider: THALAMUS, vendorId: "1") { __typename ... on Case { vendorId } } }',
        }),
      });
      await new Promise((r) => setTimeout(r, 300));
      app.child.kill(signal);

      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ data: { caseByVendorId: { __typename: 'Case', vendorId: '1' } } });
      expect(await app.exited).toBe(0);
      expect(await waitForGroupExit(app.child.pid!, 5_000)).toBe(true);
      expect(app.output()).toContain('"msg":"stopped"');

      // Nothing listens any more.
      await expect(fetch(app.graphqlUrl, { method: 'POST' })).rejects.toThrow();
    });
  }

  it('fails /readyz at SIGTERM and keeps serving through CASEGRAPH_SHUTDOWN_READINESS_DELAY_MS, then drains and exits 0', async () => {
    const app = await startNpm({ CASEGRAPH_SHUTDOWN_READINESS_DELAY_MS: '1500', CASEGRAPH_PROVIDERS: 'THALAMUS' });
    const base = app.graphqlUrl.replace(/\/graphql$/, '');
    const before = await fetch(`${base}/readyz`);
    expect(before.status).toBe(200);
    expect(await before.json()).toMatchObject({ status: 'ready', shuttingDown: false });

    app.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    const during = await fetch(`${base}/readyz`);
    expect(during.status).toBe(503);
    expect(await during.json()).toMatchObject({ status: 'not ready', shuttingDown: true });
    // Load balancers take a moment to notice: requests that still arrive are served.
    const served = await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ caseByVendorId(provider: THALAMUS, vendorId: "1") { __typename } }' }),
    });
    expect(await served.json()).toEqual({ data: { caseByVendorId: { __typename: 'Case' } } });
    // Liveness holds until the process is gone: an orchestrator must not kill it mid-drain.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    expect(await app.exited).toBe(0);
    expect(await waitForGroupExit(app.child.pid!, 5_000)).toBe(true);
  });

  it('exits at once when idle', async () => {
    const app = await startNpm({});
    const sent = Date.now();
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    expect(await waitForGroupExit(app.child.pid!, 5_000)).toBe(true);
    expect(Date.now() - sent).toBeLessThan(3_000);
  });

  it.skipIf(!redisAvailable)(
    `SIGTERM with a Redis idempotency store: the keyed write in flight finishes, Redis is let go, exit 0${redisAvailable ? '' : ` (skipped: ${redisSkipReason})`}`,
    async () => {
      const redis = await startRedis();
      try {
        const app = await startNpm({ REDIS_URL: redis.url, CASEGRAPH_SIMULATOR_LATENCY_MS: '1000' });
        const create = () =>
          fetch(app.graphqlUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              query:
                'mutation { createCase(input: { provider: THALAMUS, status: NEW, idempotencyKey: "sigterm", thalamus: { categoryCode: "Consulta", typeCode: "Email" } }) { __typename } }',
            }),
          });
        const inFlight = create();
        await new Promise((r) => setTimeout(r, 300));
        app.child.kill('SIGTERM');
        expect(await (await inFlight).json()).toEqual({ data: { createCase: { __typename: 'CreateCaseSuccess' } } });
        expect(await app.exited).toBe(0);
        expect(await waitForGroupExit(app.child.pid!, 5_000)).toBe(true);
      } finally {
        await redis.stop();
      }
    },
  );
});
