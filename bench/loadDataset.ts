import { bulkLoadDocuments, bulkLoadEntities, bulkLoadRelationships, type BulkRelationship } from '../src/graph/bulkLoader';
import { GraphDatabase } from '../src/graph/graphDatabase';
import { resetGraph } from '../src/graph/resetGraph';
import { credentialsFromEnv } from './benchNeo4j';
import { applyBenchSchema } from './benchSchema';
import { claimForBench } from './benchOwnership';
import type { ImportReport } from './importDataset';
import { naiveLoadRelationships } from './naiveLoader';
import { peakResidentMb } from './peakMemory';
import { SyntheticGraph } from './syntheticGraph';

export interface BatchMeasurement {
  batchSize: number;
  relationships: number;
  seconds: number;
  perSecond: number;
}

export interface LoadReport {
  size: number;
  seed: number;
  /** False when the graph already held this data set and nothing was loaded. */
  loaded: boolean;
  entities: number;
  relationships: number;
  totalSeconds: number;
  /** Null when the entities came through the offline importer, which has no separate entity phase. */
  entitiesPerSecond: number | null;
  /** Creating the indexes and constraints and filling derived properties (applyBenchSchema), within totalSeconds. */
  schemaSeconds: number;
  /** What the offline importer built before the database started (its time is within totalSeconds); null if it was not used. */
  imported: ImportReport | null;
  naive: { relationships: number; seconds: number; perSecond: number } | null;
  bulk: BatchMeasurement[];
  /** Peak resident memory of the loading process (VmHWM), MB. */
  peakRssMb: number | null;
}

export interface LoadOptions {
  size: number;
  seed: number;
  /** Relationships loaded one statement each, first, to compare with the bulk loader. */
  naiveSlice: number;
  /** Batch sizes measured in turn, one segment each, round-robin, so graph growth biases none of them. */
  batchSizes: number[];
  segment: number;
  /** What importDataset built before Neo4j started on the folder, or null. */
  imported: ImportReport | null;
  log: (line: string) => void;
}

// Bench-only bookkeeping: which synthetic data set the graph holds, so a run can reuse it. `tailFrom`,
// written by importDataset, is the first entity whose relationships are still to be loaded.
const READ_MARKER = 'MATCH (m:BenchDataset {id: "bench"}) RETURN m.size AS size, m.seed AS seed, m.tailFrom AS tailFrom';
const WRITE_MARKER = 'MERGE (m:BenchDataset {id: "bench"}) SET m.size = $size, m.seed = $seed REMOVE m.tailFrom';

function* take<T>(iterator: Iterator<T>, count: number): Generator<T> {
  for (let i = 0; i < count; i += 1) {
    const next = iterator.next();
    if (next.done) return;
    yield next.value;
  }
}

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

/** Makes the graph hold exactly the synthetic data set of `size` (reused when it already does). */
export async function loadDataset(database: GraphDatabase, options: LoadOptions): Promise<LoadReport> {
  const { size, seed, log, imported } = options;
  const started = process.hrtime.bigint();
  // After an import this builds every index and constraint over the whole graph: part of the load.
  await applyBenchSchema(database, log);
  const schemaSeconds = seconds(started);
  const [marker] = await database.read<{ size: number; seed: number; tailFrom: number | null }>(READ_MARKER);
  const graph = new SyntheticGraph({ size, seed });
  const base = { size, seed, peakRssMb: peakResidentMb() ?? null, schemaSeconds, imported };
  const holdsDataset = marker?.size === size && marker.seed === seed;
  if (holdsDataset && marker.tailFrom === null) {
    log(`Graph already holds the ${size}-entity data set: reusing it.`);
    return { ...base, loaded: false, entities: size, relationships: 0, totalSeconds: 0, entitiesPerSecond: 0, naive: null, bulk: [] };
  }
  let entities = size;
  let entitiesPerSecond: number | null = null;
  let tailFrom = 0;
  if (holdsDataset) {
    tailFrom = marker.tailFrom ?? 0;
    const rest = tailFrom < size ? `loading the relationships of entities from ${tailFrom} on` : 'every relationship was imported';
    log(`  indexes built in ${schemaSeconds.toFixed(1)} s; ${rest}...`);
  } else {
    log(`Loading the ${size}-entity data set...`);
    await resetGraph(database);
    await claimForBench(database);
    await bulkLoadDocuments(database, graph.documents(), 20);
    const entitiesStarted = process.hrtime.bigint();
    ({ items: entities } = await bulkLoadEntities(database, graph.entities(), 10_000));
    entitiesPerSecond = entities / seconds(entitiesStarted);
    log(`  ${entities} entities in ${seconds(entitiesStarted).toFixed(1)} s`);
  }

  const relationships: Iterator<BulkRelationship> = graph.relationships(tailFrom);
  const naiveStarted = process.hrtime.bigint();
  const naiveCount = await naiveLoadRelationships(database, take(relationships, options.naiveSlice));
  const naiveSeconds = seconds(naiveStarted);
  const naive = naiveCount > 0 ? { relationships: naiveCount, seconds: naiveSeconds, perSecond: naiveCount / naiveSeconds } : null;
  if (naive) log(`  naive: ${naive.relationships} relationships at ${naive.perSecond.toFixed(0)}/s`);

  const totals = new Map(options.batchSizes.map((batchSize) => [batchSize, { relationships: 0, seconds: 0 }]));
  let loaded = naiveCount + (imported?.relationships ?? 0);
  for (let round = 0; ; round += 1) {
    const batchSize = options.batchSizes[round % options.batchSizes.length] ?? 5000;
    const segmentStarted = process.hrtime.bigint();
    const { items } = await bulkLoadRelationships(database, take(relationships, options.segment), batchSize);
    if (items === 0) break;
    const total = totals.get(batchSize);
    if (total) {
      total.relationships += items;
      total.seconds += seconds(segmentStarted);
    }
    loaded += items;
    if (round % 10 === 9) log(`  ${loaded} relationships, ${seconds(started).toFixed(0)} s, peak RSS ${peakResidentMb()} MB`);
  }
  await database.write(WRITE_MARKER, { size, seed });
  const totalSeconds = seconds(started) + (imported ? imported.csvSeconds + imported.importSeconds : 0);
  log(`  ${loaded} relationships; data set loaded in ${totalSeconds.toFixed(1)} s`);
  return {
    ...base,
    loaded: true,
    entities,
    relationships: loaded,
    totalSeconds,
    entitiesPerSecond,
    naive,
    bulk: [...totals]
      .filter(([, total]) => total.relationships > 0)
      .map(([batchSize, total]) => ({ batchSize, ...total, perSecond: total.relationships / total.seconds })),
    peakRssMb: peakResidentMb() ?? null,
  };
}

// Run as its own process by the benchmark, so its peak memory is the loader's alone.
if (require.main === module) {
  const [uri = '', size = '10000', seed = '42', naiveSlice = '2000', segment = '20000', batchSizes = '1000,5000,10000,20000', imported = 'null'] =
    process.argv.slice(2);
  const database = GraphDatabase.connect({ uri, ...credentialsFromEnv(), database: 'neo4j', queryTimeoutMs: 600_000 });
  loadDataset(database, {
    size: Number(size),
    seed: Number(seed),
    naiveSlice: Number(naiveSlice),
    segment: Number(segment),
    batchSizes: batchSizes.split(',').map(Number),
    imported: JSON.parse(imported) as ImportReport | null,
    log: (line) => process.stderr.write(`${line}\n`),
  })
    .then((report) => process.stdout.write(`${JSON.stringify(report)}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    })
    .finally(() => database.close());
}
