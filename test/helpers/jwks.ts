// An identity provider's key set on 127.0.0.1, and tokens signed with its keys: what a company's
// IdP (Auth0, Okta, Keycloak) gives casegraph, minus the login pages.
import { createServer } from 'node:http';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import type { CryptoKey, JWK, JWTPayload } from 'jose';

export const ISSUER = 'https://idp.example.test/';
export const AUDIENCE = 'casegraph';

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

async function signingKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' } };
}

export interface TokenOptions {
  scope?: string;
  subject?: string;
  issuer?: string;
  audience?: string;
  /** Seconds from now; negative for a token that has expired. */
  expiresIn?: number;
  /** Sign with a key the JWKS does not (yet) publish. */
  unpublished?: boolean;
  claims?: JWTPayload;
}

export interface RunningIdp {
  jwksUrl: string;
  /** How many times the key set was fetched. */
  fetches: number;
  /** Answer the key set with this status instead (0: drop the connection). */
  failWith: number | undefined;
  token(options?: TokenOptions): Promise<string>;
  /** Publishes a new key (as a rotation does) and signs new tokens with it. */
  rotate(): Promise<void>;
  close(): Promise<void>;
}

export async function startIdp(): Promise<RunningIdp> {
  let current = await signingKey('key-1');
  let published: SigningKey[] = [current];
  const unpublished = await signingKey('key-unpublished');
  const server = createServer((req, res) => {
    idp.fetches += 1;
    if (idp.failWith === 0) {
      req.socket.destroy();
      return;
    }
    if (idp.failWith !== undefined) {
      res.writeHead(idp.failWith).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: published.map((k) => k.jwk) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the IdP is not listening on TCP');
  const { port } = address;

  const idp: RunningIdp = {
    jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    fetches: 0,
    failWith: undefined,
    async token(options = {}) {
      const key = options.unpublished ? unpublished : current;
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ ...(options.scope !== undefined ? { scope: options.scope } : {}), ...options.claims })
        .setProtectedHeader({ alg: 'ES256', kid: key.kid })
        .setIssuer(options.issuer ?? ISSUER)
        .setAudience(options.audience ?? AUDIENCE)
        .setSubject(options.subject ?? 'user-42')
        .setIssuedAt(now)
        .setExpirationTime(now + (options.expiresIn ?? 300))
        .sign(key.privateKey);
    },
    async rotate() {
      current = await signingKey(`key-${published.length + 1}`);
      published = [...published, current];
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return idp;
}
