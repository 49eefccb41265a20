// Finding Sprinklr cases: case search (`POST /api/v2/search/CASE`, https://dev.sprinklr.com/search-by-entity),
// whose documented CASE filter keys are id, caseNumber, externalCase.caseNumber, createdTime,
// modifiedTime, contact.channelId, deleted, externalCase.channelType, workflow.queues.queueId,
// latestProfileAUMSnCreatedTime and `workflow.customProperties.{property}`. Every filter casegraph
// serves goes on the search; what no documented key can express is unsupported, with why.
import type { ListingRules } from '../shared/listing.js';
import { listingSupportOf } from '../shared/listing.js';
import {
  PRIORITY_PROPERTY,
  STATUS_PROPERTY,
  sprinklrEmailCondition,
  sprinklrPriorityCondition,
  sprinklrPropertyCondition,
  sprinklrPropertySearchKey,
  sprinklrStatusCondition,
  sprinklrTimeConditions,
} from './mapping.js';
import type { SprinklrSearchBody } from './mapping.js';

export const sprinklrListingRules: ListingRules<SprinklrSearchBody> = {
  requiredFilters: [],
  filters: {
    status: {
      support: 'NATIVE',
      detail:
        `case search \`${sprinklrPropertySearchKey(STATUS_PROPERTY)}\` IN the Sprinklr status names casegraph reads as ` +
        'each status (e.g. OPEN: Open, Assigned, In Progress); OTHER: NIN every such name',
      apply: (body, filter) => {
        if (filter.status && filter.status.length > 0) body.filters.push(sprinklrStatusCondition(filter.status));
      },
    },
    priority: {
      support: 'NATIVE',
      detail:
        `case search \`${sprinklrPropertySearchKey(PRIORITY_PROPERTY)}\` IN Low/Medium/High/Critical ` +
        "(each also in lower case, as the case's own `priority` is spelled)",
      apply: (body, filter) => {
        if (filter.priority && filter.priority.length > 0)
          body.filters.push(sprinklrPriorityCondition(filter.priority));
      },
    },
    requesterEmail: {
      support: 'NATIVE',
      detail:
        'case search `contact.channelId` IN the address: the cases whose contact is that e-mail address (an Email ' +
        'channel contact, whose channel id is the address); cases the customer raised on another channel are not found by e-mail',
      apply: (body, filter) => {
        if (filter.requesterEmail != null) body.filters.push(sprinklrEmailCondition(filter.requesterEmail));
      },
    },
    assigneeId: {
      support: 'UNSUPPORTED',
      detail:
        '`workflow.assignment` is not a case search key; the `spr_uc_last_assigned_agent` property some documented ' +
        "cases carry is missing from other assigned ones (the ASSIGN_TO_USER example's answer), so searching it " +
        'would leave assigned cases out, and a paged search cannot be filtered by casegraph in one call',
    },
    createdAt: {
      support: 'NATIVE',
      detail: 'case search `createdTime` GTE/LTE, epoch milliseconds',
      apply: (body, filter) => {
        if (filter.createdAt) body.filters.push(...sprinklrTimeConditions('createdTime', filter.createdAt));
      },
    },
    updatedAt: {
      support: 'NATIVE',
      detail: 'case search `modifiedTime` GTE/LTE, epoch milliseconds',
      apply: (body, filter) => {
        if (filter.updatedAt) body.filters.push(...sprinklrTimeConditions('modifiedTime', filter.updatedAt));
      },
    },
    text: {
      support: 'UNSUPPORTED',
      detail:
        'case search documents no key for the subject or description (CONTAINS is documented for other entities ' +
        'only), and a paged search cannot be filtered by casegraph in one call',
    },
    customFields: {
      support: 'NATIVE',
      detail:
        'case search `workflow.customProperties.{key}` IN the value, one condition per field (the key as the case ' +
        'carries it, e.g. `_c_<id>`; the value as Sprinklr stores it, matched exactly; a list property holds it among its values)',
      apply: (body, filter) => {
        for (const { key, value } of filter.customFields ?? [])
          body.filters.push(sprinklrPropertyCondition(key, value));
      },
    },
  },
  orders: {
    CREATED_AT: {
      support: 'NATIVE',
      detail: 'case search `sorts: [{key: "createdTime", order}]`, then `id` ascending',
      apply: (body, direction) => {
        body.sorts.push({ key: 'createdTime', order: direction });
      },
    },
    UPDATED_AT: {
      support: 'NATIVE',
      detail: 'case search `sorts: [{key: "modifiedTime", order}]`, then `id` ascending',
      apply: (body, direction) => {
        body.sorts.push({ key: 'modifiedTime', order: direction });
      },
    },
  },
  totalCount: true,
};

export const sprinklrListing = listingSupportOf(sprinklrListingRules);
