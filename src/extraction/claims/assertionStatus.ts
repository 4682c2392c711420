import type { Certainty, Polarity } from '../../domain/assertionStatus';
import {
  CLAUSE_BOUNDARIES,
  HEDGE_CUES,
  NEGATION_POST_CUES,
  NEGATION_PRE_CUES,
  PSEUDO_NEGATIONS,
  TERMINATORS,
} from '../lexicon/assertionCues';
import type { Unit } from '../units/unit';
import { findPhrases } from './matchPhrase';

interface Span {
  first: number;
  last: number;
}

/** The cues of one sentence, found once and asked per claim. */
export interface SentenceCues {
  negations: Span[];
  postNegations: Span[];
  hedges: Span[];
  /** "Myth: …": the whole line is what the page denies. */
  myth: boolean;
}

export function findCues(units: readonly Unit[]): SentenceCues {
  const pseudo = findPhrases(units, PSEUDO_NEGATIONS);
  const inPseudo = (span: Span): boolean => pseudo.some((p) => p.first <= span.first && span.last <= p.last);
  const negations = findPhrases(units, NEGATION_PRE_CUES).filter((span) => !inPseudo(span));
  // "neither … nor" is one negation, not two that cancel.
  const withoutNor = negations.filter((span) => !(units[span.first]!.lemma === 'nor' && negations.some((other) => other.first < span.first && units[other.first]!.lemma === 'neither')));
  return {
    negations: withoutNor,
    postNegations: findPhrases(units, NEGATION_POST_CUES),
    hedges: findPhrases(units, HEDGE_CUES).filter((span) => !inPseudo(span) || units[span.first]!.lemma === 'not'),
    myth: units[0]?.lemma === 'myth' && units[1]?.lemma === ':',
  };
}

/**
 * What a sentence says of one claim (NegEx / ConText): a negation before the trigger reaches it
 * unless a terminator ("but", "which", a comma …) stands between; one between the trigger and this
 * claim's target negates only that target ("reduces sweating but not cravings"); negations before
 * the trigger cancel in pairs ("it is a myth that kratom does not …"). A hedge colours its clause.
 */
export function assertionStatus(units: readonly Unit[], cues: SentenceCues, trigger: Span, targetIndex: number): { polarity: Polarity; certainty: Certainty } {
  let predicate = cues.myth ? 1 : 0;
  let target = false;
  for (const cue of cues.negations) {
    if (cue.first <= trigger.last && cue.last >= trigger.first) predicate += 1;
    else if (cue.last < trigger.first && clear(units, cue.last + 1, trigger.first, TERMINATORS)) predicate += 1;
    else if (cue.first > trigger.last && targetIndex > cue.last && clear(units, cue.last + 1, targetIndex, TARGET_TERMINATORS)) target = true;
  }
  predicate += cues.postNegations.filter((cue) => cue.first > trigger.last).length;
  const negated = predicate % 2 === 1 || target;
  const hedged = cues.hedges.some((cue) => sameClause(units, cue, trigger));
  return { polarity: negated ? 'NEGATED' : 'AFFIRMED', certainty: hedged ? 'HEDGED' : 'ASSERTED' };
}

// Between a negation and the target it reaches, a list may run on ("not X, Y or Z"), a clause may not.
const TARGET_TERMINATORS = new Set([...TERMINATORS].filter((word) => word !== ','));

function clear(units: readonly Unit[], from: number, to: number, terminators: ReadonlySet<string>): boolean {
  for (let index = from; index < to; index += 1) if (terminators.has(units[index]!.lemma)) return false;
  return true;
}

function sameClause(units: readonly Unit[], cue: Span, trigger: Span): boolean {
  const [from, to] = cue.last < trigger.first ? [cue.last + 1, trigger.first] : [trigger.last + 1, cue.first];
  if (cue.first <= trigger.last && cue.last >= trigger.first) return true;
  return clear(units, from, to, CLAUSE_BOUNDARIES);
}
