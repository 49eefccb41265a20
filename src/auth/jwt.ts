// Bearer JWTs from the company's identity provider, verified with `jose` against its JWKS. The key
// set is fetched once, kept for `cacheMaxAge`, and refetched early when a token names a key id it
// has not seen (a rotation), at most once per cooldown.
import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import type { Caller } from './caller.js';
import { scopesFrom } from './caller.js';

export interface JwtSettings {
  jwksUrl: string;
  issuer: string;
  audience: string;
  /** How far apart casegraph's clock and the issuer's may be, for `exp`, `nbf` and `iat`. */
  clockToleranceSeconds: number;
}

/** Asymmetric algorithms only: a symmetric one would let anyone holding the JWKS forge tokens. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

export type JwtOutcome =
  | { ok: true; caller: Caller }
  /** The token is not acceptable: the caller's problem (401). */
  | { ok: false; reason: 'invalid'; description: string }
  /** The keys could not be fetched: casegraph's problem (503), not the caller's. */
  | { ok: false; reason: 'unavailable' };

export type JwtVerifier = (token: string) => Promise<JwtOutcome>;

export function jwtVerifier(settings: JwtSettings): JwtVerifier {
  const keys = createRemoteJWKSet(new URL(settings.jwksUrl), {
    cacheMaxAge: 10 * 60_000,
    cooldownDuration: 30_000,
    timeoutDuration: 5_000,
  });
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: settings.issuer,
        audience: settings.audience,
        clockTolerance: settings.clockToleranceSeconds,
        algorithms: ALGORITHMS,
        requiredClaims: ['sub', 'exp'],
      });
      return {
        ok: true,
        caller: {
          id: `jwt:${payload.iss ?? settings.issuer}#${payload.sub ?? ''}`,
          via: 'jwt',
          scopes: scopesFrom(payload.scope ?? payload.scp),
        },
      };
    } catch (err) {
      if (keySetUnavailable(err)) return { ok: false, reason: 'unavailable' };
      return { ok: false, reason: 'invalid', description: describe(err) };
    }
  };
}

/**
 * The key set could not be had (unreachable, slow, not 200, not a key set): nothing the caller's
 * token can be blamed for.
 */
function keySetUnavailable(err: unknown): boolean {
  if (!(err instanceof errors.JOSEError)) return true;
  return err.code === 'ERR_JOSE_GENERIC' || err instanceof errors.JWKSTimeout || err instanceof errors.JWKSInvalid;
}

/** What the caller is told: which check failed, never the token or the key set's address. */
function describe(err: unknown): string {
  if (err instanceof errors.JWTExpired) return 'The token has expired.';
  if (err instanceof errors.JWTClaimValidationFailed) return `The token's ${err.claim} claim is not accepted.`;
  if (err instanceof errors.JWKSNoMatchingKey) return 'The token is not signed by a key of the configured issuer.';
  if (err instanceof errors.JWSSignatureVerificationFailed) return 'The token signature is invalid.';
  if (err instanceof errors.JOSEAlgNotAllowed)
    return 'The token is signed with an algorithm casegraph does not accept.';
  return 'The token is malformed.';
}
