import { ENTITY_KINDS, type EntityKind } from '../domain/entityKinds';
import type { VocabularyEntry } from '../extraction/types';
import { toStoredXrefs } from './xrefs';

/**
 * The lower-cased name and aliases in one string, for `nameContains` filters: a TEXT index over it
 * answers CONTAINS without scanning every entity. Kept in one expression so writes and the schema's
 * back-fill agree.
 */
export function searchTextExpression(name: string, aliases: string): string {
  return `toLower(reduce(text = ${name}, alias IN ${aliases} | text + ' | ' + alias))`;
}

/**
 * The same text as searchTextExpression, for the one writer that is not Cypher (the offline importer's
 * files); tests/integration/importedGraph.test.ts holds the two to the same result.
 */
export function searchTextOf(name: string, aliases: readonly string[]): string {
  return [name, ...aliases].join(' | ').toLowerCase();
}

/**
 * Creates or updates entities of one kind, one statement per kind because a label cannot be a
 * parameter (kinds come from the allowlist). A changed kind loses its old label; a provisional
 * entity written here is accepted (no longer provisional).
 */
export function mergeEntitiesCypher(kind: EntityKind): string {
  return `
    UNWIND $entities AS entity
    MERGE (n:Entity {id: entity.id})
    REMOVE n:${ENTITY_KINDS.join(':')}
    SET n:${kind}, n.name = entity.name, n.aliases = entity.aliases, n.aliasText = entity.aliasText,
        n.description = entity.description, n.xrefs = entity.xrefs, n.curated = entity.curated, n.provisional = false,
        n.searchText = ${searchTextExpression('entity.name', 'entity.aliases')}`;
}

/** An entity's stored properties, the parameter shape mergeEntitiesCypher reads. */
export function storedEntity(entry: VocabularyEntry, curated: boolean) {
  return {
    id: entry.id,
    name: entry.name,
    aliases: entry.aliases,
    // The full-text index reads strings only; the alias list is joined for it.
    aliasText: entry.aliases.join(' | '),
    description: entry.description || null,
    xrefs: toStoredXrefs(entry.xrefs),
    curated,
  };
}

/**
 * Entities a document's claims name that the vocabulary lacks (DESIGN §6), of one kind: created as
 * provisional, for a curator to accept with upsertEntity. ON CREATE only, so an entity that exists
 * already, curated or not, is never overwritten.
 */
export function mergeProvisionalEntitiesCypher(kind: EntityKind): string {
  return `
    UNWIND $entities AS entity
    MERGE (n:Entity {id: entity.id})
      ON CREATE SET n:${kind}, n.name = entity.name, n.aliases = [], n.aliasText = '', n.xrefs = [],
                    n.curated = false, n.provisional = true,
                    n.searchText = ${searchTextExpression('entity.name', '[]')}`;
}
