import type { GraphDatabase } from './graphDatabase';
import { refreshClaims } from './refreshClaims';
import type { RelationshipRef } from './relationshipId';

const BATCH = 5000;

// Sentences stored before evidence carried a stance were all read as plain assertions.
const BACKFILL_EVIDENCE = `
  MATCH (e:Evidence) WHERE e.polarity IS NULL OR e.certainty IS NULL
  WITH e LIMIT ${BATCH}
  SET e.polarity = coalesce(e.polarity, 'AFFIRMED'), e.certainty = coalesce(e.certainty, 'ASSERTED')
  RETURN count(e) AS updated`;

// The action used to sit on the relationship. A curator's stays the curator's; an extracted one moves
// to its sentence when there is only one (it can only have come from there), else it is dropped,
// since no one can tell which sentence said it: seeding again gives every sentence its own.
const MOVE_RELATIONSHIP_ACTIONS = `
  MATCH (:Entity)-[r]->(:Entity) WHERE r.action IS NOT NULL
  WITH r LIMIT ${BATCH}
  CALL (r) {
    MATCH (e:Evidence {relationshipId: r.id})
    WITH collect(e) AS sentences
    WHERE size(sentences) = 1 AND NOT coalesce(r.curated, false)
    UNWIND sentences AS e
    SET e.action = coalesce(e.action, r.action)
  }
  SET r.curatedAction = CASE WHEN coalesce(r.curated, false) THEN coalesce(r.curatedAction, r.action) ELSE r.curatedAction END
  REMOVE r.action
  RETURN count(r) AS updated`;

const WITHOUT_STANCE = `
  MATCH (s:Entity)-[r]->(t:Entity) WHERE r.stance IS NULL
  WITH s, r, t LIMIT ${BATCH}
  RETURN {id: r.id, type: type(r), sourceId: s.id, targetId: t.id} AS ref`;

/** Brings a graph written before stance existed up to date: in batches, and a no-op on a graph already so. */
export async function backfillStance(database: GraphDatabase): Promise<void> {
  for (const statement of [BACKFILL_EVIDENCE, MOVE_RELATIONSHIP_ACTIONS]) {
    for (;;) {
      const [row] = await database.write<{ updated: number }>(statement);
      if (!row || row.updated === 0) break;
    }
  }
  for (;;) {
    const rows = await database.read<{ ref: RelationshipRef }>(WITHOUT_STANCE);
    if (rows.length === 0) break;
    await database.inWriteTransaction((run) => refreshClaims(run, rows.map((row) => row.ref)));
  }
}
