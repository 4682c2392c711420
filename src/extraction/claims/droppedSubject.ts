import type { Unit } from '../units/unit';

// Words a forum sentence may open with before its verb ("yep took it …", "honestly helped a lot").
const OPENER_POS = new Set(['INTJ', 'ADV', 'PUNCT']);

/**
 * "yep took it for the last week. helped w the sweats, did nothing for the tiredness.": forum
 * writing drops the subject of a sentence that goes on about the drug talked about. A sentence
 * that opens with an inflected verb ("helped", "did", "works"; not an imperative such as "take")
 * gets an "it" before that verb, resolved as any "it" is.
 */
export function withDroppedSubject(units: readonly Unit[]): readonly Unit[] {
  let index = 0;
  while (index < units.length && OPENER_POS.has(units[index]!.pos)) index += 1;
  const verb = units[index];
  if (!verb || !(verb.pos === 'VERB' || (verb.pos === 'AUX' && verb.lemma === 'do')) || verb.text.toLowerCase() === verb.lemma) return units;
  if (isAttributive(units, index)) return units;
  const pronoun: Unit = { start: verb.start, end: verb.start, text: '', lemma: 'it', pos: 'PRON', anaphor: { kind: 'singular', kinds: ['Substance', 'Compound'] } };
  return [...units.slice(0, index), pronoun, ...units.slice(index)];
}

/** "Approved medicines such as methadone are …", "Reported effects include …": a participle before the subject of a later verb. */
function isAttributive(units: readonly Unit[], verb: number): boolean {
  for (let index = verb + 1; index < units.length && units[index]!.pos !== 'PUNCT'; index += 1) {
    if (units[index]!.pos === 'VERB' || units[index]!.pos === 'AUX') return true;
  }
  return false;
}
