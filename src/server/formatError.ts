import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';

import { DatabaseUnavailableError, QueryTimeoutError, WriteConflictError } from '../graph/errors';
import { queryLimitRefusal } from './limits/queryTooComplex';

// Codes a client may act on; anything else is our fault and is reported without its internals.
const PASSED_THROUGH = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'QUERY_TOO_COMPLEX',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Gives every error a stable `extensions.code`, and keeps stack traces, Cypher and driver messages
 * away from clients unless `debug` is on (they go to the server log instead).
 */
export function createFormatError(debug: boolean, log: (line: string) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    const refusal = queryLimitRefusal(error);
    if (refusal) return { ...base, message: refusal, extensions: { code: 'QUERY_TOO_COMPLEX' } };
    if (original instanceof DatabaseUnavailableError) {
      return { ...base, message: original.message, extensions: { code: 'DATABASE_UNAVAILABLE' } };
    }
    if (original instanceof QueryTimeoutError) {
      return { ...base, message: original.message, extensions: { code: 'TIMEOUT' } };
    }
    if (original instanceof WriteConflictError) {
      return { ...base, message: original.message, extensions: { code: 'CONFLICT' } };
    }
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && PASSED_THROUGH.has(code)) {
      return debug ? formatted : { ...base, extensions: { code } };
    }
    log(`Internal error: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`);
    if (debug) return formatted;
    return { ...base, message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
