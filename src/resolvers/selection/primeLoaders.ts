import type { EntitySelection, RelationshipSelection } from '../../graph/read/readSelection';
import type { EntityRecord, RelationshipRecord } from '../../graph/records';
import type { Loaders } from '../loaders';

/**
 * Hands what one statement brought to the loaders the nested resolvers will ask, so they answer from
 * it without a query: each relationship list under the key its resolver builds from the same selection,
 * and each relationship's actions. Entities themselves are not primed: a record holds only the parts its
 * selection asked for, and the entity loader serves whole ones.
 */
export function primeEntity(loaders: Loaders, entity: EntityRecord, selection: EntitySelection): void {
  selection.relationships.forEach((query, index) => {
    const list = entity.relationshipLists?.[index];
    if (!list) return;
    loaders.relationshipsOf(query).prime(entity.id, list);
    primeRelationships(loaders, list, query.select);
  });
}

export function primeRelationships(loaders: Loaders, relationships: readonly RelationshipRecord[], selection: RelationshipSelection): void {
  for (const relationship of relationships) {
    if (relationship.actions) loaders.actionsOf.prime(relationship.id, relationship.actions);
    if (relationship.source && selection.source) primeEntity(loaders, relationship.source, selection.source);
    if (relationship.target && selection.target) primeEntity(loaders, relationship.target, selection.target);
  }
}
