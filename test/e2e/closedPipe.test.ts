// `npm start | head -3`: the reader of stdout goes away after three lines, and SIGTERM must still
// stop the process. The log lines written after that meet a closed pipe (EPIPE): the logger takes
// that as the end of its output, and shutdown completes with exit code 0.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { killGroups, waitForGroupExit } from '../helpers/processes.js';

const root = new URL('../..', import.meta.url).pathname;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const children: ChildProcess[] = [];

afterEach(() => {
  killGroups(children.splice(0));
});

/** One GraphQL request: each one adds an info line to stdout. */
async function query(graphqlUrl: string): Promise<void> {
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ providers { provider } }' }),
  });
  expect(res.status).toBe(200);
  await res.arrayBuffer();
}

describe('npm start with stdout piped into a reader that stops reading', () => {
  it('after the reader closed the pipe at 3 lines, SIGTERM still stops every process with exit code 0', async () => {
    // Its own process group, so afterEach can always clean up the whole tree.
    const child = spawn(npm, ['start', '--silent'], {
      cwd: root,
      detached: true,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

    // `head -3`: read three lines, then close the pipe. The first is the announcement; two requests
    // write the other two.
    const lines: string[] = [];
    const threeLines = new Promise<void>((resolve, reject) => {
      let pending = '';
      const onData = (chunk: Buffer) => {
        pending += chunk.toString();
        let newline: number;
        while ((newline = pending.indexOf('\n')) >= 0 && lines.length < 3) {
          lines.push(pending.slice(0, newline));
          pending = pending.slice(newline + 1);
        }
        if (lines.length === 1 && lines[0]!.startsWith('casegraph serving GraphQL at ')) {
          const url = /(http:\/\/\S+\/graphql)/.exec(lines[0]!)![1]!;
          void query(url).then(() => query(url), reject);
        }
        if (lines.length === 3) {
          child.stdout.off('data', onData);
          child.stdout.destroy();
          resolve();
        }
      };
      child.stdout.on('data', onData);
      void exited.then((code) => reject(new Error(`npm start exited (${code}) early:\n${stderr}`)));
    });
    await threeLines;
    expect(lines[0]).toMatch(/^casegraph serving GraphQL at http:/);
    expect(lines.slice(1).map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual([
      'graphql operation',
      'graphql operation',
    ]);

    child.kill('SIGTERM');
    const code = await Promise.race([
      exited,
      new Promise<'still running'>((r) => setTimeout(r, 5_000, 'still running')),
    ]);
    expect(code, `stderr:\n${stderr}`).toBe(0);
    expect(await waitForGroupExit(child.pid!, 2_000)).toBe(true);
    expect(stderr).not.toMatch(/EPIPE|Error/);
  });
});
