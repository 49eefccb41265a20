// A real redis-server for the tests that need one, on 127.0.0.1 at a free port, with nothing
// written to disk; each test file that starts one stops it. CI installs redis-server
// (.ci/run); a machine without it skips those tests and says why, except under CI, where a
// missing redis-server is a failure rather than a silent skip.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { waitForGroupExit } from './processes.js';

export const redisAvailable = spawnSync('redis-server', ['--version']).status === 0;

export const redisSkipReason =
  'redis-server is not on the PATH: install it (apt-get install redis-server) to run these tests';

if (!redisAvailable && process.env.CI) {
  throw new Error('CI must run the Redis tests, but redis-server is not installed (.ci/run installs it).');
}

export interface RunningRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A redis-server on a free port, or on `port` (a Redis restarted where its clients expect it). */
export async function startRedis(at?: number): Promise<RunningRedis> {
  const port = at ?? (await freePort());
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${output}`)), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}: ${output}`));
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      const pid = child.pid;
      if (pid === undefined) return;
      process.kill(-pid, 'SIGTERM');
      if (!(await waitForGroupExit(pid, 5_000))) process.kill(-pid, 'SIGKILL');
    },
  };
}
