// What Thalamus cases support, as input paths the shared validator enforces before any vendor call.
import type { ProviderCapabilities } from '../../domain/model.js';

/**
 * Thalamus cases are classified by category + type and carry status, resolution, comments, notes and
 * typed `caseData`. They have no title, description, priority, requester, assignee or channel messages,
 * so those inputs are rejected rather than dropped. Status is set by name on create and through the
 * transitions endpoint on update.
 */
export const thalamusCapabilities: ProviderCapabilities = {
  name: 'Thalamus',
  interactions: 'UNSUPPORTED',
  notes: 'READ_WRITE',
  comments: 'READ_WRITE',
  customFields: 'READ_WRITE',
  requiredCreateFields: ['thalamus.categoryCode', 'thalamus.typeCode'],
  requiredUpdateFields: [],
  unsupportedCreateFields: ['title', 'description', 'priority', 'requester', 'assigneeId', 'interactions'],
  unsupportedUpdateFields: ['title', 'description', 'priority', 'assigneeId', 'interactions'],
};
