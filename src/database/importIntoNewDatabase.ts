import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { CSV_ARRAY_DELIMITER } from '../graph/csvFile';
import type { ImportFiles } from '../graph/importFiles';
import { pidFile } from './startLocalNeo4j';
import { LAUNCHER_DIR, neo4jClasspath } from './neo4jClasspath';

export interface ImportOptions {
  /** A local Neo4j's data folder (as startLocalNeo4j uses it) that holds no database yet. */
  dataDir: string;
  files: ImportFiles;
  log?: (line: string) => void;
}

/** Where the embedded Neo4j keeps its databases (and the importer writes its store). */
function storeDir(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'data');
}

/** True when a Neo4j has ever started in the folder, even on an empty graph: the importer must never touch it. */
export function holdsDatabase(dataDir: string): boolean {
  return fs.existsSync(storeDir(dataDir)) || fs.existsSync(pidFile(path.resolve(dataDir)));
}

// The importer's own memory: by default it takes 90 % of the free memory off-heap, which on a shared
// machine is everyone's. It estimates 1.1 GB off-heap for the 1M-entity graph: 2 GB leave it room.
const IMPORTER_HEAP = '-Xmx1g';
const IMPORTER_OFF_HEAP = '2g';

function unicode(character: string): string {
  return `U+${character.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
}

function importArguments(files: ImportFiles, reportFile: string): string[] {
  // The importer runs in the launcher's folder: a relative path would be read from there.
  const group = (prefix: string, file: string) => (prefix ? `${prefix}=${path.resolve(file)}` : path.resolve(file));
  return [
    'database', 'import', 'full',
    ...files.nodes.map(({ labels, file }) => `--nodes=${group(labels.join(':'), file)}`),
    ...files.relationships.map(({ type, file }) => `--relationships=${group(type ?? '', file)}`),
    `--array-delimiter=${unicode(CSV_ARRAY_DELIMITER)}`,
    `--multiline-fields=${files.multiline}`,
    `--max-off-heap-memory=${IMPORTER_OFF_HEAP}`,
    `--report-file=${reportFile}`,
    'neo4j',
  ];
}

/**
 * Builds the default database of a new data folder with Neo4j's offline importer (`neo4j-admin database
 * import full`, whose classes ship in the local Neo4j's jars): far faster than transactions because it
 * writes the store files directly, and so only ever for a folder with no database in it and no Neo4j
 * running on it. Indexes and constraints come afterwards, from applySchema on the first start.
 */
export async function importIntoNewDatabase({ dataDir, files, log = () => undefined }: ImportOptions): Promise<void> {
  const home = path.resolve(dataDir);
  if (holdsDatabase(home)) throw new Error(`Refusing to import into ${home}: it already holds a database.`);
  fs.mkdirSync(home, { recursive: true });
  const classpath = await neo4jClasspath(log);
  const logFile = path.join(home, 'neo4j-import.log');
  const output = fs.openSync(logFile, 'a');
  const importer = spawn(
    'java',
    [IMPORTER_HEAP, '-cp', classpath, 'org.neo4j.cli.AdminTool', ...importArguments(files, path.join(home, 'import.report'))],
    { cwd: LAUNCHER_DIR, env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') }, stdio: ['ignore', output, output] },
  );
  fs.closeSync(output);
  // The importer dies with this process: a half-written store must not be left to look like a database.
  const stop = () => importer.kill('SIGKILL');
  process.once('exit', stop);
  const code = await new Promise<number | null>((resolve) => importer.once('exit', resolve));
  process.removeListener('exit', stop);
  if (code !== 0) {
    fs.rmSync(storeDir(home), { recursive: true, force: true });
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-25).join('\n');
    throw new Error(`Neo4j's importer failed (exit code ${code}); nothing was kept:\n${tail}`);
  }
}
