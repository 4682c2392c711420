import { RELATIONSHIP_TYPES } from '../domain/relationshipTypes';
import { AFFIRMED_STANCES } from '../domain/stance';
import type { GraphDatabase } from './graphDatabase';
import { drawableGraph, graphEdgeOf } from './graphShape';
import { entityProjection, graphNodeProjection, relationshipProjection } from './projections';
import type { EntityRecord, GraphRecord, PathsRecord, RelationshipRecord } from './records';

const CLAIM_TYPES = RELATIONSHIP_TYPES.join('|');

// maxHops is a checked integer; a variable-length bound cannot be a parameter. The stance test is a
// predicate on every relationship of the path, which Neo4j checks while it searches, not afterwards.
function shortestPathsCypher(maxHops: number, withGraph: boolean): string {
  return `
    MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
    MATCH p = allShortestPaths((a)-[:${CLAIM_TYPES}*..${maxHops}]-(b))
    WHERE $stances IS NULL OR all(r IN relationships(p) WHERE r.stance IN $stances)
    WITH p LIMIT $first
    CALL (p) {
      UNWIND nodes(p) AS n
      RETURN collect(${entityProjection('n')}) AS nodes, ${withGraph ? `collect(${graphNodeProjection('n')})` : '[]'} AS graphNodes
    }
    CALL (p) {
      UNWIND relationships(p) AS r
      WITH r, startNode(r) AS s, endNode(r) AS t
      RETURN collect(${relationshipProjection('r', 's', 't')}) AS relationships
    }
    RETURN nodes, graphNodes, relationships`;
}

export interface PathQuery {
  from: string;
  to: string;
  maxHops: number;
  first: number;
  /** Whether to build the drawing (`graph`), which costs a degree count per node. */
  withGraph: boolean;
  /** Also walk relationships that sources only deny (by default only those something affirms). */
  includeDenied: boolean;
}

/** Shortest paths between two entities over claims (affirmed ones unless asked), either direction, as hops and (if asked) as one drawing. */
export async function findShortestPaths(database: GraphDatabase, { from, to, maxHops, first, withGraph, includeDenied }: PathQuery): Promise<PathsRecord> {
  if (!Number.isInteger(maxHops) || maxHops < 1) throw new RangeError(`maxHops must be a positive integer, not ${maxHops}`);
  if (from === to) return { paths: [], graph: drawableGraph([], [], false) };
  const rows = await database.read<{
    nodes: EntityRecord[];
    graphNodes: GraphRecord['nodes'];
    relationships: RelationshipRecord[];
  }>(shortestPathsCypher(maxHops, withGraph), { from, to, first, stances: includeDenied ? null : AFFIRMED_STANCES });
  return {
    paths: rows.map(({ nodes, relationships }) => ({ nodes, relationships })),
    graph: drawableGraph(
      rows.flatMap((row) => row.graphNodes),
      rows.flatMap((row) => row.relationships.map(graphEdgeOf)),
      false,
    ),
  };
}
