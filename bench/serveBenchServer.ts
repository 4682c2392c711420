import { GracefulStop } from '../src/gracefulStop';
import { startApiServer, type BenchServer } from './apiServer';
import type { ServerName } from './benchQueries';
import { startFloorServer } from './floorServer';
import { startPeerServer } from './peerServer';

const STARTERS: Record<ServerName, (neo4jUri: string, port: number) => Promise<BenchServer>> = {
  api: startApiServer,
  floor: startFloorServer,
  peer: startPeerServer,
};

// Each server runs in a process of its own, so its memory is measured alone and none shares an
// event loop with the load generator. Prints "ready" once it listens; stops on SIGTERM, SIGINT, or when
// the benchmark that started it is gone (killed with a test run, say), so it never outlives it.
const [name = 'api', neo4jUri = 'bolt://127.0.0.1:7703', port = '4201'] = process.argv.slice(2);
const start = STARTERS[name as ServerName];
if (!start) throw new Error(`Unknown server ${name}`);
const stop = new GracefulStop({ log: (line) => process.stderr.write(`${line}\n`), deadlineMs: 10_000 });
start(neo4jUri, Number(port)).then(
  (server) => {
    stop.add({ graceful: () => server.close() });
    process.stdout.write(`ready ${server.url}\n`);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
