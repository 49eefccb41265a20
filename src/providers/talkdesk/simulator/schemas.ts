// The request bodies the simulated Talkdesk accepts, written from Talkdesk's own pages
// (docs.talkdesk.com/reference/create-a-new-case, update-a-case) and the field limits of "Understanding
// Case Fields and Field Formats" (support.talkdesk.com): an oracle independent of casegraph's wire.ts.
// What depends on the account's data (existing parent and agent, custom-field definitions) is
// checked by the routes.
import { z } from 'zod';
import { PRIORITIES, STATUSES } from './seed.js';

/** Talkdesk's default case types (support.talkdesk.com, "Type"); accepted in any casing. */
export const CASE_TYPES = ['QUESTION', 'INCIDENT', 'PROBLEM', 'TASK'] as const;
export const REQUESTER_TYPES = ['Contact', 'Agent'] as const;
/** Key prefixes the create page allows in `custom_fields`. */
export const CUSTOM_FIELD_PREFIXES = [
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
export type CustomFieldPrefix = (typeof CUSTOM_FIELD_PREFIXES)[number];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function text(name: string, max?: number) {
  const base = z
    .string({ error: (iss) => (iss.input === undefined ? `${name} is required` : `${name} must be a string`) })
    .refine((v) => v.trim() !== '', `${name} must not be blank`);
  return max === undefined ? base : base.refine((v) => v.length <= max, `${name} must be at most ${max} characters`);
}

const oneOf = (name: string, values: readonly string[]) => () => `${name} must be one of ${values.join(', ')}`;

/** `notes[]` of create and update: `{note_title?, note_body, public?}`. */
const noteSchema = z.strictObject(
  {
    note_title: z.string({ error: 'note_title must be a string' }).optional(),
    note_body: text('note_body'),
    public: z.boolean({ error: 'public must be a boolean' }).optional(),
  },
  { error: 'each note must be an object' },
);
const notesSchema = z.array(noteSchema, { error: 'notes must be an array' });

/** Values are checked per entry against the account's fields, so one bad entry does not hide the others. */
const customFieldsSchema = z.record(z.string(), z.unknown(), { error: 'custom_fields must be an object' });

/** `POST /cm/core/va/cases`: the create page's body parameters; title and description required. */
export const createCaseBodySchema = z.strictObject({
  title: text('title', 150),
  description: text('description', 2000),
  parent_id: z.string({ error: 'parent_id must be a string' }).optional(),
  owner_id: z.string({ error: 'owner_id must be a string' }).optional(),
  priority: z.enum(PRIORITIES, { error: oneOf('priority', PRIORITIES) }).optional(),
  requester_email: z
    .string({ error: 'requester_email is not a valid email address' })
    .regex(EMAIL, 'requester_email is not a valid email address')
    .optional(),
  requester_name: text('requester_name', 255).optional(),
  requester_type: z.enum(REQUESTER_TYPES, { error: oneOf('requester_type', REQUESTER_TYPES) }).optional(),
  custom_fields: customFieldsSchema.optional(),
  notes: notesSchema.optional(),
});
export type CreateCaseBody = z.infer<typeof createCaseBodySchema>;

/** `PATCH /cm/core/va/cases/{id}`: every field optional; the update sample's upper-case enums. */
export const updateCaseBodySchema = z.strictObject({
  parent_id: z.string({ error: 'parent_id must be a string' }).optional(),
  title: text('title', 150).optional(),
  description: text('description', 2000).optional(),
  owner_id: z.string({ error: 'owner_id must be a string' }).optional(),
  priority: z.enum(PRIORITIES, { error: oneOf('priority', PRIORITIES) }).optional(),
  type: z
    .string({ error: oneOf('type', CASE_TYPES) })
    .refine((v) => CASE_TYPES.some((t) => t === v.toUpperCase()), { error: oneOf('type', CASE_TYPES) })
    .optional(),
  status: z.enum(STATUSES, { error: oneOf('status', STATUSES) }).optional(),
  resolution: text('resolution').optional(),
  custom_fields: customFieldsSchema.optional(),
  notes: notesSchema.optional(),
  group_id: z
    .string({ error: 'group_id must be a string of at most 255 characters' })
    .max(255, 'group_id must be a string of at most 255 characters')
    .optional(),
});
export type UpdateCaseBody = z.infer<typeof updateCaseBodySchema>;

/** A plain custom-field value, as create takes it: `"checkbox1": true`, `"multi_select1": ["002"]`. */
export const flatCustomValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())], {
  error: 'must be a plain value on create, not an object',
});

/** A custom-field value as update takes it: `{"value": "001", "label": "red"}`. */
export const objectCustomValueSchema = z.strictObject(
  {
    value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())], {
      error: 'must be an object with a value on update',
    }),
    label: z
      .union([z.string(), z.array(z.string())], { error: 'label must be a string or a list of strings' })
      .optional(),
  },
  { error: 'must be an object with a value on update' },
);

export interface FieldProblem {
  name: string;
  description: string;
}

/** `notes[0].note_body` from `['notes', 0, 'note_body']`: the spelling of Talkdesk's `fields[].name`. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, segment) => {
    if (typeof segment === 'number') return `${name}[${segment}]`;
    return name === '' ? String(segment) : `${name}.${String(segment)}`;
  }, '');
}

/** A failed parse as Talkdesk's `fields[{name, description}]`; unknown top-level keys one by one. */
export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) => {
    const name = fieldName(issue.path);
    if (issue.code !== 'unrecognized_keys') return [{ name, description: issue.message }];
    if (name === '') return issue.keys.map((key) => ({ name: key, description: `${key} is not a valid field` }));
    return [{ name, description: `unknown properties: ${issue.keys.join(', ')}` }];
  });
}
