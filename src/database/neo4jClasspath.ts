import { execFile } from 'node:child_process';
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

function resolveWithMaven(offline: boolean): Promise<void> {
  const args = ['-q', '-B', ...(offline ? ['-o'] : []), '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${CACHED_CLASSPATH}`];
  return new Promise((resolve, reject) => {
    // Asynchronous, so that Ctrl-C during a long first download is handled; Maven goes when this process does.
    const maven = execFile('mvn', args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(new Error(stdout || error.message)) : resolve(),
    );
    const stopMaven = () => maven.kill();
    process.once('exit', stopMaven);
    maven.once('exit', () => process.removeListener('exit', stopMaven));
  });
}

/**
 * The class path of Neo4j Community's jars, resolved by Maven into its local cache (downloaded on the
 * first run only). Remembered in .data/ so later starts need neither Maven nor the network. Maven first
 * tries offline, from its local repository; only when that lacks a jar does it download, and says so.
 */
export async function neo4jClasspath(log: (line: string) => void): Promise<string> {
  const cached = cachedClasspath();
  if (cached) return cached;
  fs.mkdirSync(path.dirname(CACHED_CLASSPATH), { recursive: true });
  log('Resolving Neo4j Community jars with Maven...');
  try {
    await resolveWithMaven(true);
  } catch {
    log("Maven's local repository lacks some of Neo4j's jars: downloading them (about 150 MB, once)...");
    try {
      await resolveWithMaven(false);
    } catch (error) {
      const output = error instanceof Error ? error.message : String(error);
      throw new Error(`Maven could not resolve Neo4j (is 'mvn' on PATH and the registry reachable?):\n${output}`);
    }
  }
  return fs.readFileSync(CACHED_CLASSPATH, 'utf8').trim();
}
