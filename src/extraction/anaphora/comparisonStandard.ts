import { matchPhrase } from '../claims/matchPhrase';
import type { Unit } from '../units/unit';

// What a thing is measured against ("milder than opioid withdrawal", "a syndrome similar to opioid
// withdrawal", "resembling", "more often than in …", "looks a lot like opioid withdrawal", "an efficacy
// well below that of morphine", "criteria applied by analogy with opioid use disorder"): the standard
// of a comparison, not what the text goes on to talk about. Bare "like" is left out: it more often
// introduces examples ("symptoms like …"); after a verb of seeming or "much", "a lot", it compares.
const COMPARISON_CUES = ['than', 'closer to', 'similar to', 'resemble', 'resembling', 'comparable to', 'akin to', 'analogous to', 'analogy with', 'analogy to', 'reminiscent of', 'the same as',
  'below', 'above', 'compared with', 'compared to', 'relative to', 'versus', 'vs',
  'look like', 'feel like', 'seem like', 'sound like', 'much like', 'a lot like', 'look a lot like', 'feel a lot like']
  .map((phrase) => phrase.split(' '));
// Words that may stand between the cue and the standard ("than in the", "similar to, but milder than, …",
// "resembled a mild to moderate opioid withdrawal").
const BETWEEN_POS = new Set(['DET', 'ADP', 'ADJ', 'ADV', 'PART', 'PUNCT']);
const MAX_BETWEEN = 5;
// The tagger leaves "being" as its own lemma.
const COPULA = new Set(['be', 'being']);
// "resemble those of opioid withdrawal": a pronoun standing for the compared noun.
const STAND_INS = new Set(['those', 'that', 'one', 'ones']);

/**
 * Whether the unit at `index` is the standard a comparison measures against, so that it is not
 * remembered as the condition or substance a later sentence ("Common features include …") is about.
 */
export function isComparisonStandard(units: readonly Unit[], index: number): boolean {
  if (isComparedKind(units, index)) return true;
  let end = index - 1;
  // A hyphen inside a compound ("a mild-to-moderate opioid withdrawal") is no word between.
  for (let skipped = 0; end >= 0 && skipped <= MAX_BETWEEN; skipped += units[end]!.lemma === '-' ? 0 : 1, end -= 1) {
    if (COMPARISON_CUES.some((cue) => cue.length <= end + 1 && matchPhrase(units, end - cue.length + 1, cue) === end) || isEquative(units, end)) return true;
    // "milder than being dopesick": a form of "be" may stand between too.
    if ((!BETWEEN_POS.has(units[end]!.pos) && !inRange(units, end) && !COPULA.has(units[end]!.lemma) && !STAND_INS.has(units[end]!.lemma)) || units[end]!.entity) return false;
  }
  return false;
}

/**
 * "A milder opioid withdrawal, mostly.", "like a shorter, gentler opioid withdrawal": a thing put as
 * a kind of another by a comparative adjective after "a" measures itself against that other.
 */
function isComparedKind(units: readonly Unit[], index: number): boolean {
  let at = index - 1;
  let comparative = false;
  while (units[at] && (units[at]!.pos === 'ADJ' || units[at]!.lemma === ',')) {
    const { text, lemma } = units[at]!;
    if (text.toLowerCase() !== lemma && /(?:er|worse)$/i.test(text)) comparative = true;
    at -= 1;
  }
  return comparative && (units[at]?.lemma === 'a' || units[at]?.lemma === 'an');
}

/** "not as bad as dope sick", "as rough as benzo withdrawal": the second "as" of an equative. */
function isEquative(units: readonly Unit[], at: number): boolean {
  const degree = units[at - 1];
  return units[at]!.lemma === 'as' && (degree?.pos === 'ADJ' || degree?.pos === 'ADV') && units[at - 2]?.lemma === 'as';
}

/** The upper end of a range of degree ("mild to moderate"), whatever the tagger made of it. */
function inRange(units: readonly Unit[], index: number): boolean {
  return units[index - 1]?.lemma === 'to' && units[index - 2]?.pos === 'ADJ';
}
