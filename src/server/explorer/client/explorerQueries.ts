import type { EntityKind, GraphEdge, GraphNode } from '../../../generated/resolvers';
import { graphqlRequest } from './graphqlRequest';

export interface Suggestion {
  id: string;
  name: string;
  kind: EntityKind;
}

export interface DrawnGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface EvidenceItem {
  quote: string;
  start: number;
  end: number;
  passage: { text: string; start: number };
  document: { id: string; title: string; publisher: string | null; sourceType: string; published: string | null; url: string | null };
}

export interface RelationshipEvidence {
  type: string;
  source: { name: string };
  target: { name: string };
  evidenceCount: number;
  evidence: EvidenceItem[];
}

/** How many nodes one neighbourhood adds, so one hub cannot flood the drawing. */
const NEIGHBOURHOOD_LIMIT = 60;

export async function searchEntities(text: string): Promise<Suggestion[]> {
  const data = await graphqlRequest<{ search: { entity: Suggestion }[] }>(
    'query ExplorerSearch($text: String!) { search(text: $text, first: 8) { entity { id name kind } } }',
    { text },
  );
  return data.search.map((hit) => hit.entity);
}

export async function neighbourhood(id: string): Promise<DrawnGraph> {
  const data = await graphqlRequest<{ subgraph: DrawnGraph }>(
    `query ExplorerNeighbourhood($ids: [ID!]!, $limit: Int) {
      subgraph(ids: $ids, depth: 1, limit: $limit) {
        nodes { id label kind degree } edges { id source target type label evidenceCount } truncated
      }
    }`,
    { ids: [id], limit: NEIGHBOURHOOD_LIMIT },
  );
  return data.subgraph;
}

export async function relationshipEvidence(id: string): Promise<RelationshipEvidence | null> {
  const data = await graphqlRequest<{ relationship: RelationshipEvidence | null }>(
    `query ExplorerEvidence($id: ID!) {
      relationship(id: $id) {
        type source { name } target { name } evidenceCount
        evidence { quote start end passage { text start } document { title id publisher sourceType published url } }
      }
    }`,
    { id },
  );
  return data.relationship;
}
