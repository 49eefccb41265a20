// What Sprinklr's Case API v2 supports, as input paths the shared validator enforces before any call.
import type { ProviderCapabilities } from '../../domain/model.js';

export const sprinklrCapabilities: ProviderCapabilities = {
  name: 'Sprinklr',
  // A case's interactions are its associated messages (associated-messages, then bulk-fetch); the
  // case API only takes the id of the message it is opened on (`sprinklr.firstMessageId`).
  interactions: 'READ_ONLY',
  // Sprinklr's "notes" are its case comments; casegraph serves them as comments.
  notes: 'UNSUPPORTED',
  comments: 'READ_WRITE',
  customFields: 'READ_WRITE',
  requiredCreateFields: ['sprinklr.firstMessageId'],
  requiredUpdateFields: [],
  unsupportedCreateFields: ['interactions', 'notes', 'requester.email'],
  unsupportedUpdateFields: ['interactions', 'notes'],
  // The vendor documents no maximum length; casegraph's global ceiling applies.
  maxLengths: {},
};
