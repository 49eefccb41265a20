// Who is calling, decided once per HTTP request before anything else runs: a bearer API key or
// JWT, and, behind a federation gateway, the gateway's shared secret. A request that fails here
// is answered 401 (or 503 when the identity provider's keys cannot be had) and never reaches
// GraphQL, so it can cause no vendor call.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { httpUrlProblem, readEnv } from '../providers/shared/env.js';
import type { ApiKey } from './apiKeys.js';
import { callerForApiKey, parseApiKeys, sha256 } from './apiKeys.js';
import { ANONYMOUS } from './caller.js';
import type { Caller } from './caller.js';
import { jwtVerifier } from './jwt.js';
import type { JwtSettings } from './jwt.js';

/** The header a federation gateway sends the shared secret in (docs/security.md, "Behind a gateway"). */
export const GATEWAY_SECRET_HEADER = 'x-casegraph-gateway-secret';

export interface AuthConfig {
  /** 'none': every caller is anonymous and may do everything (local development on simulators). */
  mode: 'none' | 'required';
  /** True when `CASEGRAPH_AUTH=none` turned authentication off in production, which is logged. */
  offInProduction: boolean;
  apiKeys: ApiKey[];
  jwt: JwtSettings | undefined;
  /** SHA-256 of the secret every request must carry in `x-casegraph-gateway-secret`, when set. */
  gatewaySecretHash: Buffer | undefined;
}

/** Reads the caller-authentication variables; production without any is a problem, not a default. */
export function readAuthConfig(env: NodeJS.ProcessEnv, production: boolean, problems: string[]): AuthConfig {
  const explicit = readEnv(env, 'CASEGRAPH_AUTH')?.toLowerCase();
  if (explicit !== undefined && explicit !== 'none') {
    problems.push('CASEGRAPH_AUTH may only be "none"; authentication is on whenever keys or a JWKS are configured.');
  }
  const rawKeys = readEnv(env, 'CASEGRAPH_API_KEYS');
  const apiKeys = rawKeys === undefined ? [] : parseApiKeys(rawKeys, problems);
  const jwt = readJwtSettings(env, problems);
  const gatewaySecret = readEnv(env, 'CASEGRAPH_GATEWAY_SECRET');
  if (gatewaySecret !== undefined && gatewaySecret.length < 32) {
    problems.push('CASEGRAPH_GATEWAY_SECRET must have at least 32 characters.');
  }
  const configured = apiKeys.length > 0 || jwt !== undefined;
  if (explicit === 'none' && configured) {
    problems.push('CASEGRAPH_AUTH=none contradicts CASEGRAPH_API_KEYS / CASEGRAPH_JWT_JWKS_URL: remove one.');
  }
  if (production && !configured && explicit !== 'none') {
    problems.push(
      'NODE_ENV=production requires caller authentication: set CASEGRAPH_API_KEYS and/or CASEGRAPH_JWT_JWKS_URL ' +
        '(or CASEGRAPH_AUTH=none to run without it, which is logged as a warning).',
    );
  }
  return {
    mode: configured ? 'required' : 'none',
    offInProduction: production && explicit === 'none',
    apiKeys,
    jwt,
    gatewaySecretHash: gatewaySecret === undefined ? undefined : sha256(gatewaySecret),
  };
}

function readJwtSettings(env: NodeJS.ProcessEnv, problems: string[]): JwtSettings | undefined {
  const jwksUrl = readEnv(env, 'CASEGRAPH_JWT_JWKS_URL');
  const issuer = readEnv(env, 'CASEGRAPH_JWT_ISSUER');
  const audience = readEnv(env, 'CASEGRAPH_JWT_AUDIENCE');
  if (jwksUrl === undefined) {
    if (issuer !== undefined || audience !== undefined) {
      problems.push('CASEGRAPH_JWT_ISSUER and CASEGRAPH_JWT_AUDIENCE need CASEGRAPH_JWT_JWKS_URL.');
    }
    return undefined;
  }
  const urlProblem = httpUrlProblem('CASEGRAPH_JWT_JWKS_URL', jwksUrl, env);
  if (urlProblem) problems.push(urlProblem);
  // Without both, a token issued for another service by the same identity provider would pass.
  if (issuer === undefined) problems.push('CASEGRAPH_JWT_JWKS_URL needs CASEGRAPH_JWT_ISSUER.');
  if (audience === undefined) problems.push('CASEGRAPH_JWT_JWKS_URL needs CASEGRAPH_JWT_AUDIENCE.');
  const skew = readEnv(env, 'CASEGRAPH_JWT_CLOCK_SKEW_SECONDS') ?? '30';
  const skewValid = /^\d{1,3}$/.test(skew) && Number(skew) <= 300;
  if (!skewValid) {
    problems.push('CASEGRAPH_JWT_CLOCK_SKEW_SECONDS must be a whole number of seconds from 0 to 300.');
  }
  if (urlProblem || issuer === undefined || audience === undefined || !skewValid) return undefined;
  return { jwksUrl, issuer, audience, clockToleranceSeconds: Number(skew) };
}

export type AuthOutcome =
  | { ok: true; caller: Caller }
  | {
      ok: false;
      status: 401 | 503;
      message: string;
      /** The `WWW-Authenticate` challenge of a 401 (RFC 6750). */
      challenge?: string;
    };

const REALM = 'Bearer realm="casegraph"';

const unauthenticated = (message: string, error?: 'invalid_request' | 'invalid_token'): AuthOutcome => ({
  ok: false,
  status: 401,
  message,
  challenge: error ? `${REALM}, error="${error}", error_description="${message.replace(/"/g, "'")}"` : REALM,
});

export type Authenticate = (headers: IncomingHttpHeaders) => Promise<AuthOutcome>;

export function authenticator(config: AuthConfig): Authenticate {
  const verifyJwt = config.jwt ? jwtVerifier(config.jwt) : undefined;
  return async (headers) => {
    if (config.gatewaySecretHash) {
      const offered = headers[GATEWAY_SECRET_HEADER];
      if (typeof offered !== 'string' || !timingSafeEqual(sha256(offered), config.gatewaySecretHash)) {
        return unauthenticated('Requests must come through the federation gateway.', 'invalid_request');
      }
    }
    if (config.mode === 'none') return { ok: true, caller: ANONYMOUS };

    const header = headers.authorization;
    if (header === undefined || header === '') return unauthenticated('Authentication is required.');
    const match = /^Bearer +([\x21-\x7e]+) *$/i.exec(header);
    const token = match?.[1];
    if (token === undefined) {
      return unauthenticated('The Authorization header must be "Bearer <token>".', 'invalid_request');
    }
    // A JWT has three dot-separated parts; an API key has none.
    if (verifyJwt && token.split('.').length === 3) {
      const outcome = await verifyJwt(token);
      if (outcome.ok) return outcome;
      if (outcome.reason === 'unavailable') {
        return { ok: false, status: 503, message: 'Tokens cannot be verified right now; retry shortly.' };
      }
      return unauthenticated(outcome.description, 'invalid_token');
    }
    const caller = callerForApiKey(config.apiKeys, token);
    return caller ? { ok: true, caller } : unauthenticated('The API key or token is not valid.', 'invalid_token');
  };
}
