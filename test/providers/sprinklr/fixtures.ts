// The help article's curl example, as sent on the wire and as the equivalent GraphQL input.
import type { CreateCaseInput } from '../../../src/domain/model.js';

/** The request body of the help article's curl example ("Case creation API"), verbatim. */
export const HELP_ARTICLE_BODY = ` { "subject": "API2.0 Case creation", "description": "This case is created with API2.012", "firstMessageId": "ACCOUNT_600001824_1582817880350_TWITTER_2_1233053677281304578", "priority": "high", "summary": "Urgent Case", "caseType": "Incident", "dueDate": 0, "workflow":{ "customProperties":{ "spr_uc_status":["New"], "spr_uc_priority":["High"], "spr_uc_type":["Complaint"] }, "queues": [] } }`;

/** The GraphQL input that says the same as the help article's example. */
export const HELP_ARTICLE_INPUT: CreateCaseInput = {
  provider: 'SPRINKLR',
  title: 'API2.0 Case creation',
  description: 'This case is created with API2.012',
  priority: 'HIGH',
  status: 'NEW',
  customFields: [{ key: 'spr_uc_type', value: ['Complaint'] }],
  sprinklr: {
    firstMessageId: 'ACCOUNT_600001824_1582817880350_TWITTER_2_1233053677281304578',
    summary: 'Urgent Case',
    caseType: 'Incident',
    dueDate: new Date(0),
  },
};
