import type { ProviderCapabilities } from '../../domain/model.js';

/**
 * What the spec's create/update bodies can carry: `customerId` (create), `title`, `interactions`
 * and custom fields declared by `/meta/object/case`. Nothing else has a place to go.
 */
export const khorosCapabilities: ProviderCapabilities = {
  name: 'Khoros',
  interactions: 'READ_WRITE',
  notes: 'UNSUPPORTED',
  comments: 'UNSUPPORTED',
  customFields: 'READ_WRITE',
  requiredCreateFields: ['title', 'requester.id'],
  requiredUpdateFields: [],
  unsupportedCreateFields: [
    'description',
    'priority',
    'status',
    'assigneeId',
    'notes',
    'comments',
    'requester.name',
    'requester.email',
  ],
  unsupportedUpdateFields: ['description', 'priority', 'status', 'assigneeId', 'notes', 'comments'],
  // The vendor documents no maximum length; casegraph's global ceiling applies.
  maxLengths: {},
};
