// Failures of a well-formed GraphQL request: the document does not parse, does not validate (our
// query limits included), or its variables do not coerce. Apollo answers them 400.
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX']);

function isRequestErrorBody(body: string): boolean {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null || 'data' in parsed || !('errors' in parsed)) return false;
    const { errors } = parsed;
    return (
      Array.isArray(errors) &&
      errors.every((error: { extensions?: { code?: unknown } }) => REQUEST_ERROR_CODES.has(String(error?.extensions?.code)))
    );
  } catch {
    return false;
  }
}

/**
 * GraphQL over HTTP: a client that accepts /**
 * The status to answer with. GraphQL over HTTP: a client that accepts only `application/json` cannot
 * tell a GraphQL error from a proxy's, so for a well-formed request the spec says the server SHOULD
 * answer 200 and let the `errors` speak (graphql-http audits 572B, FDE2, 7B9B).
 * `application/graphql-response+json` keeps Apollo's 400. Malformed requests (bad JSON, no query)
 * stay 400: those are not GraphQL requests.
 */
export function okStatusForJsonRequestErrors(status: number, contentType: string | undefined, body: string): number {
  return status === 400 && (contentType ?? '').startsWith('application/json') && isRequestErrorBody(body) ? 200 : status;
}
