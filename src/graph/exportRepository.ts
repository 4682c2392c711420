import { ENTITY_KINDS, type EntityKind } from '../domain/entityKinds';
import type { GraphDatabase } from './graphDatabase';
import { WHOLE_GRAPH } from './read/readSelection';
import type { GraphRecord } from './records';
import { findSubgraph } from './subgraphRepository';

// The first entities in id order, of the allowed kinds: one more than asked, to tell when it was cut.
const ENTITY_IDS = `
  MATCH (n:Entity) WHERE any(label IN labels(n) WHERE label IN $kinds)
  WITH n.id AS id ORDER BY id
  LIMIT $take
  RETURN collect(id) AS ids`;

// Each claim's sentences with the document each comes from (title and provenance), in document order.
const QUOTES_OF_CLAIMS = `
  UNWIND $ids AS id
  CALL (id) {
    MATCH (e:Evidence {relationshipId: id})
    OPTIONAL MATCH (d:Document {id: e.documentId})
    WITH e, d ORDER BY e.documentId, e.start LIMIT $first
    RETURN collect({quote: e.quote, documentId: e.documentId, documentTitle: coalesce(d.title, e.documentId),
                    sourceType: coalesce(d.sourceType, 'OTHER'), publisher: d.publisher, published: d.published}) AS quotes
  }
  RETURN id, quotes`;

export interface ExportQuery {
  /** Null: the whole graph, in id order, up to `limit` nodes. */
  ids: readonly string[] | null;
  depth: number;
  kinds: readonly EntityKind[] | null;
  limit: number;
  /** Also relationships that sources only deny. */
  includeDenied: boolean;
}

export interface ClaimQuote {
  quote: string;
  documentId: string;
  documentTitle: string;
  /** Who says it (DESIGN §6): the document's source type, publisher and date, where known. */
  sourceType: string;
  publisher: string | null;
  published: string | null;
}

/** What an export holds: the subgraph around `ids`, or without them the whole graph (bounded by `limit`). */
export async function findExportGraph(database: GraphDatabase, query: ExportQuery): Promise<GraphRecord> {
  if (query.ids !== null) return findSubgraph(database, { ...query, ids: query.ids, select: WHOLE_GRAPH });
  const [row] = await database.read<{ ids: string[] }>(ENTITY_IDS, { kinds: query.kinds ?? ENTITY_KINDS, take: query.limit + 1 });
  // With every node already chosen, depth 0 only adds the relationships among them; the extra id marks the cut.
  return findSubgraph(database, { ...query, ids: row?.ids ?? [], depth: 0, select: WHOLE_GRAPH });
}

/** The quoted sentences of many claims at once (one round trip), at most `first` per claim. */
export async function findClaimQuotes(database: GraphDatabase, ids: readonly string[], first: number): Promise<Map<string, ClaimQuote[]>> {
  const rows = await database.read<{ id: string; quotes: ClaimQuote[] }>(QUOTES_OF_CLAIMS, { ids, first });
  return new Map(rows.map((row) => [row.id, row.quotes]));
}
