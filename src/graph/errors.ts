/** Neo4j could not be reached (down, restarting, unreachable); the request may be retried later. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  constructor(message = 'The graph database is unavailable; try again shortly.') {
    super(message);
  }
}

/** A query ran past the configured transaction timeout and was cancelled. */
export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
  constructor(message = 'The query took longer than the configured timeout and was cancelled.') {
    super(message);
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** Turns driver failures that callers must tell apart into our own errors; anything else passes as is. */
export function translateDriverError(error: unknown): unknown {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  if (UNAVAILABLE_CODES.has(code) || /connect|ECONNREFUSED|acquisition timed out/i.test(message)) {
    return new DatabaseUnavailableError();
  }
  if (TIMEOUT_CODES.has(code) || (error instanceof Error && error.name === 'AbortError')) {
    return new QueryTimeoutError();
  }
  return error;
}
