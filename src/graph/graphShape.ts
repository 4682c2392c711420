import type { GraphRecord, RelationshipRecord } from './records';
import { endOf } from './relationshipEnd';

type GraphEdge = GraphRecord['edges'][number];
type GraphNode = GraphRecord['nodes'][number];

/** An edge as graphEdgeProjection returns it, with the readable label added (`ACTS_ON` → `acts on`). */
export function labelledEdge(edge: Omit<GraphEdge, 'label'>): GraphEdge {
  return { ...edge, label: edge.type.toLowerCase().replace(/_/g, ' ') };
}

export function graphEdgeOf(relationship: RelationshipRecord): GraphEdge {
  return labelledEdge({
    id: relationship.id,
    source: endOf(relationship, 'source').id,
    target: endOf(relationship, 'target').id,
    type: relationship.type,
    evidenceCount: relationship.evidenceCount,
    stance: relationship.stance,
    support: relationship.support,
  });
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The shape drawing libraries take as it is: each node and edge once, in id order (so layouts are
 * repeatable), and no edge whose ends are not both among the nodes.
 */
export function drawableGraph(nodes: readonly GraphNode[], edges: readonly GraphEdge[], truncated: boolean): GraphRecord {
  const uniqueNodes = [...new Map(nodes.map((node) => [node.id, node])).values()].sort(byId);
  const present = new Set(uniqueNodes.map((node) => node.id));
  const uniqueEdges = [...new Map(edges.map((edge) => [edge.id, edge])).values()]
    .filter((edge) => present.has(edge.source) && present.has(edge.target))
    .sort(byId);
  return { nodes: uniqueNodes, edges: uniqueEdges, truncated };
}
