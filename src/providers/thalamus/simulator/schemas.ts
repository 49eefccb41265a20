// The request bodies the simulated Thalamus accepts, written from the vendor's pages under
// https://doc.thalamus.global/api-reference/api-rest-json-v4/user-assistance-management/ and kept
// apart from casegraph's own wire.ts, so the simulator judges casegraph's requests independently.
// What a schema cannot know (codes, names and caseData fields of the instance) is checked in cases.ts.
import { z } from 'zod';

/**
 * An item of `comments` on create and update. The docs show no shape.
 * PROJECT DECISION: `{description}`, like the documented note body.
 */
const commentItem = z.strictObject({ description: z.string().trim().min(1) });

/** POST /api/v4/cases [D: create-case]: categoryCode and typeCode "Required"; the rest optional. */
export const createCaseRequest = z.strictObject({
  categoryCode: z.string().trim().min(1),
  typeCode: z.string().trim().min(1),
  status: z.string().optional(),
  resolution: z.string().optional(),
  comments: z.array(commentItem).optional(),
  caseData: z.record(z.string(), z.unknown()).optional(),
  // The docs' spelling; the item shape is undocumented.
  attachements: z.array(z.record(z.string(), z.unknown())).optional(),
});

/** PUT /api/v4/cases/{caseInstanceId} [D: update-case]: categoryCode and typeCode always required. */
export const updateCaseRequest = createCaseRequest.omit({ attachements: true });

/** PUT /api/v4/cases/{caseInstanceId}/transitions [D: change-case-status]. */
export const transitionRequest = z.strictObject({ statusName: z.string().trim().min(1) });

/** GET /api/v4/cases/typecategory [D: get-case-type-category]; credentials may ride along as query parameters. */
export const typeCategoryQuery = z.looseObject({
  visibility: z.enum(['app', 'all']).optional(),
  caseTypeCode: z.string().optional(),
  caseCategoryCode: z.string().optional(),
});

/**
 * GET /api/v4/cases [D: get-cases]: the page lists no parameter but the credentials, which every call
 * may send as query parameters (`touchpoint`, `token`, `activity`) [D: introduction]. PROJECT DECISION:
 * any other parameter (a `page`, a `status`) is refused with `{"<name>": "InvalidFormat"}`, like an
 * unknown body field, so a client can never believe the vendor filtered or paged.
 */
export const caseListQuery = z.strictObject({
  touchpoint: z.string().optional(),
  token: z.string().optional(),
  activity: z.string().optional(),
});

/** Fields whose absence Thalamus reports as `CodeRequired` rather than `Required` [D: create-case]. */
const CODE_FIELDS = new Set(['categoryCode', 'typeCode']);

const isBlank = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function valueAt(body: unknown, key: string): unknown {
  return typeof body === 'object' && body !== null ? Object.entries(body).find(([k]) => k === key)?.[1] : undefined;
}

/**
 * A failed parse as Thalamus's `{"errors": {"<field>": "<Code>"}}` [D: general-errors]: a missing
 * field is `CodeRequired`/`Required`, anything else malformed (an unknown field, a bad list item)
 * `InvalidFormat`, keyed by the field or the list item (`comments.0`).
 */
export function vendorErrors(error: z.ZodError, body: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  const put = (key: string, code: string) => {
    errors[key] ??= code;
  };
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      const at = path.slice(0, 2).join('.');
      for (const key of issue.keys) put(at === '' ? key : at, 'InvalidFormat');
      continue;
    }
    const [field = ''] = path;
    if (path.length > 1) put(path.slice(0, 2).join('.'), 'InvalidFormat');
    else if (isBlank(valueAt(body, field))) put(field, CODE_FIELDS.has(field) ? 'CodeRequired' : 'Required');
    else put(field, 'InvalidFormat');
  }
  return errors;
}
