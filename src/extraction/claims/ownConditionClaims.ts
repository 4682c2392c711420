import { RELATIONSHIP_ENDS } from '../../domain/relationshipEnds';
import { TERMINATORS } from '../lexicon/assertionCues';
import { type EntityRef, isArgument, type Unit } from '../units/unit';
import { assertionStatus, type SentenceCues } from './assertionStatus';
import type { ClaimDraft } from './claimDraft';
import type { SentenceContext } from './sentenceContext';
import { substanceSubjectBefore } from './substanceSubject';

// "Kratom is (not) addictive", "non-habit-forming": the substance's own dependence.
const DEPENDENCE_ADJECTIVES = new Set(['addictive', 'addicting', 'habit-forming', 'habit forming']);
// "non-addictive", "nonaddictive": the adjective denied by its prefix.
const NEGATING_PREFIX = /^non-?/;
// "I was dependent on it", "users can become dependent": a person's dependence on the substance.
const DEPENDENT = new Set(['dependent', 'addicted', 'hooked']);
const BECOMING = new Set(['become', 'get', 'grow']);
// "Kratom withdrawal is real / a myth / does not exist": whether the substance brings on its own withdrawal.
const EXISTS = new Set(['real', 'exist', 'thing', 'happen', 'legit']);
const DOES_NOT_EXIST = new Set(['myth', 'hoax', 'fake', 'lie', 'nonsense', 'fiction']);
const OWN_CONDITION = /^condition:(.+)-(?:withdrawal|dependence)$/;
const SUBJECT_KINDS = ['Substance', 'Compound'] as const;
const MAX_PREDICATE = 4;

/**
 * Claims about a substance's own condition, which name it only once: "it is not addictive" denies
 * that kratom CAUSES kratom dependence; "Kratom withdrawal is a myth" denies that kratom CAUSES
 * kratom withdrawal. Each with the sentence's stance towards its predicate.
 */
export function ownConditionClaims(units: readonly Unit[], cues: SentenceCues, context: SentenceContext): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  units.forEach((unit, index) => {
    const adjective = dependenceAdjective(units, index);
    if ((adjective || DEPENDENT.has(unit.lemma)) && !unit.entity) {
      for (const source of DEPENDENT.has(unit.lemma) ? dependedOn(units, index, context) : substanceSubjectBefore(units, index, context)) {
        const target = context.provisional(`${source.name} dependence`, 'Condition');
        const status = assertionStatus(units, cues, { first: index, last: index }, index);
        const polarity = adjective?.negated ? (status.polarity === 'NEGATED' ? 'AFFIRMED' : 'NEGATED') : status.polarity;
        if (!target.provisional) drafts.push({ type: 'CAUSES', source, target, polarity, certainty: status.certainty });
      }
    }
    const substanceName = unit.entity && OWN_CONDITION.exec(unit.entity.id)?.[1];
    if (!substanceName || !unit.entity) return;
    const source = context.provisional(substanceName.replace(/-/g, ' '), 'Substance');
    // "There's no such thing as kratom withdrawal": its existence denied before it is named.
    if (saysNoSuchThing(units, index) && !source.provisional) {
      drafts.push({ type: 'CAUSES', source, target: unit.entity, polarity: 'NEGATED', certainty: assertionStatus(units, cues, { first: index, last: index }, index).certainty });
      return;
    }
    const predicate = existencePredicate(units, index);
    if (predicate === undefined || source.provisional || !RELATIONSHIP_ENDS.CAUSES.source.includes(source.kind)) return;
    const status = assertionStatus(units, cues, { first: index, last: predicate }, index);
    const denied = (status.polarity === 'NEGATED') !== DOES_NOT_EXIST.has(units[predicate]!.lemma);
    drafts.push({ type: 'CAUSES', source, target: unit.entity, polarity: denied ? 'NEGATED' : 'AFFIRMED', certainty: status.certainty });
  });
  return drafts;
}

/** "addictive", "habit-forming" (one word or three), "non-habit-forming" (denied by its prefix). */
function dependenceAdjective(units: readonly Unit[], index: number): { negated: boolean } | undefined {
  const text = units[index]!.text.toLowerCase();
  const word = units[index + 1]?.text === '-' ? `${text} ${units[index + 2]?.text.toLowerCase() ?? ''}` : text;
  const bare = word.replace(NEGATING_PREFIX, '');
  if (!DEPENDENCE_ADJECTIVES.has(bare) && !DEPENDENCE_ADJECTIVES.has(units[index]!.lemma)) return undefined;
  return { negated: bare !== word };
}

/**
 * What someone is dependent on: the substance after "on" / "to" ("dependent on it"), else, after a
 * verb of becoming ("users can become dependent"), the substance the text is about.
 */
function dependedOn(units: readonly Unit[], index: number, context: SentenceContext): EntityRef[] {
  const object = units[index + 1]?.lemma === 'on' || units[index + 1]?.lemma === 'to' ? index + 2 : -1;
  const unit = units[object];
  if (unit?.entity) return SUBJECT_KINDS.some((kind) => kind === unit.entity!.kind) ? [unit.entity] : [];
  if (unit?.anaphor) return context.resolve(units, object, SUBJECT_KINDS.filter((kind) => unit.anaphor!.kinds.includes(kind))).slice(0, 1);
  const topic = context.topicSubstance();
  return object < 0 && BECOMING.has(units[index - 1]?.lemma ?? '') && topic ? [topic] : [];
}

const NO_SUCH_THING = ['no', 'such', 'thing', 'as'];

function saysNoSuchThing(units: readonly Unit[], index: number): boolean {
  return index >= NO_SUCH_THING.length && NO_SUCH_THING.every((lemma, at) => units[index - NO_SUCH_THING.length + at]!.lemma === lemma);
}

/** "is real", "is a myth", "does not exist" right after the condition: where its word is. */
function existencePredicate(units: readonly Unit[], index: number): number | undefined {
  for (let at = index + 1; at <= index + MAX_PREDICATE && at < units.length; at += 1) {
    const lemma = units[at]!.lemma;
    if (EXISTS.has(lemma) || DOES_NOT_EXIST.has(lemma)) return at;
    if (TERMINATORS.has(lemma) || isArgument(units[at]!)) return undefined;
  }
  return undefined;
}
