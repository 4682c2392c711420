import type { AnalysedSentence } from '../language/analysedText';
import type { Unit } from './unit';

// Results and risk sections measure a condition rather than name it: "associated with a greater peak
// COWS score", "severity has been linked to …", "Risk rises with daily intake", "associated with more
// severe symptoms". Such a measure stands for the condition the sentence or the text is about.
// "Symptom burden correlates with daily dose": the burden of symptoms measures the condition too.
const MEASURE_NOUNS = new Set(['severity', 'score', 'intensity', 'risk', 'burden']);
const SIGN_NOUNS = new Set(['symptom', 'sign', 'feature']);
// "more severe symptoms", "worse symptoms": only a comparison of severity makes signs a measure.
const COMPARATIVE_SEVERITY = new Set(['worse', 'milder', 'harsher', 'severer', 'stronger', 'heavier', 'greater']);
const SEVERITY_ADJECTIVES = new Set(['severe', 'intense', 'serious', 'pronounced', 'marked', 'prolonged']);
const DEGREE = new Set(['more', 'less']);
// "the risk of seizures", "risk factor", "a score of 12": the noun names what follows it, or a number.
const NAMES_WHAT_FOLLOWS = new Set(['of', 'factor', 'for']);

type Token = AnalysedSentence['tokens'][number];

/** The anaphor a measure noun is (the condition talked about), if the token at `index` is one. */
export function measureAnaphor(tokens: readonly Token[], index: number): Unit['anaphor'] | undefined {
  const token = tokens[index]!;
  if (token.pos !== 'NOUN' && token.pos !== 'PROPN') return undefined;
  const lemma = token.lemma.toLowerCase();
  if (MEASURE_NOUNS.has(lemma)) return NAMES_WHAT_FOLLOWS.has(tokens[index + 1]?.lemma ?? '') ? undefined : { kind: 'singular', kinds: ['Condition'] };
  if (!SIGN_NOUNS.has(lemma)) return undefined;
  const previous = tokens[index - 1]?.lemma.toLowerCase() ?? '';
  const comparative = COMPARATIVE_SEVERITY.has(previous) || (SEVERITY_ADJECTIVES.has(previous) && DEGREE.has(tokens[index - 2]?.lemma.toLowerCase() ?? ''));
  return comparative && tokens[index + 1]?.lemma !== 'of' ? { kind: 'signs', kinds: ['Condition'] } : undefined;
}
