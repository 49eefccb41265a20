// A bare GraphQL POST for the federation tests: they send what a gateway sends (`_entities`,
// `_service`) and read GraphQL errors as well as data, so they keep the wire shape untyped.
export interface WireResponse {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  };
}

export async function post(
  graphqlUrl: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<WireResponse> {
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: JSON.parse(await res.text()) as WireResponse['body'] };
}
