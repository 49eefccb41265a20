// The compiled build as production runs it: `npm run build` (tsc into dist/), then the Dockerfile's
// own CMD and HEALTHCHECK, run here against that dist/ with the image's environment (CI has no
// Docker daemon, so this is what keeps the Dockerfile honest), and the Dockerfile linted.
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { validate } from 'dockerfile-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { startThalamusSimulator } from '../../src/providers/thalamus/simulator/index.js';
import type { RunningThalamusSimulator } from '../../src/providers/thalamus/simulator/index.js';

const root = new URL('../..', import.meta.url).pathname;
const run = promisify(execFile);

/** The Dockerfile as instructions: line continuations joined, comments dropped. */
function instructions(dockerfile: string): { keyword: string; args: string }[] {
  return dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const space = line.search(/\s/);
      return { keyword: line.slice(0, space).toUpperCase(), args: line.slice(space + 1).trim() };
    });
}

const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
const all = instructions(dockerfile);
/** The instructions of the last stage: what the image runs. */
const final = all.slice(all.map((i) => i.keyword).lastIndexOf('FROM'));

/** `KEY=value KEY2=value` pairs of the final stage's ENV instructions. */
function imageEnv(): Record<string, string> {
  return Object.fromEntries(
    final
      .filter((i) => i.keyword === 'ENV')
      .flatMap((i) => [...i.args.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1]!, m[2]!])),
  );
}

/** An exec-form instruction's argv: CMD ["node", "dist/main.js"]. */
function execForm(args: string): string[] {
  const parsed: unknown = JSON.parse(args.slice(args.indexOf('[')));
  if (!Array.isArray(parsed) || !parsed.every((a) => typeof a === 'string')) throw new Error(`not exec form: ${args}`);
  return parsed;
}

describe('the Dockerfile', () => {
  it('passes the Dockerfile linter (dockerfile-utils, the VS Code Docker extension’s), which does catch mistakes', () => {
    expect(validate(dockerfile)).toEqual([]);
    expect(validate('FROM node:20\nEXPOSE port\nCMD\n').length).toBeGreaterThan(0);
  });

  it('builds in one stage and runs in another: production dependencies only, non-root, NODE_ENV=production, a HEALTHCHECK', () => {
    expect(all.filter((i) => i.keyword === 'FROM').length).toBeGreaterThanOrEqual(2);
    expect(final.some((i) => i.keyword === 'RUN' && /\bnpm ci\b.*--omit=dev/.test(i.args))).toBe(true);
    expect(final.some((i) => i.keyword === 'RUN' && /npm run build|tsc/.test(i.args))).toBe(false);
    expect(
      final.some((i) => i.keyword === 'COPY' && i.args.startsWith('--from=build') && i.args.includes('dist')),
    ).toBe(true);
    const user = final.filter((i) => i.keyword === 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    // The readiness delay docs/operating.md recommends behind a load balancer.
    expect(imageEnv()).toMatchObject({ NODE_ENV: 'production', CASEGRAPH_SHUTDOWN_READINESS_DELAY_MS: '5000' });
    expect(final.some((i) => i.keyword === 'HEALTHCHECK')).toBe(true);
    expect(execForm(final.find((i) => i.keyword === 'CMD')?.args ?? '')).toEqual(['node', 'dist/main.js']);
  });

  it('installs every package dist/main.js loads: none of them is a devDependency', async () => {
    await built;
    const manifest: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const dependencies =
      typeof manifest === 'object' && manifest !== null && 'dependencies' in manifest ? manifest.dependencies : {};
    const production = new Set(
      Object.keys(typeof dependencies === 'object' && dependencies !== null ? dependencies : {}),
    );
    // Every module node dist/main.js loads, following relative imports from it.
    const imported = new Set<string>();
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(
        /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(['"]([^'"]+)['"]\)/g,
      )) {
        const specifier = m[1] ?? m[2] ?? '';
        if (specifier.startsWith('.')) visit(join(dirname(file), specifier));
        else if (!specifier.startsWith('node:') && !builtinModules.includes(specifier))
          imported.add(
            specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!,
          );
      }
    };
    visit(join(root, 'dist', 'main.js'));
    expect(seen.size).toBeGreaterThan(50);
    expect(imported.size).toBeGreaterThan(10);
    expect([...imported].filter((name) => !production.has(name))).toEqual([]);
  });
});

describe('compose.yaml', () => {
  it('runs two casegraph replicas on one Redis behind the gateway, which routes to the casegraph service', async () => {
    const compose: unknown = parseYaml(readFileSync(join(root, 'compose.yaml'), 'utf8'));
    expect(compose).toMatchObject({
      services: {
        redis: { image: expect.stringMatching(/^redis:/) },
        casegraph: {
          build: '.',
          deploy: { replicas: 2 },
          environment: {
            NODE_ENV: 'production',
            REDIS_URL: 'redis://redis:6379/0',
            CASEGRAPH_SHUTDOWN_READINESS_DELAY_MS: '5000',
            TALKDESK_RATE_LIMIT: expect.stringMatching(/^\d+\/\d*[smhd]/),
          },
        },
        gateway: { image: expect.stringMatching(/^ghcr\.io\/graphql-hive\/gateway:/), ports: ['4000:4000'] },
      },
    });
    const { gatewayConfig } = await import('../../deploy/gateway.config.js');
    expect(gatewayConfig.transportEntries).toEqual({ casegraph: { location: 'http://casegraph:4000/graphql' } });
  });
});

let built: Promise<unknown>;
let thalamus: RunningThalamusSimulator;

beforeAll(async () => {
  built = run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: root });
  thalamus = await startThalamusSimulator();
  await built;
}, 120_000);

afterAll(() => thalamus.close());

describe('the compiled build, started as the image starts it', () => {
  it('runs the Dockerfile CMD from dist/ in production, answers its HEALTHCHECK, serves GraphQL, and exits 0 on SIGTERM', async () => {
    expect(existsSync(`${root}dist/main.js`)).toBe(true);
    const key = 'container-test-key-0123456789abcdef0123';
    const [command, ...args] = execForm(final.find((i) => i.keyword === 'CMD')?.args ?? '');
    const env = {
      PATH: process.env.PATH,
      ...imageEnv(),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      // What an operator adds: the vendor (here the Thalamus simulator, over http:) and caller keys.
      CASEGRAPH_PROVIDERS: 'THALAMUS',
      THALAMUS_BASE_URL: thalamus.config.baseUrl,
      THALAMUS_TOUCHPOINT: thalamus.config.touchpoint,
      THALAMUS_TOKEN: thalamus.config.token,
      CASEGRAPH_ALLOW_HTTP_URLS: 'true',
      CASEGRAPH_API_KEYS: `tests=${key}`,
    };
    const child = spawn(command === 'node' ? process.execPath : (command ?? ''), args, {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let signalled = false;
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
        });
        child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}: ${out}`)));
      });
      const url = /(http:\/\/\S+\/graphql)/.exec(line)?.[1];
      expect(url).toBeDefined();
      expect(line).toContain('live vendors: THALAMUS');

      // The HEALTHCHECK's own command, with the port the server took.
      const healthcheck = execForm(final.find((i) => i.keyword === 'HEALTHCHECK')?.args ?? '');
      const [checkCommand, ...checkArgs] = healthcheck[0] === 'CMD' ? healthcheck.slice(1) : healthcheck;
      expect(checkCommand).toBe('node');
      const check = await run(process.execPath, checkArgs, {
        env: { ...env, PORT: new URL(url ?? '').port },
      }).then(
        () => 0,
        (err: { code?: number }) => err.code ?? 1,
      );
      expect(check).toBe(0);
      // …and it fails when nothing answers.
      const unreachable = await run(process.execPath, checkArgs, { env: { ...env, PORT: '1' } }).then(
        () => 0,
        (err: { code?: number }) => err.code ?? 1,
      );
      expect(unreachable).toBe(1);

      const res = await fetch(url ?? '', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({
          query: '{ caseByVendorId(provider: THALAMUS, vendorId: "1") { __typename ... on Case { vendorId status } } }',
        }),
      });
      expect(await res.json()).toEqual({
        data: { caseByVendorId: { __typename: 'Case', vendorId: '1', status: 'OPEN' } },
      });
      // SIGTERM with the image's readiness delay: /readyz answers 503 while requests are still
      // served, rather than refusing connections.
      child.kill('SIGTERM');
      signalled = true;
      const base = new URL(url ?? '').origin;
      let draining = await fetch(`${base}/readyz`);
      while (draining.status === 200) draining = await fetch(`${base}/readyz`);
      expect(draining.status).toBe(503);
      expect(await draining.json()).toMatchObject({ status: 'not ready', shuttingDown: true });
    } finally {
      // A second SIGTERM would mean "exit now": sent only when the test stopped before its own.
      if (!signalled) child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
