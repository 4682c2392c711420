import { RELATIONSHIP_TYPES, type RelationshipType } from '../domain/relationshipTypes';
import type { SourceType } from '../domain/sourceTypes';
import type { Stance } from '../domain/stance';
import { EVIDENCE_FROM_SOURCE_TYPES } from './evidenceRepository';
import type { GraphDatabase, Parameters } from './graphDatabase';
import type { RelationshipSelection } from './read/readSelection';
import { projectRelationship } from './read/selectionProjection';
import { pageStatement, readPage, type PageRows } from './read/pageStatement';
import { cypherLines, StatementScope, type Statement } from './read/statementScope';
import type { RelationshipRecord } from './records';

export interface RelationshipListFilter {
  types: readonly RelationshipType[] | null;
  sourceId: string | null;
  targetId: string | null;
  entityId: string | null;
  documentId: string | null;
  curated: boolean | null;
  /** Only relationships with evidence from a document of one of these source types. */
  sourceTypes: readonly SourceType[] | null;
  /** Only these stances (CONTESTED alone lists where sources disagree). */
  stances: readonly Stance[] | null;
}

/** The MATCH and WHERE of a filtered list, with only the conditions in use. */
function matchFiltered(filter: RelationshipListFilter): { cypher: string; parameters: Parameters } {
  const conditions = ['type(r) IN $types'];
  const parameters: Parameters = { types: filter.types ?? RELATIONSHIP_TYPES };
  const add = (condition: string, name: string, value: unknown) => {
    conditions.push(condition);
    parameters[name] = value;
  };
  if (filter.sourceId) add('s.id = $sourceId', 'sourceId', filter.sourceId);
  if (filter.targetId) add('t.id = $targetId', 'targetId', filter.targetId);
  if (filter.entityId) add('(s.id = $entityId OR t.id = $entityId)', 'entityId', filter.entityId);
  if (filter.documentId) {
    add('EXISTS { MATCH (e:Evidence {relationshipId: r.id}) WHERE e.documentId = $documentId }', 'documentId', filter.documentId);
  }
  if (filter.sourceTypes !== null) {
    add(`EXISTS { MATCH (e:Evidence {relationshipId: r.id}) WHERE ${EVIDENCE_FROM_SOURCE_TYPES('e')} }`, 'sourceTypes', filter.sourceTypes);
  }
  if (filter.stances) add('r.stance IN $stances', 'stances', filter.stances);
  if (filter.curated !== null) add('coalesce(r.curated, false) = $curated', 'curated', filter.curated);
  return { cypher: `MATCH (s:Entity)-[r]->(t:Entity) WHERE ${conditions.join(' AND ')}`, parameters };
}

export interface RelationshipPageQuery {
  filter: RelationshipListFilter;
  afterId: string | null;
  limit: number;
  /** What of each relationship, its ends and their nested lists included. */
  select: RelationshipSelection;
  /** Also count every relationship that matches (for `totalCount`). */
  withCount: boolean;
}

/**
 * Relationships in id order after the cursor id (keyset pagination), at most `limit`, and the count when
 * asked, in one statement; each part a CALL subquery of one row, so an empty page still answers its count.
 */
export function relationshipPageStatement({ filter, afterId, limit, select, withCount }: RelationshipPageQuery): Statement {
  const scope = new StatementScope();
  const { cypher, parameters } = matchFiltered(filter);
  Object.assign(scope.params, parameters, { afterId, limit });
  const relationship = projectRelationship('r', 's', 't', select, scope);
  const page = cypherLines(
    'CALL () {',
    `  ${cypher}${afterId === null ? '' : ' AND r.id > $afterId'}`,
    '  WITH s, r, t ORDER BY r.id LIMIT $limit',
    relationship.subqueries,
    `  RETURN collect(${relationship.map}) AS page`,
    '}',
  );
  return { cypher: pageStatement(page, withCount ? { match: cypher, counted: 'r' } : null), params: scope.params };
}

export function findRelationshipPage(database: GraphDatabase, query: RelationshipPageQuery): Promise<PageRows<RelationshipRecord>> {
  return readPage(database, relationshipPageStatement(query));
}
