import { GraphQLError } from 'graphql';

/** A query refused for exceeding one of the configured limits, before anything reached the database. */
export class QueryTooComplexError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
  }
}

// graphql-js's parser aborts with this message when a document exceeds `maxTokens`; it throws a plain
// syntax error, so the message is the only thing that tells the two apart.
const TOKEN_LIMIT = /Document contains more that (\d+) tokens/;

/**
 * The client-facing message when `error` (as Apollo hands it to formatError) is a query-limit
 * refusal; undefined otherwise. Validation rules' errors reach formatError wrapped as
 * GRAPHQL_VALIDATION_FAILED, and the token limit as a parse failure, so both are recognised here.
 */
export function queryLimitRefusal(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  if (error instanceof QueryTooComplexError) return error.message;
  if (error.originalError instanceof QueryTooComplexError) return error.originalError.message;
  const tokens = TOKEN_LIMIT.exec(error.message);
  if (tokens && error.extensions['code'] === 'GRAPHQL_PARSE_FAILED') {
    return `Query too complex: it has more than ${tokens[1]} tokens, the limit (MAX_QUERY_TOKENS); parsing stopped there.`;
  }
  return undefined;
}
