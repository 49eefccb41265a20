// The simulated CRM's request checks, written from the Khoros Custom CRM API spec (the interaction
// and author objects of createCase/updateCase) rather than taken from the client's wire.ts, so the
// simulator stays an independent oracle of what the spec accepts.
import { z } from 'zod';

/** "author": every property required by the spec. */
const authorRequestSchema = z.strictObject({
  service: z.string(),
  serviceId: z.string(),
  handle: z.string(),
  name: z.string(),
  brandOwned: z.boolean(),
});

/** "interactions[]": every property required; `created` an ISO-8601 date-time with its offset. */
export const interactionRequestSchema = z.strictObject({
  created: z.iso.datetime({ offset: true }),
  body: z.string(),
  linkUrl: z.string(),
  serviceId: z.string(),
  service: z.string(),
  contentType: z.string(),
  author: authorRequestSchema,
});
export type InteractionRequest = z.infer<typeof interactionRequestSchema>;

/** bestmatchCustomers' body: every documented property is optional ("Every bestmatch field is optional"). */
export const bestMatchRequestSchema = z.strictObject({
  displayName: z.string().optional(),
  screenName: z.string().optional(),
  description: z.string().optional(),
  profileUrl: z.string().optional(),
  email: z.string().optional(),
  phoneNumbers: z.array(z.string()).optional(),
  addresses: z
    .array(
      z.strictObject({
        streetOne: z.string().optional(),
        streetTwo: z.string().optional(),
        city: z.string().optional(),
        state: z.string().optional(),
        zip: z.string().optional(),
      }),
    )
    .optional(),
  orderNumbers: z.array(z.string()).optional(),
  caseNumbers: z.array(z.string()).optional(),
  accountNumbers: z.array(z.string()).optional(),
});
export type BestMatchRequest = z.infer<typeof bestMatchRequestSchema>;
