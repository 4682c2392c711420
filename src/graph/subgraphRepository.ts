import { ENTITY_KINDS, type EntityKind } from '../domain/entityKinds';
import type { GraphDatabase } from './graphDatabase';
import { drawableGraph, labelledEdge } from './graphShape';
import { graphEdgeProjection, graphNodeProjection } from './projections';
import type { GraphRecord } from './records';

// One hop out from the frontier, to entities not yet seen, of the allowed kinds.
const NEXT_RING = `
  UNWIND $frontier AS id
  MATCH (:Entity {id: id})--(m:Entity)
  WHERE NOT m.id IN $seen AND any(label IN labels(m) WHERE label IN $kinds)
  WITH DISTINCT m.id AS id ORDER BY id
  LIMIT $room
  RETURN collect(id) AS ids`;

// The nodes, and every relationship between two of them.
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
    MATCH (s)-[r]->(t:Entity) WHERE t IN nodes
    RETURN collect(${graphEdgeProjection('r', 's', 't')}) AS edges
  }
  RETURN graphNodes, edges`;

export interface SubgraphQuery {
  ids: readonly string[];
  depth: number;
  kinds: readonly EntityKind[] | null;
  limit: number;
}

/**
 * The entities `ids` and those within `depth` hops, ring by ring until `limit` nodes (one round trip
 * per ring, then one for the drawing): bounded by depth, whatever the graph's size.
 */
export async function findSubgraph(database: GraphDatabase, query: SubgraphQuery): Promise<GraphRecord> {
  const seen = [...new Set(query.ids)].slice(0, query.limit);
  let truncated = seen.length < new Set(query.ids).size;
  let frontier = seen;
  for (let ring = 0; ring < query.depth && frontier.length > 0 && !truncated; ring += 1) {
    const room = query.limit - seen.length;
    const [row] = await database.read<{ ids: string[] }>(NEXT_RING, {
      frontier,
      seen,
      kinds: query.kinds ?? ENTITY_KINDS,
      room: room + 1,
    });
    const found = row?.ids ?? [];
    truncated = found.length > room;
    frontier = found.slice(0, room);
    seen.push(...frontier);
  }
  const [graph] = await database.read<{ graphNodes: GraphRecord['nodes']; edges: Omit<GraphRecord['edges'][number], 'label'>[] }>(
    GRAPH_OF_NODES,
    { ids: seen },
  );
  return drawableGraph(graph?.graphNodes ?? [], (graph?.edges ?? []).map(labelledEdge), truncated);
}
