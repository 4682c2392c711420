import path from 'node:path';

import { extractDocument } from '../extraction/extractDocument';
import type { Extraction } from '../extraction/types';
import { loadVocabulary } from '../extraction/vocabulary/loadVocabulary';
import { applySchema } from '../graph/applySchema';
import type { GraphDatabase } from '../graph/graphDatabase';
import { loadVocabularyIntoGraph } from '../graph/loadVocabularyIntoGraph';
import { readStats } from '../graph/readStats';
import type { StatsRecord } from '../graph/records';
import { resetGraph } from '../graph/resetGraph';
import { ingestDocument, type DocumentInput } from '../ingestion/ingestDocument';
import { VocabularyCache } from '../ingestion/vocabularyCache';
import { dryRunReport, type DryRunReport } from './dryRunReport';
import { documentFiles, readDocumentFile } from './readDocumentFiles';

export const SEED_DIR = path.resolve(__dirname, '..', '..', 'seed');

export interface SeedOptions {
  /** A document file or folder; the seed folder's documents by default. */
  target?: string;
  reset?: boolean;
  maxDocumentBytes: number;
  log: (line: string) => void;
}

export interface SeedFailure {
  file: string;
  error: string;
}

export interface SeedSummary {
  stored: number;
  unchanged: number;
  failures: SeedFailure[];
  candidates: string[];
  stats: StatsRecord;
}

function readAll(options: SeedOptions): { documents: { file: string; document: DocumentInput }[]; failures: SeedFailure[] } {
  const documents: { file: string; document: DocumentInput }[] = [];
  const failures: SeedFailure[] = [];
  for (const file of documentFiles(options.target ?? path.join(SEED_DIR, 'documents'))) {
    try {
      documents.push({ file, document: readDocumentFile(file, options.maxDocumentBytes) });
    } catch (error) {
      failures.push({ file, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { documents, failures };
}

/** Extraction only: reads the vocabulary and documents and reports what would be stored. */
export function dryRunSeed(options: SeedOptions): { report: DryRunReport; failures: SeedFailure[] } {
  const vocabulary = loadVocabulary(path.join(SEED_DIR, 'vocabulary'));
  const { documents, failures } = readAll(options);
  const extracted: { document: DocumentInput; extraction: Extraction }[] = documents.map(({ document }) => ({
    document,
    extraction: extractDocument(document.text, vocabulary),
  }));
  return { report: dryRunReport(vocabulary, extracted), failures };
}

/**
 * Schema, then the curated vocabulary, then each document in its own transaction: a document that
 * fails changes nothing and the others still load. Running it twice leaves the same graph.
 */
export async function runSeed(database: GraphDatabase, options: SeedOptions): Promise<SeedSummary> {
  const { log } = options;
  const vocabulary = loadVocabulary(path.join(SEED_DIR, 'vocabulary'));
  await applySchema(database);
  if (options.reset) {
    log('Removing every node and relationship (--reset)...');
    await resetGraph(database);
  }
  await loadVocabularyIntoGraph(database, vocabulary.entries);
  log(`Vocabulary: ${vocabulary.entries.length} entities.`);
  // From here on the graph holds the vocabulary: the YAML plus what curators changed through the API.
  const graphVocabulary = new VocabularyCache(database);

  const { documents, failures } = readAll(options);
  let stored = 0;
  let unchanged = 0;
  const candidates = new Set<string>();
  for (const [index, { file, document }] of documents.entries()) {
    try {
      const report = await ingestDocument(database, graphVocabulary, document);
      report.candidates.forEach((candidate) => candidates.add(candidate));
      if (report.created) stored += 1;
      else unchanged += 1;
      log(
        `[${index + 1}/${documents.length}] ${path.basename(file)}: ${report.created ? 'stored' : 'unchanged'}, ` +
          `${report.relationships} claims, ${report.evidence} evidence sentences, ${report.mentions} mentions`,
      );
    } catch (error) {
      failures.push({ file, error: error instanceof Error ? error.message : String(error) });
      log(`[${index + 1}/${documents.length}] ${path.basename(file)}: FAILED, nothing of it was written`);
    }
  }
  return { stored, unchanged, failures, candidates: [...candidates].sort(), stats: await readStats(database) };
}
