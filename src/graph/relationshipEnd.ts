import type { EntityRecord, RelationshipRecord } from './records';

/**
 * An end of a relationship record that its reader selected. A read leaves out an end nothing selected,
 * so asking for one that was not read is a fault in the code that built the selection, not in the data.
 */
export function endOf(relationship: RelationshipRecord, end: 'source' | 'target'): EntityRecord {
  const entity = relationship[end];
  if (!entity) throw new Error(`Relationship ${relationship.id} was read without its ${end}.`);
  return entity;
}
