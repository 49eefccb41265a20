// Thalamus REST JSON v4 "user assistance management" wire formats, declared once. Vendor JSON enters
// casegraph only through these schemas. Response schemas keep unknown properties (loose objects);
// request schemas are strict, so a body casegraph builds can never carry a stray field.
//
// Sources: https://doc.thalamus.global/api-reference/api-rest-json-v4/user-assistance-management/
// (create-case, update-case, get-cases, get-case-type-category, change-case-status, add-case-note) and
// .../thalamus-rest-api-general-concepts/general-errors. Points the docs leave open are marked PROJECT DECISION.
import { z } from 'zod';

/** A `caseData` value as casegraph sends it: Boolean, Number/Decimal as JSON numbers, Date as `YYYY-MM-DD`. */
export const thalamusCaseDataValueSchema = z.union([z.boolean(), z.number(), z.string(), z.null()]);
export type ThalamusCaseDataValue = z.infer<typeof thalamusCaseDataValueSchema>;

export const thalamusCaseDataSchema = z.record(z.string(), thalamusCaseDataValueSchema);
export type ThalamusCaseData = z.infer<typeof thalamusCaseDataSchema>;

/**
 * An item of `comments` on create/update. The docs do not show its shape.
 * PROJECT DECISION: `{description}`, like the documented note body.
 */
export const thalamusCommentInputSchema = z.strictObject({ description: z.string().min(1) });
export type ThalamusCommentInput = z.infer<typeof thalamusCommentInputSchema>;

/**
 * POST /api/v4/cases [D: create-case]. The docs also list `attachements` (their spelling), with no
 * item shape; casegraph never sends it.
 */
export const thalamusCreateBodySchema = z.strictObject({
  categoryCode: z.string(),
  typeCode: z.string(),
  status: z.string().optional(),
  resolution: z.string().optional(),
  comments: z.array(thalamusCommentInputSchema).optional(),
  caseData: thalamusCaseDataSchema.optional(),
});
export type ThalamusCreateBody = z.infer<typeof thalamusCreateBodySchema>;

/** PUT /api/v4/cases/{caseInstanceId} [D: update-case]: categoryCode and typeCode always; caseData complete or absent. */
export const thalamusUpdateBodySchema = thalamusCreateBodySchema;
export type ThalamusUpdateBody = z.infer<typeof thalamusUpdateBodySchema>;

/** PUT /api/v4/cases/{caseInstanceId}/transitions [D: change-case-status]. */
export const thalamusTransitionBodySchema = z.strictObject({ statusName: z.string().min(1) });
export type ThalamusTransitionBody = z.infer<typeof thalamusTransitionBodySchema>;

/**
 * An entry of a case's `comments` list. The docs show neither it nor the comment items on create.
 * PROJECT DECISION: `{id, description}`, like the documented note body `{description}`.
 */
export const thalamusCommentSchema = z.looseObject({
  id: z.union([z.number().int(), z.string()]).nullish(),
  description: z.string(),
});
export type ThalamusComment = z.infer<typeof thalamusCommentSchema>;

/**
 * The case object [D: get-cases: `{id, categoryCode, typeCode, status, resolution, comments, caseData, a…}`].
 * `caseData` values are untyped on the wire (the docs' example carries `links: []` in it).
 */
export const thalamusCaseSchema = z.looseObject({
  id: z.number().int(),
  categoryCode: z.string(),
  typeCode: z.string(),
  status: z.string().nullish(),
  resolution: z.string().nullish(),
  comments: z.array(thalamusCommentSchema).nullish(),
  caseData: z.record(z.string(), z.unknown()).nullish(),
});
export type ThalamusCase = z.infer<typeof thalamusCaseSchema>;

/** GET /api/v4/cases (no id) [D: get-cases]. */
export const thalamusCaseListSchema = z.looseObject({ cases: z.array(thalamusCaseSchema) });
export type ThalamusCaseList = z.infer<typeof thalamusCaseListSchema>;

/** The session context every write answers with [D: add-case-note `{"context": {"simpleProfile": {…}}}`]. */
export const thalamusContextSchema = z.looseObject({
  simpleProfile: z.looseObject({}).nullish(),
});
export type ThalamusContext = z.infer<typeof thalamusContextSchema>;

/**
 * Create, update and transition answers: "session context plus the created or updated case object".
 * PROJECT DECISION: `{context, case}`, the same envelope as the add-case-note answer's `{context, comment}`.
 */
export const thalamusCaseEnvelopeSchema = z.looseObject({
  context: thalamusContextSchema.nullish(),
  case: thalamusCaseSchema,
});
export type ThalamusCaseEnvelope = z.infer<typeof thalamusCaseEnvelopeSchema>;

/** An entry of GET /api/v4/cases/typecategory [D: get-case-type-category]; unique by type + category code. */
export const thalamusTypeCategorySchema = z.looseObject({
  caseTypeCode: z.string(),
  caseTypeName: z.string().nullish(),
  caseCategoryCode: z.string(),
  caseCategoryName: z.string().nullish(),
  defaultAnswer: z.string().nullish(),
});
export type ThalamusTypeCategory = z.infer<typeof thalamusTypeCategorySchema>;

export const thalamusTypeCategoryListSchema = z.looseObject({
  caseTypeCategories: z.array(thalamusTypeCategorySchema),
});
export type ThalamusTypeCategoryList = z.infer<typeof thalamusTypeCategoryListSchema>;

/**
 * The default error body [D: general-errors]: HTTP 400 `{"errors": {"<field>": "<ErrorCode>"}}`.
 * Values are codes; anything else (the optional "Error Version 2") is tolerated and read as text.
 */
export const thalamusErrorBodySchema = z.looseObject({
  errors: z.record(z.string(), z.unknown()),
});
export type ThalamusErrorBody = z.infer<typeof thalamusErrorBodySchema>;

/** The plain-text body some Thalamus calls send with HTTP 200 when they failed [D: add-attachment, get-attachments]. */
export const THALAMUS_FAILED_TEXT = 'FAILED';
