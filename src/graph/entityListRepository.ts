import type { EntityKind } from '../domain/entityKinds';
import type { GraphDatabase, Parameters } from './graphDatabase';
import type { EntitySelection } from './read/readSelection';
import { projectEntity } from './read/selectionProjection';
import { pageStatement, readPage, type PageRows } from './read/pageStatement';
import { cypherLines, StatementScope, type Statement } from './read/statementScope';
import type { EntityRecord } from './records';

export interface EntityListFilter {
  kind: EntityKind | null;
  nameContains: string | null;
  relatedTo: string | null;
  mentionedIn: string | null;
}

export interface EntitySort {
  field: 'NAME' | 'ID';
  direction: 'ASC' | 'DESC';
}

/** Where the previous page ended: the sort value and id of its last entity. */
export interface EntityKey {
  value: string;
  id: string;
}

const SORT_PROPERTY: Record<EntitySort['field'], string> = { NAME: 'name', ID: 'id' };

/**
 * The MATCH and WHERE of a filtered list, with only the conditions in use. Entities are matched as
 * `Entity` with the kind as a condition, so the name index can serve the sort order and the text
 * index the name filter; a bare count keeps the kind label in the pattern, which the count store answers.
 */
function matchFiltered(filter: EntityListFilter, forCount = false): { cypher: string; parameters: Parameters } {
  const conditions: string[] = [];
  const parameters: Parameters = {};
  let hint = '';
  if (filter.nameContains) {
    conditions.push('n.searchText CONTAINS $nameContains');
    parameters['nameContains'] = filter.nameContains.toLowerCase();
    hint = ' USING TEXT INDEX n:Entity(searchText)';
  }
  if (filter.relatedTo) {
    conditions.push('EXISTS { MATCH (n)--(:Entity {id: $relatedTo}) }');
    parameters['relatedTo'] = filter.relatedTo;
  }
  if (filter.mentionedIn) {
    conditions.push('EXISTS { MATCH (:Document {id: $mentionedIn})-[:HAS_PASSAGE]->(:Passage)-[:MENTIONS]->(n) }');
    parameters['mentionedIn'] = filter.mentionedIn;
  }
  if (forCount && conditions.length === 0) return { cypher: `MATCH (n:${filter.kind ?? 'Entity'})`, parameters };
  if (filter.kind) conditions.unshift(`n:${filter.kind}`);
  return { cypher: `MATCH (n:Entity)${hint}${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}`, parameters };
}

export interface EntityPageQuery {
  filter: EntityListFilter;
  sort: EntitySort;
  after: EntityKey | null;
  limit: number;
  /** What of each entity, nested relationship lists included. */
  select: EntitySelection;
  /** Also count every entity that matches (for `totalCount`). */
  withCount: boolean;
}

/** An entity of a page, with the key a page after it would continue from. */
export interface EntityPageItem {
  entity: EntityRecord;
  key: EntityKey;
}

/**
 * A page of entities in sort order, after `after` (keyset pagination: index-friendly, and stable while
 * the graph changes): up to `limit` entities with the key each one would continue from, and the count
 * when asked, in one statement. Each part is a CALL subquery that returns one row, so an empty page still
 * answers its count.
 */
export function entityPageStatement({ filter, sort, after, limit, select, withCount }: EntityPageQuery): Statement {
  const scope = new StatementScope();
  const { cypher, parameters } = matchFiltered(filter);
  Object.assign(scope.params, parameters, { afterValue: after?.value ?? null, afterId: after?.id ?? null, limit });
  const property = SORT_PROPERTY[sort.field];
  const comparison = sort.direction === 'ASC' ? '>' : '<';
  const afterCondition = after
    ? `WHERE n.${property} ${comparison} $afterValue OR (n.${property} = $afterValue AND n.id ${comparison} $afterId)`
    : '';
  const entity = projectEntity('n', select, scope);
  const pageOf = (source: string): string =>
    cypherLines(
      source,
      `  WITH n ${afterCondition}`,
      `  ORDER BY n.${property} ${sort.direction}, n.id ${sort.direction}`,
      '  LIMIT $limit',
      entity.subqueries,
      `  RETURN collect({entity: ${entity.map}, key: {value: n.${property}, id: n.id}}) AS page`,
      '}',
    );
  // A filtered count and page read the same matches: looked up once (a text index or a pattern per
  // entity), counted, then paged. A bare count is the count store's, so the page reads the index alone.
  if (withCount && isConditional(filter)) {
    const counted = cypherLines('CALL () {', `  ${cypher}`, '  WITH collect(n) AS matches', '  RETURN size(matches) AS totalCount, matches', '}');
    return { cypher: cypherLines(counted, pageOf(cypherLines('CALL (matches) {', '  UNWIND matches AS n')), 'RETURN page, totalCount'), params: scope.params };
  }
  const page = pageOf(cypherLines('CALL () {', `  ${cypher}`));
  return { cypher: pageStatement(page, withCount ? { match: matchFiltered(filter, true).cypher, counted: 'n' } : null), params: scope.params };
}

const isConditional = (filter: EntityListFilter): boolean => Boolean(filter.nameContains || filter.relatedTo || filter.mentionedIn);

export function findEntityPage(database: GraphDatabase, query: EntityPageQuery): Promise<PageRows<EntityPageItem>> {
  return readPage(database, entityPageStatement(query));
}
