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

/** Another write on the same document holds it or got there first; the same request succeeds once that one is done. */
export class WriteConflictError extends Error {
  override name = 'WriteConflictError';
  constructor(message = 'Another write on this document is in progress; retry when it has finished.') {
    super(message);
  }
}

/** The driver's (or Neo4j's) status code of a failure, '' when it has none. */
function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

// Two writes on one document: the second waited for the first's lock past its own timeout (Neo4j
// then stops its lock client), the two deadlocked, or the first created the same unique id.
const CONFLICT_CODES = new Set([
  'Neo.ClientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.LockAcquisitionTimeout',
  'Neo.TransientError.Transaction.DeadlockDetected',
  'Neo.ClientError.Schema.ConstraintValidationFailed',
]);

/**
 * For writes on one document (store, delete): a conflict with a concurrent write becomes
 * WriteConflictError, which the client may retry; anything else passes as is.
 */
export function asWriteConflict(error: unknown): unknown {
  const code = codeOf(error);
  return CONFLICT_CODES.has(code) ? new WriteConflictError() : error;
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);
// The pool had no free connection in time: every connection busy (a load this process made), or every
// connection attempt hanging (a database gone quiet). The error alone cannot tell which.
const POOL_WAIT_EXPIRED = /connection acquisition timed out/i;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** True when the driver gave up waiting on this side, for a pooled connection: only asking the database tells whether it is busy or gone. */
export function isPoolWaitExpired(error: unknown): boolean {
  return POOL_WAIT_EXPIRED.test(messageOf(error));
}

/**
 * Turns driver failures that callers must tell apart into our own errors; anything else passes as is.
 * A pool wait that expired is a timeout here; GraphDatabase asks the database first (see isPoolWaitExpired).
 */
export function translateDriverError(error: unknown): unknown {
  const code = codeOf(error);
  const timedOut = TIMEOUT_CODES.has(code) || (error instanceof Error && error.name === 'AbortError') || isPoolWaitExpired(error);
  if (timedOut) return new QueryTimeoutError();
  if (UNAVAILABLE_CODES.has(code) || /connect|ECONNREFUSED/i.test(messageOf(error))) return new DatabaseUnavailableError();
  return error;
}

// Failures of the query's own making: its Cypher, its parameters, the schema's constraints, its rights.
const QUERY_FAULTS = ['Neo.ClientError.Statement.', 'Neo.ClientError.Schema.', 'Neo.ClientError.Security.', 'Neo.ClientError.Request.'];

/**
 * True for a driver failure the query did not cause: a terminated transaction, a transient or database
 * error, a dropped socket. A database shutting down mid-transaction answers with any of these, and only
 * asking it afterwards tells an outage from a passing fault (GraphDatabase does).
 */
export function mayBeOutage(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = codeOf(error);
  return !QUERY_FAULTS.some((prefix) => code.startsWith(prefix));
}
