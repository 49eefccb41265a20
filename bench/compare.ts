// casegraph side by side with what it competes against, in one run on one machine:
//
//   direct        the load generator calling the vendor stub itself (the floor)
//   forwarder     node:http + undici, no GraphQL (bench/systems/forwarder.ts)
//   naive Apollo  Apollo Server 5 with a ten-line schema (bench/systems/naiveApollo.ts)
//   casegraph     `node --import tsx src/main.ts`, as `npm start` runs it, at LOG_LEVEL=warn and info
//   casegraph, trusted documents
//                 the same, CASEGRAPH_DOCUMENTS=trusted-only with the bench query in its manifest,
//                 sent by `documentId` (its precompiled plan runs, not Apollo's pipeline)
//   casegraph, rate limits (memory / Redis)
//                 the same with a vendor quota and caller limits that never bind, counted in
//                 memory and on a redis-server the bench starts: what the limiter costs
//
// and, in a section of its own, the first page of 20 cases of `Query.cases` merged across three
// providers (one vendor list call each), against a single-case read of the same casegraph: that
// casegraph runs on real-vendor configuration pointed at the four vendor simulators, which run in a
// process of their own (bench/systems/simulators.ts) so that its CPU figure is its own.
//
// Every system is its own process, reading the same case from the same vendor stub (casegraph's
// Thalamus simulator, bench/systems/stub.ts). Rounds interleave the systems so that noise on this
// shared machine hits all of them alike; compare the ratios, not the absolute numbers. Every answer
// is checked (the case id and its comments), not just its status.
//
//   npm run bench               the full run (a few minutes); writes bench/RESULTS.md and bench/latency.svg
//   npm run bench -- --quick    under 30 s, for CI: fails on errors or wrong answers, never on timings
//   npm run bench -- --profile  also writes a CPU profile of casegraph and prints its top functions
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { connect, createServer as createNetServer } from 'node:net';
import type { ChildProcess } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const PROFILE = args.has('--profile');
const root = new URL('..', import.meta.url).pathname;

const settings = QUICK
  ? {
      rounds: 1,
      throughputOps: 150,
      latencyOps: 60,
      openLoopSeconds: 1,
      soakSeconds: 1,
      nested: [1, 100],
      nestedOps: 30,
      listingOps: 80,
      listingLatencyOps: 30,
    }
  : {
      rounds: 5,
      throughputOps: 3000,
      latencyOps: 1500,
      openLoopSeconds: 10,
      soakSeconds: 60,
      nested: [1, 10, 100, 1000],
      nestedOps: 300,
      listingOps: 400,
      listingLatencyOps: 500,
    };

const QUERY = `query Bench($vendorId: ID!) {
  caseByVendorId(provider: THALAMUS, vendorId: $vendorId) {
    __typename
    ... on Case { vendorId status comments { body } }
  }
}`;

// The listing section's operations: the two pages the issue names, and, for the ratio, a single read
// of a seeded Talkdesk case selecting the same fields as each page's nodes.
const PAGE_SELECTION = `__typename
    ... on CaseConnection {
      edges { cursor node { id provider title status updatedAt } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }`;
const INBOX_QUERY = `query InboxPage {
  cases(first: 20) {
    ${PAGE_SELECTION}
  }
}`;
const CUSTOMER_QUERY = `query CustomerPage($email: String!) {
  cases(first: 20, filter: { requesterEmail: $email }) {
    ${PAGE_SELECTION}
  }
}`;
const SINGLE_QUERY = `query SingleRead($vendorId: ID!) {
  caseByVendorId(provider: TALKDESK, vendorId: $vendorId) {
    __typename
    ... on Case { id vendorId provider title status updatedAt }
  }
}`;
/** Every provider, so the one casegraph serves both pages; the filter decides which it asks. */
const LISTING_PROVIDERS = ['TALKDESK', 'SPRINKLR', 'KHOROS', 'THALAMUS'];

// ---- processes ---------------------------------------------------------------------------------

interface Started {
  name: string;
  child: ChildProcess;
  line: string;
}

const children: ChildProcess[] = [];
/** Set by stopAll: a system whose start was chained on another's is not spawned after it. */
let stopping = false;
const logDir = mkdtempSync(join(tmpdir(), 'casegraph-bench-'));

/**
 * Starts a system with its stdout going to a file, as a log collector would take it: a pipe that
 * this busy process drains late would slow whatever logs most (casegraph at info) for nothing.
 * Resolves with the first line the system prints.
 */
function start(name: string, argv: string[], env: NodeJS.ProcessEnv, cwd = root): Promise<Started> {
  if (stopping) return Promise.reject(new Error(`${name} not started: the bench is stopping`));
  const outPath = join(logDir, `${name.replace(/\W+/g, '-')}.log`);
  const out = openSync(outPath, 'w');
  const child = spawn(process.execPath, argv, {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', ...env },
    stdio: ['ignore', out, 'pipe'],
  });
  closeSync(out);
  children.push(child);
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      const text = readFileSync(outPath, 'utf8');
      const newline = text.indexOf('\n');
      if (newline < 0) return;
      clearInterval(poll);
      resolve({ name, child, line: text.slice(0, newline) });
    }, 50);
    child.once('exit', (code) => {
      clearInterval(poll);
      reject(new Error(`${name} exited (${code}) before it was ready: ${err}`));
    });
  });
}

async function stopAll(): Promise<void> {
  stopping = true;
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((resolve) => {
          if (c.exitCode !== null || c.signalCode !== null) return resolve();
          c.once('exit', () => resolve());
          c.kill('SIGTERM');
          setTimeout(() => c.kill('SIGKILL'), 5_000).unref();
        }),
    ),
  );
}

/** User + system CPU time of a process, in microseconds (from /proc/<pid>/stat, 100 ticks/s). */
function cpuMicros(pid: number | undefined): number {
  if (pid === undefined) return 0;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

function rssBytes(pid: number | undefined): number {
  if (pid === undefined) return 0;
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? 0) * 1024;
}

// ---- targets -------------------------------------------------------------------------------------

interface Target {
  name: string;
  pid: number | undefined;
  /** One request for the case with `comments` comments; resolves with its latency in ms, or throws on a wrong answer. */
  send(comments: number): Promise<number>;
  pool: Pool;
}

interface StubInfo {
  url: string;
  touchpoint: string;
  token: string;
  nested: Record<string, string>;
  control: string;
}

let stub: StubInfo;

function expectCase(name: string, body: unknown, comments: number): void {
  const answer = (body as { data?: { caseByVendorId?: { vendorId?: string; comments?: { body?: string }[] } } } | null)
    ?.data?.caseByVendorId;
  const want = stub.nested[String(comments)];
  const ok =
    answer?.vendorId === want &&
    answer?.comments?.length === comments &&
    (comments === 1 || answer.comments[comments - 1]?.body === `Comment ${comments}`);
  if (!ok) throw new Error(`${name} answered wrongly: ${JSON.stringify(body).slice(0, 300)}`);
}

/** The bench query's trusted-document id, as codegen's client preset names it. */
const QUERY_ID = `sha256:${createHash('sha256').update(QUERY, 'utf8').digest('hex')}`;

/** A GraphQL system; `byId` sends the bench query as a trusted document, by its id. */
function graphqlTarget(name: string, url: string, pid: number | undefined, byId = false): Target {
  const parsed = new URL(url);
  const pool = new Pool(parsed.origin, { connections: 64, pipelining: 1 });
  return {
    name,
    pid,
    pool,
    async send(comments) {
      const started = performance.now();
      const res = await pool.request({
        method: 'POST',
        path: parsed.pathname,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          ...(byId ? { documentId: QUERY_ID } : { query: QUERY }),
          variables: { vendorId: stub.nested[String(comments)] },
        }),
      });
      const text = await res.body.text();
      const elapsed = performance.now() - started;
      if (res.statusCode !== 200) throw new Error(`${name} answered HTTP ${res.statusCode}: ${text.slice(0, 300)}`);
      expectCase(name, JSON.parse(text), comments);
      return elapsed;
    },
  };
}

function directTarget(): Target {
  const parsed = new URL(stub.url);
  const pool = new Pool(parsed.origin, { connections: 64 });
  return {
    name: 'direct',
    pid: undefined,
    pool,
    async send(comments) {
      const started = performance.now();
      const res = await pool.request({
        method: 'GET',
        path: `/api/v4/cases/${stub.nested[String(comments)]}`,
        headers: { 'thalamus-touchpoint': stub.touchpoint, 'thalamus-token': stub.token },
      });
      const wire = (await res.body.json()) as { id?: number; comments?: unknown[] };
      const elapsed = performance.now() - started;
      if (String(wire.id) !== stub.nested[String(comments)] || wire.comments?.length !== comments) {
        throw new Error(`the stub answered wrongly: ${JSON.stringify(wire).slice(0, 200)}`);
      }
      return elapsed;
    },
  };
}

interface PageAnswer {
  data?: {
    cases?: {
      __typename?: string;
      edges?: {
        cursor?: string;
        node?: { id?: string; provider?: string; title?: string; status?: string; updatedAt?: string };
      }[];
      pageInfo?: { hasNextPage?: boolean; endCursor?: string | null };
      totalCount?: number | null;
    };
  };
  errors?: unknown[];
}

/**
 * Checks a first page of 20: 20 distinct cases, most recently updated first, from more than one of
 * the providers the filter involves and none other, with a next page. `totalCount` must be a number
 * (casegraph gives null when a provider involved failed, so a page silently short of one vendor's
 * cases fails here) and the same in every answer (nothing writes while the bench runs).
 */
function pageChecker(providers: readonly string[]): (body: unknown) => string | undefined {
  let firstTotal: number | undefined;
  return (body) => {
    const answer = body as PageAnswer | null;
    const page = answer?.data?.cases;
    if (answer?.errors !== undefined) return 'GraphQL errors';
    if (page?.__typename !== 'CaseConnection') return `a ${page?.__typename ?? 'missing'} instead of a CaseConnection`;
    const edges = page.edges ?? [];
    if (edges.length !== 20) return `${edges.length} edges instead of 20`;
    if (page.pageInfo?.hasNextPage !== true) return 'no next page';
    if (!page.pageInfo.endCursor || page.pageInfo.endCursor !== edges.at(-1)?.cursor)
      return 'an endCursor that is not the last edge’s cursor';
    if (new Set(edges.map((e) => e.node?.id)).size !== 20 || edges.some((e) => !e.node?.id || !e.cursor))
      return 'ids or cursors missing or repeated';
    if (edges.some((e) => !e.node?.title || !e.node.status)) return 'a case without its title or status';
    const from = new Set(edges.map((e) => e.node?.provider ?? 'none'));
    if (from.size < 2) return `cases from ${[...from].join(', ')} only`;
    const stranger = [...from].find((p) => !providers.includes(p));
    if (stranger !== undefined) return `a case from ${stranger}, which this filter does not involve`;
    const times = edges.map((e) => Date.parse(e.node?.updatedAt ?? ''));
    if (times.some((t, i) => !Number.isFinite(t) || (i > 0 && t > times[i - 1]!)))
      return 'cases out of updatedAt order';
    if (typeof page.totalCount !== 'number' || page.totalCount < 20)
      return `totalCount ${page.totalCount}: a provider failed`;
    firstTotal ??= page.totalCount;
    if (page.totalCount !== firstTotal) return `totalCount ${page.totalCount}, earlier ${firstTotal}`;
    return undefined;
  };
}

function expectTalkdeskCase(vendorId: string): (body: unknown) => string | undefined {
  return (body) => {
    const answer = body as { data?: { caseByVendorId?: Record<string, unknown> }; errors?: unknown[] } | null;
    const c = answer?.data?.caseByVendorId;
    return answer?.errors === undefined &&
      c?.__typename === 'Case' &&
      c.vendorId === vendorId &&
      c.provider === 'TALKDESK' &&
      typeof c.id === 'string' &&
      typeof c.title === 'string'
      ? undefined
      : 'not the Talkdesk case asked for';
  };
}

/** A fixed GraphQL operation; every answer goes through `check`, which names what is wrong. */
function operationTarget(
  name: string,
  url: string,
  pid: number | undefined,
  operation: { query: string; variables?: Record<string, unknown> },
  check: (body: unknown) => string | undefined,
): Target {
  const parsed = new URL(url);
  const pool = new Pool(parsed.origin, { connections: 64, pipelining: 1 });
  const body = JSON.stringify(operation);
  return {
    name,
    pid,
    pool,
    async send() {
      const started = performance.now();
      const res = await pool.request({
        method: 'POST',
        path: parsed.pathname,
        headers: { 'content-type': 'application/json' },
        body,
      });
      const text = await res.body.text();
      const elapsed = performance.now() - started;
      if (res.statusCode !== 200) throw new Error(`${name} answered HTTP ${res.statusCode}: ${text.slice(0, 300)}`);
      const wrong = check(JSON.parse(text));
      if (wrong !== undefined) throw new Error(`${name} answered wrongly (${wrong}): ${text.slice(0, 300)}`);
      return elapsed;
    },
  };
}

// ---- measurements ---------------------------------------------------------------------------------

const percentile = (sorted: number[], p: number): number =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN);
const median = (values: number[]): number =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

async function closedLoop(target: Target, ops: number, inFlight: number, comments = 1): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < ops) {
      next += 1;
      latencies.push(await target.send(comments));
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return latencies;
}

/** Poisson arrivals at `rate` per second for `seconds`, whatever the answers take. */
/** A TCP port nothing listens on now, for the bench's redis-server. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        address !== null && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** A redis-server for the rate-limit row, stopped with every other system (stopAll). */
async function startRedis(port: number): Promise<void> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  children.push(child);
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (up) return;
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server did not start on port ${port} (is it installed? .ci/run installs it)`);
}

async function openLoop(target: Target, rate: number, seconds: number): Promise<number[]> {
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  const end = performance.now() + seconds * 1000;
  let at = performance.now();
  while (at < end) {
    at += -Math.log(1 - Math.random()) * (1000 / rate);
    const wait = at - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(target.send(1).then((ms) => void latencies.push(ms)));
  }
  await Promise.all(pending);
  return latencies;
}

interface Row {
  name: string;
  throughput: number[];
  cpuPerRequest: number[];
  latencies: number[];
}

async function main(): Promise<void> {
  const started = Date.now();
  const stubProcess = await start('stub', ['--import', 'tsx', 'bench/systems/stub.ts'], {});
  stub = JSON.parse(stubProcess.line) as StubInfo;
  const upstream = { BENCH_UPSTREAM: stub.url, BENCH_TOUCHPOINT: stub.touchpoint, BENCH_TOKEN: stub.token };
  const casegraphEnv = (logLevel: string) => ({
    CASEGRAPH_PROVIDERS: 'THALAMUS',
    THALAMUS_BASE_URL: stub.url,
    THALAMUS_TOUCHPOINT: stub.touchpoint,
    THALAMUS_TOKEN: stub.token,
    LOG_LEVEL: logLevel,
    HOST: '127.0.0.1',
    PORT: '0',
  });
  const profileDir = join(root, 'bench', 'profiles');
  if (PROFILE) {
    rmSync(profileDir, { recursive: true, force: true });
    mkdirSync(profileDir, { recursive: true });
  }

  const urlOf = (line: string) => /(http:\/\/\S+\/graphql)/.exec(line)?.[1] ?? line.trim();
  // The compiled build (`npm run build`), as production runs it: built by a full run, used by a
  // quick one when present.
  if (!QUICK)
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
      cwd: root,
    });
  // The listing section's systems, loading while the others do (awaited, and checked, below): the
  // four vendor simulators, seeded as `npm start` seeds its embedded ones, then a casegraph with every
  // provider on the simulators' variables, as a real-vendor deployment is configured.
  const listingStarting = start('simulators', ['--import', 'tsx', 'bench/systems/simulators.ts'], {}).then(
    (simulators) =>
      start('casegraph (listing)', ['--import', 'tsx', 'src/main.ts'], {
        ...(JSON.parse(simulators.line) as { env: Record<string, string> }).env,
        CASEGRAPH_PROVIDERS: LISTING_PROVIDERS.join(','),
        // Real-vendor configuration brings Sprinklr's documented 10 calls a second, which the bench
        // would measure instead of casegraph: its simulator enforces no quota here.
        SPRINKLR_RATE_LIMIT: 'off',
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        PORT: '0',
      }),
  );
  listingStarting.catch(() => undefined); // a failure is thrown where it is awaited
  // The bench query as the one trusted document of a trusted-only casegraph, as a frontend's
  // build would register it.
  const manifestDir = join(logDir, 'documents');
  mkdirSync(manifestDir);
  writeFileSync(join(manifestDir, 'bench.json'), JSON.stringify({ [QUERY_ID]: QUERY }));
  const trustedEnv = {
    ...casegraphEnv('warn'),
    CASEGRAPH_DOCUMENTS: 'trusted-only',
    CASEGRAPH_TRUSTED_DOCUMENTS: manifestDir,
  };
  // The limiter's rows: a vendor quota and caller limits far above what the bench sends, so that
  // every call and request is counted and none waits; once in memory, once on a Redis of its own.
  const limitedEnv = {
    ...casegraphEnv('warn'),
    THALAMUS_RATE_LIMIT: '1000000/1s',
    CASEGRAPH_CALLER_RATE_LIMIT: '100000000/1m',
    CASEGRAPH_CALLER_VENDOR_RATE_LIMIT: '100000000/1m',
  };
  const redisPort = await freePort();
  await startRedis(redisPort);
  // Started side by side: each takes a second or two to load.
  const [forwarder, naive, casegraphWarn, casegraphTrusted, limitedMemory, limitedRedis, casegraphInfo, compiled] =
    await Promise.all([
      start('forwarder', ['--import', 'tsx', 'bench/systems/forwarder.ts'], upstream),
      start('naive Apollo', ['--import', 'tsx', 'bench/systems/naiveApollo.ts'], upstream),
      start('casegraph (warn)', ['--import', 'tsx', 'src/main.ts'], casegraphEnv('warn')),
      start('casegraph (trusted documents)', ['--import', 'tsx', 'src/main.ts'], trustedEnv),
      start('casegraph (rate limits, memory)', ['--import', 'tsx', 'src/main.ts'], limitedEnv),
      start('casegraph (rate limits, Redis)', ['--import', 'tsx', 'src/main.ts'], {
        ...limitedEnv,
        REDIS_URL: `redis://127.0.0.1:${redisPort}/0`,
      }),
      start('casegraph (info)', ['--import', 'tsx', 'src/main.ts'], casegraphEnv('info')),
      existsSync(join(root, 'dist/main.js'))
        ? start('casegraph (compiled)', ['dist/main.js'], casegraphEnv('warn'))
        : Promise.resolve(undefined),
    ]);
  // Tracing on: spans made for every request and exported over OTLP/HTTP to a sink that keeps nothing.
  const sink = await start('otlp sink', ['--import', 'tsx', 'bench/systems/otlpSink.ts'], {});
  const traced = await start('casegraph (tracing)', ['--import', 'tsx', 'src/main.ts'], {
    ...casegraphEnv('warn'),
    OTEL_EXPORTER_OTLP_ENDPOINT: sink.line.trim(),
    OTEL_SERVICE_NAME: 'casegraph-bench',
  });
  // A checkout of another commit (BENCH_BASELINE_DIR, with node_modules), as `npm start` runs it:
  // a change's before and after in one run.
  const baselineDir = process.env.BENCH_BASELINE_DIR;
  const baseline = baselineDir
    ? await start('casegraph (baseline)', ['--import', 'tsx', 'src/main.ts'], casegraphEnv('warn'), baselineDir)
    : undefined;
  // Hive Gateway in front of the casegraph at warn: what a federated deployment adds.
  const gateway = await start('gateway', ['--import', 'tsx', 'bench/systems/gateway.ts'], {
    BENCH_CASEGRAPH_URL: urlOf(casegraphWarn.line),
  });
  const listing = await listingStarting;
  // Announced as live vendors, not embedded simulators: casegraph's CPU is then casegraph's alone.
  if (listing.line.includes('simulated') || !LISTING_PROVIDERS.every((p) => listing.line.includes(p)))
    throw new Error(`the listing casegraph is not on the four vendors' variables: ${listing.line}`);

  const direct = directTarget();
  const naiveTarget = graphqlTarget('naive Apollo', urlOf(naive.line), naive.child.pid);
  const casegraphTarget = graphqlTarget('casegraph', urlOf(casegraphWarn.line), casegraphWarn.child.pid);
  const trustedTarget = graphqlTarget(
    'casegraph, trusted documents',
    urlOf(casegraphTrusted.line),
    casegraphTrusted.child.pid,
    true,
  );
  const targets = [
    graphqlTarget('forwarder', urlOf(forwarder.line), forwarder.child.pid),
    naiveTarget,
    casegraphTarget,
    trustedTarget,
    graphqlTarget('casegraph, rate limits (memory)', urlOf(limitedMemory.line), limitedMemory.child.pid),
    graphqlTarget('casegraph, rate limits (Redis)', urlOf(limitedRedis.line), limitedRedis.child.pid),
    graphqlTarget('casegraph, info logs', urlOf(casegraphInfo.line), casegraphInfo.child.pid),
    ...(compiled ? [graphqlTarget('casegraph, compiled', urlOf(compiled.line), compiled.child.pid)] : []),
    graphqlTarget('casegraph, tracing on', urlOf(traced.line), traced.child.pid),
    ...(baseline ? [graphqlTarget('casegraph, baseline', urlOf(baseline.line), baseline.child.pid)] : []),
    graphqlTarget('Hive Gateway → casegraph', urlOf(gateway.line), gateway.child.pid),
  ];
  const all = [direct, ...targets];
  const rows = new Map<string, Row>(
    all.map((t) => [t.name, { name: t.name, throughput: [], cpuPerRequest: [], latencies: [] }]),
  );

  // Warm up every system (JIT, connection pools, casegraph's definitions cache).
  for (const t of all) await closedLoop(t, QUICK ? 30 : 500, 8);

  for (let round = 0; round < settings.rounds; round += 1) {
    // Rotate the order each round so no system always runs first or last.
    const order = all.map((_, i) => all[(i + round) % all.length]!);
    for (const t of order) {
      const row = rows.get(t.name)!;
      const cpuBefore = cpuMicros(t.pid);
      const t0 = performance.now();
      await closedLoop(t, settings.throughputOps, 16);
      const seconds = (performance.now() - t0) / 1000;
      row.throughput.push(settings.throughputOps / seconds);
      if (t.pid !== undefined) row.cpuPerRequest.push((cpuMicros(t.pid) - cpuBefore) / settings.throughputOps);
      row.latencies.push(...(await closedLoop(t, settings.latencyOps / settings.rounds, 1)));
    }
  }

  // The first page of 20 cases across three providers, and a single read for the ratio, from one
  // casegraph: the same interleaved rounds, closed loop at 16 in flight and then one at a time.
  const listingUrl = urlOf(listing.line);
  const listingTargets = [
    operationTarget(
      'single read (caseByVendorId, Talkdesk)',
      listingUrl,
      listing.child.pid,
      { query: SINGLE_QUERY, variables: { vendorId: '1' } },
      expectTalkdeskCase('1'),
    ),
    operationTarget(
      'inbox page (Talkdesk + Sprinklr + Thalamus)',
      listingUrl,
      listing.child.pid,
      { query: INBOX_QUERY },
      pageChecker(['TALKDESK', 'SPRINKLR', 'THALAMUS']),
    ),
    operationTarget(
      'customer page (Talkdesk + Sprinklr + Khoros)',
      listingUrl,
      listing.child.pid,
      { query: CUSTOMER_QUERY, variables: { email: 'ada@example.com' } },
      pageChecker(['TALKDESK', 'SPRINKLR', 'KHOROS']),
    ),
  ];
  const listingRows = new Map<string, Row>(
    listingTargets.map((t) => [t.name, { name: t.name, throughput: [], cpuPerRequest: [], latencies: [] }]),
  );
  for (const t of listingTargets) await closedLoop(t, QUICK ? 20 : 300, 8);
  for (let round = 0; round < settings.rounds; round += 1) {
    const order = listingTargets.map((_, i) => listingTargets[(i + round) % listingTargets.length]!);
    for (const t of order) {
      const row = listingRows.get(t.name)!;
      const cpuBefore = cpuMicros(t.pid);
      const t0 = performance.now();
      await closedLoop(t, settings.listingOps, 16);
      row.throughput.push(settings.listingOps / ((performance.now() - t0) / 1000));
      row.cpuPerRequest.push((cpuMicros(t.pid) - cpuBefore) / settings.listingOps);
      row.latencies.push(...(await closedLoop(t, settings.listingLatencyOps / settings.rounds, 1)));
    }
  }

  // A 50 ms vendor under open-loop (Poisson) load at 250 requests per second.
  await fetch(`${stub.control}/?latencyMs=50`, { method: 'POST' });
  const openLoopRows: Array<{ name: string; p50: number; p99: number }> = [];
  for (const t of [direct, naiveTarget, casegraphTarget, trustedTarget]) {
    const sorted = (await openLoop(t, 250, settings.openLoopSeconds)).sort((a, b) => a - b);
    openLoopRows.push({ name: t.name, p50: percentile(sorted, 50), p99: percentile(sorted, 99) });
  }
  await fetch(`${stub.control}/?latencyMs=0`, { method: 'POST' });

  // Latency per nested item: reads of cases with 1 … 1,000 comments, one at a time.
  const nested: Array<{ name: string; p50: Record<number, number> }> = [];
  for (const t of [direct, naiveTarget, casegraphTarget, trustedTarget]) {
    const p50: Record<number, number> = {};
    for (const n of settings.nested) {
      await closedLoop(t, 10, 1, n);
      p50[n] = median(await closedLoop(t, settings.nestedOps, 1, n));
    }
    nested.push({ name: t.name, p50 });
  }

  // Soak: casegraph's resident memory over a sustained load. RSS is sampled every second; the
  // first sixth of the soak lets the heap settle at this load (the nested 1,000-comment reads just
  // before leave it elsewhere), and growth compares the medians of the next and the last tenth.
  const soakTarget = casegraphTarget;
  const soakStart = performance.now();
  const soakEnd = soakStart + settings.soakSeconds * 1000;
  const rssSamples: Array<{ at: number; rss: number }> = [];
  const sampler = setInterval(
    () => rssSamples.push({ at: performance.now() - soakStart, rss: rssBytes(soakTarget.pid) }),
    1000,
  );
  let soakOps = 0;
  while (performance.now() < soakEnd) {
    await closedLoop(soakTarget, 200, 8);
    soakOps += 200;
  }
  clearInterval(sampler);
  rssSamples.push({ at: performance.now() - soakStart, rss: rssBytes(soakTarget.pid) });
  const soakMs = settings.soakSeconds * 1000;
  const window = (from: number, to: number) => {
    const inWindow = rssSamples.filter((x) => x.at >= from * soakMs && x.at <= to * soakMs).map((x) => x.rss);
    return median(inWindow.length > 0 ? inWindow : [rssSamples.at(-1)?.rss ?? 0]);
  };
  const rssBefore = window(1 / 6, 1 / 6 + 1 / 10);
  const rssAfter = window(0.9, 1);

  if (PROFILE) {
    // A profiler slows what it watches: its own instance, after the measurements, off the table.
    const profiled = await start(
      'casegraph (profiled)',
      ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--import', 'tsx', 'src/main.ts'],
      casegraphEnv('warn'),
    );
    const target = graphqlTarget('casegraph (profiled)', urlOf(profiled.line), profiled.child.pid);
    await closedLoop(target, 500, 8);
    await closedLoop(target, settings.throughputOps * 2, 16);
    await target.pool.close();
    // And the trusted-document path, whose profile says what stands between it and its targets.
    const profiledTrusted = await start(
      'casegraph, trusted documents (profiled)',
      ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, 'trusted')}`, '--import', 'tsx', 'src/main.ts'],
      trustedEnv,
    );
    const trusted = graphqlTarget(
      'casegraph, trusted documents (profiled)',
      urlOf(profiledTrusted.line),
      profiledTrusted.child.pid,
      true,
    );
    await closedLoop(trusted, 500, 8);
    await closedLoop(trusted, settings.throughputOps * 2, 16);
    await trusted.pool.close();
  }
  await Promise.all([...all, ...listingTargets].map((t) => t.pool.close()));
  // Spans did reach the collector: the tracing row measured tracing, not a silent misconfiguration.
  const sinkStats = (await (await fetch(`${sink.line.trim()}/stats`)).json()) as { exports: number; bytes: number };
  if (sinkStats.exports === 0) throw new Error('casegraph with tracing on exported no spans');
  await stopAll();

  // ---- report ------------------------------------------------------------------------------------
  const forwarderTput = median(rows.get('forwarder')!.throughput);
  const naiveTput = median(rows.get('naive Apollo')!.throughput);
  const directLat = [...rows.get('direct')!.latencies].sort((a, b) => a - b);
  const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
  const lines: string[] = [];
  lines.push(
    '| system | req/s (16 in flight) | vs forwarder | vs naive Apollo | added p50 (1 in flight) | added p99 | CPU µs/request |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|');
  for (const row of rows.values()) {
    const tput = median(row.throughput);
    const sorted = [...row.latencies].sort((a, b) => a - b);
    const isDirect = row.name === 'direct';
    lines.push(
      `| ${row.name} | ${fmt(tput, 0)} | ${fmt(tput / forwarderTput)} | ${fmt(tput / naiveTput)} | ` +
        `${isDirect ? `${fmt(percentile(sorted, 50))} ms (floor)` : `+${fmt(percentile(sorted, 50) - percentile(directLat, 50))} ms`} | ` +
        `${isDirect ? `${fmt(percentile(sorted, 99))} ms (floor)` : `+${fmt(percentile(sorted, 99) - percentile(directLat, 99))} ms`} | ` +
        `${isDirect ? '—' : fmt(median(row.cpuPerRequest), 0)} |`,
    );
  }
  const openDirect = openLoopRows[0]!;
  const openLines = [
    '| system | p50 | p99 | p50 / vendor | p99 / vendor |',
    '|---|---:|---:|---:|---:|',
    ...openLoopRows.map(
      (r) =>
        `| ${r.name} | ${fmt(r.p50)} ms | ${fmt(r.p99)} ms | ×${fmt(r.p50 / openDirect.p50, 3)} | ×${fmt(r.p99 / openDirect.p99, 3)} |`,
    ),
  ];
  const [first, last] = [settings.nested[0]!, settings.nested[settings.nested.length - 1]!];
  const directNested = nested[0]!.p50;
  const nestedLines = [
    `| system | ${settings.nested.map((n) => `p50, ${n} comments`).join(' | ')} | µs per nested item (added over direct) |`,
    `|---|${settings.nested.map(() => '---:').join('|')}|---:|`,
    ...nested.map((r) => {
      const added = (n: number) => (r.p50[n] ?? 0) - (r.name === 'direct' ? 0 : (directNested[n] ?? 0));
      const perItem = ((added(last) - added(first)) * 1000) / (last - first);
      return `| ${r.name} | ${settings.nested.map((n) => `${fmt(r.p50[n] ?? Number.NaN)} ms`).join(' | ')} | ${fmt(perItem, 2)} |`;
    }),
  ];
  const single = listingRows.get(listingTargets[0]!.name)!;
  const singleP50 = median(single.latencies);
  const singleTput = median(single.throughput);
  const singleCpu = median(single.cpuPerRequest);
  const listingLines = [
    '| target | p50 (1 in flight) | p99 | req/s (16 in flight) | CPU µs/request | p50 / single read | req/s / single read | CPU / single read |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...[...listingRows.values()].map((r) => {
      const sorted = [...r.latencies].sort((a, b) => a - b);
      const [p50, tput, cpu] = [percentile(sorted, 50), median(r.throughput), median(r.cpuPerRequest)];
      return (
        `| ${r.name} | ${fmt(p50)} ms | ${fmt(percentile(sorted, 99))} ms | ${fmt(tput, 0)} | ${fmt(cpu, 0)} | ` +
        `×${fmt(p50 / singleP50)} | ×${fmt(tput / singleTput)} | ×${fmt(cpu / singleCpu)} |`
      );
    }),
  ];
  const soakLine = `casegraph RSS over a ${settings.soakSeconds} s soak (${soakOps} reads, 8 in flight; median RSS after the first sixth → over the last tenth): ${fmt(rssBefore / 2 ** 20, 1)} MiB → ${fmt(rssAfter / 2 ** 20, 1)} MiB (${fmt(((rssAfter - rssBefore) / rssBefore) * 100, 1)} %)`;

  const report = [
    `Run ${new Date().toISOString()}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${fmt(totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}, ${QUICK ? 'quick' : 'full'} (${settings.rounds} interleaved rounds of ${settings.throughputOps} reads at 16 in flight and ${settings.latencyOps} at 1 in flight per system; ${fmt((Date.now() - started) / 1000, 0)} s)`,
    '',
    ...lines,
    '',
    `With a 50 ms vendor, open loop (Poisson arrivals, 250 req/s for ${settings.openLoopSeconds} s):`,
    '',
    ...openLines,
    '',
    'Reads of a case with many comments, one at a time:',
    '',
    ...nestedLines,
    '',
    soakLine,
    '',
    `The first page of 20 cases across providers (\`Query.cases\`, one vendor list call per provider), against a single read, from one casegraph on real-vendor configuration pointed at the four vendor simulators in a process of their own; ${settings.rounds} interleaved rounds of ${settings.listingOps} requests at 16 in flight and ${settings.listingLatencyOps} at 1 in flight per target:`,
    '',
    ...listingLines,
  ].join('\n');
  console.log(report);

  if (!QUICK) {
    writeFileSync(join(root, 'bench', 'latency.svg'), latencyChart([...rows.values()]));
    const resultsPath = join(root, 'bench', 'RESULTS.md');
    const previous = readFileSync(resultsPath, 'utf8');
    const startMark = '<!-- bench:latest:start -->';
    const endMark = '<!-- bench:latest:end -->';
    const before = previous.slice(0, previous.indexOf(startMark) + startMark.length);
    const after = previous.slice(previous.indexOf(endMark));
    writeFileSync(resultsPath, `${before}\n${report}\n\n![latency percentiles](latency.svg)\n${after}`);
    console.log('\nwrote bench/RESULTS.md and bench/latency.svg');
  }
  if (PROFILE) console.log(`\n${topFunctions(profileDir)}\n\n${topFunctions(join(profileDir, 'trusted'))}`);
}

/** Latency percentiles at 1 in flight, one line per system, drawn as SVG. */
function latencyChart(rows: Row[]): string {
  const ps = [50, 75, 90, 95, 99, 99.9];
  const colors = ['#555', '#2a9d8f', '#e9c46a', '#e76f51', '#9b5de5'];
  const series = rows.map((r) => {
    const sorted = [...r.latencies].sort((a, b) => a - b);
    return { name: r.name, values: ps.map((p) => percentile(sorted, p)) };
  });
  const max = Math.max(...series.flatMap((s) => s.values)) * 1.1;
  const [w, h, left, bottom, top] = [640, 360, 60, 40, 20];
  const x = (i: number) => left + (i * (w - left - 160)) / (ps.length - 1);
  const y = (v: number) => top + (1 - v / max) * (h - top - bottom);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" font-family="sans-serif" font-size="12">`,
    `<text x="${left}" y="14">Latency at 1 in flight (ms), by percentile</text>`,
    `<line x1="${left}" y1="${y(0)}" x2="${x(ps.length - 1)}" y2="${y(0)}" stroke="#999"/>`,
    ...ps.map((p, i) => `<text x="${x(i)}" y="${h - 18}" text-anchor="middle">p${p}</text>`),
    ...[0.25, 0.5, 0.75, 1].map(
      (f) => `<text x="${left - 6}" y="${y(max * f) + 4}" text-anchor="end">${(max * f).toFixed(2)}</text>`,
    ),
    ...series.map((s, i) => {
      const points = s.values.map((v, j) => `${x(j).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
      const color = colors[i % colors.length];
      return (
        `<polyline fill="none" stroke="${color}" stroke-width="2" points="${points}"/>` +
        `<text x="${x(ps.length - 1) + 10}" y="${top + 16 * (i + 1)}" fill="${color}">${s.name}</text>`
      );
    }),
    '</svg>',
  ];
  return `${parts.join('\n')}\n`;
}

interface CpuProfile {
  nodes: { id: number; hitCount: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
}

/** The functions casegraph spent most of its own CPU time in, from its main thread's profile. */
function topFunctions(dir: string): string {
  // tsx runs a module-loader thread with a profile of its own: the main thread is the busy one.
  const profiles = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((file) => ({ file, profile: JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile }))
    .map((p) => ({
      ...p,
      busy: p.profile.nodes.filter((n) => n.callFrame.functionName !== '(idle)').reduce((s, n) => s + n.hitCount, 0),
    }))
    .sort((a, b) => b.busy - a.busy);
  const [busiest] = profiles;
  if (!busiest) return 'no CPU profile was written';
  const busy = busiest.busy;
  const byFunction = new Map<string, number>();
  for (const n of busiest.profile.nodes) {
    if (n.callFrame.functionName === '(idle)') continue;
    const where = n.callFrame.url.replace(/^.*node_modules\//, '').replace(`file://${root}`, '');
    const key = `${n.callFrame.functionName || '(anonymous)'} ${where}:${n.callFrame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + n.hitCount);
  }
  const top = [...byFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30);
  return [
    `casegraph CPU profile bench/profiles/${busiest.file}: top functions by self time, % of busy time`,
    ...top.map(([k, v]) => `${((v / busy) * 100).toFixed(1).padStart(5)} %  ${k}`),
  ].join('\n');
}

try {
  await main();
} catch (err) {
  await stopAll();
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  rmSync(logDir, { recursive: true, force: true });
}
