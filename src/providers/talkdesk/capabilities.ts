// What Talkdesk's Case API can and cannot take, as input paths the shared validator enforces.
import type { ProviderCapabilities } from '../../domain/model.js';

export const talkdeskCapabilities: ProviderCapabilities = {
  name: 'Talkdesk',
  interactions: 'UNSUPPORTED',
  // Notes go in the `notes[]` of the create and update bodies and come back on every case.
  notes: 'READ_WRITE',
  comments: 'UNSUPPORTED',
  customFields: 'READ_WRITE',
  requiredCreateFields: ['title', 'description'],
  requiredUpdateFields: [],
  // The create body has no status, type, resolution or group, and no requester id (only name/email/type).
  unsupportedCreateFields: [
    'status',
    'interactions',
    'comments',
    'requester.id',
    'talkdesk.type',
    'talkdesk.resolution',
    'talkdesk.groupId',
  ],
  // The update body has no requester fields or requester type; it does take `parent_id`.
  unsupportedUpdateFields: ['interactions', 'comments', 'talkdesk.requesterType'],
  // The update page documents `group_id` as 0–255 characters; no other length is documented.
  maxLengths: { 'talkdesk.groupId': 255 },
};
