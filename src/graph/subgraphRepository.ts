import { ENTITY_KINDS, type EntityKind } from '../domain/entityKinds';
import { AFFIRMED_STANCES } from '../domain/stance';
import type { GraphDatabase } from './graphDatabase';
import { drawableGraph, labelledEdge } from './graphShape';
import { graphEdgeProjection, graphNodeProjection } from './projections';
import type { GraphSelection } from './read/readSelection';
import type { Statement } from './read/statementScope';
import type { GraphRecord } from './records';

// One hop out from the frontier over relationships of the allowed stances, to entities not yet walked
// through, of any kind: `kinds` filters what is returned, not the way there (kratom reaches its
// strategies through the symptoms between). Those of the wanted kinds come first, so a walk cut short
// keeps what will be returned. Of what it finds, it walks on from at most `room` (what is left of the
// walk's bound) and keeps at most `keepRoom` (what is left of `limit`); one more than fits marks the cut.
// LIMIT cannot depend on a variable, so the search is bounded by the whole walk's bound and then sliced.
const NEXT_RING = `CALL (frontier, walked, truncated) {
  UNWIND CASE WHEN truncated THEN [] ELSE frontier END AS id
  MATCH (:Entity {id: id})-[r]-(m:Entity)
  WHERE NOT m.id IN walked AND ($stances IS NULL OR r.stance IN $stances)
  WITH DISTINCT m
  WITH m.id AS id, any(label IN labels(m) WHERE label IN $kinds) AS wanted
  ORDER BY wanted DESC, id
  LIMIT $walkLimit
  RETURN collect({id: id, wanted: wanted}) AS found
}
WITH kept, walked, truncated, found, $walkLimit - size(walked) AS room, $limit - size(kept) AS keepRoom
WITH kept, walked, truncated, room, keepRoom, found[0..room + 1] AS found
WITH kept, walked, truncated, room, keepRoom, found, [node IN found WHERE node.wanted | node.id] AS wanted
WITH kept + wanted[0..keepRoom] AS kept, truncated OR size(found) > room OR size(wanted) > keepRoom AS truncated,
     [node IN found[0..room] | node.id] AS frontier, walked
WITH kept, truncated, frontier, walked + frontier AS walked`;

// The nodes kept, and every relationship of the allowed stances between two of them.
const graphOfKept = (select: GraphSelection) => `CALL (kept) {
  UNWIND kept AS id
  MATCH (n:Entity {id: id})
  RETURN collect(n) AS nodes
}
CALL (nodes) {
  UNWIND nodes AS n
  RETURN collect(${graphNodeProjection('n', select.degree)}) AS graphNodes
}
CALL (nodes) {
  UNWIND nodes AS s
  MATCH (s)-[r]->(t:Entity) WHERE t IN nodes AND ($stances IS NULL OR r.stance IN $stances)
  RETURN collect(${graphEdgeProjection('r', 's', 't', select)}) AS edges
}
RETURN graphNodes, edges, truncated`;

export interface SubgraphQuery {
  ids: readonly string[];
  depth: number;
  kinds: readonly EntityKind[] | null;
  limit: number;
  /** Also follow and draw relationships that sources only deny (by default only those something affirms). */
  includeDenied: boolean;
  /** Which of the counting parts the drawing needs. */
  select: GraphSelection;
}

// Entities walked through but not returned are bounded too, so a filtered walk costs what an
// unfiltered one with a few times the limit would.
const WALK_FACTOR = 5;

/**
 * The entities `ids` and those of `kinds` within `depth` hops, ring by ring through entities of every
 * kind, until `limit` nodes, then the drawing, all in one statement (one ring per hop: depth is a checked
 * integer): bounded by depth and by WALK_FACTOR × limit entities walked, whatever the graph's size.
 */
export function subgraphStatement(query: SubgraphQuery): Statement {
  if (!Number.isInteger(query.depth) || query.depth < 0) throw new RangeError(`depth must be a whole number, not ${query.depth}`);
  const unique = [...new Set(query.ids)];
  const kept = unique.slice(0, query.limit);
  const rings = Array.from({ length: query.depth }, () => NEXT_RING);
  return {
    cypher: ['WITH $kept AS kept, $kept AS walked, $kept AS frontier, $truncated AS truncated', ...rings, graphOfKept(query.select)].join('\n'),
    params: {
      kept,
      truncated: kept.length < unique.length,
      limit: query.limit,
      walkLimit: query.limit * WALK_FACTOR,
      kinds: query.kinds ?? ENTITY_KINDS,
      stances: query.includeDenied ? null : AFFIRMED_STANCES,
    },
  };
}

export async function findSubgraph(database: GraphDatabase, query: SubgraphQuery): Promise<GraphRecord> {
  const { cypher, params } = subgraphStatement(query);
  const [graph] = await database.read<{ graphNodes: GraphRecord['nodes']; edges: Omit<GraphRecord['edges'][number], 'label'>[]; truncated: boolean }>(
    cypher,
    params,
  );
  return drawableGraph(graph?.graphNodes ?? [], (graph?.edges ?? []).map(labelledEdge), graph?.truncated ?? false);
}
