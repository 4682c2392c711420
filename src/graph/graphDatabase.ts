import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';

import { cypherParameters } from './cypherParameters';
import { translateDriverError } from './errors';

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
    try {
      const result = await this.driver.executeQuery<{ records: { toObject(): Row }[] }>(cypher, cypherParameters(parameters), {
        routing,
        database: this.options.database,
        transactionConfig: { timeout: this.options.queryTimeoutMs },
        // The server-side timeout does not cover a connection that stalls; this does.
        signal: AbortSignal.timeout(this.options.queryTimeoutMs + 1000),
      });
      return result.records.map((record) => record.toObject());
    } catch (error) {
      throw translateDriverError(error);
    }
  }
}
