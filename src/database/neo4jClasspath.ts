import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j');
const POM = path.join(LAUNCHER_DIR, 'pom.xml');
const CACHED_CLASSPATH = path.join(PROJECT_ROOT, '.data', 'neo4j-classpath.txt');

function cachedClasspath(): string | undefined {
  if (!fs.existsSync(CACHED_CLASSPATH)) return undefined;
  if (fs.statSync(CACHED_CLASSPATH).mtimeMs < fs.statSync(POM).mtimeMs) return undefined;
  const classpath = fs.readFileSync(CACHED_CLASSPATH, 'utf8').trim();
  const allJarsPresent = classpath.split(path.delimiter).every((jar) => fs.existsSync(jar));
  return allJarsPresent ? classpath : undefined;
}

/**
 * The class path of Neo4j Community's jars, resolved by Maven into its local cache (downloaded on the
 * first run only). Remembered in .data/ so later starts need neither Maven nor the network.
 */
export function neo4jClasspath(log: (line: string) => void): string {
  const cached = cachedClasspath();
  if (cached) return cached;
  log('Resolving Neo4j Community jars with Maven (first run downloads about 150 MB)...');
  fs.mkdirSync(path.dirname(CACHED_CLASSPATH), { recursive: true });
  try {
    execFileSync(
      'mvn',
      ['-q', '-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${CACHED_CLASSPATH}`],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (error) {
    const output = error instanceof Error && 'stdout' in error ? String(error.stdout) : String(error);
    throw new Error(`Maven could not resolve Neo4j (is 'mvn' on PATH and the registry reachable?):\n${output}`);
  }
  return fs.readFileSync(CACHED_CLASSPATH, 'utf8').trim();
}
