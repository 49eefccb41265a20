// An embedded, strict simulator of Talkdesk's Case API and its OAuth token service, on one local
// server: `POST /oauth/token` (client credentials, HTTP Basic), `GET /cm/meta/va/fields`,
// `POST /cm/core/va/cases`, `PATCH|GET /cm/core/va/cases/{id}`. It checks what Talkdesk documents
// (credentials, bearer tokens and their scopes, required fields, enum spellings, custom-field keys
// and shapes: flat on create, `{value, label}` on update) and answers with Talkdesk's status codes
// and error bodies. Where the docs are silent it rejects rather than guesses.
import { SimulatorServer, header, isJsonContentType } from '../../simulators/harness.js';
import type { SimRequest, SimResponse } from '../../simulators/harness.js';
import type { RunningSimulator } from '../types.js';
import { DEFAULT_TALKDESK_SCOPES } from './config.js';
import type { TalkdeskConfig } from './config.js';

export const TALKDESK_SCOPE_READ = 'cases-public:read';
export const TALKDESK_SCOPE_WRITE = 'cases-public:write';
export const TALKDESK_SCOPE_FIELDS = 'case-fields-public:read';

export interface TalkdeskSimulatorOptions {
  port?: number;
  clientId?: string;
  clientSecret?: string;
  /** `expires_in` of issued tokens. Default 3600. */
  tokenLifetimeSeconds?: number;
  /** Scopes the client may be granted. Default: the three Case API scopes. */
  grantableScopes?: readonly string[];
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
}

// ---------------------------------------------------------------------------------------------
// Seed data
// ---------------------------------------------------------------------------------------------

interface DictEntry {
  key: string;
  value?: string;
  lable?: string;
  children?: DictEntry[] | null;
}

interface FieldDefinition {
  id: string;
  key: string;
  name: string;
  type: string;
  description: string;
  dict_list?: DictEntry[];
  required: boolean;
  active: boolean;
  created_at: string;
  updated_at: string;
}

const SEEDED_AT = '2024-01-15T08:00:00Z';

function field(
  id: string,
  key: string,
  name: string,
  type: string,
  extra: Partial<Pick<FieldDefinition, 'dict_list' | 'required' | 'active'>> = {},
): FieldDefinition {
  return {
    id,
    key,
    name,
    type,
    description: `${name} (${type})`,
    ...(extra.dict_list ? { dict_list: extra.dict_list } : {}),
    required: extra.required ?? false,
    active: extra.active ?? true,
    created_at: SEEDED_AT,
    updated_at: SEEDED_AT,
  };
}

/** Field definitions covering every key prefix of the create sample, plus one required-to-solve and one inactive field. */
function seedFields(): FieldDefinition[] {
  return [
    field('1', 'text1', 'Order number', 'text'),
    field('2', 'checkbox1', 'Follow-up needed', 'checkbox'),
    field('3', 'dropdown1', 'Region', 'dropdown', {
      dict_list: [
        { key: '1', value: 'North' },
        { key: '2', value: 'South' },
        { key: '3', value: 'East' },
      ],
    }),
    field('4', 'dependent_field1', 'Product', 'dependent_field', {
      dict_list: [
        {
          key: '3a20c48f-3e33-49b0-af22-63eba6fa4cc3',
          lable: 'a',
          children: [
            {
              key: 'bbb2a5e7-6190-4eb1-b889-ec37e0badd0b',
              lable: 'a1',
              children: [{ key: 'e9e3c93a-1b28-489a-96fe-6b3e9ca60976', lable: 'a11', children: null }],
            },
          ],
        },
        { key: '5c1d7e3a-95a4-4f0e-8d7e-0e1f2a3b4c5d', lable: 'b', children: null },
      ],
    }),
    field('5', 'date1', 'Due date', 'date'),
    field('6', 'numeric1', 'Units affected', 'numeric'),
    field('7', 'decimal1', 'Refund amount', 'decimal'),
    field('8', 'multi_line_text1', 'Steps to reproduce', 'multi_line_text'),
    // Labelled with the docs' "lable" spelling.
    field('9', 'multi_select1', 'Channels', 'multi_select', {
      dict_list: [
        { key: '001', lable: '1111' },
        { key: '002', lable: '2222' },
        { key: '003', lable: '3333' },
      ],
    }),
    field('10', 'text2', 'Root cause', 'text', { required: true }),
    field('11', 'text9', 'Legacy code', 'text', { active: false }),
  ];
}

const SEEDED_AGENTS: ReadonlyMap<string, string> = new Map([
  ['61036b508ff57b5578f25a10', 'Ana Agent'],
  ['61036b508ff57b5578f25a11', 'Bruno Agent'],
]);

const PREFIXES = [
  'multi_line_text',
  'dependent_field',
  'multi_select',
  'dropdown',
  'checkbox',
  'numeric',
  'decimal',
  'date',
  'text',
] as const;
type Prefix = (typeof PREFIXES)[number];

function prefixOf(key: string): Prefix | null {
  return PREFIXES.find((p) => new RegExp(`^${p}\\d+$`).test(key)) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Stored cases
// ---------------------------------------------------------------------------------------------

const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
const STATUSES = ['NEW', 'OPEN', 'PENDING', 'ON-HOLD', 'RESOLVED', 'CLOSED'] as const;
const TYPES = ['QUESTION', 'INCIDENT', 'PROBLEM', 'TASK'] as const;
const REQUESTER_TYPES = ['Contact', 'Agent'] as const;

type StoredValue = string | number | boolean | string[];

interface StoredNote {
  id: string;
  note_title: string | null;
  note_body: string;
  public: boolean;
}

interface StoredCase {
  id: string;
  title: string;
  description: string;
  parent_id: string | null;
  owner_id: string | null;
  status: (typeof STATUSES)[number];
  type: string | null;
  priority: (typeof PRIORITIES)[number] | null;
  resolution: string | null;
  group_id: string | null;
  requester_id: string | null;
  requester_name: string | null;
  requester_email: string | null;
  requester_phone: string | null;
  requester_type: string;
  custom_fields: Map<string, StoredValue>;
  notes: StoredNote[];
  create_at: string;
  update_at: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface FieldProblem {
  name: string;
  description: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const timestamp = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const titleCase = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

// ---------------------------------------------------------------------------------------------
// Talkdesk's error bodies: {code, message, description?, fields[{name, description}]}
// ---------------------------------------------------------------------------------------------

const CODES = {
  badRequest: '1000400',
  unauthorized: '1000401',
  forbidden: '1000403',
  notFound: '1000404',
  internal: '1000500',
} as const;

function tdError(status: number, code: string, message: string, description?: string, fields: FieldProblem[] = []) {
  return {
    status,
    json: { code, message, ...(description ? { description } : {}), fields },
  } satisfies SimResponse;
}

const invalid = (fields: FieldProblem[], message = 'Invalid request body'): SimResponse =>
  tdError(400, CODES.badRequest, message, fields.length === 1 ? fields[0]?.description : undefined, fields);

// ---------------------------------------------------------------------------------------------
// The simulator
// ---------------------------------------------------------------------------------------------

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
  private readonly cases = new Map<string, StoredCase>();
  private readonly fields = seedFields();
  private readonly contacts = new Map<string, string>();
  private nextCaseId = 1;
  private nextNoteId = 1;

  constructor(options: TalkdeskSimulatorOptions) {
    this.credentials = {
      clientId: options.clientId ?? 'casegraph-sim-client',
      clientSecret: options.clientSecret ?? 'casegraph-sim-secret',
    };
    this.tokenLifetimeSeconds = options.tokenLifetimeSeconds ?? 3600;
    this.grantableScopes = [...(options.grantableScopes ?? DEFAULT_TALKDESK_SCOPES)];
    this.server = new SimulatorServer({
      notFound: () => tdError(404, CODES.notFound, 'Resource not found'),
      internalError: () => tdError(500, CODES.internal, 'Internal server error'),
    });
    this.server
      .route('POST', '/oauth/token', (req) => this.token(req))
      .route('GET', '/cm/meta/va/fields', (req) => this.guard(req, TALKDESK_SCOPE_FIELDS, () => this.listFields()))
      .route('POST', '/cm/core/va/cases', (req) => this.guard(req, TALKDESK_SCOPE_WRITE, () => this.createCase(req)))
      .route('GET', '/cm/core/va/cases/:id', (req) => this.guard(req, TALKDESK_SCOPE_READ, () => this.getCase(req)))
      .route('PATCH', '/cm/core/va/cases/:id', (req) =>
        this.guard(req, TALKDESK_SCOPE_WRITE, () => this.updateCase(req)),
      );
    this.seedCase();
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

  // ---- OAuth ------------------------------------------------------------------------------

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

  // ---- Field definitions ------------------------------------------------------------------

  private listFields(): SimResponse {
    return { status: 200, json: this.fields };
  }

  private activeField(key: string): FieldDefinition | undefined {
    return this.fields.find((f) => f.key === key && f.active);
  }

  /** Why a flat value does not fit a field, or null. */
  private valueProblem(def: FieldDefinition, value: unknown): string | null {
    const prefix = prefixOf(def.key);
    const options = def.dict_list ?? [];
    switch (prefix) {
      case 'text':
      case 'multi_line_text':
        return typeof value === 'string' ? null : 'must be a string';
      case 'checkbox':
        return typeof value === 'boolean' ? null : 'must be a boolean';
      case 'numeric':
        return typeof value === 'number' && Number.isInteger(value) ? null : 'must be an integer';
      case 'decimal':
        return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number';
      case 'date':
        return typeof value === 'string' && ISO_UTC.test(value) && !Number.isNaN(Date.parse(value))
          ? null
          : 'must be an ISO-8601 UTC date-time such as 2022-04-21T06:30:21Z';
      case 'dropdown':
        return (typeof value === 'string' || typeof value === 'number') && options.some((o) => o.key === String(value))
          ? null
          : `must be one of ${options.map((o) => o.key).join(', ')}`;
      case 'multi_select':
        return isStringArray(value) && value.every((v) => options.some((o) => o.key === v))
          ? null
          : `must be a list of ${options.map((o) => o.key).join(', ')}`;
      case 'dependent_field': {
        if (!isStringArray(value) || value.length === 0) return 'must be a non-empty list of option keys';
        let level: DictEntry[] = options;
        for (const v of value) {
          const node = level.find((o) => o.key === v);
          if (!node) return `${v} is not an option at this level`;
          level = node.children ?? [];
        }
        return null;
      }
      case null:
        return 'has an unsupported key prefix';
    }
  }

  private labelOf(def: FieldDefinition, value: StoredValue): string | string[] | undefined {
    const options = def.dict_list ?? [];
    const label = (entry: DictEntry | undefined) => entry?.value ?? entry?.lable;
    const prefix = prefixOf(def.key);
    if (prefix === 'dropdown') return label(options.find((o) => o.key === String(value)));
    if (prefix === 'multi_select' && Array.isArray(value)) {
      const labels = value.map((v) => label(options.find((o) => o.key === v)));
      return labels.every((l): l is string => l !== undefined) ? labels : undefined;
    }
    if (prefix === 'dependent_field' && Array.isArray(value)) {
      const labels: string[] = [];
      let level: DictEntry[] = options;
      for (const v of value) {
        const node = level.find((o) => o.key === v);
        const l = label(node);
        if (!node || l === undefined) return undefined;
        labels.push(l);
        level = node.children ?? [];
      }
      return labels;
    }
    return undefined;
  }

  private normalise(def: FieldDefinition, value: string | number | boolean | string[]): StoredValue {
    return prefixOf(def.key) === 'dropdown' ? String(value) : value;
  }

  /** Checks `custom_fields` of a create (flat) or update (object form); returns the values to store. */
  private customFields(
    raw: unknown,
    mode: 'create' | 'update',
    problems: FieldProblem[],
  ): Map<string, StoredValue> | undefined {
    if (raw === undefined) return undefined;
    if (!isRecord(raw)) {
      problems.push({ name: 'custom_fields', description: 'custom_fields must be an object' });
      return undefined;
    }
    const values = new Map<string, StoredValue>();
    for (const [key, entry] of Object.entries(raw)) {
      const name = `custom_fields.${key}`;
      const def = this.activeField(key);
      if (!def) {
        problems.push({ name, description: `Custom field ${key} does not exist` });
        continue;
      }
      let value: unknown = entry;
      if (mode === 'create') {
        if (isRecord(entry)) {
          problems.push({ name, description: `${key} must be a plain value on create, not an object` });
          continue;
        }
      } else {
        if (!isRecord(entry) || !('value' in entry)) {
          problems.push({ name, description: `${key} must be an object with a value on update` });
          continue;
        }
        const extra = Object.keys(entry).filter((k) => k !== 'value' && k !== 'label');
        if (extra.length > 0) {
          problems.push({ name, description: `${key} has unknown properties: ${extra.join(', ')}` });
          continue;
        }
        value = entry.value;
      }
      const problem = this.valueProblem(def, value);
      if (problem) {
        problems.push({ name, description: `${key} ${problem}` });
        continue;
      }
      const stored = this.normalise(def, value as string | number | boolean | string[]);
      if (mode === 'update' && isRecord(entry) && 'label' in entry) {
        const expected = this.labelOf(def, stored);
        if (expected === undefined || JSON.stringify(expected) !== JSON.stringify(entry.label)) {
          problems.push({ name, description: `${key} label does not match the field's options` });
          continue;
        }
      }
      values.set(key, stored);
    }
    return values;
  }

  // ---- Cases ------------------------------------------------------------------------------

  private seedCase(): void {
    const now = '2024-03-01T09:00:00Z';
    this.cases.set('1', {
      id: '1',
      title: 'Cannot log in to the customer portal',
      description: 'The login page rejects a valid password since Monday.',
      parent_id: null,
      owner_id: '61036b508ff57b5578f25a10',
      status: 'OPEN',
      type: 'INCIDENT',
      priority: 'NORMAL',
      resolution: null,
      group_id: null,
      requester_id: this.requesterId('richardroe@example.com'),
      requester_name: 'Richard Roe',
      requester_email: 'richardroe@example.com',
      requester_phone: '+16785828251',
      requester_type: 'Contact',
      custom_fields: new Map<string, StoredValue>([['text1', 'ORD-1001']]),
      notes: [{ id: this.noteId(), note_title: 'Called back', note_body: 'Left a voicemail.', public: false }],
      create_at: now,
      update_at: now,
    });
    this.nextCaseId = 2;
  }

  private requesterId(identity: string): string {
    let id = this.contacts.get(identity);
    if (!id) {
      id = `6500000000000000000${String(this.contacts.size + 1).padStart(5, '0')}`;
      this.contacts.set(identity, id);
    }
    return id;
  }

  private noteId(): string {
    return String(this.nextNoteId++);
  }

  private body(req: SimRequest): { ok: true; body: Record<string, unknown> } | { ok: false; response: SimResponse } {
    if (!isJsonContentType(req)) return { ok: false, response: invalid([], 'Content-Type must be application/json') };
    if (!isRecord(req.json)) return { ok: false, response: invalid([], 'The request body must be a JSON object') };
    return { ok: true, body: req.json };
  }

  private notes(raw: unknown, problems: FieldProblem[]): Omit<StoredNote, 'id'>[] {
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) {
      problems.push({ name: 'notes', description: 'notes must be an array' });
      return [];
    }
    const notes: Omit<StoredNote, 'id'>[] = [];
    raw.forEach((note: unknown, i) => {
      const name = `notes[${i}]`;
      if (!isRecord(note)) {
        problems.push({ name, description: 'each note must be an object' });
        return;
      }
      const extra = Object.keys(note).filter((k) => !['note_title', 'note_body', 'public'].includes(k));
      if (extra.length > 0) problems.push({ name, description: `unknown properties: ${extra.join(', ')}` });
      if (typeof note.note_body !== 'string' || note.note_body.trim() === '') {
        problems.push({ name: `${name}.note_body`, description: 'note_body is required' });
      }
      if (note.note_title !== undefined && typeof note.note_title !== 'string') {
        problems.push({ name: `${name}.note_title`, description: 'note_title must be a string' });
      }
      if (note.public !== undefined && typeof note.public !== 'boolean') {
        problems.push({ name: `${name}.public`, description: 'public must be a boolean' });
      }
      notes.push({
        note_title: typeof note.note_title === 'string' ? note.note_title : null,
        note_body: typeof note.note_body === 'string' ? note.note_body : '',
        public: note.public === true,
      });
    });
    return notes;
  }

  private unknownKeys(body: Record<string, unknown>, allowed: readonly string[], problems: FieldProblem[]): void {
    for (const key of Object.keys(body)) {
      if (!allowed.includes(key)) problems.push({ name: key, description: `${key} is not a valid field` });
    }
  }

  private checkText(
    body: Record<string, unknown>,
    key: string,
    options: { required: boolean; max?: number },
    problems: FieldProblem[],
  ): void {
    const value = body[key];
    if (value === undefined) {
      if (options.required) problems.push({ name: key, description: `${key} is required` });
      return;
    }
    if (typeof value !== 'string') problems.push({ name: key, description: `${key} must be a string` });
    else if (value.trim() === '') problems.push({ name: key, description: `${key} must not be blank` });
    else if (options.max !== undefined && value.length > options.max) {
      problems.push({ name: key, description: `${key} must be at most ${options.max} characters` });
    }
  }

  private checkEnum(body: Record<string, unknown>, key: string, values: readonly string[], problems: FieldProblem[]) {
    const value = body[key];
    if (value !== undefined && (typeof value !== 'string' || !values.includes(value))) {
      problems.push({ name: key, description: `${key} must be one of ${values.join(', ')}` });
    }
  }

  private checkOwner(body: Record<string, unknown>, problems: FieldProblem[]): void {
    const owner = body.owner_id;
    if (owner === undefined) return;
    if (typeof owner !== 'string' || !SEEDED_AGENTS.has(owner)) {
      problems.push({ name: 'owner_id', description: 'owner_id is not an existing agent' });
    }
  }

  private createCase(req: SimRequest): SimResponse {
    const parsed = this.body(req);
    if (!parsed.ok) return parsed.response;
    const { body } = parsed;
    const problems: FieldProblem[] = [];
    this.unknownKeys(
      body,
      [
        'title',
        'description',
        'parent_id',
        'owner_id',
        'priority',
        'requester_email',
        'requester_name',
        'requester_type',
        'custom_fields',
        'notes',
      ],
      problems,
    );
    this.checkText(body, 'title', { required: true, max: 150 }, problems);
    this.checkText(body, 'description', { required: true, max: 2000 }, problems);
    if (body.parent_id !== undefined && (typeof body.parent_id !== 'string' || !this.cases.has(body.parent_id))) {
      problems.push({ name: 'parent_id', description: 'parent_id is not an existing case' });
    }
    this.checkOwner(body, problems);
    this.checkEnum(body, 'priority', PRIORITIES, problems);
    if (
      body.requester_email !== undefined &&
      (typeof body.requester_email !== 'string' || !EMAIL.test(body.requester_email))
    ) {
      problems.push({ name: 'requester_email', description: 'requester_email is not a valid email address' });
    }
    this.checkText(body, 'requester_name', { required: false, max: 255 }, problems);
    this.checkEnum(body, 'requester_type', REQUESTER_TYPES, problems);
    const customFields = this.customFields(body.custom_fields, 'create', problems);
    const notes = this.notes(body.notes, problems);
    if (problems.length > 0) return invalid(problems);

    const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
    const email = str(body.requester_email);
    const name = str(body.requester_name);
    const now = timestamp(Date.now());
    const stored: StoredCase = {
      id: String(this.nextCaseId++),
      title: body.title as string,
      description: body.description as string,
      parent_id: str(body.parent_id),
      owner_id: str(body.owner_id),
      status: body.owner_id === undefined ? 'NEW' : 'OPEN',
      type: null,
      priority: (str(body.priority) as StoredCase['priority']) ?? null,
      resolution: null,
      group_id: null,
      requester_id: email || name ? this.requesterId(email ?? `name:${name}`) : null,
      requester_name: name,
      requester_email: email,
      requester_phone: null,
      requester_type: str(body.requester_type) ?? 'Contact',
      custom_fields: customFields ?? new Map<string, StoredValue>(),
      notes: notes.map((n) => ({ ...n, id: this.noteId() })),
      create_at: now,
      update_at: now,
    };
    this.cases.set(stored.id, stored);
    return { status: 201, json: this.writeView(stored, 'flat') };
  }

  private caseNotFound(req: SimRequest): SimResponse {
    return tdError(404, CODES.notFound, 'Case not found', `No case exists with id ${req.params.id ?? ''}`);
  }

  private getCase(req: SimRequest): SimResponse {
    const found = this.cases.get(req.params.id ?? '');
    if (!found) return this.caseNotFound(req);
    return { status: 200, json: this.detailsView(found) };
  }

  private updateCase(req: SimRequest): SimResponse {
    const found = this.cases.get(req.params.id ?? '');
    if (!found) return this.caseNotFound(req);
    const parsed = this.body(req);
    if (!parsed.ok) return parsed.response;
    const { body } = parsed;
    if (found.status === 'CLOSED') return invalid([], 'Closed cases cannot be updated');
    const problems: FieldProblem[] = [];
    this.unknownKeys(
      body,
      [
        'title',
        'description',
        'owner_id',
        'priority',
        'type',
        'status',
        'resolution',
        'custom_fields',
        'notes',
        'group_id',
      ],
      problems,
    );
    this.checkText(body, 'title', { required: false, max: 150 }, problems);
    this.checkText(body, 'description', { required: false, max: 2000 }, problems);
    this.checkOwner(body, problems);
    this.checkEnum(body, 'priority', PRIORITIES, problems);
    this.checkEnum(body, 'status', STATUSES, problems);
    if (
      body.type !== undefined &&
      (typeof body.type !== 'string' || !TYPES.includes(body.type.toUpperCase() as never))
    ) {
      problems.push({ name: 'type', description: `type must be one of ${TYPES.join(', ')}` });
    }
    this.checkText(body, 'resolution', { required: false }, problems);
    if (body.group_id !== undefined && (typeof body.group_id !== 'string' || body.group_id.length > 255)) {
      problems.push({ name: 'group_id', description: 'group_id must be a string of at most 255 characters' });
    }
    const customFields = this.customFields(body.custom_fields, 'update', problems);
    const notes = this.notes(body.notes, problems);
    const merged = new Map([...found.custom_fields, ...(customFields ?? [])]);
    if (body.status === 'RESOLVED') {
      if (typeof body.resolution !== 'string' || body.resolution.trim() === '') {
        problems.push({ name: 'resolution', description: 'resolution is required when solving a case' });
      }
      for (const def of this.fields) {
        if (def.active && def.required && !merged.has(def.key)) {
          problems.push({ name: `custom_fields.${def.key}`, description: `${def.name} is required to solve a case` });
        }
      }
    }
    if (problems.length > 0) return invalid(problems);

    const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
    found.title = str(body.title) ?? found.title;
    found.description = str(body.description) ?? found.description;
    if (body.owner_id !== undefined) {
      found.owner_id = body.owner_id as string;
      if (found.status === 'NEW' && body.status === undefined) found.status = 'OPEN';
    }
    found.priority = (str(body.priority) as StoredCase['priority'] | undefined) ?? found.priority;
    found.type = str(body.type)?.toUpperCase() ?? found.type;
    found.status = (str(body.status) as StoredCase['status'] | undefined) ?? found.status;
    found.resolution = str(body.resolution) ?? found.resolution;
    found.group_id = str(body.group_id) ?? found.group_id;
    found.custom_fields = merged;
    found.notes.push(...notes.map((n) => ({ ...n, id: this.noteId() })));
    found.update_at = timestamp(Math.max(Date.now(), Date.parse(found.update_at) + 1000));
    return { status: 200, json: this.writeView(found, 'object') };
  }

  // ---- Views ------------------------------------------------------------------------------

  private customView(c: StoredCase, form: 'flat' | 'object'): Record<string, Json> {
    const out: Record<string, Json> = {};
    for (const [key, value] of c.custom_fields) {
      const def = this.fields.find((f) => f.key === key);
      if (form === 'flat' || !def) {
        out[key] = value;
        continue;
      }
      const label = this.labelOf(def, value);
      out[key] = label === undefined ? { value } : { label, value };
    }
    return out;
  }

  private notesView(c: StoredCase): Json[] {
    return c.notes.map((n) => ({ id: n.id, note_title: n.note_title, note_body: n.note_body, public: n.public }));
  }

  /** Create (201) and update (200) responses: request-sample casing (`ON-HOLD`, `LOW`). */
  private writeView(c: StoredCase, form: 'flat' | 'object'): Json {
    return {
      id: c.id,
      title: c.title,
      description: c.description,
      parent_id: c.parent_id,
      owner_id: c.owner_id,
      status: c.status,
      type: c.type,
      priority: c.priority,
      resolution: c.resolution,
      group_id: c.group_id,
      custom_fields: this.customView(c, form),
      notes: this.notesView(c),
      requester_id: c.requester_id,
      requester_name: c.requester_name,
      requester_email: c.requester_email,
      requester_type: c.requester_type,
      create_at: c.create_at,
      update_at: c.update_at,
    };
  }

  /** Get-case-details (200): agent_* instead of owner_id, title-case enums as in the docs' filters. */
  private detailsView(c: StoredCase): Json {
    return {
      id: c.id,
      title: c.title,
      description: c.description,
      requester_id: c.requester_id,
      requester_name: c.requester_name,
      requester_email: c.requester_email,
      requester_phone: c.requester_phone,
      group_id: c.group_id,
      agent_id: c.owner_id,
      agent_name: c.owner_id ? (SEEDED_AGENTS.get(c.owner_id) ?? null) : null,
      status: titleCase(c.status),
      type: c.type ? titleCase(c.type) : null,
      priority: c.priority ? titleCase(c.priority) : null,
      custom_fields: this.customView(c, 'object'),
      notes: this.notesView(c),
      create_at: c.create_at,
      update_at: c.update_at,
    };
  }
}

/** Starts the simulator on 127.0.0.1 (port 0 by default). Its `config` points TALKDESK_TOKEN_URL at its own `/oauth/token`. */
export async function startTalkdeskSimulator(options: TalkdeskSimulatorOptions = {}): Promise<TalkdeskSimulator> {
  return new TalkdeskSimulatorImpl(options).start(options.port ?? 0);
}
