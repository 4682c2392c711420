import { ENTITY_KINDS, type EntityKind } from '../domain/entityKinds';
import { ENTITY_SEARCH_INDEX } from './applySchema';
import type { GraphDatabase } from './graphDatabase';
import { luceneQuery } from './luceneQuery';
import { entityProjection } from './projections';
import type { ResolutionRecord, SearchHitRecord } from './records';

// A name or alias equal to the whole text outranks any partial match ("7-OH" is an alias, exactly).
const EXACT_MATCH_BONUS = 100;

const SEARCH = `
  UNWIND $searches AS search
  CALL (search) {
    CALL db.index.fulltext.queryNodes($index, search.lucene, {limit: $candidates}) YIELD node, score
    WHERE any(label IN labels(node) WHERE label IN $kinds)
    WITH node, score,
         toLower(node.name) = search.exact OR any(alias IN node.aliases WHERE toLower(alias) = search.exact) AS exact
    WITH node, exact, score + CASE WHEN exact THEN ${EXACT_MATCH_BONUS} ELSE 0 END AS score
    ORDER BY score DESC, node.name
    LIMIT $first
    RETURN collect({entity: ${entityProjection('node')}, score: score, exact: exact}) AS hits
  }
  RETURN search.exact AS text, hits`;

interface Hit extends SearchHitRecord {
  exact: boolean;
}

async function runSearches(
  database: GraphDatabase,
  texts: readonly string[],
  kinds: readonly EntityKind[] | null,
  first: number,
): Promise<Hit[][]> {
  const searches = texts.map((text) => ({ exact: text.trim().toLowerCase(), lucene: luceneQuery(text) }));
  const runnable = searches.filter((search) => search.lucene !== undefined);
  if (runnable.length === 0) return texts.map(() => []);
  const rows = await database.read<{ text: string; hits: Hit[] }>(SEARCH, {
    searches: runnable,
    index: ENTITY_SEARCH_INDEX,
    kinds: kinds ?? ENTITY_KINDS,
    first,
    candidates: Math.max(first * 5, 50),
  });
  const byText = new Map(rows.map((row) => [row.text, row.hits]));
  return searches.map((search) => byText.get(search.exact) ?? []);
}

/** Entities matching the text by name or alias, best first; typo-tolerant, any input safe. */
export async function searchEntities(
  database: GraphDatabase,
  text: string,
  kinds: readonly EntityKind[] | null,
  first: number,
): Promise<SearchHitRecord[]> {
  const [hits = []] = await runSearches(database, [text], kinds, first);
  return hits.map(({ entity, score }) => ({ entity, score }));
}

/** The best entity for each term, in order, all in one round trip. */
export async function resolveTerms(database: GraphDatabase, terms: readonly string[]): Promise<ResolutionRecord[]> {
  const results = await runSearches(database, terms, null, 1);
  return terms.map((term, index) => {
    const best: Hit | undefined = results[index]?.[0];
    return { term, entity: best?.entity ?? null, exact: best?.exact ?? false };
  });
}
