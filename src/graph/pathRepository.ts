import { RELATIONSHIP_TYPES } from '../domain/relationshipTypes';
import { AFFIRMED_STANCES } from '../domain/stance';
import type { GraphDatabase } from './graphDatabase';
import { drawableGraph, graphEdgeOf } from './graphShape';
import { graphNodeProjection } from './projections';
import { BARE_ENTITY, RELATIONSHIP_PARTS, type EntitySelection, type GraphSelection, type RelationshipPart, type RelationshipSelection } from './read/readSelection';
import { projectEntity, projectRelationship } from './read/selectionProjection';
import { cypherLines, StatementScope, type Statement } from './read/statementScope';
import type { EntityRecord, GraphRecord, PathsRecord, RelationshipRecord } from './records';

const CLAIM_TYPES = RELATIONSHIP_TYPES.join('|');

export interface PathQuery {
  from: string;
  to: string;
  maxHops: number;
  first: number;
  /** Also walk relationships that sources only deny (by default only those something affirms). */
  includeDenied: boolean;
  /** What of each path's nodes and relationships, and whether (and with what) to draw them all as one graph. */
  select: { nodes: EntitySelection; relationships: RelationshipSelection; graph: GraphSelection | null };
}

/** The drawing's edges are made from the path's relationships: these parts of each, whatever else was selected. */
function withDrawingParts(selection: RelationshipSelection, graph: GraphSelection | null): RelationshipSelection {
  if (graph === null) return selection;
  const wanted = new Set<RelationshipPart>([...selection.parts, 'type', 'stance', 'support']);
  if (graph.evidenceCount) wanted.add('evidenceCount');
  // An edge joins the ids of both ends.
  return { ...selection, parts: RELATIONSHIP_PARTS.filter((part) => wanted.has(part)), source: selection.source ?? BARE_ENTITY, target: selection.target ?? BARE_ENTITY };
}

/**
 * All shortest paths, as selected, in one statement. maxHops is a checked integer; a variable-length bound
 * cannot be a parameter. The stance test is a predicate on every relationship of the path, which Neo4j
 * checks while it searches, not afterwards.
 */
export function shortestPathsStatement({ from, to, maxHops, first, includeDenied, select }: PathQuery): Statement {
  if (!Number.isInteger(maxHops) || maxHops < 1) throw new RangeError(`maxHops must be a positive integer, not ${maxHops}`);
  const scope = new StatementScope();
  Object.assign(scope.params, { from, to, first, stances: includeDenied ? null : AFFIRMED_STANCES });
  const node = projectEntity('n', select.nodes, scope);
  const relationship = projectRelationship('r', 's', 't', withDrawingParts(select.relationships, select.graph), scope);
  const graphNodes = select.graph === null ? '[]' : `collect(${graphNodeProjection('n', select.graph.degree)})`;
  const cypher = cypherLines(
    'MATCH (a:Entity {id: $from}), (b:Entity {id: $to})',
    `MATCH p = allShortestPaths((a)-[:${CLAIM_TYPES}*..${maxHops}]-(b))`,
    'WHERE $stances IS NULL OR all(r IN relationships(p) WHERE r.stance IN $stances)',
    'WITH p LIMIT $first',
    'CALL (p) {',
    '  UNWIND nodes(p) AS n',
    node.subqueries,
    `  RETURN collect(${node.map}) AS nodes, ${graphNodes} AS graphNodes`,
    '}',
    'CALL (p) {',
    '  UNWIND relationships(p) AS r',
    '  WITH r, startNode(r) AS s, endNode(r) AS t',
    relationship.subqueries,
    `  RETURN collect(${relationship.map}) AS relationships`,
    '}',
    'RETURN nodes, graphNodes, relationships',
  );
  return { cypher, params: scope.params };
}

/** Shortest paths between two entities over claims (affirmed ones unless asked), either direction, as hops and (if asked) as one drawing. */
export async function findShortestPaths(database: GraphDatabase, query: PathQuery): Promise<PathsRecord> {
  const { cypher, params } = shortestPathsStatement(query);
  if (query.from === query.to) return { paths: [], graph: drawableGraph([], [], false) };
  const rows = await database.read<{ nodes: EntityRecord[]; graphNodes: GraphRecord['nodes']; relationships: RelationshipRecord[] }>(cypher, params);
  // Without the drawing selected, the relationships may lack what an edge shows: it is left empty.
  const drawn = query.select.graph !== null;
  return {
    paths: rows.map(({ nodes, relationships }) => ({ nodes, relationships })),
    graph: drawableGraph(
      drawn ? rows.flatMap((row) => row.graphNodes) : [],
      drawn ? rows.flatMap((row) => row.relationships.map(graphEdgeOf)) : [],
      false,
    ),
  };
}
