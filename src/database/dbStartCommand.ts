import { loadConfig } from '../config';
import { startLocalNeo4j } from './startLocalNeo4j';

/** `npm run db:start`: the local Neo4j alone, in the background, until `npm run db:stop`. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.NEO4J_URI) {
    console.log(`NEO4J_URI is set (${config.NEO4J_URI}): that server is used, none is started here.`);
    return;
  }
  await startLocalNeo4j({
    port: config.NEO4J_LOCAL_PORT,
    dataDir: config.NEO4J_DATA_DIR,
    detached: true,
    log: (line) => console.log(line),
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
