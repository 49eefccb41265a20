// What Thalamus cases support, as input paths the shared validator enforces before any vendor call.
import type { ProviderCapabilities } from '../../domain/model.js';

/**
 * Thalamus cases are classified by category + type and carry status, resolution, one list of
 * comments and typed `caseData`. Thalamus documents a single list: `comments` on create and update,
 * and its "add case note" endpoint adds "a new comment (note)" to that same list. So casegraph
 * writes and reads them as comments only; notes are unsupported rather than written where they
 * would read back as comments. Thalamus cases have no title, description, priority, requester,
 * assignee or channel messages, so those inputs are rejected rather than dropped. Status is set by
 * name on create, where it is required, and through the transitions endpoint on update.
 */
export const thalamusCapabilities: ProviderCapabilities = {
  name: 'Thalamus',
  interactions: 'UNSUPPORTED',
  notes: 'UNSUPPORTED',
  comments: 'READ_WRITE',
  customFields: 'READ_WRITE',
  // Thalamus documents no default initial status ("InitialStatusNotSelected: a valid initial status
  // was not provided") and status names differ per case type, so casegraph cannot pick one.
  requiredCreateFields: ['thalamus.categoryCode', 'thalamus.typeCode', 'status'],
  requiredUpdateFields: [],
  unsupportedCreateFields: ['title', 'description', 'priority', 'requester', 'assigneeId', 'interactions', 'notes'],
  unsupportedUpdateFields: ['title', 'description', 'priority', 'assigneeId', 'interactions', 'notes'],
  // The vendor documents no maximum length; casegraph's global ceiling applies.
  maxLengths: {},
};
