// `npm run supergraph` as a developer runs it: the gateway answers a query that spans both
// subgraphs, and SIGTERM or Ctrl-C's SIGINT stop casegraph, the customers subgraph and the gateway
// with exit code 0 and no process left behind.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { killGroups, waitForGroupExit } from '../helpers/processes.js';

const root = new URL('../..', import.meta.url).pathname;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface Started {
  child: ChildProcess;
  gatewayUrl: string;
  subgraphUrls: string[];
  output: () => string;
  exited: Promise<number | null>;
}

const started: Started[] = [];

function startSupergraph(): Promise<Started> {
  // Its own process group, so the suite can always clean up the whole tree (see afterEach).
  const child = spawn(npm, ['run', '--silent', 'supergraph'], {
    cwd: root,
    detached: true,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CASEGRAPH_PORT: '0',
      CUSTOMERS_PORT: '0',
      GATEWAY_PORT: '0',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /serving GraphQL at (\S+) — subgraphs: casegraph at (\S+), customers at (\S+)/.exec(out);
      if (match) {
        const s: Started = {
          child,
          gatewayUrl: match[1]!,
          subgraphUrls: [match[2]!, match[3]!],
          output: () => out,
          exited,
        };
        started.push(s);
        resolve(s);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    void exited.then((code) => reject(new Error(`npm run supergraph exited (${code}) before serving:\n${out}`)));
  });
}

afterEach(() => {
  killGroups(started.splice(0).map((s) => s.child));
});

describe('npm run supergraph', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`serves the demo customers' cases through Hive Gateway, and ${signal} stops everything with exit 0`, async () => {
      const sg = await startSupergraph();
      for (const url of [sg.gatewayUrl, ...sg.subgraphUrls]) expect(new URL(url).hostname).toBe('127.0.0.1');

      const res = await fetch(sg.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ customers { name openCases { provider title } } }' }),
      });
      expect(await res.json()).toEqual({
        data: {
          customers: [
            {
              name: 'Ada Lovelace',
              openCases: [
                { provider: 'TALKDESK', title: 'Router keeps rebooting' },
                { provider: 'THALAMUS', title: 'Telefonico' },
              ],
            },
            { name: 'Grace Hopper', openCases: [] },
          ],
        },
      });

      sg.child.kill(signal);
      expect(await sg.exited).toBe(0);
      expect(await waitForGroupExit(sg.child.pid!, 5_000)).toBe(true);
      expect(sg.output()).toContain('"msg":"stopped"');
      for (const url of [sg.gatewayUrl, ...sg.subgraphUrls]) {
        await expect(fetch(url, { method: 'POST' })).rejects.toThrow();
      }
      // Loading Hive Gateway's modules alone takes seconds on a small machine, more under a busy test run.
    }, 60_000);
  }
});
