// The GraphQL documents the end-to-end tests send, written once: the full case selection a client
// can make, and every error member each operation's union has.

export const CASE_FIELDS = `
  id provider number title description status vendorStatus priority vendorPriority url createdAt updatedAt
  requester { id service serviceId handle name email phone brandOwned }
  assignee { id name }
  interactions { id body createdAt linkUrl service serviceId contentType author { id service serviceId handle name brandOwned } }
  notes { id title body public }
  comments { id body createdAt author { id name } }
  customFields { key label type value }
`;

const ERROR_FIELDS = `
  ... on Error { __typename message code retriable provider }
  ... on ValidationError { fields { path message vendorCode } }
  ... on RateLimitedError { retryAfterSeconds }
`;

export const CREATE_CASE = `mutation CreateCase($input: CreateCaseInput!) {
  createCase(input: $input) {
    __typename
    ... on CreateCaseSuccess { case { ${CASE_FIELDS} } warnings { path message code } }
    ${ERROR_FIELDS}
  }
}`;

export const UPDATE_CASE = `mutation UpdateCase($input: UpdateCaseInput!) {
  updateCase(input: $input) {
    __typename
    ... on UpdateCaseSuccess { case { ${CASE_FIELDS} } warnings { path message code } }
    ${ERROR_FIELDS}
    ... on NotFoundError { id }
  }
}`;

/** `case(provider, id)` for one provider; pass `{ id }` as variables. */
export const getCase = (provider: string): string => `query GetCase($id: ID!) {
  case(provider: ${provider}, id: $id) {
    __typename
    ... on Case { ${CASE_FIELDS} }
    ... on Error { __typename message code retriable provider }
    ... on RateLimitedError { retryAfterSeconds }
    ... on NotFoundError { id }
  }
}`;

export const customFieldDefinitions = (provider: string): string => `{
  customFieldDefinitions(provider: ${provider}) {
    __typename
    ... on CustomFieldDefinitions { provider fields { key label type required options { value label } } }
    ... on Error { message code }
  }
}`;
