// Whether a request for a trusted document can run on its plan (src/graphql/planExecution.ts)
// rather than through Apollo's pipeline, and with what: the operation, its variables and the
// content type of the answer. Only requests Apollo would execute as plainly are taken; anything
// Apollo has more to say about (a CSRF refusal, a mutation over GET, malformed variables, an Accept
// header outside the few that clients send, a field-level trace asked for by a gateway) is left to
// it, so both paths answer every request alike.
import type { IncomingMessage } from 'node:http';
import { OperationTypeNode } from 'graphql';
import { isRecord } from '../domain/json.js';
import type { OperationPlan } from '../graphql/plans.js';
import type { TrustedDocument } from '../graphql/trustedDocuments.js';

export interface PlannedRequest {
  plan: OperationPlan;
  variables: Record<string, unknown>;
  contentType: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json; charset=utf-8';

/**
 * The Accept headers clients send, and the type Apollo Server negotiates for each (it prefers
 * application/json on a tie, the first acceptable one in the header otherwise): the browser's
 * fetch, GraphQL over HTTP clients, Apollo Client 4, graphql-request, axios, Hive Gateway.
 * Any other header is Apollo's to negotiate.
 */
const ACCEPTED: ReadonlyMap<string, string> = new Map([
  ['*/*', JSON_TYPE],
  ['application/json', JSON_TYPE],
  ['application/json, */*', JSON_TYPE],
  ['application/json, text/plain, */*', JSON_TYPE],
  ['application/graphql-response+json', GRAPHQL_RESPONSE_TYPE],
  ['application/graphql-response+json, application/json', GRAPHQL_RESPONSE_TYPE],
  ['application/graphql-response+json, application/json;q=0.9', GRAPHQL_RESPONSE_TYPE],
  ['application/graphql-response+json,application/json;q=0.9', GRAPHQL_RESPONSE_TYPE],
  ['application/graphql-response+json, application/json, multipart/mixed', GRAPHQL_RESPONSE_TYPE],
]);

/** Content types a browser sends without a preflight: a GET with one must also carry a CSRF header. */
const SIMPLE_CONTENT_TYPE = /^\s*(?:text\/plain|application\/x-www-form-urlencoded|multipart\/form-data)\s*(?:;|$)/i;

/** The request as its plan runs it, or undefined when Apollo's pipeline should answer it. */
export function plannedRequest(
  req: IncomingMessage,
  document: TrustedDocument,
  fields: { post: boolean; body: unknown; params: URLSearchParams },
): PlannedRequest | undefined {
  const accept = req.headers.accept;
  const contentType = accept === undefined || accept === '' ? JSON_TYPE : ACCEPTED.get(accept);
  if (contentType === undefined || req.headers['apollo-federation-include-trace'] !== undefined) return undefined;

  let operationName: unknown;
  let variables: unknown;
  if (fields.post) {
    if (!isRecord(fields.body)) return undefined;
    ({ operationName, variables } = fields.body);
  } else {
    if (!getIsCsrfSafe(req)) return undefined;
    const { params } = fields;
    if (params.getAll('operationName').length > 1 || params.getAll('variables').length > 1) return undefined;
    operationName = params.get('operationName') ?? undefined;
    const sent = params.get('variables');
    try {
      variables = sent === null ? undefined : JSON.parse(sent);
    } catch {
      return undefined;
    }
  }
  if (variables === null) variables = undefined;
  if (variables !== undefined && !isRecord(variables)) return undefined;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;

  const plan = typeof operationName === 'string' ? document.plan.operations.get(operationName) : document.plan.only;
  if (!plan) return undefined;
  // GraphQL over HTTP: a GET never changes anything; Apollo answers 405.
  if (!fields.post && plan.type !== OperationTypeNode.QUERY) return undefined;
  return { plan, variables: variables ?? {}, contentType };
}

/**
 * Apollo Server's CSRF prevention for a GET: a content type a browser cannot send without a
 * preflight, or one of the headers only scripts set.
 */
function getIsCsrfSafe(req: IncomingMessage): boolean {
  const contentType = req.headers['content-type'];
  // Apollo refuses a GET with a body type other than JSON (415).
  if (contentType !== undefined && !/^\s*application\/json\s*(?:;|$)/i.test(contentType)) return false;
  if (contentType !== undefined && !SIMPLE_CONTENT_TYPE.test(contentType)) return true;
  const preflighted = (name: string) => {
    const value = req.headers[name];
    return typeof value === 'string' && value.length > 0;
  };
  return preflighted('x-apollo-operation-name') || preflighted('apollo-require-preflight');
}
