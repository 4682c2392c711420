import type { GraphRecord } from '../../graph/records';

type Edge = GraphRecord['edges'][number];

export interface CytoscapeElements {
  elements: {
    nodes: { data: GraphRecord['nodes'][number] }[];
    edges: { data: Omit<Edge, 'support'> }[];
  };
  truncated: boolean;
}

/**
 * The JSON `cytoscape({ elements })` takes as it is (https://js.cytoscape.org/#notation/elements-json),
 * each edge with its `stance`, so a stylesheet can draw `edge[stance = "CONTESTED"]` apart.
 */
export function cytoscapeElements(graph: GraphRecord): CytoscapeElements {
  return {
    elements: {
      // Fields named one by one, in a readable order (the database returns map keys in any order).
      nodes: graph.nodes.map(({ id, label, kind, degree }) => ({ data: { id, label, kind, degree } })),
      edges: graph.edges.map(({ id, source, target, type, label, evidenceCount, stance }) => ({
        data: { id, source, target, type, label, evidenceCount, stance },
      })),
    },
    truncated: graph.truncated,
  };
}
