import type { EntityKind } from '../../domain/entityKinds';
import type { SentenceMention } from '../claims/sentenceContext';

/** What earlier sentences said, for resolving "these symptoms", "the plant", "it". */
export interface Discourse {
  /** Mentions (anaphors resolved) of every earlier sentence, oldest first. */
  previous: readonly (readonly SentenceMention[])[];
  /** The substance and condition the document mentions most. */
  topicSubstanceId?: string;
  topicConditionId?: string;
}

/**
 * The condition most recently talked about: the last condition of the latest sentence that has one
 * (demonstratives such as "these side effects" prefer the nearest antecedent). A condition given as
 * another name of one before it ("X, known as Y") is skipped: X is the antecedent.
 */
export function recentCondition(discourse: Discourse): SentenceMention | undefined {
  for (let index = discourse.previous.length - 1; index >= 0; index -= 1) {
    const conditions = discourse.previous[index]!.filter((m) => m.kind === 'Condition' && m.naming !== 'alias');
    if (conditions.length > 0) return conditions[conditions.length - 1];
  }
  return undefined;
}

/** The condition the latest sentence with one is about: its first (a bare "Symptoms can include" continues the subject). */
export function subjectCondition(discourse: Discourse): SentenceMention | undefined {
  for (let index = discourse.previous.length - 1; index >= 0; index -= 1) {
    const condition = discourse.previous[index]!.find((m) => m.kind === 'Condition' && m.naming !== 'alias');
    if (condition) return condition;
  }
  return undefined;
}

/** The first mention of one of `kinds` in the latest sentence that has one (the subject of "the plant", "this interaction"). */
export function subjectOf(discourse: Discourse, kinds: ReadonlySet<EntityKind>): SentenceMention | undefined {
  for (let index = discourse.previous.length - 1; index >= 0; index -= 1) {
    const subject = discourse.previous[index]!.find((m) => kinds.has(m.kind));
    if (subject) return subject;
  }
  return undefined;
}
