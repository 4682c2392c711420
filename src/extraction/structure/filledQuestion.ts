import type { Unit } from '../units/unit';
import { QUESTION_LABELS } from './verdictLine';

// "Which receptor …?", "What helps with …?", "Who should avoid …?": the words that ask for an argument.
const ASKING = new Set(['what', 'which', 'who']);
// What a wh-word may take before the rest of its question ("which receptor", "what new medicine").
const ASKING_PHRASE_POS = new Set(['ADJ', 'NOUN']);
const DO_SUPPORT = new Set(['do', 'does', 'did']);
// An answer this short names what was asked for; a longer one is a sentence of its own.
const MAX_ANSWER_WORDS = 6;
const ANSWER_LINKS = new Set(['and', 'or', ',', '/', 'the', 'a', 'an']);

/**
 * "Q: What helps with the diarrhoea? A: Loperamide.", "Which receptor does mitragynine bind? The
 * mu-opioid receptor.": a question that asks for an argument, answered by a short line that names it.
 * The question with the answer in the place it asked about ("Loperamide helps with the diarrhoea",
 * "mitragynine bind the mu-opioid receptor"), for the sentence rules to read; undefined when the question
 * asks for no argument or the answer names none.
 */
export function filledQuestion(question: readonly Unit[], answer: readonly Unit[]): { units: Unit[]; answered: Set<string> } | undefined {
  const asked = withoutQuestionLabel(question);
  const named = answerNames(answer);
  if (!ASKING.has(asked[0]?.lemma ?? '') || !named) return undefined;
  const body = asked.slice(askingPhraseEnd(asked, 0, asked.length)).filter((unit) => unit.lemma !== '?');
  const answered = new Set(named.flatMap((unit) => (unit.entity ? [unit.entity.id] : [])));
  // "Which receptor does mitragynine bind?": the object asked for goes after the verb; else it is the subject.
  const units = DO_SUPPORT.has(body[0]?.text.toLowerCase() ?? '') ? [...body.slice(1), ...named] : [...named, ...body];
  return { units, answered };
}

/**
 * Where the words that ask end: the wh-word at `asking` and the nouns and adjectives it takes, naming
 * nothing ("which receptor", "what medicine"), no further than `limit`.
 */
export function askingPhraseEnd(units: readonly Unit[], asking: number, limit: number): number {
  let at = asking + 1;
  while (at < limit && ASKING_PHRASE_POS.has(units[at]!.pos) && !units[at]!.entity) at += 1;
  return at;
}

/** The entities a short answer names, with what joins them ("Clonidine or lofexidine"), or undefined. */
function answerNames(answer: readonly Unit[]): Unit[] | undefined {
  const words = answer.filter((unit) => unit.pos !== 'PUNCT');
  if (words.length === 0 || words.length > MAX_ANSWER_WORDS || !words.some((unit) => unit.entity)) return undefined;
  const first = answer.findIndex((unit) => unit.entity);
  let last = first;
  while (answer[last + 1] && (answer[last + 1]!.entity || ANSWER_LINKS.has(answer[last + 1]!.lemma))) last += 1;
  while (last > first && !answer[last]!.entity) last -= 1;
  return answer.slice(first, last + 1);
}

// "Does loperamide help?", "Can magnesium help?": a yes-no question opened by an auxiliary.
const YES_NO_AUXILIARIES = new Set(['do', 'can', 'will', 'would', 'could', 'may', 'might', 'be', 'should']);
const YES_WORDS = new Set(['yes', 'yeah', 'yep', 'yup']);
// "Possibly, for muscle cramps": a yes that hedges.
const HEDGED_YES_WORDS = new Set(['possibly', 'probably', 'sometimes', 'maybe']);
const PURPOSE_ENDS = new Set([',', '.', ';', ':', '!', '?']);

/**
 * "Does loperamide help? Yes, for diarrhoea, at the dose on the packet.": a yes to a question whose
 * verb has no object, qualified by what it is for, says the question's clause of that ("loperamide
 * help for diarrhoea"), for the sentence rules to read, and whether the yes hedges; undefined for any other answer.
 */
export function qualifiedYes(question: readonly Unit[], answer: readonly Unit[]): { units: Unit[]; hedged: boolean } | undefined {
  const asked = withoutQuestionLabel(question);
  if (!YES_NO_AUXILIARIES.has(asked[0]?.lemma ?? '') || asked[asked.length - 1]?.lemma !== '?') return undefined;
  const yes = answer[0]?.lemma.toLowerCase() ?? '';
  if ((!YES_WORDS.has(yes) && !HEDGED_YES_WORDS.has(yes)) || answer[1]?.lemma !== ',' || answer[2]?.lemma !== 'for') return undefined;
  let end = 3;
  while (end < answer.length && !PURPOSE_ENDS.has(answer[end]!.lemma)) end += 1;
  if (!answer.slice(3, end).some((unit) => unit.entity)) return undefined;
  const clause = asked.slice(1, -1);
  // "help for diarrhoea" is said "help with diarrhoea"; "take it for", "work for" as they are.
  const purpose = clause[clause.length - 1]?.lemma === 'help' ? { ...answer[2]!, lemma: 'with', rewritten: true } : answer[2]!;
  return { units: [...clause, purpose, ...answer.slice(3, end)], hedged: HEDGED_YES_WORDS.has(yes) };
}

/** "Q: Does loperamide help?": the question without its label. */
const withoutQuestionLabel = (question: readonly Unit[]): readonly Unit[] =>
  QUESTION_LABELS.has(question[0]?.lemma ?? '') && question[1]?.lemma === ':' ? question.slice(2) : question;
