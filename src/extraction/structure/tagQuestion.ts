import type { Unit } from '../units/unit';

// "…, isn't it?", "…, isnt that the whole ceiling effect thing?", "…, right?": a tag that asks for agreement.
const TAG_OPENERS = new Set(['be', 'do', 'have', 'can', 'will', 'would', 'could', 'should', 'right', 'no', 'yeah', 'yes', 'correct', 'eh', 'innit', 'true']);
const MAX_TAG_UNITS = 8;

/**
 * Where the question tagged on a statement begins ("kratom doesnt depress breathing like real opioids
 * do, isnt that the whole ceiling effect thing?"), or undefined: such a sentence states what comes
 * before the tag, so it is no question for extraction (which reads no claim from a question), and the
 * tag itself names nothing ("…, right?").
 */
export function tagQuestionStart(units: readonly Unit[]): number | undefined {
  if (units[units.length - 1]?.lemma !== '?') return undefined;
  const comma = units.map((unit) => unit.lemma).lastIndexOf(',');
  if (comma <= 0 || units.length - comma - 2 > MAX_TAG_UNITS) return undefined;
  const opener = units[comma + 1];
  return opener !== undefined && TAG_OPENERS.has(opener.lemma) && units.slice(0, comma).some((unit) => unit.pos === 'VERB') ? comma : undefined;
}
