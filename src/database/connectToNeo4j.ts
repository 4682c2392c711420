import type { Config } from '../config';
import { GraphDatabase } from '../graph/graphDatabase';
import { startLocalNeo4j, type LocalNeo4j } from './startLocalNeo4j';
import { superviseLocalNeo4j } from './superviseLocalNeo4j';

export interface Neo4jConnection {
  database: GraphDatabase;
  /** The Neo4j this process started, if it started one. */
  localNeo4j?: LocalNeo4j;
  /** Closes the driver, then stops the Neo4j this process started (never one it reused). */
  close(): Promise<void>;
  /** For a stop that ran out of time: kills the Neo4j this process started, at once. */
  kill(): void;
}

export interface ConnectOptions {
  /** Restart the local Neo4j whenever it dies (the long-running API); a one-off command does without. */
  supervise?: boolean;
}

/**
 * NEO4J_URI set: that server, as it is. Unset: the project's own local Neo4j, started here (or reused
 * when one already answers on NEO4J_LOCAL_PORT), living no longer than this process.
 */
export async function connectToNeo4j(
  config: Config,
  log: (line: string) => void,
  { supervise = false }: ConnectOptions = {},
): Promise<Neo4jConnection> {
  const localOptions = { port: config.NEO4J_LOCAL_PORT, dataDir: config.NEO4J_DATA_DIR, log };
  const localNeo4j = config.NEO4J_URI
    ? undefined
    : await (supervise ? superviseLocalNeo4j(localOptions) : startLocalNeo4j(localOptions));
  const database = GraphDatabase.connect({
    uri: config.NEO4J_URI ?? localNeo4j?.uri ?? '',
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    queryTimeoutMs: config.QUERY_TIMEOUT_MS,
  });
  return {
    database,
    localNeo4j,
    async close() {
      await database.close();
      await localNeo4j?.stop();
    },
    kill() {
      localNeo4j?.kill();
    },
  };
}
