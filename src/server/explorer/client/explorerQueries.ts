import type { EntityKind, GraphEdge, GraphNode, Stance } from '../../../generated/resolvers';
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
  certainty: 'ASSERTED' | 'HEDGED';
  action: string | null;
  start: number;
  end: number;
  passage: { text: string; start: number };
  document: { id: string; title: string; publisher: string | null; sourceType: string; published: string | null; url: string | null };
}

export interface RelationshipEvidence {
  type: string;
  source: { name: string };
  target: { name: string };
  stance: Stance;
  origin: 'EXTRACTED' | 'CURATED';
  support: { affirming: number; negating: number; hedged: number; documents: number };
  asserts: EvidenceItem[];
  denies: EvidenceItem[];
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

/** Denied-only edges come too: the page hides them until the reader asks (the "Show denied" toggle). */
export async function neighbourhood(id: string): Promise<DrawnGraph> {
  const data = await graphqlRequest<{ subgraph: DrawnGraph }>(
    `query ExplorerNeighbourhood($ids: [ID!]!, $limit: Int) {
      subgraph(ids: $ids, depth: 1, limit: $limit, includeDenied: true) {
        nodes { id label kind degree } edges { id source target type label evidenceCount stance } truncated
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
        type source { name } target { name } stance origin support { affirming negating hedged documents }
        asserts: evidence(polarity: AFFIRMED) { ...Sentence }
        denies: evidence(polarity: NEGATED) { ...Sentence }
      }
    }
    fragment Sentence on Evidence {
      quote start end certainty action passage { text start } document { title id publisher sourceType published url }
    }`,
    { id },
  );
  return data.relationship;
}
