import { ENTITY_KINDS, type EntityKind } from '../domain/entityKinds';
import { AFFIRMED_STANCES } from '../domain/stance';
import type { GraphDatabase } from './graphDatabase';
import { drawableGraph, labelledEdge } from './graphShape';
import { graphEdgeProjection, graphNodeProjection } from './projections';
import type { GraphRecord } from './records';

// One hop out from the frontier over relationships of the allowed stances, to entities not yet walked
// through, of any kind: `kinds` filters what is returned, not the way there (kratom reaches its
// strategies through the symptoms between). Those of the wanted kinds come first, so a walk cut short
// keeps what will be returned.
const NEXT_RING = `
  UNWIND $frontier AS id
  MATCH (:Entity {id: id})-[r]-(m:Entity)
  WHERE NOT m.id IN $walked AND ($stances IS NULL OR r.stance IN $stances)
  WITH DISTINCT m
  WITH m.id AS id, any(label IN labels(m) WHERE label IN $kinds) AS wanted
  ORDER BY wanted DESC, id
  LIMIT $room
  RETURN collect({id: id, wanted: wanted}) AS found`;

// The nodes, and every relationship of the allowed stances between two of them.
const GRAPH_OF_NODES = `
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  WITH collect(n) AS nodes
  CALL (nodes) {
    UNWIND nodes AS n
    RETURN collect(${graphNodeProjection('n')}) AS graphNodes
  }
  CALL (nodes) {
    UNWIND nodes AS s
    MATCH (s)-[r]->(t:Entity) WHERE t IN nodes AND ($stances IS NULL OR r.stance IN $stances)
    RETURN collect(${graphEdgeProjection('r', 's', 't')}) AS edges
  }
  RETURN graphNodes, edges`;

export interface SubgraphQuery {
  ids: readonly string[];
  depth: number;
  kinds: readonly EntityKind[] | null;
  limit: number;
  /** Also follow and draw relationships that sources only deny (by default only those something affirms). */
  includeDenied: boolean;
}

// Entities walked through but not returned are bounded too, so a filtered walk costs what an
// unfiltered one with a few times the limit would.
const WALK_FACTOR = 5;

/**
 * The entities `ids` and those of `kinds` within `depth` hops, ring by ring through entities of every
 * kind, until `limit` nodes (one round trip per ring, then one for the drawing): bounded by depth and
 * by WALK_FACTOR × limit entities walked, whatever the graph's size.
 */
export async function findSubgraph(database: GraphDatabase, query: SubgraphQuery): Promise<GraphRecord> {
  const kept = [...new Set(query.ids)].slice(0, query.limit);
  let truncated = kept.length < new Set(query.ids).size;
  const walked = [...kept];
  const walkLimit = query.limit * WALK_FACTOR;
  let frontier = kept;
  const stances = query.includeDenied ? null : AFFIRMED_STANCES;
  for (let ring = 0; ring < query.depth && frontier.length > 0 && !truncated; ring += 1) {
    const room = walkLimit - walked.length;
    const [row] = await database.read<{ found: { id: string; wanted: boolean }[] }>(NEXT_RING, {
      frontier,
      walked,
      kinds: query.kinds ?? ENTITY_KINDS,
      room: room + 1,
      stances,
    });
    const found = row?.found ?? [];
    const wanted = found.filter((node) => node.wanted).map((node) => node.id);
    const keepRoom = query.limit - kept.length;
    truncated = found.length > room || wanted.length > keepRoom;
    kept.push(...wanted.slice(0, keepRoom));
    frontier = found.slice(0, room).map((node) => node.id);
    walked.push(...frontier);
  }
  const [graph] = await database.read<{ graphNodes: GraphRecord['nodes']; edges: Omit<GraphRecord['edges'][number], 'label'>[] }>(
    GRAPH_OF_NODES,
    { ids: kept, stances },
  );
  return drawableGraph(graph?.graphNodes ?? [], (graph?.edges ?? []).map(labelledEdge), truncated);
}
