import { GracefulStop } from '../src/gracefulStop';
import { startApiServer, type BenchServer } from './apiServer';
import { credentialsFromEnv, type Neo4jTarget } from './benchNeo4j';
import type { ServerName } from './benchQueries';
import { startFloorServer } from './floorServer';
import { startPeerServer } from './peerServer';

const STARTERS: Record<ServerName, (neo4j: Neo4jTarget, port: number) => Promise<BenchServer>> = {
  api: startApiServer,
  floor: startFloorServer,
  peer: startPeerServer,
};

// Each server runs in a process of its own, so its memory is measured alone and none shares an
// event loop with the load generator. Prints "ready" once it listens; stops on SIGTERM, SIGINT, or when
// the benchmark that started it is gone (killed with a test run, say), so it never outlives it.
// Arguments: server name, Bolt URI, HTTP port; the credentials come from the environment.
const [name = '', uri = '', port = ''] = process.argv.slice(2);
const start = STARTERS[name as ServerName];
if (!start || !uri || !port) throw new Error(`Usage: serveBenchServer <api|floor|peer> <bolt uri> <port>, not ${process.argv.slice(2).join(' ')}`);
const stop = new GracefulStop({ log: (line) => process.stderr.write(`${line}\n`), deadlineMs: 10_000 });
start({ uri, ...credentialsFromEnv() }, Number(port)).then(
  (server) => {
    stop.add({ graceful: () => server.close() });
    process.stdout.write(`ready ${server.url}\n`);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
