// JWT verification against a real JWKS over HTTP: what a token from the company's IdP gets.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { jwtVerifier } from '../../src/auth/jwt.js';
import type { JwtVerifier } from '../../src/auth/jwt.js';
import { AUDIENCE, ISSUER, startIdp } from '../helpers/jwks.js';
import type { RunningIdp } from '../helpers/jwks.js';

let idp: RunningIdp;
let verify: JwtVerifier;

beforeAll(async () => {
  idp = await startIdp();
  verify = jwtVerifier({ jwksUrl: idp.jwksUrl, issuer: ISSUER, audience: AUDIENCE, clockToleranceSeconds: 30 });
});
afterAll(() => idp.close());

describe('JWT callers', () => {
  it('accepts a token of the configured issuer and audience, naming the caller by issuer and subject, with its scopes', async () => {
    const outcome = await verify(await idp.token({ scope: 'cases:read cases:write:talkdesk' }));
    expect(outcome).toEqual({
      ok: true,
      caller: {
        id: `jwt:${ISSUER}#user-42`,
        via: 'jwt',
        scopes: new Set(['cases:read', 'cases:write:talkdesk']),
      },
    });
    // Azure AD style: `scp` as a list.
    const scp = await verify(await idp.token({ claims: { scp: ['cases:read'] } }));
    expect(scp.ok && [...scp.caller.scopes]).toEqual(['cases:read']);
  });

  it('fetches the key set once and keeps it', async () => {
    const before = idp.fetches;
    for (let i = 0; i < 5; i += 1) expect((await verify(await idp.token())).ok).toBe(true);
    expect(idp.fetches - before).toBe(0);
  });

  it.each([
    ['another audience', { audience: 'someone-else' }, "The token's aud claim is not accepted."],
    ['another issuer', { issuer: 'https://evil.example/' }, "The token's iss claim is not accepted."],
    ['an expired token', { expiresIn: -120 }, 'The token has expired.'],
    [
      'a key the issuer never published',
      { unpublished: true },
      'The token is not signed by a key of the configured issuer.',
    ],
  ])('refuses %s', async (_what, options, description) => {
    expect(await verify(await idp.token(options))).toEqual({ ok: false, reason: 'invalid', description });
  });

  it('lets a token expired within the clock skew through, and no further', async () => {
    expect((await verify(await idp.token({ expiresIn: -10 }))).ok).toBe(true);
    expect((await verify(await idp.token({ expiresIn: -45 }))).ok).toBe(false);
  });

  it('refuses symmetric and unsigned tokens', async () => {
    const hs256 = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject('forger')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('a-secret-anyone-could-guess-0123456789'));
    expect(await verify(hs256)).toMatchObject({ ok: false, reason: 'invalid' });
    const [, payload] = (await idp.token()).split('.');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${payload}.`;
    expect(await verify(none)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await verify('a.b.c')).toEqual({ ok: false, reason: 'invalid', description: 'The token is malformed.' });
  });

  it('follows a key rotation: a token with a new key id refetches the key set, at most once per 30 s', async () => {
    await idp.rotate();
    const before = idp.fetches;
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // A refetch for an unknown key id happened in the last 30 s (the unpublished key): not yet.
      expect(await verify(await idp.token())).toMatchObject({ ok: false });
      vi.setSystemTime(Date.now() + 31_000);
      expect((await verify(await idp.token())).ok).toBe(true);
    } finally {
      vi.useRealTimers();
    }
    expect(idp.fetches - before).toBe(1);
  });

  it('says the keys are unavailable, not that the token is bad, when the IdP cannot be reached', async () => {
    const fresh = jwtVerifier({ jwksUrl: idp.jwksUrl, issuer: ISSUER, audience: AUDIENCE, clockToleranceSeconds: 0 });
    const token = await idp.token();
    try {
      idp.failWith = 503;
      expect(await fresh(token)).toEqual({ ok: false, reason: 'unavailable' });
    } finally {
      idp.failWith = undefined;
    }
  });
});
