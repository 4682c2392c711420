import type { Vocabulary } from '../extraction/types';
import type { GraphDatabase } from '../graph/graphDatabase';
import { readVocabularyFromGraph } from '../graph/readVocabularyFromGraph';
import { readVocabularyVersion } from '../graph/vocabularyVersion';

/**
 * The vocabulary extraction uses, as the graph holds it now (the seed's YAML plus every curator's change).
 * Kept per process and checked against the graph's version mark before each use: one small read,
 * and a full reload only after some instance changed an entity. So several API instances behind a
 * load balancer all see a curator's change at their next ingest, with nothing to restart.
 */
export class VocabularyCache {
  private cached: { version: string | null; vocabulary: Vocabulary } | undefined;

  constructor(private readonly database: GraphDatabase) {}

  async current(): Promise<Vocabulary> {
    const version = await readVocabularyVersion(this.database);
    if (this.cached && this.cached.version === version) return this.cached.vocabulary;
    // Read after the mark: a change landing in between makes the mark stale, never the vocabulary,
    // so the worst case is one extra reload.
    const entries = await readVocabularyFromGraph(this.database);
    const vocabulary: Vocabulary = { entries, byId: new Map(entries.map((entry) => [entry.id, entry])) };
    this.cached = { version, vocabulary };
    return vocabulary;
  }
}
