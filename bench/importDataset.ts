import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { holdsDatabase, importIntoNewDatabase } from '../src/database/importIntoNewDatabase';
import { CsvFile } from '../src/graph/csvFile';
import { mergeImportFiles, writeImportFiles, type ImportFiles } from '../src/graph/importFiles';
import { peakResidentMb } from './peakMemory';
import { SyntheticGraph } from './syntheticGraph';

export interface ImportReport {
  /** Relationships written by the importer; those of entities from `tailFrom` on are left to loadDataset. */
  relationships: number;
  tailFrom: number;
  csvSeconds: number;
  importSeconds: number;
  /** Peak resident memory of the larger of the two CSV writers, MB; the importer's JVM is bounded apart. */
  peakRssMb: number | null;
}

export interface ImportDatasetOptions {
  dataDir: string;
  size: number;
  seed: number;
  /** At least this many relationships are left out, for loadDataset to measure the naive and bulk loaders on. */
  tailRelationships: number;
  log: (line: string) => void;
}

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

/** The first entity whose relationships are left out: the last entities' relationships add up to `count`. */
function tailStart(graph: SyntheticGraph, count: number): number {
  let from = graph.size;
  let left = 0;
  while (left < count && from > 0) {
    from -= 1;
    left += graph.relationshipsOf(from).length;
  }
  return from;
}

export function* counted<T>(items: Iterable<T>, counter: { count: number }): Generator<T> {
  for (const item of items) {
    counter.count += 1;
    yield item;
  }
}

// The CSV files are written by two processes at once, one per core: this one writes the documents, the
// entities and this share of the claims (entities cost about as much as the claims left to the other).
const OWN_SHARE = 0.4;

interface ClaimShare {
  files: ImportFiles;
  relationships: number;
  peakRssMb: number | null;
}

function writeClaimShareInChild(directory: string, size: number, seed: number, from: number, to: number): Promise<ClaimShare> {
  fs.mkdirSync(directory, { recursive: true });
  const args = ['--import', 'tsx', path.join(__dirname, 'writeClaimShare.ts'), directory, String(size), String(seed), String(from), String(to)];
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, args, { maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      process.removeListener('exit', stop);
      if (error) reject(new Error(`Writing the claims of entities ${from}–${to} failed: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout) as ClaimShare);
    });
    // It dies with this process, as the importer does.
    const stop = () => child.kill('SIGKILL');
    process.once('exit', stop);
  });
}

/**
 * Builds a new data folder's graph with Neo4j's offline importer: documents, every entity, and the
 * relationships of all but the last entities, with loadDataset's marker saying where it stopped.
 * Returns null, touching nothing, when the folder already holds a database.
 */
export async function importDataset(options: ImportDatasetOptions): Promise<ImportReport | null> {
  const { dataDir, size, seed, log } = options;
  if (holdsDatabase(dataDir)) return null;
  const graph = new SyntheticGraph({ size, seed });
  const tailFrom = tailStart(graph, options.tailRelationships);
  const csvDir = path.join(dataDir, 'import-csv');
  fs.mkdirSync(csvDir, { recursive: true });
  try {
    log(`Importing the ${size}-entity data set into a new database (relationships of entities before ${tailFrom})...`);
    const csvStarted = process.hrtime.bigint();
    const relationships = { count: 0 };
    const split = Math.round(tailFrom * OWN_SHARE);
    const [own, share] = await Promise.all([
      writeImportFiles(csvDir, {
        documents: graph.documents(),
        entities: graph.entities(),
        relationships: counted(graph.relationships(0, split), relationships),
      }),
      writeClaimShareInChild(path.join(csvDir, 'share'), size, options.seed, split, tailFrom),
    ]);
    relationships.count += share.relationships;
    const files = mergeImportFiles(own, share.files);
    const marker = CsvFile.open(path.join(csvDir, 'marker.csv'), ['id:ID(BenchDataset)', 'size:long', 'seed:long', 'tailFrom:long']);
    await marker.row(['bench', size, seed, tailFrom]);
    await marker.close();
    files.nodes.push({ labels: ['BenchDataset'], file: marker.path });
    const csvSeconds = seconds(csvStarted);
    const peakRssMb = Math.max(peakResidentMb() ?? 0, share.peakRssMb ?? 0) || null;
    log(`  CSV files in ${csvSeconds.toFixed(1)} s (peak RSS ${peakRssMb} MB)`);
    const importStarted = process.hrtime.bigint();
    await importIntoNewDatabase({ dataDir, files, log });
    const importSeconds = seconds(importStarted);
    log(`  ${relationships.count} relationships imported in ${importSeconds.toFixed(1)} s`);
    return { relationships: relationships.count, tailFrom, csvSeconds, importSeconds, peakRssMb };
  } finally {
    fs.rmSync(csvDir, { recursive: true, force: true });
  }
}

// Run as its own process by the benchmark, before Neo4j starts on the folder.
if (require.main === module) {
  const [dataDir = '', size = '10000', seed = '42', tailRelationships = '82000'] = process.argv.slice(2);
  importDataset({
    dataDir,
    size: Number(size),
    seed: Number(seed),
    tailRelationships: Number(tailRelationships),
    log: (line) => process.stderr.write(`${line}\n`),
  })
    .then((report) => process.stdout.write(`${JSON.stringify(report)}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    });
}
