import type { Unit } from '../units/unit';
import type { ClaimDraft } from './claimDraft';
import type { SentenceContext } from './sentenceContext';

const TAKING = new Set(['take', 'use', 'dose', 'drink', 'chew', 'consume']);
// "every day", "each day", "daily", "several times a day", "every few hours" (lemmas, in order).
const HOW_OFTEN: readonly (readonly string[])[] = [['every', 'day'], ['each', 'day'], ['daily'], ['time', 'a', 'day'], ['time', 'per', 'day'], ['every', 'few', 'hour'], ['around', 'the', 'clock']];
// "for years", "for a long time", "for more than a few months", "for six months".
const SPANS = new Set(['week', 'month', 'year', 'decade']);
const SPAN_WORDS = new Set(['a', 'many', 'several', 'few', 'more', 'than', 'over', 'at', 'least', 'some', 'long']);
const MAX_SPAN_WORDS = 5;
const REACH = 4;
const OUTCOME_KINDS = new Set(['Condition']);

/**
 * "People who take it every day can become dependent", "if you use kratom daily …", "people who use
 * kratom for years develop dependence": taking something at a frequency, or for a length of time, named
 * beside an outcome it brings on says how often (frequency of use) or how long (duration of use) it is
 * taken contributes to that outcome: the factor CONTRIBUTES_TO each condition the sentence affirms a
 * substance causes.
 */
export function habitCircumstances(units: readonly Unit[], drafts: readonly ClaimDraft[], context: SentenceContext): ClaimDraft[] {
  return [
    ...contributions(context.provisional('frequency of use', 'Factor'), takenWithin(units, startsFrequency), drafts),
    ...contributions(context.provisional('duration of use', 'Factor'), takenWithin(units, startsDuration), drafts),
  ];
}

function contributions(factor: ClaimDraft['source'], taken: boolean, drafts: readonly ClaimDraft[]): ClaimDraft[] {
  if (factor.provisional || !taken) return [];
  const named = new Set(drafts.filter((draft) => draft.source.id === factor.id).map((draft) => draft.target.id));
  const found = new Map<string, ClaimDraft>();
  for (const draft of drafts) {
    if (draft.type !== 'CAUSES' || draft.polarity !== 'AFFIRMED' || !OUTCOME_KINDS.has(draft.target.kind) || named.has(draft.target.id)) continue;
    found.set(draft.target.id, { type: 'CONTRIBUTES_TO', source: factor, target: draft.target, polarity: draft.polarity, certainty: draft.certainty });
  }
  return [...found.values()];
}

/** A verb of taking with the phrase `starts` finds a few words after it ("use kratom every day", "took it for years"). */
function takenWithin(units: readonly Unit[], starts: (units: readonly Unit[], at: number) => boolean): boolean {
  return units.some((unit, index) => TAKING.has(unit.lemma) && isVerb(units, index) && units.slice(index + 1, index + 1 + REACH).some((_, at) => starts(units, index + 1 + at)));
}

// "people who use kratom …": after a relative or personal pronoun, "use" is the verb however it is tagged.
const SUBJECTS = new Set(['who', 'that', 'i', 'you', 'we', 'they', 'u']);
const isVerb = (units: readonly Unit[], index: number): boolean => units[index]!.pos === 'VERB' || SUBJECTS.has(units[index - 1]?.lemma ?? '');

const startsFrequency = (units: readonly Unit[], at: number): boolean => HOW_OFTEN.some((phrase) => phrase.every((lemma, k) => units[at + k]?.lemma === lemma));

/** "for" then a span of time: "years", "a long time", "more than a few months"; not "for pain". */
export function startsDuration(units: readonly Unit[], at: number): boolean {
  if (units[at]?.lemma !== 'for') return false;
  for (let word = at + 1; word <= at + MAX_SPAN_WORDS && units[word]; word += 1) {
    const lemma = units[word]!.lemma;
    if (SPANS.has(lemma) || (lemma === 'time' && units[word - 1]?.lemma === 'long')) return true;
    if (!SPAN_WORDS.has(lemma) && units[word]!.pos !== 'NUM') return false;
  }
  return false;
}
