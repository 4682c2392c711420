import type { GraphDatabase } from '../graphDatabase';
import { cypherLines, type Statement } from './statementScope';

/** A page as one statement reads it, and the total when asked (null otherwise). */
export interface PageRows<Item> {
  page: Item[];
  totalCount: number | null;
}

/**
 * One statement for a page (a CALL subquery returning `page`) and, when `count` is given, the total (a
 * match whose `counted` variable is counted). Both are CALL subqueries of one row each, so an empty page
 * still answers its count.
 */
export function pageStatement(page: string, count: { match: string; counted: string } | null): string {
  if (count === null) return cypherLines(page, 'RETURN page, null AS totalCount');
  return cypherLines(page, 'CALL () {', `  ${count.match}`, `  RETURN count(${count.counted}) AS totalCount`, '}', 'RETURN page, totalCount');
}

export async function readPage<Item>(database: GraphDatabase, { cypher, params }: Statement): Promise<PageRows<Item>> {
  const [row] = await database.read<PageRows<Item>>(cypher, params);
  return row ?? { page: [], totalCount: null };
}
