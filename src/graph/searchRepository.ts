import { ENTITY_KINDS, type EntityKind } from '../domain/entityKinds';
import { ENTITY_SEARCH_INDEX } from './applySchema';
import type { GraphDatabase } from './graphDatabase';
import { luceneQuery } from './luceneQuery';
import { bestMatchScore } from './matchScore';
import { entityProjection } from './projections';
import type { EntityRecord, ResolutionRecord, SearchHitRecord } from './records';

// Lucene finds the candidates (typo-tolerant, indexed); matchScore ranks them on a 0–1 scale a client
// can hold a threshold against, which Lucene's own scores, comparable within one query only, are not.
const CANDIDATES = `
  UNWIND $searches AS search
  CALL (search) {
    CALL db.index.fulltext.queryNodes($index, search.lucene, {limit: $candidates}) YIELD node, score
    WHERE any(label IN labels(node) WHERE label IN $kinds)
    RETURN collect({entity: ${entityProjection('node')}, relevance: score}) AS hits
  }
  RETURN search.text AS text, hits`;

/** How many Lucene candidates are re-ranked for `first` hits: enough that a close name Lucene ranks low still makes it. */
export const searchCandidateCount = (first: number): number => Math.max(first * 5, 50);

interface Candidate {
  entity: EntityRecord;
  relevance: number;
}

interface SearchQuery {
  kinds: readonly EntityKind[] | null;
  first: number;
  threshold: number;
}

async function runSearches(database: GraphDatabase, texts: readonly string[], query: SearchQuery): Promise<SearchHitRecord[][]> {
  const searches = texts.map((text) => ({ text, lucene: luceneQuery(text) }));
  const runnable = searches.filter((search) => search.lucene !== undefined);
  if (runnable.length === 0) return texts.map(() => []);
  const rows = await database.read<{ text: string; hits: Candidate[] }>(CANDIDATES, {
    searches: runnable,
    index: ENTITY_SEARCH_INDEX,
    kinds: query.kinds ?? ENTITY_KINDS,
    candidates: searchCandidateCount(query.first),
  });
  const byText = new Map(rows.map((row) => [row.text, row.hits]));
  return texts.map((text) =>
    (byText.get(text) ?? [])
      .map((hit) => ({ ...hit, score: bestMatchScore(text, [hit.entity.name, ...hit.entity.aliases]) }))
      .filter((hit) => hit.score > 0 && hit.score >= query.threshold)
      .sort((a, b) => b.score - a.score || b.relevance - a.relevance || a.entity.name.localeCompare(b.entity.name))
      .slice(0, query.first)
      .map(({ entity, score }) => ({ entity, score })),
  );
}

/** Entities matching the text by name or alias, best first, each scoring at least `threshold`; any input safe. */
export async function searchEntities(database: GraphDatabase, text: string, query: SearchQuery): Promise<SearchHitRecord[]> {
  const [hits = []] = await runSearches(database, [text], query);
  return hits;
}

/** The best entity for each term, in order, all in one round trip; null where none scores `threshold`. */
export async function resolveTerms(database: GraphDatabase, terms: readonly string[], threshold: number): Promise<ResolutionRecord[]> {
  const results = await runSearches(database, terms, { kinds: null, first: 1, threshold });
  return terms.map((term, index) => {
    const best = results[index]?.[0];
    return { term, entity: best?.entity ?? null, exact: best?.score === 1, score: best?.score ?? null };
  });
}
