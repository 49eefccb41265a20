// The simulated Case API: `GET /cm/meta/va/fields`, `POST /cm/core/va/cases`,
// `GET|PATCH /cm/core/va/cases/{id}`, answering with Talkdesk's status codes and error bodies.
import { isJsonContentType } from '../../../simulators/harness.js';
import type { SimRequest, SimResponse } from '../../../simulators/harness.js';
import { isRecord } from '../../../simulators/json.js';
import type { z } from 'zod';
import {
  CUSTOM_FIELD_PREFIXES,
  createCaseBodySchema,
  fieldProblems,
  flatCustomValueSchema,
  objectCustomValueSchema,
  updateCaseBodySchema,
} from './schemas.js';
import type { CustomFieldPrefix, FieldProblem } from './schemas.js';
import { SEEDED_AGENTS, seedCase, seedFields } from './seed.js';
import type { DictEntry, FieldDefinition, StoredCase, StoredValue } from './seed.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// ---------------------------------------------------------------------------------------------
// Talkdesk's error bodies: {code, message, description?, fields[{name, description}]}
// ---------------------------------------------------------------------------------------------

export const CODES = {
  badRequest: '1000400',
  unauthorized: '1000401',
  forbidden: '1000403',
  notFound: '1000404',
  internal: '1000500',
} as const;

export function tdError(
  status: number,
  code: string,
  message: string,
  description?: string,
  fields: FieldProblem[] = [],
): SimResponse {
  return { status, json: { code, message, ...(description ? { description } : {}), fields } };
}

/**
 * A 400 listing one problem per field name (the first found: a schema check and a data check may
 * both see it), in the order the body has the fields; fields the body lacks come last.
 */
function invalid(
  problems: FieldProblem[],
  body: Record<string, unknown> = {},
  message = 'Invalid request body',
): SimResponse {
  const order = Object.keys(body);
  const rank = (name: string) => {
    const index = order.indexOf(name.split(/[.[]/)[0] ?? name);
    return index < 0 ? order.length : index;
  };
  const seen = new Set<string>();
  const fields = problems
    .filter((p) => {
      if (seen.has(p.name)) return false;
      seen.add(p.name);
      return true;
    })
    .sort((a, b) => rank(a.name) - rank(b.name));
  return tdError(400, CODES.badRequest, message, fields.length === 1 ? fields[0]?.description : undefined, fields);
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const timestamp = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** get-case-list's documented query parameters. */
const LIST_PARAMS = new Set([
  'page',
  'per_page',
  'order_by',
  'sort',
  'status',
  'priority',
  'type',
  'ids',
  'create_at',
  'update_at',
  'custom_fields',
  'requester_id',
  'requester_name',
  'requester_email',
  'agent_id',
  'agent_name',
  'title',
  'description',
]);
const UNSIMULATED_FILTERS = new Set([
  'status',
  'priority',
  'type',
  'ids',
  'update_at',
  'custom_fields',
  'requester_id',
  'requester_name',
  'agent_id',
  'agent_name',
]);
const titleCase = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

function prefixOf(key: string): CustomFieldPrefix | null {
  return CUSTOM_FIELD_PREFIXES.find((p) => new RegExp(`^${p}\\d+$`).test(key)) ?? null;
}

/** What agents see as "a value": blank text and empty lists are none. */
const hasValue = (value: StoredValue | undefined): boolean =>
  value !== undefined &&
  !(typeof value === 'string' && value.trim() === '') &&
  !(Array.isArray(value) && value.length === 0);

function entryProblem(key: string, error: z.ZodError): string {
  const [issue] = error.issues;
  if (issue?.code === 'unrecognized_keys') return `${key} has unknown properties: ${issue.keys.join(', ')}`;
  return `${key} ${issue?.message ?? 'is invalid'}`;
}

/** The account's cases and fields, and the routes over them. */
export class TalkdeskCaseStore {
  private readonly fields = seedFields();
  private readonly cases = new Map<string, StoredCase>();
  private readonly contacts = new Map<string, string>();
  private nextCaseId = 1;
  private nextNoteId = 1;

  constructor() {
    const seeded = seedCase(this.requesterId('richardroe@example.com'), this.noteId());
    this.cases.set(seeded.id, seeded);
    this.nextCaseId = Number(seeded.id) + 1;
  }

  listFields(): SimResponse {
    return { status: 200, json: this.fields };
  }

  /**
   * `GET /cm/core/va/cases` (get-case-list): HAL pages of the case list. The filters casegraph uses
   * are simulated (`title`, `description` and `requester_email` as case-insensitive substrings,
   * `create_at` as a JSON `["from","to"]` range); the other documented filters are refused with 501
   * rather than ignored, so a test can never rely on a filter the simulator does not apply.
   */
  listCases(req: SimRequest): SimResponse {
    const problems: { name: string; description: string }[] = [];
    for (const name of Object.keys(req.query)) {
      if (!LIST_PARAMS.has(name)) problems.push({ name, description: `${name} is not a case list parameter` });
    }
    const unsimulated = Object.keys(req.query).filter((n) => UNSIMULATED_FILTERS.has(n));
    if (unsimulated.length > 0) {
      return tdError(501, CODES.internal, 'Not simulated', `The simulator does not apply ${unsimulated.join(', ')}`);
    }
    const page = Number(req.query.page ?? '1');
    const perPage = Number(req.query.per_page ?? '50');
    if (!Number.isInteger(page) || page < 1)
      problems.push({ name: 'page', description: 'page must be a positive integer' });
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 500) {
      problems.push({ name: 'per_page', description: 'per_page must be an integer from 1 to 500' });
    }
    const orderBy = req.query.order_by ?? 'create_at';
    if (orderBy !== 'create_at' && orderBy !== 'update_at') {
      problems.push({ name: 'order_by', description: 'order_by must be create_at or update_at' });
    }
    const sort = req.query.sort ?? 'desc';
    if (sort !== 'asc' && sort !== 'desc') problems.push({ name: 'sort', description: 'sort must be asc or desc' });
    let range: [number, number] | undefined;
    if (req.query.create_at !== undefined) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(req.query.create_at);
      } catch {
        parsed = undefined;
      }
      if (
        Array.isArray(parsed) &&
        parsed.length === 2 &&
        parsed.every((v): v is string => typeof v === 'string' && ISO_UTC.test(v))
      ) {
        range = [Date.parse(parsed[0] ?? ''), Date.parse(parsed[1] ?? '')];
      } else {
        problems.push({
          name: 'create_at',
          description: 'create_at must be a JSON array ["from","to"] of UTC date-times',
        });
      }
    }
    if (problems.length > 0) return tdError(400, CODES.badRequest, 'Bad Request', undefined, problems);

    const contains = (value: string | null, filter: string | undefined) =>
      filter === undefined || (value ?? '').toLowerCase().includes(filter.toLowerCase());
    const matches = [...this.cases.values()]
      .filter(
        (c) =>
          contains(c.title, req.query.title) &&
          contains(c.description, req.query.description) &&
          contains(c.requester_email, req.query.requester_email) &&
          (range === undefined || (Date.parse(c.create_at) >= range[0] && Date.parse(c.create_at) <= range[1])),
      )
      .sort((a, b) => {
        const key = orderBy === 'update_at' ? 'update_at' : 'create_at';
        const order = Date.parse(a[key]) - Date.parse(b[key]) || Number(a.id) - Number(b.id);
        return sort === 'asc' ? order : -order;
      });
    const data = matches.slice((page - 1) * perPage, page * perPage).map((c) => this.detailsView(c));
    const href = (p: number) => `/cm/core/va/cases?page=${p}&per_page=${perPage}`;
    return {
      status: 200,
      json: {
        total: matches.length,
        count: data.length,
        page,
        per_page: perPage,
        _links: {
          self: { href: href(page) },
          ...(page > 1 ? { prev: { href: href(page - 1) } } : {}),
          ...(page * perPage < matches.length ? { next: { href: href(page + 1) } } : {}),
        },
        _embedded: { data },
      },
    };
  }

  getCase(req: SimRequest): SimResponse {
    const found = this.cases.get(req.params.id ?? '');
    if (!found) return this.caseNotFound(req);
    return { status: 200, json: this.detailsView(found) };
  }

  createCase(req: SimRequest): SimResponse {
    const parsed = this.body(req);
    if (!parsed.ok) return parsed.response;
    const { body } = parsed;
    const result = createCaseBodySchema.safeParse(body);
    const problems = result.success ? [] : fieldProblems(result.error);
    if (typeof body.parent_id === 'string' && !this.cases.has(body.parent_id)) {
      problems.push({ name: 'parent_id', description: 'parent_id is not an existing case' });
    }
    this.checkOwner(body.owner_id, problems);
    const customFields = this.customFields(body.custom_fields, 'create', problems);
    if (!result.success || problems.length > 0) return invalid(problems, body);

    const data = result.data;
    const email = data.requester_email ?? null;
    const name = data.requester_name ?? null;
    const now = timestamp(Date.now());
    const stored: StoredCase = {
      id: String(this.nextCaseId++),
      title: data.title,
      description: data.description,
      parent_id: data.parent_id ?? null,
      owner_id: data.owner_id ?? null,
      // "The status will automatically update to Open after the case is assigned to an Agent."
      status: data.owner_id === undefined ? 'NEW' : 'OPEN',
      type: null,
      priority: data.priority ?? null,
      resolution: null,
      group_id: null,
      requester_id: email || name ? this.requesterId(email ?? `name:${name}`) : null,
      requester_name: name,
      requester_email: email,
      requester_phone: null,
      requester_type: data.requester_type ?? 'Contact',
      custom_fields: customFields,
      notes: (data.notes ?? []).map((n) => ({
        id: this.noteId(),
        note_title: n.note_title ?? null,
        note_body: n.note_body,
        public: n.public ?? false,
      })),
      create_at: now,
      update_at: now,
    };
    this.cases.set(stored.id, stored);
    return { status: 201, json: this.writeView(stored, 'flat') };
  }

  /** Talkdesk closes solved cases itself; this is that, for tests. */
  closeResolved(id: string): boolean {
    const found = this.cases.get(id);
    if (found?.status !== 'RESOLVED') return false;
    found.status = 'CLOSED';
    return true;
  }

  updateCase(req: SimRequest): SimResponse {
    const found = this.cases.get(req.params.id ?? '');
    if (!found) return this.caseNotFound(req);
    const parsed = this.body(req);
    if (!parsed.ok) return parsed.response;
    const { body } = parsed;
    if (found.status === 'CLOSED') return invalid([], body, 'Closed cases cannot be updated');
    const result = updateCaseBodySchema.safeParse(body);
    const problems = result.success ? [] : fieldProblems(result.error);
    this.checkOwner(body.owner_id, problems);
    if (typeof body.parent_id === 'string' && (!this.cases.has(body.parent_id) || body.parent_id === found.id)) {
      problems.push({ name: 'parent_id', description: 'parent_id is not an existing case other than this one' });
    }
    // "It's not possible to manually set a case status to Closed" (update-a-case, Case Status).
    if (body.status === 'CLOSED') {
      problems.push({ name: 'status', description: 'case status cannot be set to Closed manually' });
    }
    const customFields = this.customFields(body.custom_fields, 'update', problems);
    const merged = new Map([...found.custom_fields, ...customFields]);
    if (body.status === 'RESOLVED') {
      // "resolution: The resolution, required when solving a case" (update-a-case), and a field
      // with `required: true` "must [have] a value ... to change the case status to solved".
      if (typeof body.resolution !== 'string' || body.resolution.trim() === '') {
        problems.push({ name: 'resolution', description: 'resolution is required when solving a case' });
      }
      for (const def of this.fields) {
        if (def.active && def.required && !hasValue(merged.get(def.key))) {
          problems.push({ name: `custom_fields.${def.key}`, description: `${def.name} is required to solve a case` });
        }
      }
    }
    if (!result.success || problems.length > 0) return invalid(problems, body);

    const data = result.data;
    if (data.parent_id !== undefined) found.parent_id = data.parent_id;
    if (data.title !== undefined) found.title = data.title;
    if (data.description !== undefined) found.description = data.description;
    if (data.owner_id !== undefined) {
      found.owner_id = data.owner_id;
      if (found.status === 'NEW' && data.status === undefined) found.status = 'OPEN';
    }
    if (data.priority !== undefined) found.priority = data.priority;
    if (data.type !== undefined) found.type = data.type.toUpperCase();
    if (data.status !== undefined) found.status = data.status;
    if (data.resolution !== undefined) found.resolution = data.resolution;
    if (data.group_id !== undefined) found.group_id = data.group_id;
    found.custom_fields = merged;
    for (const n of data.notes ?? []) {
      found.notes.push({
        id: this.noteId(),
        note_title: n.note_title ?? null,
        note_body: n.note_body,
        public: n.public ?? false,
      });
    }
    found.update_at = timestamp(Math.max(Date.now(), Date.parse(found.update_at) + 1000));
    return { status: 200, json: this.writeView(found, 'object') };
  }

  // ---- Checks that need the account's data ----------------------------------------------------

  private body(req: SimRequest): { ok: true; body: Record<string, unknown> } | { ok: false; response: SimResponse } {
    if (!isJsonContentType(req))
      return { ok: false, response: invalid([], {}, 'Content-Type must be application/json') };
    if (!isRecord(req.json)) return { ok: false, response: invalid([], {}, 'The request body must be a JSON object') };
    return { ok: true, body: req.json };
  }

  private checkOwner(owner: unknown, problems: FieldProblem[]): void {
    if (typeof owner === 'string' && !SEEDED_AGENTS.has(owner)) {
      problems.push({ name: 'owner_id', description: 'owner_id is not an existing agent' });
    }
  }

  private activeField(key: string): FieldDefinition | undefined {
    return this.fields.find((f) => f.key === key && f.active);
  }

  /** Why a value does not fit a field, or null. */
  private valueProblem(def: FieldDefinition, value: StoredValue): string | null {
    const options = def.dict_list ?? [];
    const prefix = prefixOf(def.key);
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

  /**
   * Checks `custom_fields` of a create (flat values) or an update (`{value, label}` objects, labels
   * matching the options); returns the values to store. The body schema reports a non-object.
   */
  private customFields(raw: unknown, mode: 'create' | 'update', problems: FieldProblem[]): Map<string, StoredValue> {
    const values = new Map<string, StoredValue>();
    if (!isRecord(raw)) return values;
    for (const [key, entry] of Object.entries(raw)) {
      const name = `custom_fields.${key}`;
      const def = this.activeField(key);
      if (!def) {
        problems.push({ name, description: `Custom field ${key} does not exist` });
        continue;
      }
      let value: StoredValue;
      let label: string | string[] | undefined;
      if (mode === 'create') {
        const shaped = flatCustomValueSchema.safeParse(entry);
        if (!shaped.success) {
          problems.push({ name, description: entryProblem(key, shaped.error) });
          continue;
        }
        value = shaped.data;
      } else {
        const shaped = objectCustomValueSchema.safeParse(entry);
        if (!shaped.success) {
          problems.push({ name, description: entryProblem(key, shaped.error) });
          continue;
        }
        value = shaped.data.value;
        label = shaped.data.label;
      }
      const problem = this.valueProblem(def, value);
      if (problem) {
        problems.push({ name, description: `${key} ${problem}` });
        continue;
      }
      const stored = prefixOf(def.key) === 'dropdown' ? String(value) : value;
      if (label !== undefined && JSON.stringify(this.labelOf(def, stored)) !== JSON.stringify(label)) {
        problems.push({ name, description: `${key} label does not match the field's options` });
        continue;
      }
      values.set(key, stored);
    }
    return values;
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

  private caseNotFound(req: SimRequest): SimResponse {
    return tdError(404, CODES.notFound, 'Case not found', `No case exists with id ${req.params.id ?? ''}`);
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
