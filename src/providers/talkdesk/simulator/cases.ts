// The simulated Case API: `GET /cm/meta/va/fields`, `GET|POST /cm/core/va/cases`,
// `GET|PATCH /cm/core/va/cases/{id}`, answering with Talkdesk's status codes and error bodies.
import { isJsonContentType } from '../../../simulators/harness.js';
import type { SimRequest, SimResponse } from '../../../simulators/harness.js';
import { isRecord } from '../../../simulators/json.js';
import type { z } from 'zod';
import {
  CASE_TYPES,
  CUSTOM_FIELD_PREFIXES,
  createCaseBodySchema,
  fieldProblems,
  flatCustomValueSchema,
  objectCustomValueSchema,
  updateCaseBodySchema,
} from './schemas.js';
import type { CustomFieldPrefix, FieldProblem } from './schemas.js';
import { DEFAULT_SEEDED_CASES, SEEDED_AGENTS, seedCase, seedCases, seedFields } from './seed.js';
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
const titleCase = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
/** The list's date-time form: the request sample's `2022-11-01T01:43:29Z`, whole seconds. */
const LIST_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_PAGE = 2_147_483_647;

/** get-case-list's `status` values (the Case API concept page; the sample's `status=Open`). */
const LIST_STATUSES = ['New', 'Open', 'Pending', 'On-hold', 'Resolved', 'Closed'] as const;
/** get-case-list's `priority` values (the sample's `["Normal","High"]`). */
const LIST_PRIORITIES = ['Low', 'Normal', 'High', 'Urgent'] as const;
/** get-case-list's `type` values (the sample's `["Question","Incident"]`). */
const LIST_TYPES = CASE_TYPES.map(titleCase);
/** get-case-list's `requester_type` values: the sample's `agents`, and `contacts` for the create body's other type. */
const LIST_REQUESTER_TYPES: Readonly<Record<string, string>> = { agents: 'Agent', contacts: 'Contact' };

/** The parameters of the request sample of get-case-list, in its order of concerns. */
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
  'requester_phone',
  'requester_type',
  'agent_id',
  'agent_name',
  'title',
  'description',
]);

type CaseTest = (c: StoredCase) => boolean;

/** A JSON-encoded query value, or undefined when it is not JSON. */
function parseJsonParam(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

const contains = (value: string | null, filter: string): boolean =>
  (value ?? '').toLowerCase().includes(filter.toLowerCase());

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

  /** Case 1, then `seeded` more cases (ids from 2). */
  constructor(seeded: number = DEFAULT_SEEDED_CASES) {
    const first = seedCase(this.requesterId('richardroe@example.com'), this.noteId());
    const more = seedCases(
      seeded,
      (email) => this.requesterId(email),
      () => this.noteId(),
    );
    for (const c of [first, ...more]) this.cases.set(c.id, c);
    this.nextCaseId = this.cases.size + 1;
  }

  listFields(): SimResponse {
    return { status: 200, json: this.fields };
  }

  /**
   * `GET /cm/core/va/cases` (get-case-list): HAL pages of the cases that pass every filter sent, in
   * `order_by` (create_at, the default, or update_at) and `sort` (desc by default), ties by id in
   * the same direction, with `total`. Every parameter of the page's request sample is applied;
   * anything else, and any malformed value, is a 400 naming each parameter in `fields`.
   */
  listCases(req: SimRequest): SimResponse {
    const problems: FieldProblem[] = [];
    const tests: CaseTest[] = [];
    for (const [name, raw] of Object.entries(req.query)) {
      if (!LIST_PARAMS.has(name)) {
        problems.push({ name, description: `${name} is not a case list parameter` });
        continue;
      }
      if (raw.trim() === '') {
        problems.push({ name, description: `${name} must not be empty` });
        continue;
      }
      const test = this.listFilter(name, raw, problems);
      if (test) tests.push(test);
    }
    const page = this.listInteger(req.query.page, 1, 1, MAX_PAGE, 'page', problems);
    const perPage = this.listInteger(req.query.per_page, 50, 1, 500, 'per_page', problems);
    const orderBy = req.query.order_by ?? 'create_at';
    if (orderBy !== 'create_at' && orderBy !== 'update_at') {
      problems.push({ name: 'order_by', description: 'order_by must be create_at or update_at' });
    }
    const sort = req.query.sort ?? 'desc';
    if (sort !== 'asc' && sort !== 'desc') problems.push({ name: 'sort', description: 'sort must be asc or desc' });
    if (problems.length > 0) return invalid(problems, req.query, 'Invalid query parameters');

    const key = orderBy === 'update_at' ? 'update_at' : 'create_at';
    const matches = [...this.cases.values()]
      .filter((c) => tests.every((test) => test(c)))
      .sort((a, b) => {
        const order = Date.parse(a[key]) - Date.parse(b[key]) || Number(a.id) - Number(b.id);
        return sort === 'asc' ? order : -order;
      });
    const data = matches.slice((page - 1) * perPage, page * perPage).map((c) => this.detailsView(c));
    const href = (p: number) => {
      const query = new URLSearchParams({ ...req.query, page: String(p), per_page: String(perPage) });
      return `/cm/core/va/cases?${query.toString()}`;
    };
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

  /** A whole-number paging parameter within its documented bounds, or its default when absent. */
  private listInteger(
    raw: string | undefined,
    fallback: number,
    min: number,
    max: number,
    name: string,
    problems: FieldProblem[],
  ): number {
    if (raw === undefined) return fallback;
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
    if (raw.trim() !== '') problems.push({ name, description: `${name} must be an integer from ${min} to ${max}` });
    return fallback;
  }

  /** One list filter as a test over stored cases, or undefined (with a problem) when malformed; paging and order give none. */
  private listFilter(name: string, raw: string, problems: FieldProblem[]): CaseTest | undefined {
    const problem = (description: string) => {
      problems.push({ name, description });
      return undefined;
    };
    switch (name) {
      case 'page':
      case 'per_page':
      case 'order_by':
      case 'sort':
        return undefined;
      case 'status': {
        const status = LIST_STATUSES.find((s) => s === raw);
        if (!status) return problem(`status must be one of ${LIST_STATUSES.join(', ')}`);
        return (c) => titleCase(c.status) === status;
      }
      case 'priority':
      case 'type': {
        const allowed: readonly string[] = name === 'priority' ? LIST_PRIORITIES : LIST_TYPES;
        const values = parseJsonParam(raw);
        if (!isStringArray(values) || values.length === 0 || !values.every((v) => allowed.includes(v))) {
          return problem(`${name} must be a JSON array of ${allowed.join(', ')}`);
        }
        return (c) => {
          const value = name === 'priority' ? c.priority : c.type;
          return value !== null && values.includes(titleCase(value));
        };
      }
      case 'ids': {
        const ids = parseJsonParam(raw);
        if (!isStringArray(ids) || ids.length === 0 || !ids.every((id) => /^[1-9]\d*$/.test(id))) {
          return problem('ids must be a JSON array of case ids such as ["20808"]');
        }
        return (c) => ids.includes(c.id);
      }
      case 'create_at':
      case 'update_at': {
        const range = parseJsonParam(raw);
        if (
          !isStringArray(range) ||
          range.length !== 2 ||
          !range.every((v) => LIST_TIME.test(v) && !Number.isNaN(Date.parse(v)))
        ) {
          return problem(`${name} must be a JSON array ["from","to"] of UTC date-times such as 2022-11-01T01:43:29Z`);
        }
        const [from, to] = range.map((v) => Date.parse(v));
        return (c) => {
          const t = Date.parse(c[name]);
          return t >= (from ?? 0) && t <= (to ?? 0);
        };
      }
      case 'custom_fields':
        return this.customFieldsFilter(raw, problem);
      case 'requester_email':
        if (!EMAIL.test(raw)) return problem('requester_email is not a valid email address');
        return (c) => (c.requester_email ?? '').toLowerCase() === raw.toLowerCase();
      case 'requester_id':
        return (c) => c.requester_id === raw;
      case 'requester_phone':
        return (c) => c.requester_phone === raw;
      case 'requester_type': {
        const type = LIST_REQUESTER_TYPES[raw];
        if (!type) return problem(`requester_type must be one of ${Object.keys(LIST_REQUESTER_TYPES).join(', ')}`);
        return (c) => c.requester_type === type;
      }
      case 'agent_id':
        return (c) => c.owner_id === raw;
      case 'requester_name':
        return (c) => contains(c.requester_name, raw);
      case 'agent_name':
        return (c) => contains(c.owner_id ? (SEEDED_AGENTS.get(c.owner_id) ?? null) : null, raw);
      case 'title':
        return (c) => contains(c.title, raw);
      case 'description':
        return (c) => contains(c.description, raw);
      default:
        return problem(`${name} is not a case list parameter`);
    }
  }

  /**
   * `custom_fields`: a JSON array of `{label, value}`, `label` an active field's key and `value` in
   * the field's type (the sample's `{"label": "checkbox31", "value": false}`); every condition must
   * hold. A list field holds a value it contains; text is compared without regard to case.
   */
  private customFieldsFilter(raw: string, problem: (description: string) => undefined): CaseTest | undefined {
    const conditions = parseJsonParam(raw);
    if (!Array.isArray(conditions) || conditions.length === 0) {
      return problem('custom_fields must be a JSON array of {"label", "value"} objects');
    }
    const tests: CaseTest[] = [];
    for (const condition of conditions) {
      const keys = isRecord(condition) ? Object.keys(condition).sort() : [];
      if (!isRecord(condition) || keys.join(',') !== 'label,value' || typeof condition.label !== 'string') {
        return problem('custom_fields must be a JSON array of {"label", "value"} objects');
      }
      const label = condition.label;
      const value = condition.value;
      const def = this.activeField(label);
      if (!def) return problem(`Custom field ${label} does not exist`);
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        return problem(`custom_fields value of ${label} must be a string, a number or a boolean`);
      }
      const fits = this.conditionProblem(def, value);
      if (fits) return problem(`custom_fields value of ${label} ${fits}`);
      tests.push((c) => {
        const stored = c.custom_fields.get(label);
        if (stored === undefined) return false;
        if (Array.isArray(stored)) return stored.includes(String(value));
        if (typeof stored === 'string') return stored.toLowerCase() === String(value).toLowerCase();
        return stored === value;
      });
    }
    return (c) => tests.every((test) => test(c));
  }

  /** Why a filter value cannot be one the field stores, or null. */
  private conditionProblem(def: FieldDefinition, value: string | number | boolean): string | null {
    switch (prefixOf(def.key)) {
      case 'checkbox':
        return typeof value === 'boolean' ? null : 'must be a boolean';
      case 'numeric':
      case 'decimal':
        return typeof value === 'number' ? null : 'must be a number';
      case 'dropdown':
        return typeof value === 'boolean' ? 'must be an option key' : null;
      case 'text':
      case 'multi_line_text':
      case 'date':
      case 'multi_select':
      case 'dependent_field':
        return typeof value === 'string' ? null : 'must be a string';
      case null:
        return 'is not a field the list can filter by';
    }
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
