// `npm run web`: the built reference frontend on its own origin, and casegraph (`npm start`, on its
// simulators unless configured) with CORS granting that origin and the app's trusted documents.
// Ctrl-C stops both.
//
//   WEB_HOST, WEB_PORT          where the app is served (127.0.0.1:5173)
//   PORT, HOST                  casegraph's, as for `npm start` (4000, 127.0.0.1)
//   CASEGRAPH_CORS_ORIGINS      default: the app's origin
//   CASEGRAPH_DOCUMENTS         default: trusted-preferred (the app's documents, and Sandbox for anonymous developers)
//   CASEGRAPH_TRUSTED_DOCUMENTS default: the app's manifest, examples/web/src/generated/persisted-documents.json
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { serveWebApp } from './serve.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const MANIFEST = fileURLToPath(new URL('../src/generated/persisted-documents.json', import.meta.url));
/** How long casegraph may take to stop on its own after the Ctrl-C it got too, before it is told to. */
const CTRL_C_GRACE_MS = 2_000;

if (!existsSync(`${DIST}/index.html`)) {
  process.stderr.write('The web app is not built: run `npm run web:build` (or `npm run web`, which builds it).\n');
  process.exit(1);
}

const env = process.env;
const web = await serveWebApp({
  dist: DIST,
  host: env.WEB_HOST ?? '127.0.0.1',
  port: Number(env.WEB_PORT ?? 5173),
  casegraphUrl: `http://${env.HOST ?? '127.0.0.1'}:${env.PORT ?? 4000}/graphql`,
});

const corsOrigins = env.CASEGRAPH_CORS_ORIGINS ?? web.origin;
const casegraph = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  cwd: ROOT,
  env: {
    ...env,
    PORT: env.PORT ?? '4000',
    HOST: env.HOST ?? '127.0.0.1',
    CASEGRAPH_CORS_ORIGINS: corsOrigins,
    CASEGRAPH_DOCUMENTS: env.CASEGRAPH_DOCUMENTS ?? 'trusted-preferred',
    CASEGRAPH_TRUSTED_DOCUMENTS: env.CASEGRAPH_TRUSTED_DOCUMENTS ?? MANIFEST,
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const exited = new Promise<number>((resolve) =>
  casegraph.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))),
);

createInterface({ input: casegraph.stdout }).on('line', (line) => {
  process.stdout.write(`${line}\n`);
  const announced = /casegraph serving GraphQL at (\S+)/.exec(line)?.[1];
  if (announced) {
    web.setCasegraphUrl(announced);
    process.stdout.write(
      `casegraph web app at ${web.origin}/ (GraphQL at ${announced}; CORS origins: ${corsOrigins})\n`,
    );
  }
});

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  const running = () => casegraph.exitCode === null && casegraph.signalCode === null;
  // Ctrl-C reaches the whole foreground process group, casegraph included; a second signal would
  // make it exit at once instead of draining, so it is sent only if casegraph does not stop by itself.
  if (signal === 'SIGINT') setTimeout(() => running() && casegraph.kill('SIGTERM'), CTRL_C_GRACE_MS).unref();
  else if (running()) casegraph.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const code = await exited;
await web.close();
process.exit(code);
