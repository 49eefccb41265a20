// The log destination: a reader that closed the pipe (EPIPE) ends the output; any other write
// error is not hidden.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, logDestination } from '../src/logger.js';

const root = new URL('..', import.meta.url).pathname;

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

/** A pipe (a FIFO) with both ends open: `[readFd, writeFd]`. */
function pipe(): [number, number] {
  const dir = mkdtempSync(join(tmpdir(), 'casegraph-logger-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const fifo = join(dir, 'out');
  execFileSync('mkfifo', [fifo]);
  const readFd = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
  const writeFd = openSync(fifo, constants.O_WRONLY);
  cleanups.push(() => closeSync(writeFd));
  return [readFd, writeFd];
}

describe('logDestination', () => {
  it('writes each line as it is logged, and takes EPIPE from a closed reader as the end of the output', () => {
    const [readFd, writeFd] = pipe();
    const logger = createLogger('info', logDestination(writeFd));

    logger.info('first');
    const buffer = Buffer.alloc(4096);
    const read = readSync(readFd, buffer);
    expect(JSON.parse(buffer.subarray(0, read).toString())).toMatchObject({ msg: 'first', service: 'casegraph' });

    // The reader goes away, as `head -3` does after its third line.
    closeSync(readFd);
    expect(() => logger.info('into the closed pipe')).not.toThrow();
    expect(() => logger.info('and another')).not.toThrow();
    // What runs at exit returns at once: nothing is left to retry.
    const flushed = new Promise<void>((resolve) => logger.flush(() => resolve()));
    return expect(flushed).resolves.toBeUndefined();
  });

  it('does not hide another write error: it is thrown, as pino’s own destination does', async () => {
    // A descriptor that is not open (EBADF), in a process of its own: the error is uncaught there.
    const script = [
      "import { createLogger, logDestination } from './src/logger.ts';",
      "createLogger('info', logDestination(987)).info('lost');",
      'setTimeout(() => process.exit(0), 2000);',
    ].join('\n');
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    cleanups.push(() => child.kill('SIGKILL'));
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).toBe(1);
    expect(stderr).toContain('EBADF');
  });
});
