import type { GraphDatabase, RunInTransaction } from './graphDatabase';

// A fresh random token on every change, not a counter: after a reset and re-seed a counter could
// come back to a value a process has cached, and that process would keep a vocabulary that is gone.
const BUMP = `
  MERGE (v:VocabularyVersion {id: 'vocabulary'})
  SET v.version = randomUUID()`;

const READ = `OPTIONAL MATCH (v:VocabularyVersion {id: 'vocabulary'}) RETURN v.version AS version`;

/**
 * Marks the vocabulary changed, inside the caller's transaction (so the mark and the change commit
 * together). Every API instance compares the mark with the one it cached before an ingest.
 */
export async function bumpVocabularyVersion(run: RunInTransaction): Promise<void> {
  await run(BUMP);
}

/** The current mark; null before anything has been seeded. */
export async function readVocabularyVersion(database: GraphDatabase): Promise<string | null> {
  const [row] = await database.read<{ version: string | null }>(READ);
  return row?.version ?? null;
}
