import { stanceOf } from '../domain/stance';
import type { RunInTransaction } from './graphDatabase';
import type { RelationshipRef } from './relationshipId';

// What each relationship's sentences say, counted from the Evidence nodes themselves (an index seek
// on relationshipId per relationship), so the sums can never drift from the sentences.
const COUNT_EVIDENCE = `
  UNWIND $refs AS ref
  MATCH (:Entity {id: ref.sourceId})-[r]->(:Entity {id: ref.targetId})
  WHERE type(r) = ref.type
  CALL (r) {
    OPTIONAL MATCH (e:Evidence {relationshipId: r.id})
    RETURN count(CASE WHEN e.polarity = 'AFFIRMED' AND e.certainty = 'ASSERTED' THEN 1 END) AS affirmingAsserted,
           count(CASE WHEN e.polarity = 'AFFIRMED' AND e.certainty = 'HEDGED' THEN 1 END) AS affirmingHedged,
           count(CASE WHEN e.polarity = 'NEGATED' THEN 1 END) AS negating,
           count(CASE WHEN e.certainty = 'HEDGED' THEN 1 END) AS hedged,
           count(DISTINCT e.documentId) AS documents
  }
  RETURN ref AS ref, coalesce(r.curated, false) AS curated, affirmingAsserted, affirmingHedged, negating, hedged, documents`;

// The sums and the stance go on the relationship, so traversal can filter on them without reading evidence.
const WRITE_SUMS = `
  UNWIND $updates AS update
  MATCH (:Entity {id: update.ref.sourceId})-[r]->(:Entity {id: update.ref.targetId})
  WHERE type(r) = update.ref.type
  SET r.affirming = update.affirming, r.negating = update.negating, r.hedged = update.hedged,
      r.documents = update.documents, r.stance = update.stance`;

// A relationship goes when no sentence is left for or against it, unless a curator added it.
const REMOVE_UNSUPPORTED = `
  UNWIND $refs AS ref
  MATCH (:Entity {id: ref.sourceId})-[r]->(:Entity {id: ref.targetId})
  WHERE type(r) = ref.type
  DELETE r
  RETURN count(r) AS removed`;

interface EvidenceCounts {
  ref: RelationshipRef;
  curated: boolean;
  affirmingAsserted: number;
  affirmingHedged: number;
  negating: number;
  hedged: number;
  documents: number;
}

/**
 * Recomputes, inside the caller's transaction, what these relationships sum up from their sentences
 * (counts, documents, stance), and removes those no sentence and no curator speaks for any more.
 * Returns how many it removed. Called whenever evidence comes or goes.
 */
export async function refreshClaims(run: RunInTransaction, refs: readonly RelationshipRef[]): Promise<number> {
  if (refs.length === 0) return 0;
  const rows = await run<EvidenceCounts>(COUNT_EVIDENCE, { refs: uniqueRefs(refs) });
  const unsupported = rows.filter((row) => !row.curated && row.affirmingAsserted + row.affirmingHedged + row.negating === 0);
  const updates = rows
    .filter((row) => !unsupported.includes(row))
    .map((row) => ({
      ref: row.ref,
      affirming: row.affirmingAsserted + row.affirmingHedged,
      negating: row.negating,
      hedged: row.hedged,
      documents: row.documents,
      stance: stanceOf(row),
    }));
  if (updates.length > 0) await run(WRITE_SUMS, { updates });
  if (unsupported.length === 0) return 0;
  const [removed] = await run<{ removed: number }>(REMOVE_UNSUPPORTED, { refs: unsupported.map((row) => row.ref) });
  return removed?.removed ?? 0;
}

function uniqueRefs(refs: readonly RelationshipRef[]): RelationshipRef[] {
  return [...new Map(refs.map((ref) => [ref.id, ref])).values()];
}
