// An embedded, strict simulator of Talkdesk's Case API and its OAuth token service, on one local
// server: `POST /oauth/token` (client credentials, HTTP Basic), `GET /cm/meta/va/fields`,
// `GET|POST /cm/core/va/cases` (list and create), `PATCH|GET /cm/core/va/cases/{id}`. It checks what Talkdesk documents
// (credentials, bearer tokens and their scopes, required fields, enum spellings, custom-field keys
// and shapes: flat on create, `{value, label}` on update) and answers with Talkdesk's status codes
// and error bodies. Where the docs are silent it rejects rather than guesses.
import { SimulatorServer, header } from '../../../simulators/harness.js';
import type { SimRequest, SimResponse } from '../../../simulators/harness.js';
import type { RunningSimulator } from '../../types.js';
import { DEFAULT_TALKDESK_SCOPES } from '../config.js';
import type { TalkdeskConfig } from '../config.js';
import { CODES, TalkdeskCaseStore, tdError } from './cases.js';

const SCOPE_READ = 'cases-public:read';
const SCOPE_WRITE = 'cases-public:write';
const SCOPE_FIELDS = 'case-fields-public:read';

export interface TalkdeskSimulatorOptions {
  port?: number;
  clientId?: string;
  clientSecret?: string;
  /** `expires_in` of issued tokens. Default 3600. */
  tokenLifetimeSeconds?: number;
  /** Scopes the client may be granted. Default: the three Case API scopes. */
  grantableScopes?: readonly string[];
  /** Cases seeded after case 1 (ids from 2). Default 80. */
  seededCases?: number;
}

export interface TalkdeskSimulator extends RunningSimulator<TalkdeskConfig> {
  /** Requests received by the token endpoint so far, successful or not. */
  readonly tokenRequestCount: number;
  /** `expires_in` of tokens issued from now on. */
  tokenLifetimeSeconds: number;
  /** Scopes the client may be granted from now on. */
  grantableScopes: string[];
  /** Makes every issued token invalid: the next API call with one gets 401. */
  expireAllTokens(): void;
  /** The client credentials the token endpoint accepts. */
  readonly credentials: { clientId: string; clientSecret: string };
  /** What Talkdesk does to a resolved case on its own (no API sets Closed): false unless it was RESOLVED. */
  closeResolvedCase(id: string): boolean;
}

interface IssuedToken {
  scopes: Set<string>;
  expiresAt: number;
}

class TalkdeskSimulatorImpl implements TalkdeskSimulator {
  readonly server: SimulatorServer;
  config!: TalkdeskConfig;
  url = '';
  tokenLifetimeSeconds: number;
  grantableScopes: string[];
  readonly credentials: { clientId: string; clientSecret: string };

  private tokenRequests = 0;
  private tokenSerial = 0;
  private readonly tokens = new Map<string, IssuedToken>();
  private readonly store: TalkdeskCaseStore;

  constructor(options: TalkdeskSimulatorOptions) {
    this.credentials = {
      clientId: options.clientId ?? 'casegraph-sim-client',
      clientSecret: options.clientSecret ?? 'casegraph-sim-secret',
    };
    this.tokenLifetimeSeconds = options.tokenLifetimeSeconds ?? 3600;
    this.grantableScopes = [...(options.grantableScopes ?? DEFAULT_TALKDESK_SCOPES)];
    this.store = new TalkdeskCaseStore(options.seededCases);
    this.server = new SimulatorServer({
      notFound: () => tdError(404, CODES.notFound, 'Resource not found'),
      internalError: () => tdError(500, CODES.internal, 'Internal server error'),
    });
    this.server
      .route('POST', '/oauth/token', (req) => this.token(req))
      .route('GET', '/cm/meta/va/fields', (req) => this.guard(req, SCOPE_FIELDS, () => this.store.listFields()))
      .route('POST', '/cm/core/va/cases', (req) => this.guard(req, SCOPE_WRITE, () => this.store.createCase(req)))
      .route('GET', '/cm/core/va/cases', (req) => this.guard(req, SCOPE_READ, () => this.store.listCases(req)))
      .route('GET', '/cm/core/va/cases/:id', (req) => this.guard(req, SCOPE_READ, () => this.store.getCase(req)))
      .route('PATCH', '/cm/core/va/cases/:id', (req) => this.guard(req, SCOPE_WRITE, () => this.store.updateCase(req)));
  }

  get tokenRequestCount(): number {
    return this.tokenRequests;
  }

  expireAllTokens(): void {
    for (const token of this.tokens.values()) token.expiresAt = 0;
  }

  async start(port: number): Promise<this> {
    this.url = await this.server.listen(port);
    this.config = {
      baseUrl: this.url,
      tokenUrl: `${this.url}/oauth/token`,
      clientId: this.credentials.clientId,
      clientSecret: this.credentials.clientSecret,
      scopes: [...DEFAULT_TALKDESK_SCOPES],
    };
    return this;
  }

  close(): Promise<void> {
    return this.server.close();
  }

  /** `POST /oauth/token` with the client-credentials grant, signed with HTTP Basic (cc-basic). */
  private token(req: SimRequest): SimResponse {
    this.tokenRequests += 1;
    const oauthError = (status: number, error: string, description: string): SimResponse => ({
      status,
      json: { error, error_description: description },
      headers: { 'cache-control': 'no-store', ...(status === 401 ? { 'www-authenticate': 'Basic' } : {}) },
    });
    const expected = `Basic ${Buffer.from(`${this.credentials.clientId}:${this.credentials.clientSecret}`).toString('base64')}`;
    if (header(req, 'authorization') !== expected) {
      return oauthError(401, 'invalid_client', 'Client authentication failed');
    }
    if (!/^application\/x-www-form-urlencoded\b/i.test(header(req, 'content-type') ?? '')) {
      return oauthError(400, 'invalid_request', 'The request body must be application/x-www-form-urlencoded');
    }
    const form = new URLSearchParams(req.rawBody);
    const grantType = form.get('grant_type');
    if (!grantType) return oauthError(400, 'invalid_request', 'Missing grant_type');
    if (grantType !== 'client_credentials') {
      return oauthError(400, 'unsupported_grant_type', `Unsupported grant_type ${grantType}`);
    }
    const requested = form.has('scope') ? (form.get('scope') ?? '').split(' ').filter((s) => s !== '') : null;
    const unknown = (requested ?? []).filter((s) => !this.grantableScopes.includes(s));
    if (unknown.length > 0) return oauthError(400, 'invalid_scope', `Scope not allowed: ${unknown.join(' ')}`);
    const scopes = requested ?? this.grantableScopes;
    this.tokenSerial += 1;
    const accessToken = `tdsim.${this.tokenSerial}.${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
    this.tokens.set(accessToken, {
      scopes: new Set(scopes),
      expiresAt: Date.now() + this.tokenLifetimeSeconds * 1000,
    });
    return {
      status: 200,
      headers: { 'cache-control': 'no-store' },
      json: {
        access_token: accessToken,
        token_type: 'Bearer',
        expires_in: this.tokenLifetimeSeconds,
        scope: scopes.join(' '),
      },
    };
  }

  closeResolvedCase(id: string): boolean {
    return this.store.closeResolved(id);
  }

  /** 401 without a live bearer token, 403 without the route's scope. */
  private guard(req: SimRequest, scope: string, handle: () => SimResponse): SimResponse {
    const match = /^Bearer (\S+)$/.exec(header(req, 'authorization') ?? '');
    const token = match?.[1] === undefined ? undefined : this.tokens.get(match[1]);
    if (!token || token.expiresAt <= Date.now()) {
      return tdError(401, CODES.unauthorized, 'Unauthorized', 'Invalid or unverifiable JWT');
    }
    if (!token.scopes.has(scope)) {
      return tdError(403, CODES.forbidden, 'Forbidden', `The access token is missing the scope ${scope}`);
    }
    return handle();
  }
}

/** Starts the simulator on 127.0.0.1 (port 0 by default). Its `config` points TALKDESK_TOKEN_URL at its own `/oauth/token`. */
export async function startTalkdeskSimulator(options: TalkdeskSimulatorOptions = {}): Promise<TalkdeskSimulator> {
  return new TalkdeskSimulatorImpl(options).start(options.port ?? 0);
}
