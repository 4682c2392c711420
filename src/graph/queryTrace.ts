/**
 * Where a read was sent from, for its error should it fail, without formatting a stack trace per query.
 * neo4j-driver formats one at every query (`new Error().stack`), only to put it on the error if the query
 * fails: under load that formatting was 3 % of this process's CPU on the bench's entity query. V8 formats
 * a trace only when it is read, so the read takes its own trace unformatted (about 1 %), sends the query
 * with the driver's capture off, and puts its trace on a failure: a failed read's error says where it
 * came from, as before.
 */
export class QueryTrace {
  /** The frames of whoever made this trace, formatted by V8 only if `stack` is read. */
  private readonly origin: { stack?: string } = {};

  constructor() {
    Error.captureStackTrace(this.origin, QueryTrace);
  }

  /** Runs `send`, which starts the query, with the driver's per-query stack capture off. */
  send<T>(send: () => T): T {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      return send();
    } finally {
      Error.stackTraceLimit = limit;
    }
  }

  /** The driver's error with the frames the query was sent from, as the driver itself would have given it. */
  onto(error: unknown): unknown {
    if (error instanceof Error) error.stack = `${String(error)}\n${(this.origin.stack ?? '').split('\n').slice(1).join('\n')}`;
    return error;
  }
}
