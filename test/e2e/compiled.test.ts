// The compiled build as production runs it: `npm run build` (tsc into dist/), then `node
// dist/main.js` with no TypeScript loader, serving GraphQL and stopping on SIGTERM.
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

beforeAll(async () => {
  await promisify(execFile)(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    cwd: root,
  });
}, 120_000);

describe('the compiled build', () => {
  it('runs from dist/ without tsx, serves GraphQL, and exits 0 on SIGTERM', async () => {
    expect(existsSync(`${root}dist/main.js`)).toBe(true);
    const child = spawn(process.execPath, ['dist/main.js'], {
      cwd: root,
      env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', CASEGRAPH_PROVIDERS: 'THALAMUS' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
        });
        child.once('exit', (code) => reject(new Error(`dist/main.js exited with ${code}`)));
      });
      const url = /(http:\/\/\S+\/graphql)/.exec(line)?.[1];
      expect(url).toBeDefined();
      const res = await fetch(url ?? '', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ caseByVendorId(provider: THALAMUS, vendorId: "1") { __typename ... on Case { vendorId status } } }',
        }),
      });
      expect(await res.json()).toEqual({
        data: { caseByVendorId: { __typename: 'Case', vendorId: '1', status: 'OPEN' } },
      });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
