// `npm start` as a user runs it: a real process, configured only by its environment.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const root = new URL('../..', import.meta.url).pathname;

interface Started {
  line: string;
  stderr: string;
  code: number | null;
  /** SIGTERM, resolved once the process has exited. */
  stop: () => Promise<void>;
}

/** Runs src/main.ts until it prints its first stdout line or exits. */
function run(env: NodeJS.ProcessEnv, onChild?: (pid: number | undefined) => void): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onChild?.(child.pid);
  let stdout = '';
  let stderr = '';
  return new Promise((resolve) => {
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    const stop = async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    };
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const newline = stdout.indexOf('\n');
      if (newline >= 0) resolve({ line: stdout.slice(0, newline), stderr, code: null, stop });
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ line: stdout, stderr, code, stop }));
  });
}

describe('npm start', () => {
  it('reloads its trusted documents on SIGHUP: a manifest added while it serves is served, and it keeps running', async () => {
    const manifests = mkdtempSync(join(tmpdir(), 'casegraph-manifests-'));
    const all = z
      .record(z.string(), z.string())
      .parse(
        JSON.parse(
          readFileSync(new URL('../../examples/client/generated/persisted-documents.json', import.meta.url), 'utf8'),
        ),
      );
    const [[firstHash, firstDoc] = ['', ''], [laterHash, laterDoc] = ['', '']] = Object.entries(all);
    writeFileSync(join(manifests, 'first.json'), JSON.stringify({ [firstHash]: firstDoc }));
    let pid: number | undefined;
    const started = await run(
      { CASEGRAPH_DOCUMENTS: 'trusted-only', CASEGRAPH_TRUSTED_DOCUMENTS: manifests },
      (p) => (pid = p),
    );
    try {
      const url = /(http:\/\/\S+\/graphql)/.exec(started.line)![1]!;
      // The first error's code, or 'ok': the trusted-document refusal is told apart from anything else.
      const ask = async (hash: string): Promise<string> => {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ documentId: hash }),
        });
        const body: unknown = await res.json();
        const errors = typeof body === 'object' && body !== null && 'errors' in body ? body.errors : undefined;
        const [first] = Array.isArray(errors) ? errors : [];
        const code: unknown = first?.extensions?.code;
        return typeof code === 'string' ? code : 'ok';
      };
      expect(await ask(firstHash)).not.toBe('TRUSTED_DOCUMENT_NOT_FOUND');
      expect(await ask(laterHash)).toBe('TRUSTED_DOCUMENT_NOT_FOUND');
      writeFileSync(join(manifests, 'later.json'), JSON.stringify({ [laterHash]: laterDoc }));
      process.kill(pid!, 'SIGHUP');
      let code = 'TRUSTED_DOCUMENT_NOT_FOUND';
      for (let i = 0; i < 50 && code === 'TRUSTED_DOCUMENT_NOT_FOUND'; i += 1) {
        await new Promise((r) => setTimeout(r, 100));
        code = await ask(laterHash);
      }
      expect(code).not.toBe('TRUSTED_DOCUMENT_NOT_FOUND');
      expect(started.code).toBeNull();
    } finally {
      await started.stop();
      rmSync(manifests, { recursive: true, force: true });
    }
  });

  it('starts with no configuration on the four simulators, says so in one line, and serves GraphQL', async () => {
    const started = await run({});
    try {
      expect(started.line).toMatch(
        /^casegraph serving GraphQL at http:\/\/127\.0\.0\.1:\d+\/graphql — providers simulated: KHOROS, SPRINKLR, THALAMUS, TALKDESK/,
      );
      const url = /(http:\/\/\S+\/graphql)/.exec(started.line)![1]!;
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ providers { provider simulated } }' }),
      });
      const body = (await res.json()) as { data: { providers: Array<{ provider: string; simulated: boolean }> } };
      expect(body.data.providers).toHaveLength(4);
      expect(body.data.providers.every((p) => p.simulated)).toBe(true);
    } finally {
      await started.stop();
    }
  });

  it('refuses to start in production on simulators, naming the variables to set', async () => {
    const started = await run({ NODE_ENV: 'production' });
    expect(started.code).toBe(1);
    expect(started.stderr).toContain('casegraph cannot start');
    expect(started.stderr).toContain('TALKDESK_CLIENT_ID');
    expect(started.stderr).toContain('KHOROS_AUTH_VALUE');
  });

  it('refuses an incomplete vendor configuration, naming the missing variable', async () => {
    const started = await run({
      NODE_ENV: 'production',
      CASEGRAPH_PROVIDERS: 'TALKDESK',
      TALKDESK_CLIENT_ID: 'id',
      TALKDESK_CLIENT_SECRET: 's',
    });
    expect(started.code).toBe(1);
    expect(started.stderr).toMatch(/TALKDESK is partly configured: missing TALKDESK_TOKEN_URL/);
  });

  it('refuses a timeout of 0 (undici would wait forever) and a misspelt log level, naming each variable', async () => {
    const started = await run({ CASEGRAPH_HTTP_HEADERS_TIMEOUT_MS: '0', LOG_LEVEL: 'verbose' });
    expect(started.code).toBe(1);
    expect(started.stderr).toContain('casegraph cannot start');
    expect(started.stderr).toContain(
      'CASEGRAPH_HTTP_HEADERS_TIMEOUT_MS must be at least 1 (0 would mean no timeout), got "0".',
    );
    expect(started.stderr).toContain('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent');
  });

  const talkdeskInProduction = {
    NODE_ENV: 'production',
    CASEGRAPH_PROVIDERS: 'TALKDESK',
    TALKDESK_TOKEN_URL: 'https://acme.talkdeskid.com/oauth/token',
    TALKDESK_CLIENT_ID: 'id',
    TALKDESK_CLIENT_SECRET: 'secret',
  };

  it('refuses to start in production without caller authentication', async () => {
    const started = await run(talkdeskInProduction);
    expect(started.code).toBe(1);
    expect(started.stderr).toContain('NODE_ENV=production requires caller authentication');
  });

  it('starts in production without caller authentication only when told to, and warns that it does', async () => {
    const started = await run({ ...talkdeskInProduction, CASEGRAPH_AUTH: 'none' });
    try {
      expect(started.code).toBeNull();
      expect(JSON.parse(started.line)).toMatchObject({
        level: 40,
        msg: 'caller authentication is off (CASEGRAPH_AUTH=none): anyone who can reach casegraph may use it',
      });
    } finally {
      await started.stop();
    }
  });

  it('refuses plain-http vendor URLs in production unless allowed deliberately', async () => {
    const insecure = {
      ...talkdeskInProduction,
      CASEGRAPH_AUTH: 'none',
      TALKDESK_BASE_URL: 'http://api.talkdeskapp.com',
    };
    const refused = await run(insecure);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('TALKDESK: TALKDESK_BASE_URL must be an https: URL in production');
    const allowed = await run({ ...insecure, CASEGRAPH_ALLOW_HTTP_URLS: 'true' });
    try {
      expect(allowed.code).toBeNull();
    } finally {
      await allowed.stop();
    }
  });
});
