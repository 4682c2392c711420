import type { EntityKind } from '../../domain/entityKinds';
import type { VocabularyEntry } from '../types';

/** An entity a claim can join: from the vocabulary, or provisional (a name the vocabulary lacks). */
export interface EntityRef {
  id: string;
  kind: EntityKind;
  name: string;
  provisional: boolean;
}

/** The reference to an entry of the vocabulary: a known entity, never provisional. */
export const entryRef = (entry: VocabularyEntry): EntityRef => ({ id: entry.id, kind: entry.kind, name: entry.name, provisional: false });

/**
 * Words that stand for entities named elsewhere: "it", "both alkaloids", "the drug", "withdrawal",
 * "dependence", and the signs of a condition measured by severity ("more severe symptoms").
 */
/** `dropped`: the subject a casual sentence leaves out ("does nothing for the anxiety"), the agent the sentence before was about. */
export type AnaphorKind = 'singular' | 'dropped' | 'plural' | 'withdrawal' | 'dependence' | 'signs';

/**
 * One position of a sentence as the rules see it: a word (with lemma and tag), or a vocabulary
 * mention collapsed into one unit, so that "opioid withdrawal" is one argument, not two words.
 */
export interface Unit {
  start: number;
  end: number;
  text: string;
  /** Lower-case lemma of a word; the lower-case text for a mention. */
  lemma: string;
  pos: string;
  entity?: EntityRef;
  anaphor?: { kind: AnaphorKind; kinds: readonly EntityKind[] };
  /** An unknown word shaped like a drug or compound name (a provisional entity if it fills an argument). */
  name?: boolean;
  /** A target named by the trigger word before it ("analgesic" → pain): no other trigger's argument. */
  implied?: boolean;
  /** A word whose lemma the rules rewrote ("lower" in "lower blood pressure" → cause): matched by that lemma only, not its text. */
  rewritten?: boolean;
}

/** Whether a unit can start an argument: an entity, an anaphor or a name. */
export const isArgument = (unit: Unit): boolean => unit.entity !== undefined || unit.anaphor !== undefined || unit.name === true;
