import type { EntityKind } from '../domain/entityKinds';
import type { GraphDatabase, Parameters } from './graphDatabase';
import { entityProjection } from './projections';
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

/**
 * A page of entities in sort order, after `after` (keyset pagination: index-friendly, and stable while
 * the graph changes). Returns up to `limit` entities with the key each one would continue from.
 */
export async function findEntityPage(
  database: GraphDatabase,
  filter: EntityListFilter,
  sort: EntitySort,
  after: EntityKey | null,
  limit: number,
): Promise<{ entity: EntityRecord; key: EntityKey }[]> {
  const { cypher, parameters } = matchFiltered(filter);
  const property = SORT_PROPERTY[sort.field];
  const comparison = sort.direction === 'ASC' ? '>' : '<';
  const afterCondition = after
    ? `WHERE n.${property} ${comparison} $afterValue OR (n.${property} = $afterValue AND n.id ${comparison} $afterId)`
    : '';
  const rows = await database.read<{ entity: EntityRecord; value: string }>(
    `${cypher}
     WITH n ${afterCondition}
     ORDER BY n.${property} ${sort.direction}, n.id ${sort.direction}
     LIMIT $limit
     RETURN ${entityProjection('n')} AS entity, n.${property} AS value`,
    { ...parameters, afterValue: after?.value ?? null, afterId: after?.id ?? null, limit },
  );
  return rows.map((row) => ({ entity: row.entity, key: { value: row.value, id: row.entity.id } }));
}

/** How many entities match, counted without fetching them. */
export async function countEntities(database: GraphDatabase, filter: EntityListFilter): Promise<number> {
  const { cypher, parameters } = matchFiltered(filter, true);
  const [row] = await database.read<{ count: number }>(`${cypher} RETURN count(n) AS count`, parameters);
  return row?.count ?? 0;
}
