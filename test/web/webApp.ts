// The reference frontend as the browser test runs it: built once (again only when a source is newer
// than the build), then served by `npm run web`'s launcher, which starts casegraph under it.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { killGroups, waitForGroupExit } from '../helpers/processes.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WEB = join(ROOT, 'examples/web');
/** Screenshots and accessibility reports, one per step (gitignored). */
export const ARTIFACTS = join(ROOT, 'test-results/web');

/** The newest modification time under `path` (a file or a folder), in ms. */
function newest(path: string): number {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Runs `vite build` unless dist/ is newer than everything it is built from. */
export async function buildWebAppIfStale(): Promise<void> {
  const sources = ['src', 'index.html', 'vite.config.ts', 'package-lock.json'].map((p) => newest(join(WEB, p)));
  if (newest(join(WEB, 'dist/index.html')) > Math.max(...sources)) return;
  const build = spawn(process.execPath, [join(WEB, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: WEB,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve) => build.once('exit', resolve));
  if (code !== 0)
    throw new Error(`vite build exited with ${code}: is examples/web installed (npm ci --prefix examples/web)?`);
}

export interface RunningWebApp {
  /** The app's origin, e.g. http://127.0.0.1:41234. */
  origin: string;
  graphqlUrl: string;
  /** SIGTERM to the launcher, which stops casegraph; true once every process of the group has exited. */
  stop: () => Promise<boolean>;
}

/**
 * `npm run web` on free ports, as its own process group: the launcher serves the built app and
 * starts casegraph (src/main.ts, as `npm start` does) with CORS for the app's origin unless `env`
 * says otherwise.
 */
export async function startWebApp(env: NodeJS.ProcessEnv): Promise<RunningWebApp> {
  const launcher = spawn(process.execPath, ['--import', 'tsx', 'examples/web/scripts/web.ts'], {
    cwd: ROOT,
    detached: true,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', WEB_PORT: '0', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = launcher.pid;
  if (pid === undefined) throw new Error('the web launcher did not start');
  let output = '';
  launcher.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (launcher.exitCode === null && launcher.signalCode === null) launcher.kill('SIGTERM');
    const exited = await waitForGroupExit(pid, 15_000);
    if (!exited) killGroups([launcher]);
    return exited;
  };
  try {
    const announced = await new Promise<RegExpExecArray>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no announcement within 30 s:\n${output}`)), 30_000);
      createInterface({ input: launcher.stdout }).on('line', (line) => {
        output += `${line}\n`;
        const match = /^casegraph web app at (\S+)\/ \(GraphQL at (\S+);/.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve(match);
        }
      });
      launcher.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the web launcher exited with ${code}:\n${output}`));
      });
    });
    return { origin: announced[1] ?? '', graphqlUrl: announced[2] ?? '', stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
