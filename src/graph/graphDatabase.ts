import { setTimeout as sleep } from 'node:timers/promises';

import neo4j, { type Driver, type ManagedTransaction, type RecordShape, type Session } from 'neo4j-driver';

import { cypherParameters } from './cypherParameters';
import { DatabaseUnavailableError, isPoolWaitExpired, mayBeOutage, QueryTimeoutError, translateDriverError } from './errors';
import { QueryTrace } from './queryTrace';

export interface GraphDatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
}

export type Parameters = Record<string, unknown>;

/** Runs a statement inside a write transaction; returns its rows as plain objects. */
export type RunInTransaction = <Row extends RecordShape>(cypher: string, parameters?: Parameters) => Promise<Row[]>;

// Past its timeout a query is aborted here 1 s later (the server checks its own timeout only every few
// seconds), and answered 2 s later at the latest: the driver does not always settle an aborted query.
const ABORT_AFTER_TIMEOUT_MS = 1000;
const DEADLINE_AFTER_TIMEOUT_MS = 2000;
// Deciding between TIMEOUT and DATABASE_UNAVAILABLE after a local wait ran out takes at most this long.
const PROBE_WAIT_MS = 2000;
// A read that failed for a transient reason is sent again for this long, as the driver retries a managed
// transaction for its maxTransactionRetryTime (below); the first wait is READ_RETRY_FIRST_WAIT_MS, doubling.
const READ_RETRY_MS = 1000;
const READ_RETRY_FIRST_WAIT_MS = 200;

/** Our own deadline passed before the driver settled. */
class DeadlinePassed extends Error {}

/**
 * The one path every query takes: it sets routing (READ or WRITE), the database and the timeout,
 * translates driver failures, and counts round trips (tests assert a root field's count is bounded).
 * Every read and every write transaction is bounded by the timeout plus 2 s, whatever the driver does.
 */
export class GraphDatabase {
  private constructor(
    private readonly driver: Driver,
    /** A driver of its own for connectivity checks, so that a pool exhausted by queries cannot fail them. */
    private readonly probe: Driver,
    private readonly options: GraphDatabaseOptions,
    /** Undefined: no timeout at all (see withoutTimeouts). */
    private readonly timeoutMs: number | undefined,
    private readonly counter: { roundTrips: number },
  ) {}

  static connect(options: GraphDatabaseOptions): GraphDatabase {
    const auth = neo4j.auth.basic(options.user, options.password);
    const logging = { level: 'error' as const, logger: () => undefined };
    const driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      // The driver's default is to retry for 30 s; with the database down a request would hang that long.
      maxTransactionRetryTime: 1000,
      connectionTimeout: 2000,
      connectionAcquisitionTimeout: options.queryTimeoutMs,
      logging,
    });
    const probe = neo4j.driver(options.uri, auth, {
      maxConnectionPoolSize: 2,
      maxTransactionRetryTime: 0,
      connectionTimeout: PROBE_WAIT_MS - 500,
      connectionAcquisitionTimeout: PROBE_WAIT_MS - 500,
      logging,
    });
    return new GraphDatabase(driver, probe, options, options.queryTimeoutMs, { roundTrips: 0 });
  }

  /**
   * The same connection without the per-query timeout or deadline, for preparing the database at start
   * (constraints, indexes, back-fills, seed): on a slow machine preparing takes longer instead of failing
   * and being retried while the first attempt still runs. Closing either closes both.
   */
  withoutTimeouts(): GraphDatabase {
    return new GraphDatabase(this.driver, this.probe, this.options, undefined, this.counter);
  }

  /**
   * What reads wait for: the writes this process made (executeQuery's bookmarks, which the write
   * transactions below add to as well), so a read sees them on a cluster too; but not one another. A read's own bookmark names no write, and kept it made every later read
   * carry it (47 bytes, which put the entity statement's message past the driver's 1,400-byte write).
   */
  private readonly writesSeen = {
    getBookmarks: () => this.driver.executeQueryBookmarkManager.getBookmarks(),
    updateBookmarks: async () => undefined,
  };

  /** Queries sent so far by this process. */
  get roundTrips(): number {
    return this.counter.roundTrips;
  }

  /**
   * A read, as one auto-commit query: RUN and PULL in one message to the database and one answer back,
   * where a transaction function (executeQuery, executeRead) costs a BEGIN, and a COMMIT after the answer, a
   * second round trip. Reads change nothing, so what the transaction function gave besides, retries on
   * transient failures, is kept here: see readRetrying.
   */
  read<Row extends RecordShape>(cypher: string, parameters: Parameters = {}): Promise<Row[]> {
    this.counter.roundTrips += 1;
    const converted = cypherParameters(parameters) as Parameters;
    return this.bounded(this.timeoutMs, (signal) => this.readRetrying<Row>(cypher, converted, signal));
  }

  write<Row extends RecordShape>(cypher: string, parameters: Parameters = {}): Promise<Row[]> {
    this.counter.roundTrips += 1;
    const timeoutMs = this.timeoutMs;
    return this.bounded(timeoutMs, async (signal) => {
      const result = await this.driver.executeQuery<{ records: { toObject(): Row }[] }>(cypher, cypherParameters(parameters), {
        routing: neo4j.routing.WRITE,
        database: this.options.database,
        ...(timeoutMs === undefined ? {} : { transactionConfig: { timeout: timeoutMs } }),
        signal,
      });
      return result.records.map((record) => record.toObject());
    });
  }

  /** Several statements in one write transaction: all of them happen, or none. */
  async inWriteTransaction<T>(work: (run: RunInTransaction) => Promise<T>, timeoutMs = this.timeoutMs): Promise<T> {
    const session = this.writeSession();
    let abandoned = false;
    try {
      return await this.bounded(
        timeoutMs,
        () =>
          session.executeWrite(
            (tx: ManagedTransaction) => {
              const run: RunInTransaction = async <Row extends RecordShape>(cypher: string, parameters: Parameters = {}) => {
                this.counter.roundTrips += 1;
                const result = await tx.run<Row>(cypher, cypherParameters(parameters) as Parameters);
                return result.records.map((record) => record.toObject());
              };
              return work(run);
            },
            timeoutMs === undefined ? {} : { timeout: timeoutMs },
          ),
        () => (abandoned = true),
      );
    } finally {
      // Closing rolls back an open transaction; past the deadline it happens in the background, because
      // closing waits for the very transaction that would not settle.
      const closing = session.close().catch(() => undefined);
      if (!abandoned) await closing;
    }
  }

  /**
   * One statement that commits in batches of its own (`CALL { … } IN TRANSACTIONS`), which Neo4j runs
   * only in an auto-commit transaction: not retried by the driver, so only for statements safe to run again.
   */
  async writeInBatches(cypher: string, parameters: Parameters = {}): Promise<void> {
    this.counter.roundTrips += 1;
    const session = this.writeSession();
    let abandoned = false;
    const config = this.timeoutMs === undefined ? {} : { timeout: this.timeoutMs };
    try {
      await this.bounded(this.timeoutMs, async () => void (await session.run(cypher, cypherParameters(parameters), config)), () => (abandoned = true));
    } finally {
      const closing = session.close().catch(() => undefined);
      if (!abandoned) await closing;
    }
  }

  /** True when the database answers a trivial query. */
  async isReachable(): Promise<boolean> {
    try {
      await this.read('RETURN 1');
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.driver.close(), this.probe.close()]);
  }

  /** A session for writes whose bookmarks reads then wait for, as executeQuery's writes (see writesSeen). */
  private writeSession(): Session {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.WRITE,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
  }

  private async readRetrying<Row extends RecordShape>(cypher: string, parameters: Parameters, signal: AbortSignal | undefined): Promise<Row[]> {
    const started = Date.now();
    for (let wait = READ_RETRY_FIRST_WAIT_MS; ; wait *= 2) {
      try {
        return await this.readOnce<Row>(cypher, parameters, signal);
      } catch (error) {
        if (!neo4j.isRetryableError(error) || signal?.aborted || Date.now() - started >= READ_RETRY_MS) throw error;
        await sleep(wait);
      }
    }
  }

  private async readOnce<Row extends RecordShape>(cypher: string, parameters: Parameters, signal: AbortSignal | undefined): Promise<Row[]> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.writesSeen,
    });
    // As executeQuery does: aborting closes the session, which cancels the query.
    const abandon = () => void session.close().catch(() => undefined);
    signal?.addEventListener('abort', abandon, { once: true });
    const trace = new QueryTrace();
    try {
      const result = await trace.send(() => session.run<Row>(cypher, parameters, this.timeoutMs === undefined ? undefined : { timeout: this.timeoutMs }));
      // A cancelled query may end as if complete, with part of its rows: an aborted read never answers.
      signal?.throwIfAborted();
      return result.records.map((record) => record.toObject());
    } catch (error) {
      throw trace.onto(error);
    } finally {
      signal?.removeEventListener('abort', abandon);
      await session.close();
    }
  }

  /**
   * Runs `work` within the timeout: the server's transaction timeout, our abort signal 1 s later (which
   * also covers a connection that stalls) and a hard deadline 2 s later, at which `onAbandon` is told
   * and the caller answered while the work is left to settle on its own.
   */
  private async bounded<T>(
    timeoutMs: number | undefined,
    work: (signal: AbortSignal | undefined) => Promise<T>,
    onAbandon: () => void = () => undefined,
  ): Promise<T> {
    if (timeoutMs === undefined) {
      try {
        return await work(undefined);
      } catch (error) {
        throw await this.explain(error, false);
      }
    }
    const signal = AbortSignal.timeout(timeoutMs + ABORT_AFTER_TIMEOUT_MS);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new DeadlinePassed()), timeoutMs + DEADLINE_AFTER_TIMEOUT_MS);
    });
    const running = work(signal);
    // Once the deadline has answered, a late failure of the abandoned work must not go unhandled.
    running.catch(() => undefined);
    try {
      return await Promise.race([running, deadline]);
    } catch (error) {
      if (error instanceof DeadlinePassed) onAbandon();
      throw await this.explain(error, signal.aborted);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Our own error for a driver failure. When a wait on this side ran out (our abort, our deadline, the
   * connection pool), the error cannot say why, so the database is asked: TIMEOUT if it answers or is too
   * busy to answer at once, DATABASE_UNAVAILABLE only if it cannot be reached. Any other failure the query
   * itself did not cause is asked about too (see mayBeOutage).
   */
  private async explain(error: unknown, cutShortHere: boolean): Promise<unknown> {
    if (cutShortHere || isPoolWaitExpired(error)) return (await this.unreachable()) ? new DatabaseUnavailableError() : new QueryTimeoutError();
    const translated = translateDriverError(error);
    // A failure the query did not cause ("the transaction has been terminated" as the database shuts down) is
    // an outage if the database is now out of reach; otherwise it passes as it came.
    if (translated !== error || !mayBeOutage(error)) return translated;
    return (await this.unreachable()) ? new DatabaseUnavailableError() : error;
  }

  private async unreachable(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const check = this.probe.verifyConnectivity({ database: this.options.database }).then(
      () => false,
      () => true,
    );
    const silent = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), PROBE_WAIT_MS);
    });
    try {
      return await Promise.race([check, silent]);
    } finally {
      clearTimeout(timer);
    }
  }
}
