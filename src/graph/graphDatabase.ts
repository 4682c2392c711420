import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';

import { cypherParameters } from './cypherParameters';
import { DatabaseUnavailableError, QueryTimeoutError, translateDriverError } from './errors';

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

/**
 * The one path every query takes: it sets routing (READ or WRITE), the database and the timeout,
 * translates driver failures, and counts round trips (tests assert a root field's count is bounded).
 */
export class GraphDatabase {
  private roundTripCount = 0;

  private constructor(
    private readonly driver: Driver,
    private readonly options: GraphDatabaseOptions,
  ) {}

  static connect(options: GraphDatabaseOptions): GraphDatabase {
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      disableLosslessIntegers: true,
      // The driver's default is to retry for 30 s; with the database down a request would hang that long.
      maxTransactionRetryTime: 1000,
      connectionTimeout: 2000,
      connectionAcquisitionTimeout: options.queryTimeoutMs,
      logging: { level: 'error', logger: () => undefined },
    });
    return new GraphDatabase(driver, options);
  }

  /** Queries sent so far by this process. */
  get roundTrips(): number {
    return this.roundTripCount;
  }

  read<Row extends RecordShape>(cypher: string, parameters: Parameters = {}): Promise<Row[]> {
    return this.execute<Row>(cypher, parameters, neo4j.routing.READ);
  }

  write<Row extends RecordShape>(cypher: string, parameters: Parameters = {}): Promise<Row[]> {
    return this.execute<Row>(cypher, parameters, neo4j.routing.WRITE);
  }

  /** Several statements in one write transaction: all of them happen, or none. */
  async inWriteTransaction<T>(work: (run: RunInTransaction) => Promise<T>, timeoutMs = this.options.queryTimeoutMs): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(
        (tx: ManagedTransaction) => {
          const run: RunInTransaction = async <Row extends RecordShape>(cypher: string, parameters: Parameters = {}) => {
            this.roundTripCount += 1;
            const result = await tx.run<Row>(cypher, cypherParameters(parameters) as Parameters);
            return result.records.map((record) => record.toObject());
          };
          return work(run);
        },
        { timeout: timeoutMs },
      );
    } catch (error) {
      throw translateDriverError(error);
    } finally {
      await session.close();
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

  close(): Promise<void> {
    return this.driver.close();
  }

  private async execute<Row extends RecordShape>(cypher: string, parameters: Parameters, routing: 'READ' | 'WRITE'): Promise<Row[]> {
    this.roundTripCount += 1;
    // The server-side timeout does not cover a connection that stalls, and Neo4j only checks it every
    // few seconds (db.transaction.monitor.check.interval); this signal does both.
    const signal = AbortSignal.timeout(this.options.queryTimeoutMs + 1000);
    // The driver answers the signal by closing the session, which does not settle a query still
    // waiting for a connection or between retries; seen hanging for minutes while Neo4j was down.
    let deadline: NodeJS.Timeout | undefined;
    const hardDeadline = new Promise<never>((_resolve, reject) => {
      deadline = setTimeout(() => reject(new QueryTimeoutError()), this.options.queryTimeoutMs + 2000);
    });
    try {
      const query = this.driver.executeQuery<{ records: { toObject(): Row }[] }>(cypher, cypherParameters(parameters), {
        routing,
        database: this.options.database,
        transactionConfig: { timeout: this.options.queryTimeoutMs },
        signal,
      });
      // Once the deadline has answered, a late failure of the abandoned query must not go unhandled.
      query.catch(() => undefined);
      const result = await Promise.race([query, hardDeadline]);
      return result.records.map((record) => record.toObject());
    } catch (error) {
      if (!signal.aborted) throw translateDriverError(error);
      // Cut short by our own timeout (an abort reaches us as "Transaction.Terminated"): a slow query
      // if the database still answers, an outage if it does not.
      throw (await this.answersWithin(1000)) ? new QueryTimeoutError() : new DatabaseUnavailableError();
    } finally {
      clearTimeout(deadline);
    }
  }

  private async answersWithin(ms: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const check = this.driver.verifyConnectivity({ database: this.options.database }).then(
      () => true,
      () => false,
    );
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    });
    try {
      return await Promise.race([check, late]);
    } finally {
      clearTimeout(timer);
    }
  }
}
