// Many replicas, one vendor quota: three casegraph processes (`src/main.ts`, as `npm start` runs it)
// on one Redis, against a Sprinklr simulator that enforces a quota as Sprinklr documents it (429 with
// Retry-After and the RATE_LIMIT_EXCEEDED body beyond N calls per second). With the shared limiter
// set to that quota the vendor sees no more than N per window and answers no 429; with it off, one
// replica's 429 pauses all three; with Redis stopped mid-run every request is still answered, under
// each replica's share, and the shared limit resumes once Redis is back.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSprinklrSimulator, SIM_SEEDED_CASE_ID } from '../../src/providers/sprinklr/simulator/index.js';
import type { RunningSprinklrSimulator } from '../../src/providers/sprinklr/simulator/index.js';
import type { RecordedRequest } from '../../src/simulators/harness.js';
import { killGroups, waitForGroupExit } from '../helpers/processes.js';
import { redisAvailable, startRedis } from '../helpers/redis.js';
import type { RunningRedis } from '../helpers/redis.js';

const root = new URL('../..', import.meta.url).pathname;
const QUOTA = 20;
const DEADLINE_MS = 4_000;
const READ = `{ caseByVendorId(provider: SPRINKLR, vendorId: "${SIM_SEEDED_CASE_ID}") { __typename ... on Case { vendorId } ... on Error { code } } }`;

interface Replica {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
  output: () => string;
}

const replicas: Replica[] = [];
let redis: RunningRedis;
let sim: RunningSprinklrSimulator;

/** One casegraph process as `npm start` runs it, Sprinklr pointed at the simulator as a real vendor. */
function startReplica(env: NodeJS.ProcessEnv): Promise<Replica> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    detached: true,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      CASEGRAPH_PROVIDERS: 'SPRINKLR',
      SPRINKLR_BASE_URL: sim.config.baseUrl,
      SPRINKLR_ACCESS_TOKEN: sim.config.accessToken,
      SPRINKLR_API_KEY: sim.config.apiKey,
      REDIS_URL: redis.url,
      CASEGRAPH_DEADLINE_MS: String(DEADLINE_MS),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let serving = false;
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /serving GraphQL at (http:\/\/\S+)\/graphql/.exec(out);
      if (match?.[1] && !serving) {
        serving = true;
        const replica = { child, url: match[1], exited, output: () => out };
        replicas.push(replica);
        resolve(replica);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    void exited.then((code) => reject(new Error(`casegraph exited (${code}) before serving:\n${out}`)));
  });
}

async function startReplicas(env: NodeJS.ProcessEnv): Promise<Replica[]> {
  return Promise.all([startReplica(env), startReplica(env), startReplica(env)]);
}

async function stopReplicas(): Promise<void> {
  const stopping = replicas.splice(0);
  for (const r of stopping) r.child.kill('SIGTERM');
  for (const r of stopping) {
    expect(await r.exited, r.output()).toBe(0);
    expect(await waitForGroupExit(r.child.pid!, 5_000)).toBe(true);
  }
}

interface Answer {
  replica: number;
  sentAt: number;
  ms: number;
  outcome: string;
}

/**
 * `loops` clients, each sending the read to the replicas in turn until `ms` have passed. Every
 * request has a client timeout well past casegraph's deadline, so a request that hangs fails the
 * test instead of the suite.
 */
async function load(targets: readonly Replica[], loops: number, ms: number): Promise<Answer[]> {
  const answers: Answer[] = [];
  const until = Date.now() + ms;
  await Promise.all(
    Array.from({ length: loops }, async (_, loop) => {
      for (let i = loop; Date.now() < until; i += 1) {
        const replica = i % targets.length;
        const sentAt = Date.now();
        const res = await fetch(`${targets[replica]!.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: READ }),
          signal: AbortSignal.timeout(DEADLINE_MS + 3_000),
        });
        const body = (await res.json()) as { data?: { caseByVendorId?: { __typename: string; code?: string } } };
        const result = body.data?.caseByVendorId;
        answers.push({
          replica,
          sentAt,
          ms: Date.now() - sentAt,
          outcome: result?.__typename === 'Case' ? 'Case' : (result?.code ?? `HTTP ${res.status}`),
        });
      }
    }),
  );
  return answers;
}

/** The simulator's case reads received from `since` on. */
const readsSince = (since: number): RecordedRequest[] =>
  sim.server.requests.filter((r) => r.at >= since && r.method === 'GET');

/** Requests the simulator received per window of its quota, busiest first. */
function perWindow(requests: readonly RecordedRequest[]): number[] {
  const counts = new Map<number, number>();
  for (const r of requests) counts.set(Math.floor(r.at / 1000), (counts.get(Math.floor(r.at / 1000)) ?? 0) + 1);
  return [...counts.values()].sort((a, b) => b - a);
}

/**
 * What a failure needs to be understood: each window's arrivals (ms into the window, method, status,
 * client port) and whether any replica decided alone (its Redis commands timed out).
 */
async function report(targets: readonly Replica[], since: number): Promise<string> {
  const local = await Promise.all(
    targets.map(async (r) => {
      const text = await (await fetch(`${r.url}/metrics`)).text();
      return /^casegraph_rate_limit_local_decisions_total (\d+)/m.exec(text)?.[1] ?? '?';
    }),
  );
  const windows = new Map<number, string[]>();
  for (const r of sim.server.requests.filter((x) => x.at >= since - 1_000)) {
    const window = Math.floor(r.at / 1000);
    windows.set(window, [...(windows.get(window) ?? []), `${r.at % 1000}:${r.method}:${r.status}:${r.remotePort}`]);
  }
  return [
    `local decisions per replica: ${local.join(', ')}`,
    ...[...windows].map(([window, list]) => `${window}: ${list.length} ${list.join(' ')}`),
  ].join('\n');
}

async function readiness(replica: Replica): Promise<{ rateLimits: string }> {
  return (await (await fetch(`${replica.url}/readyz`)).json()) as { rateLimits: string };
}

/** Waits until every replica's `/readyz` says `rateLimits` is `state`, sending reads meanwhile. */
async function untilRateLimits(targets: readonly Replica[], state: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const states = await Promise.all(targets.map((r) => readiness(r).then((body) => body.rateLimits)));
    if (states.every((s) => s === state)) return;
    if (Date.now() > deadline) throw new Error(`rate limits still ${states.join(', ')}, not ${state}`);
    await load(targets, 1, 50);
  }
}

beforeAll(async () => {
  if (!redisAvailable) return;
  redis = await startRedis();
  sim = await startSprinklrSimulator({ quota: { limit: QUOTA, windowMs: 1_000 } });
});

afterEach(() => {
  killGroups(replicas.splice(0).map((r) => r.child));
});

afterAll(async () => {
  await sim?.close();
  await redis?.stop();
});

describe.skipIf(!redisAvailable)('three replicas, one Redis, one vendor quota', () => {
  it(`with SPRINKLR_RATE_LIMIT at the vendor's quota, the vendor sees at most ${QUOTA} a second and answers no 429; with Redis stopped every request is still answered, and the shared limit resumes once it is back`, async () => {
    const started = await startReplicas({
      SPRINKLR_RATE_LIMIT: `${QUOTA}/1s`,
      // Three replicas at 30 % each stay within the quota while Redis is down.
      CASEGRAPH_RATE_LIMIT_LOCAL_SHARE: '0.3',
    });
    await untilRateLimits(started, 'shared');
    // Each replica has its connection to the vendor and its field definitions before the count starts.
    await load(started, 3, 1);

    const since = Date.now();
    const answers = await load(started, 12, 3_000);
    const reads = readsSince(since);
    expect(reads.filter((r) => r.status === 429).length, await report(started, since)).toBe(0);
    expect(perWindow(reads)[0]).toBeLessThanOrEqual(QUOTA);
    // The limiter made calls wait their turn, not fail: most were answered with the case.
    expect(reads.length).toBeGreaterThanOrEqual(2 * QUOTA);
    expect(answers.filter((a) => a.outcome === 'Case').length).toBeGreaterThan(answers.length / 2);

    // Redis stops mid-run: every request is answered within its deadline, under local limits.
    const port = redis.port;
    const stopped = load(started, 12, 3_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await redis.stop();
    const during = await stopped;
    expect(Math.max(...during.map((a) => a.ms))).toBeLessThan(DEADLINE_MS + 1_000);
    expect(during.filter((a) => a.outcome === 'Case').length).toBeGreaterThan(during.length / 2);
    expect((await readiness(started[0]!)).rateLimits).toBe('degraded');

    // Back on the same port: every replica reconnects and counts in Redis again.
    redis = await startRedis(port);
    await untilRateLimits(started, 'shared');
    const resumed = Date.now();
    await load(started, 12, 2_000);
    const afterwards = readsSince(resumed);
    expect(afterwards.filter((r) => r.status === 429).length, await report(started, resumed)).toBe(0);
    expect(perWindow(afterwards)[0]).toBeLessThanOrEqual(QUOTA);
    await stopReplicas();
  }, 60_000);

  it("with the limiter off, one replica's 429 pauses all three within 100 ms, until the Retry-After it named", async () => {
    const started = await startReplicas({ SPRINKLR_RATE_LIMIT: 'off' });
    await untilRateLimits(started, 'shared');
    // Every replica opens its connections to the vendor first, unlimited: a request that waits for
    // a new connection is in flight longer than the pause takes to spread.
    sim.enforceQuota(undefined);
    await load(started, 12, 300);
    sim.enforceQuota({ limit: QUOTA, windowMs: 1_000 });
    const since = Date.now();
    await load(started, 12, 2_500);
    const reads = readsSince(since);
    const first = reads.find((r) => r.status === 429);
    expect(first).toBeDefined();
    const at = first!.at;
    // The vendor's Retry-After is whole seconds: 1 for a window of one second.
    const paused = reads.filter((r) => r.at > at + 100 && r.at < at + 950);
    expect(paused).toEqual([]);
    // …and only paused: calls resume after it.
    expect(reads.some((r) => r.at >= at + 1_000)).toBe(true);
    await stopReplicas();
  }, 60_000);
});
