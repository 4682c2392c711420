import type { EntityKind } from '../../domain/entityKinds';
import type { RelationshipType } from '../../domain/relationshipTypes';
import type { Sentence } from '../types';

/**
 * A mention as the claim rules see it: a vocabulary match, or an anaphor ("these symptoms",
 * "the plant") resolved to an entity. `naming` marks a condition introduced by "known as" /
 * "referred to as": after symptoms it names them (`symptoms`), after a condition it is another
 * name for it (`alias`); either way it is never a target of the sentence's other claims.
 */
export interface SentenceMention {
  entityId: string;
  kind: EntityKind;
  start: number;
  end: number;
  anaphor: boolean;
  naming?: 'symptoms' | 'alias';
}

/** One sentence with its mentions sorted by position; offsets index `documentText`. */
export interface SentenceContext {
  documentText: string;
  sentence: Sentence;
  mentions: readonly SentenceMention[];
}

/** A claim before evidence is attached. */
export interface ClaimDraft {
  type: RelationshipType;
  sourceId: string;
  targetId: string;
  action?: string;
}
