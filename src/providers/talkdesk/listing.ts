// Finding Talkdesk cases: get-case-list (`GET /cm/core/va/cases`, docs.talkdesk.com/reference/
// get-case-list) filters, orders and counts at the vendor, so every filter it documents is NATIVE
// and sent as the page's request sample sends it (array filters JSON-encoded, Title-case values).
// The list is paged (`page`/`per_page`), so nothing can be emulated: that would take more than one
// call per page. A value a filter cannot send (several statuses, OTHER, a custom-field value its
// field cannot hold) is refused by `refuses`, so the merge refuses or leaves Talkdesk out before any call. `ProviderInfo.listing` is derived from these rules, and the request is built by them.
import { listingSupportOf } from '../shared/listing.js';
import type { ListingRules } from '../shared/listing.js';
import {
  talkdeskCustomFieldsRefusal,
  talkdeskStatusRefusal,
  toTalkdeskCustomFieldsFilter,
  toTalkdeskListRange,
  toTalkdeskPriorityFilter,
  toTalkdeskStatusFilter,
} from './mapping.js';
import type { TalkdeskListQuery } from './wire.js';

export const talkdeskListingRules: ListingRules<TalkdeskListQuery> = {
  requiredFilters: [],
  filters: {
    status: {
      support: 'NATIVE',
      detail:
        'get-case-list `status`: one Title-case status per request (`status=Open`); several statuses, or OTHER (a custom status), are refused.',
      apply: (query, filter) => {
        if (filter.status) query.status = toTalkdeskStatusFilter(filter.status);
      },
      refuses: (filter) => (filter.status ? talkdeskStatusRefusal(filter.status) : undefined),
    },
    priority: {
      support: 'NATIVE',
      detail: 'get-case-list `priority`: a JSON array of Title-case priorities (`["Normal","High"]`).',
      apply: (query, filter) => {
        if (filter.priority) query.priority = toTalkdeskPriorityFilter(filter.priority);
      },
    },
    requesterEmail: {
      support: 'NATIVE',
      detail: "get-case-list `requester_email`: the requester's address.",
      apply: (query, filter) => {
        if (filter.requesterEmail != null) query.requester_email = filter.requesterEmail;
      },
    },
    assigneeId: {
      support: 'NATIVE',
      detail: "get-case-list `agent_id`: the assigned agent's Talkdesk id.",
      apply: (query, filter) => {
        if (filter.assigneeId != null) query.agent_id = filter.assigneeId;
      },
    },
    createdAt: {
      support: 'NATIVE',
      detail:
        'get-case-list `create_at`: a JSON `["from","to"]` of UTC date-times in whole seconds; an open end is sent as 1970-01-01T00:00:00Z or 9999-12-31T23:59:59Z.',
      apply: (query, filter) => {
        if (filter.createdAt) query.create_at = toTalkdeskListRange(filter.createdAt);
      },
    },
    updatedAt: {
      support: 'NATIVE',
      detail:
        'get-case-list `update_at`: a JSON `["from","to"]` of UTC date-times in whole seconds; an open end is sent as 1970-01-01T00:00:00Z or 9999-12-31T23:59:59Z.',
      apply: (query, filter) => {
        if (filter.updatedAt) query.update_at = toTalkdeskListRange(filter.updatedAt);
      },
    },
    text: {
      support: 'UNSUPPORTED',
      detail:
        'get-case-list has separate `title` and `description` filters that must both hold when both are sent, so "title or description contains" cannot be asked in one request.',
    },
    customFields: {
      support: 'NATIVE',
      detail:
        'get-case-list `custom_fields`: a JSON array of `{label, value}` with the field key as `label` and the value in the field\'s type (`[{"label":"checkbox31","value":false}]`).',
      apply: (query, filter) => {
        if (filter.customFields) query.custom_fields = toTalkdeskCustomFieldsFilter(filter.customFields);
      },
      refuses: (filter) => (filter.customFields ? talkdeskCustomFieldsRefusal(filter.customFields) : undefined),
    },
  },
  orders: {
    CREATED_AT: {
      support: 'NATIVE',
      detail: 'get-case-list `order_by=create_at` with `sort=asc|desc`.',
      apply: (query, direction) => {
        query.order_by = 'create_at';
        query.sort = direction === 'ASC' ? 'asc' : 'desc';
      },
    },
    UPDATED_AT: {
      support: 'NATIVE',
      detail: 'get-case-list `order_by=update_at` with `sort=asc|desc`.',
      apply: (query, direction) => {
        query.order_by = 'update_at';
        query.sort = direction === 'ASC' ? 'asc' : 'desc';
      },
    },
  },
  totalCount: true,
};

export const talkdeskListing = listingSupportOf(talkdeskListingRules);
