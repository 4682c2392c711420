import fs from 'node:fs';
import path from 'node:path';

import { loadConfig } from '../config';
import { pidFile } from './startLocalNeo4j';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** `npm run db:stop`: stops the Neo4j that `npm run db:start` left running. */
async function main(): Promise<void> {
  const file = pidFile(path.resolve(loadConfig().NEO4J_DATA_DIR));
  if (!fs.existsSync(file)) {
    console.log('No Neo4j started by db:start is recorded; nothing to stop.');
    return;
  }
  const pid = Number(fs.readFileSync(file, 'utf8'));
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    console.log(`Neo4j (pid ${pid}) was not running.`);
  }
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && isRunning(pid)) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (isRunning(pid)) process.kill(pid, 'SIGKILL');
  fs.rmSync(file);
  console.log(`Neo4j (pid ${pid}) stopped.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
