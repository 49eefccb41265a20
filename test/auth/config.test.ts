import { describe, expect, it } from 'vitest';
import { authenticator, readAuthConfig } from '../../src/auth/authenticate.js';

const KEY = 'ka_0123456789abcdef0123456789abcdef';
const SECRET = 'gateway-secret-0123456789abcdef0123';

describe('caller authentication settings', () => {
  it('is off while developing with nothing configured, on as soon as keys are set', () => {
    const problems: string[] = [];
    expect(readAuthConfig({}, false, problems).mode).toBe('none');
    expect(readAuthConfig({ CASEGRAPH_API_KEYS: `frontend=${KEY}` }, false, problems).mode).toBe('required');
    expect(problems).toEqual([]);
  });

  it('is required in production unless CASEGRAPH_AUTH=none says otherwise, which is flagged for a warning', () => {
    const missing: string[] = [];
    readAuthConfig({}, true, missing);
    expect(missing).toEqual([expect.stringContaining('NODE_ENV=production requires caller authentication')]);
    const off: string[] = [];
    const config = readAuthConfig({ CASEGRAPH_AUTH: 'none' }, true, off);
    expect(off).toEqual([]);
    expect(config).toMatchObject({ mode: 'none', offInProduction: true });
  });

  it('refuses contradictions and half a JWT configuration', () => {
    const problems: string[] = [];
    readAuthConfig({ CASEGRAPH_AUTH: 'none', CASEGRAPH_API_KEYS: `a=${KEY}` }, false, problems);
    readAuthConfig({ CASEGRAPH_AUTH: 'off' }, false, problems);
    readAuthConfig({ CASEGRAPH_JWT_JWKS_URL: 'https://idp.example/jwks.json' }, false, problems);
    readAuthConfig({ CASEGRAPH_JWT_ISSUER: 'https://idp.example/' }, false, problems);
    readAuthConfig({ CASEGRAPH_GATEWAY_SECRET: 'short' }, false, problems);
    expect(problems).toEqual([
      'CASEGRAPH_AUTH=none contradicts CASEGRAPH_API_KEYS / CASEGRAPH_JWT_JWKS_URL: remove one.',
      'CASEGRAPH_AUTH may only be "none"; authentication is on whenever keys or a JWKS are configured.',
      'CASEGRAPH_JWT_JWKS_URL needs CASEGRAPH_JWT_ISSUER.',
      'CASEGRAPH_JWT_JWKS_URL needs CASEGRAPH_JWT_AUDIENCE.',
      'CASEGRAPH_JWT_ISSUER and CASEGRAPH_JWT_AUDIENCE need CASEGRAPH_JWT_JWKS_URL.',
      'CASEGRAPH_GATEWAY_SECRET must have at least 32 characters.',
    ]);
  });

  it('wants the JWKS over https in production unless http is allowed deliberately', () => {
    const jwt = {
      NODE_ENV: 'production',
      CASEGRAPH_JWT_JWKS_URL: 'http://idp.internal/jwks.json',
      CASEGRAPH_JWT_ISSUER: 'https://idp.example/',
      CASEGRAPH_JWT_AUDIENCE: 'casegraph',
    };
    const problems: string[] = [];
    readAuthConfig(jwt, true, problems);
    expect(problems[0]).toMatch(/^CASEGRAPH_JWT_JWKS_URL must be an https: URL in production/);
    const allowed: string[] = [];
    readAuthConfig({ ...jwt, CASEGRAPH_ALLOW_HTTP_URLS: 'true' }, true, allowed);
    expect(allowed).toEqual([]);
  });
});

describe('authenticate', () => {
  const problems: string[] = [];
  const withKeys = authenticator(readAuthConfig({ CASEGRAPH_API_KEYS: `frontend=${KEY}` }, false, problems));

  it('asks for credentials with a Bearer challenge, and says which part was wrong', async () => {
    expect(await withKeys({})).toEqual({
      ok: false,
      status: 401,
      message: 'Authentication is required.',
      challenge: 'Bearer realm="casegraph"',
    });
    expect(await withKeys({ authorization: `Basic ${KEY}` })).toMatchObject({
      status: 401,
      challenge: expect.stringContaining('error="invalid_request"'),
    });
    expect(await withKeys({ authorization: 'Bearer not-the-key' })).toMatchObject({
      status: 401,
      challenge: expect.stringContaining('error="invalid_token"'),
    });
    expect(await withKeys({ authorization: `bearer ${KEY}` })).toMatchObject({ ok: true, caller: { id: 'frontend' } });
  });

  it('wants the gateway secret on every request when one is set, even with auth otherwise off', async () => {
    const gatewayOnly = authenticator(readAuthConfig({ CASEGRAPH_GATEWAY_SECRET: SECRET }, false, problems));
    expect(await gatewayOnly({})).toMatchObject({ ok: false, status: 401 });
    expect(await gatewayOnly({ 'x-casegraph-gateway-secret': `${SECRET}!` })).toMatchObject({ ok: false });
    expect(await gatewayOnly({ 'x-casegraph-gateway-secret': SECRET })).toMatchObject({
      ok: true,
      caller: { id: 'anonymous' },
    });
    const both = authenticator(
      readAuthConfig({ CASEGRAPH_GATEWAY_SECRET: SECRET, CASEGRAPH_API_KEYS: `frontend=${KEY}` }, false, problems),
    );
    expect(await both({ 'x-casegraph-gateway-secret': SECRET })).toMatchObject({ ok: false, status: 401 });
    expect(await both({ 'x-casegraph-gateway-secret': SECRET, authorization: `Bearer ${KEY}` })).toMatchObject({
      ok: true,
    });
    expect(problems).toEqual([]);
  });
});
