import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { SyntheticGraph } from '../../bench/syntheticGraph';
import { holdsDatabase, importIntoNewDatabase } from '../../src/database/importIntoNewDatabase';
import { startLocalNeo4j } from '../../src/database/startLocalNeo4j';
import { applySchema } from '../../src/graph/applySchema';
import { bulkLoadDocuments, bulkLoadEntities, bulkLoadRelationships, type BulkDocument, type BulkEntity, type BulkRelationship } from '../../src/graph/bulkLoader';
import { GraphDatabase } from '../../src/graph/graphDatabase';
import { writeImportFiles, type ImportSource } from '../../src/graph/importFiles';
import { TEST_PORTS } from '../support/testPorts';
import { trackProcess } from '../support/trackedProcesses';

// The offline importer must build the very graph the bulk loader's Cypher builds: the same nodes with
// the same labels, the same relationships, every property with the same value and the same type.
// The synthetic graph, plus a few hand-made items for what it never has (denials, hedges, newlines,
// quotes, cross-references, no description), is loaded both ways and the two graphs compared whole.

jest.setTimeout(600_000);

const PORT = TEST_PORTS.importNeo4j;
const DATA_ROOT = path.resolve(__dirname, '..', '..', '.data', `neo4j-import-test-${PORT}`);
const synthetic = new SyntheticGraph({ size: 300, seed: 5 });

const handMadeDocument: BulkDocument = {
  document: {
    id: 'document:hand-made',
    title: 'A "quoted" title',
    source: 'tests',
    checksum: 'hand-made',
    text: 'First line,\nsecond line.',
    url: null,
    publisher: null,
    author: null,
    published: null,
    sourceType: 'OTHER',
  },
  passages: [{ id: 'document:hand-made#0', index: 0, start: 0, end: 24, text: 'First line,\nsecond line.' }],
};
const handMadeEntities: BulkEntity[] = [
  { id: 'compound:hand-a', kind: 'Compound', name: 'Ährlich "A"', aliases: ['A-1', 'alpha, a'], description: '', xrefs: { pubchemCid: '123' }, curated: true },
  { id: 'receptor:hand-b', kind: 'Receptor', name: 'Receptor B', aliases: [], description: 'Says, "B".', xrefs: {}, curated: false },
];
const sentence = { documentId: 'document:hand-made', passageId: 'document:hand-made#0', quote: 'A acts on B.', action: 'agonist' };
const handMadeRelationships: BulkRelationship[] = [
  {
    type: 'ACTS_ON',
    sourceId: 'compound:hand-a',
    targetId: 'receptor:hand-b',
    evidence: [
      { ...sentence, start: 0, end: 5, polarity: 'AFFIRMED', certainty: 'HEDGED' },
      { ...sentence, start: 6, end: 11, polarity: 'NEGATED', certainty: 'ASSERTED', action: null },
      { ...sentence, documentId: synthetic.documents().next().value?.document.id ?? '', passageId: 'document:syn-0#0', start: 1, end: 2, polarity: 'AFFIRMED', certainty: 'HEDGED' },
    ],
  },
  { type: 'ACTS_ON', sourceId: 'compound:syn-40', targetId: 'receptor:hand-b', evidence: [{ ...sentence, start: 12, end: 20, polarity: 'AFFIRMED', certainty: 'HEDGED' }] },
];

function source(): ImportSource {
  return {
    documents: [...synthetic.documents(), handMadeDocument],
    entities: [...synthetic.entities(), ...handMadeEntities],
    relationships: [...synthetic.relationships(), ...handMadeRelationships],
  };
}

// Every node and relationship, with each property's Cypher type (an INTEGER and a FLOAT look alike in JavaScript).
const NODES = `
  MATCH (n)
  RETURN labels(n) AS labels, properties(n) AS properties, [key IN keys(n) | key + ': ' + valueType(n[key])] AS types`;
const RELATIONSHIPS = `
  MATCH (a)-[r]->(b)
  RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties, [key IN keys(r) | key + ': ' + valueType(r[key])] AS types`;

interface Snapshot {
  nodes: Record<string, unknown>[];
  relationships: Record<string, unknown>[];
}

// Neo4j lists a node's properties in the order it stored them, which differs between the two paths: rows
// are put in order by their fields and properties with the keys sorted, so that only values decide.
const sortedKeys = (object: Record<string, unknown>) => Object.entries(object).sort(([a], [b]) => a.localeCompare(b));
const orderKey = (row: Record<string, unknown>) =>
  JSON.stringify(sortedKeys({ ...row, properties: sortedKeys(row['properties'] as Record<string, unknown>) }));
const sorted = (rows: Record<string, unknown>[]) =>
  rows
    .map((row): Record<string, unknown> => ({ ...row, types: [...(row['types'] as string[])].sort() }))
    .sort((a, b) => orderKey(a).localeCompare(orderKey(b)));

/** Starts Neo4j on a data folder, lets `prepare` fill it, and reads back the whole graph. */
async function snapshotOf(dataDir: string, prepare: (database: GraphDatabase) => Promise<void>): Promise<Snapshot> {
  // A busy shared machine can take minutes to start Neo4j: slow is not a failure here.
  const neo4j = await startLocalNeo4j({ port: PORT, dataDir, startTimeoutMs: 600_000 });
  trackProcess(neo4j.pid);
  const database = GraphDatabase.connect({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j', queryTimeoutMs: 120_000 });
  try {
    await prepare(database);
    return { nodes: sorted(await database.read(NODES)), relationships: sorted(await database.read(RELATIONSHIPS)) };
  } finally {
    await database.close();
    await neo4j.stop();
  }
}

describe('Offline import into a new database', () => {
  let loaded: Snapshot;
  let imported: Snapshot;
  const csvDir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-csv-'));

  beforeAll(async () => {
    fs.rmSync(DATA_ROOT, { recursive: true, force: true });
    loaded = await snapshotOf(path.join(DATA_ROOT, 'cypher'), async (database) => {
      const { documents, entities, relationships } = source();
      await applySchema(database);
      await bulkLoadDocuments(database, documents, 20);
      await bulkLoadEntities(database, entities, 100);
      await bulkLoadRelationships(database, relationships, 250);
    });
    const dataDir = path.join(DATA_ROOT, 'import');
    const files = await writeImportFiles(csvDir, source());
    await importIntoNewDatabase({ dataDir, files });
    imported = await snapshotOf(dataDir, (database) => applySchema(database));
  });

  afterAll(() => {
    fs.rmSync(csvDir, { recursive: true, force: true });
    fs.rmSync(DATA_ROOT, { recursive: true, force: true });
  });

  it('builds the same graph as the bulk loader, property for property', () => {
    expect(loaded.nodes.length).toBeGreaterThan(2000);
    expect(loaded.relationships.length).toBeGreaterThan(3000);
    expect(imported.nodes).toEqual(loaded.nodes);
    expect(imported.relationships).toEqual(loaded.relationships);
  });

  it('sums up a claim its sentences contest as refreshClaims does', () => {
    const claim = imported.relationships.find((row) => (row['properties'] as { id: string }).id === 'compound:hand-a|ACTS_ON|receptor:hand-b');
    expect(claim?.['properties']).toMatchObject({ affirming: 2, negating: 1, hedged: 2, documents: 2, stance: 'CONTESTED' });
  });

  it('refuses a folder that already holds a database', async () => {
    expect(holdsDatabase(path.join(DATA_ROOT, 'cypher'))).toBe(true);
    await expect(importIntoNewDatabase({ dataDir: path.join(DATA_ROOT, 'cypher'), files: { nodes: [], relationships: [], multiline: false } })).rejects.toThrow(
      /already holds a database/,
    );
  });
});
