// An embedded, strict server side of the Khoros Custom CRM API spec: what a CRM implementing the
// spec must do when Khoros (or casegraph) calls it. Cases live in memory so create, update and
// lookup agree. Where the spec is silent the simulator rejects rather than guesses (see the notes).
import { randomBytes } from 'node:crypto';
import { SimulatorServer, header, isJsonContentType } from '../../../simulators/harness.js';
import type { RecordedRequest, SimRequest, SimResponse } from '../../../simulators/harness.js';
import type { RunningSimulator } from '../../types.js';
import { DEFAULT_AUTH_HEADER, isAgentEmail, isInt64Id } from '../config.js';
import type { KhorosConfig } from '../config.js';
import { KHOROS_HEADERS, KHOROS_TEXT } from '../wire.js';
import { bestMatchRequestSchema, interactionRequestSchema } from './schemas.js';
import {
  KHOROS_SIM_CASE_FIELDS,
  KHOROS_SIM_CUSTOMERS,
  KHOROS_SIM_CUSTOMER_FIELDS,
  KHOROS_SIM_SEED_CASE_COUNT,
  khorosSeedCases,
} from './seed.js';

export {
  KHOROS_SIM_CASE_FIELDS,
  KHOROS_SIM_CUSTOMERS,
  KHOROS_SIM_CUSTOMER_FIELDS,
  KHOROS_SIM_SEED_CASE_COUNT,
} from './seed.js';
import type {
  KhorosCase,
  KhorosCaseStatus,
  KhorosCustomer,
  KhorosErrorBody,
  KhorosFieldDefinition,
  KhorosFieldError,
  KhorosInteraction,
  KhorosObjectStructure,
} from '../wire.js';

export interface KhorosSimulatorOptions {
  port?: number;
  /** Path the spec's routes hang off, like an `instanceUrl` of `https://crm.example.com/api/v1`. Default `/api/v1`. */
  basePath?: string;
  authHeader?: string;
  authValue?: string;
  agentEmail?: string;
  /** The company the CRM is registered for. Default above 2^53, to prove ids are never JS numbers. */
  companyId?: string;
  initiativeId?: string;
  caseFields?: readonly KhorosFieldDefinition[];
  customerFields?: readonly KhorosFieldDefinition[];
  /**
   * How many cases the CRM holds from the start, across the seeded customers (one per shared seed
   * requester). Default KHOROS_SIM_SEED_CASE_COUNT; 0 for an empty CRM (the customers stay).
   */
  seedCases?: number;
  /** Clock for `created` / `lastUpdated`. */
  now?: () => Date;
}

export interface KhorosSimulator extends RunningSimulator<KhorosConfig> {
  /** The path the routes are served under (part of `config.baseUrl`). */
  readonly basePath: string;
  /** Replaces the case field definitions served by `/meta/object/case` and enforced on writes. */
  setCaseFields(fields: readonly KhorosFieldDefinition[]): void;
  caseFields(): KhorosFieldDefinition[];
  /** Rotates the shared secret: requests still carrying the old one get 401. */
  setAuthValue(value: string): void;
  /** A stored case exactly as lookupCase would return it. */
  storedCase(id: string): KhorosCase | undefined;
  /** Closes a case (the spec has no request for it; an agent does it in the CRM). */
  closeCase(id: string): void;
  /** Writes a raw property onto a stored case, as a misbehaving CRM might (for tests). */
  setRawCaseProperty(id: string, name: string, value: unknown): void;
  /** Every stored case, in id order, exactly as findCases would return it. */
  storedCases(): KhorosCase[];
  /** Replaces the customer field definitions served by `/meta/object/customer` and searched by searchCustomers. */
  setCustomerFields(fields: readonly KhorosFieldDefinition[]): void;
  customerFields(): KhorosFieldDefinition[];
  /** Adds a customer with these field values (e.g. a second customer with an email already held); returns its id. */
  addCustomer(values: Record<string, string | boolean>): string;
  /** Every customer, with all its field values (declared or not). */
  customers(): { id: string; values: Record<string, string | boolean> }[];
}

interface StoredCustomer {
  id: string;
  /** Every value the CRM knows about the customer; responses carry only the declared fields. */
  values: Map<string, string | boolean>;
}

interface StoredCase {
  id: string;
  number: string;
  customerId: string;
  title: string;
  url: string;
  created: string;
  lastUpdated: string;
  status: KhorosCaseStatus;
  interactions: KhorosInteraction[];
  custom: Map<string, unknown>;
}

const DOCUMENTED_WRITE_PROPERTIES = new Set(['customerId', 'customId', 'title', 'interactions']);
const CASE_PROPERTIES = new Set([
  ...DOCUMENTED_WRITE_PROPERTIES,
  'id',
  'number',
  'description',
  'url',
  'lastUpdated',
  'created',
  'status',
]);

const text = (status: number, body: string): SimResponse => ({ status, text: body });
const json = (status: number, body: unknown): SimResponse => ({ status, json: body });
const badRequest = (error: string, message: string, fields: KhorosFieldError[] = []): SimResponse =>
  json(400, { error, message, fields } satisfies KhorosErrorBody);

/** `interactions[0].author.handle` style names, as a CRM would report them. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

export async function startKhorosSimulator(options: KhorosSimulatorOptions = {}): Promise<KhorosSimulator> {
  const basePath = (options.basePath ?? '/api/v1').replace(/\/+$/, '');
  const authHeader = options.authHeader ?? DEFAULT_AUTH_HEADER;
  let authValue = options.authValue ?? `khoros-sim-${randomBytes(12).toString('hex')}`;
  const agentEmail = options.agentEmail ?? 'agent@brand.example';
  const companyId = options.companyId ?? '9007199254740993';
  const initiativeId = options.initiativeId ?? '4611686018427387905';
  const now = options.now ?? (() => new Date());
  let caseFields: KhorosFieldDefinition[] = (options.caseFields ?? KHOROS_SIM_CASE_FIELDS).map((f) => ({ ...f }));
  let customerFields: KhorosFieldDefinition[] = (options.customerFields ?? KHOROS_SIM_CUSTOMER_FIELDS).map((f) => ({
    ...f,
  }));
  const cases = new Map<string, StoredCase>();
  let nextId = 1001;
  let url = '';
  const customers = new Map<string, StoredCustomer>();
  let nextCustomer = KHOROS_SIM_CUSTOMERS.length + 1;
  for (const customer of KHOROS_SIM_CUSTOMERS)
    customers.set(customer.id, { id: customer.id, values: new Map(Object.entries(customer.values)) });
  for (const seeded of khorosSeedCases(options.seedCases ?? KHOROS_SIM_SEED_CASE_COUNT)) {
    const id = String(nextId++);
    cases.set(id, {
      id,
      number: `CASE-${id.padStart(6, '0')}`,
      customerId: seeded.customerId,
      title: seeded.title,
      // The url is known once the server listens: `render` builds it then.
      url: '',
      created: seeded.created,
      lastUpdated: seeded.lastUpdated,
      status: seeded.status,
      interactions: seeded.interactions,
      custom: new Map(Object.entries(seeded.custom)),
    });
  }

  const server = new SimulatorServer({
    notFound: () => text(404, 'Not Found'),
    internalError: () => json(500, { error: 'INTERNAL_ERROR', message: 'Unexpected Error' } satisfies KhorosErrorBody),
  });

  const render = (stored: StoredCase): KhorosCase => {
    const body: Record<string, unknown> = {
      id: stored.id,
      number: stored.number,
      customerId: stored.customerId,
      title: stored.title,
      // The spec requires `description` in responses but has no request field for it: the simulator
      // derives it from the first interaction's text, as a CRM would summarise a social case.
      description: stored.interactions[0]?.body ?? '',
      url: stored.url || `${url}/cases/${stored.id}`,
      lastUpdated: stored.lastUpdated,
      created: stored.created,
      status: stored.status,
      interactions: stored.interactions.map((i) => ({ ...i, author: { ...i.author } })),
    };
    for (const [name, value] of stored.custom)
      Object.defineProperty(body, name, { value, enumerable: true, writable: true, configurable: true });
    return body as KhorosCase;
  };

  /** A customer as the spec's customer object: `id`, `url` and the declared customer fields it has values for. */
  const renderCustomer = (stored: StoredCustomer): KhorosCustomer => {
    const body: Record<string, unknown> = { id: stored.id, url: `${url}/customers/${stored.id}` };
    for (const field of customerFields) {
      const value = stored.values.get(field.name);
      if (value !== undefined && field.name !== 'id' && field.name !== 'url')
        Object.defineProperty(body, field.name, { value, enumerable: true, writable: true, configurable: true });
    }
    return body as KhorosCustomer;
  };

  /**
   * Auth and tenant headers. Case and customer endpoints take all three; `meta` requests carry no
   * initiative and answer 401 with their own text.
   */
  const checkCaller = (req: RecordedRequest, kind: 'case' | 'meta'): SimResponse | undefined => {
    const unauthorized = kind === 'meta' ? KHOROS_TEXT.metaUnauthorized : KHOROS_TEXT.unauthorized;
    if (header(req, authHeader) !== authValue) return text(401, unauthorized);
    const company = header(req, KHOROS_HEADERS.companyId);
    const problems: KhorosFieldError[] = [];
    if (company === undefined) problems.push({ name: KHOROS_HEADERS.companyId, errorMessage: 'Required header.' });
    else if (!isInt64Id(company))
      problems.push({ name: KHOROS_HEADERS.companyId, errorMessage: 'Must be a 64-bit integer.' });
    if (kind === 'case') {
      const initiative = header(req, KHOROS_HEADERS.initiative);
      if (initiative === undefined)
        problems.push({ name: KHOROS_HEADERS.initiative, errorMessage: 'Required header.' });
      else if (!isInt64Id(initiative))
        problems.push({ name: KHOROS_HEADERS.initiative, errorMessage: 'Must be a 64-bit integer.' });
    }
    // The spec names the agent header x-sf-email on writes and x-sf-user-email elsewhere: accept either.
    const email = header(req, KHOROS_HEADERS.email) ?? header(req, KHOROS_HEADERS.userEmail);
    if (email === undefined)
      problems.push({ name: KHOROS_HEADERS.email, errorMessage: 'Required header (x-sf-email or x-sf-user-email).' });
    else if (!isAgentEmail(email))
      problems.push({ name: KHOROS_HEADERS.email, errorMessage: 'Must be an email address.' });
    if (problems.length > 0) {
      const message = `Missing or invalid headers: ${problems.map((p) => p.name).join(', ')}.`;
      // The meta 400 is documented as {error, message} only.
      return kind === 'meta'
        ? json(400, { error: 'INVALID_HEADERS', message })
        : badRequest('INVALID_HEADERS', message, problems);
    }
    // The shared secret is registered for one company: another company's id is not this caller.
    if (company !== companyId) return text(401, unauthorized);
    return undefined;
  };

  const checkCustomValue = (definition: KhorosFieldDefinition, value: unknown): string | undefined => {
    switch (definition.type) {
      case 'text':
      case 'textarea':
        return typeof value === 'string' ? undefined : `Expected a string, got ${describeValue(value)}.`;
      case 'checkbox':
        return typeof value === 'boolean' ? undefined : `Expected a boolean, got ${describeValue(value)}.`;
      case 'single_sel_list': {
        const allowed = (definition.listValues ?? []).map((v) => v.value);
        return typeof value === 'string' && allowed.includes(value)
          ? undefined
          : `Expected one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}.`;
      }
      default:
        return `Field type ${JSON.stringify(definition.type)} cannot be written.`;
    }
  };

  /** Checks a create/update body; returns the field errors in the spec's `{name, errorMessage}` form. */
  const checkBody = (
    body: Record<string, unknown>,
    mode: 'create' | 'update',
  ): { fields: KhorosFieldError[]; interactions: KhorosInteraction[]; custom: Map<string, unknown> } => {
    const fields: KhorosFieldError[] = [];
    const interactions: KhorosInteraction[] = [];
    const custom = new Map<string, unknown>();
    const declared = new Map(caseFields.map((f) => [f.name, f]));

    for (const key of Object.keys(body)) {
      if (DOCUMENTED_WRITE_PROPERTIES.has(key)) continue;
      const definition = CASE_PROPERTIES.has(key) ? undefined : declared.get(key);
      if (!definition) {
        fields.push({ name: key, errorMessage: 'Unknown property: not a case field declared by /meta/object/case.' });
        continue;
      }
      const problem = checkCustomValue(definition, body[key]);
      if (problem) fields.push({ name: key, errorMessage: problem });
      else custom.set(key, body[key]);
    }

    for (const key of ['customerId', 'customId'] as const) {
      if (key in body && (typeof body[key] !== 'string' || body[key].trim() === '')) {
        fields.push({ name: key, errorMessage: 'Must be a non-empty string.' });
      }
    }
    if (typeof body.customerId === 'string' && typeof body.customId === 'string' && body.customerId !== body.customId) {
      fields.push({ name: 'customId', errorMessage: 'customId and customerId name different customers.' });
    }
    if (mode === 'create' && body.customerId === undefined && body.customId === undefined) {
      fields.push({ name: 'customerId', errorMessage: 'Required.' });
    }
    if ('title' in body || mode === 'create') {
      if (typeof body.title !== 'string' || body.title.trim() === '') {
        fields.push({
          name: 'title',
          errorMessage: body.title === undefined ? 'Required.' : 'Must be a non-empty string.',
        });
      }
    }
    if ('interactions' in body) {
      if (!Array.isArray(body.interactions)) {
        fields.push({ name: 'interactions', errorMessage: 'Must be an array of interactions.' });
      } else {
        body.interactions.forEach((item: unknown, index) => {
          const parsed = interactionRequestSchema.safeParse(item);
          if (parsed.success) {
            interactions.push(parsed.data);
            return;
          }
          for (const issue of parsed.error.issues) {
            const base = ['interactions', index, ...issue.path];
            if (issue.code === 'unrecognized_keys') {
              for (const key of issue.keys)
                fields.push({ name: fieldName([...base, key]), errorMessage: 'Unknown property.' });
            } else {
              const missing = issue.code === 'invalid_type' && issue.message.includes('received undefined');
              fields.push({ name: fieldName(base), errorMessage: missing ? 'Required.' : issue.message });
            }
          }
        });
      }
    }
    return { fields, interactions, custom };
  };

  const readWriteBody = (
    req: SimRequest,
  ): { ok: true; body: Record<string, unknown> } | { ok: false; response: SimResponse } => {
    if (!isJsonContentType(req)) {
      return { ok: false, response: badRequest('UNSUPPORTED_CONTENT_TYPE', 'The body must be application/json.') };
    }
    if (!isPlainObject(req.json))
      return { ok: false, response: badRequest('INVALID_JSON', 'The body must be a JSON object.') };
    return { ok: true, body: req.json };
  };

  const invalid = (fields: KhorosFieldError[]): SimResponse =>
    badRequest(
      'INVALID_FIELDS',
      `The case has ${fields.length} invalid field${fields.length === 1 ? '' : 's'}.`,
      fields,
    );

  server.route('POST', `${basePath}/case`, (req) => {
    const denied = checkCaller(req, 'case');
    if (denied) return denied;
    const read = readWriteBody(req);
    if (!read.ok) return read.response;
    const input = read.body;
    const checked = checkBody(input, 'create');
    if (checked.fields.length > 0) return invalid(checked.fields);
    const id = String(nextId++);
    const at = now().toISOString();
    const stored: StoredCase = {
      id,
      number: `CASE-${id.padStart(6, '0')}`,
      customerId: (input.customerId ?? input.customId) as string,
      title: input.title as string,
      url: `${url}/cases/${id}`,
      created: at,
      lastUpdated: at,
      status: 'open',
      interactions: checked.interactions,
      custom: checked.custom,
    };
    cases.set(id, stored);
    return json(201, render(stored));
  });

  server.route('PATCH', `${basePath}/case/:id`, (req) => {
    const denied = checkCaller(req, 'case');
    if (denied) return denied;
    const stored = cases.get(req.params.id ?? '');
    if (!stored) return text(404, KHOROS_TEXT.caseNotFound);
    const read = readWriteBody(req);
    if (!read.ok) return read.response;
    const { body } = read;
    const checked = checkBody(body, 'update');
    if (checked.fields.length > 0) return invalid(checked.fields);
    if (stored.status === 'closed') {
      return json(422, {
        error: 'CASE_CLOSED',
        message: 'This case is closed and can no longer be changed.',
      } satisfies KhorosErrorBody);
    }
    const customer = body.customerId ?? body.customId;
    if (typeof customer === 'string') stored.customerId = customer;
    if (typeof body.title === 'string') stored.title = body.title;
    stored.interactions.push(...checked.interactions);
    for (const [name, value] of checked.custom) stored.custom.set(name, value);
    stored.lastUpdated = now().toISOString();
    return json(201, render(stored));
  });

  server.route('GET', `${basePath}/case/:id`, (req) => {
    const denied = checkCaller(req, 'case');
    if (denied) return denied;
    const stored = cases.get(req.params.id ?? '');
    return stored ? json(200, render(stored)) : text(404, KHOROS_TEXT.caseNotFound);
  });

  server.route('GET', `${basePath}/meta/object/:type`, (req) => {
    const denied = checkCaller(req, 'meta');
    if (denied) return denied;
    const type = req.params.type;
    if (type !== 'case' && type !== 'customer') return text(404, KHOROS_TEXT.metaTypeNotSupported);
    const fields = type === 'case' ? caseFields : customerFields;
    return json(200, { name: type, fields: fields.map((f) => ({ ...f })) } satisfies KhorosObjectStructure);
  });

  /** The documented routes take no query parameters: one is refused rather than ignored. */
  const queryRefused = (req: SimRequest): SimResponse | undefined => {
    const names = Object.keys(req.query);
    if (names.length === 0) return undefined;
    return badRequest(
      'UNKNOWN_PARAMETER',
      `This endpoint takes no query parameters: ${names.join(', ')}.`,
      names.map((name) => ({ name, errorMessage: 'Unknown query parameter.' })),
    );
  };

  const sameText = (a: string | boolean | undefined, b: string): boolean =>
    a !== undefined && String(a).toLowerCase() === b.toLowerCase();

  // searchCustomers: "Find all customers matching the provided set of criteria". The criteria are
  // the customer fields /meta/object/customer declares searchable; every one given must match
  // (case-insensitively: the spec does not say how values compare). 204 when none match.
  server.route('POST', `${basePath}/customers`, (req) => {
    const denied = checkCaller(req, 'case') ?? queryRefused(req);
    if (denied) return denied;
    const read = readWriteBody(req);
    if (!read.ok) return read.response;
    const criteria = Object.entries(read.body);
    const declared = new Map(customerFields.map((f) => [f.name, f]));
    const fields: KhorosFieldError[] = [];
    for (const [name, value] of criteria) {
      const definition = declared.get(name);
      if (!definition)
        fields.push({
          name,
          errorMessage: 'Unknown property: not a customer field declared by /meta/object/customer.',
        });
      else if (!definition.searchable)
        fields.push({ name, errorMessage: 'Not searchable: /meta/object/customer declares it "searchable": false.' });
      else if (typeof value !== 'string')
        fields.push({ name, errorMessage: `Expected a string, got ${describeValue(value)}.` });
    }
    if (fields.length > 0)
      return badRequest(
        'INVALID_FIELDS',
        `The search has ${fields.length} invalid field${fields.length === 1 ? '' : 's'}.`,
        fields,
      );
    if (criteria.length === 0)
      return badRequest('NO_CRITERIA', 'Give at least one searchable customer field to search by.');
    const found = [...customers.values()].filter((c) =>
      criteria.every(([name, value]) => typeof value === 'string' && sameText(c.values.get(name), value)),
    );
    return found.length === 0 ? { status: 204 } : json(200, found.map(renderCustomer));
  });

  // bestmatchCustomers: "Find a customer best match based on known Social Information"; every field
  // is optional. The simulated CRM knows each customer's email and display name (whether or not the
  // customer object declares them) and answers the one customer matching most of them: an array of
  // one, or an empty array (no 204 is documented here).
  server.route('POST', `${basePath}/customer/bestmatch`, (req) => {
    const denied = checkCaller(req, 'case') ?? queryRefused(req);
    if (denied) return denied;
    const read = readWriteBody(req);
    if (!read.ok) return read.response;
    const parsed = bestMatchRequestSchema.safeParse(read.body);
    if (!parsed.success) {
      const fields: KhorosFieldError[] = [];
      for (const issue of parsed.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys)
            fields.push({ name: fieldName([...issue.path, key]), errorMessage: 'Unknown property.' });
        } else {
          fields.push({ name: fieldName(issue.path), errorMessage: issue.message });
        }
      }
      return badRequest(
        'INVALID_FIELDS',
        `The match has ${fields.length} invalid field${fields.length === 1 ? '' : 's'}.`,
        fields,
      );
    }
    const { email, displayName } = parsed.data;
    let best: StoredCustomer | undefined;
    let bestScore = 0;
    for (const customer of customers.values()) {
      const score =
        (email !== undefined && sameText(customer.values.get('email'), email) ? 1 : 0) +
        (displayName !== undefined && sameText(customer.values.get('name'), displayName) ? 1 : 0);
      if (score > bestScore) {
        best = customer;
        bestScore = score;
      }
    }
    return json(200, best ? [renderCustomer(best)] : []);
  });

  // findCases: "Get all cases for the given customer ID", unpaged, in the CRM's id order; 404 for an
  // unknown customer.
  server.route('GET', `${basePath}/customer/:id/cases`, (req) => {
    const denied = checkCaller(req, 'case');
    if (denied) return denied;
    const names = Object.keys(req.query);
    if (names.length > 0) {
      // findCases' 400 is documented as the generic {error, message}.
      return json(400, {
        error: 'UNKNOWN_PARAMETER',
        message: `findCases takes no query parameters: ${names.join(', ')}.`,
      } satisfies KhorosErrorBody);
    }
    const customerId = req.params.id ?? '';
    if (!customers.has(customerId)) return text(404, KHOROS_TEXT.customerNotFound);
    return json(200, [...cases.values()].filter((c) => c.customerId === customerId).map(render));
  });

  url = await server.listen(options.port ?? 0);
  const config: KhorosConfig = {
    baseUrl: `${url}${basePath}`,
    authHeader,
    authValue,
    agentEmail,
    companyId,
    initiativeId,
  };
  const requireCase = (id: string): StoredCase => {
    const stored = cases.get(id);
    if (!stored) throw new Error(`The Khoros simulator has no case ${id}.`);
    return stored;
  };

  return {
    config,
    url,
    server,
    basePath,
    setCaseFields(fields) {
      caseFields = fields.map((f) => ({ ...f }));
    },
    caseFields: () => caseFields.map((f) => ({ ...f })),
    setAuthValue(value) {
      authValue = value;
    },
    storedCase(id) {
      const stored = cases.get(id);
      return stored ? render(stored) : undefined;
    },
    closeCase(id) {
      const stored = requireCase(id);
      stored.status = 'closed';
      stored.lastUpdated = now().toISOString();
    },
    setRawCaseProperty(id, name, value) {
      requireCase(id).custom.set(name, value);
    },
    storedCases: () => [...cases.values()].map(render),
    setCustomerFields(fields) {
      customerFields = fields.map((f) => ({ ...f }));
    },
    customerFields: () => customerFields.map((f) => ({ ...f })),
    addCustomer(values) {
      const id = `cust-${String(nextCustomer++).padStart(4, '0')}`;
      customers.set(id, { id, values: new Map(Object.entries(values)) });
      return id;
    },
    customers: () => [...customers.values()].map((c) => ({ id: c.id, values: Object.fromEntries(c.values) })),
    close: () => server.close(),
  };
}
