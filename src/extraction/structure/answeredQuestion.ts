import { findCues } from '../claims/assertionStatus';
import type { ClaimDraft } from '../claims/claimDraft';
import type { Unit } from '../units/unit';
import { RULINGS } from './verdictLine';

const AUXILIARIES = new Set(['do', 'can', 'may', 'might', 'will', 'could', 'would', 'be', 'help', 'work']);
const PRONOUNS = new Set(['it', 'they', 'this', 'that', 'kratom']);
// One-word answers, as FAQ pages and forums write them ("Nope.", "Not really.", "Possibly, …").
// A quiz's or a flashcard's "False." and "True." answer as "No." and "Yes." do (structure/verdictLine's rulings).
const NO_WORDS = new Set(['no', 'nope', 'nah', ...Object.keys(RULINGS).filter((word) => RULINGS[word] === 'NEGATED')]);
const ANSWER_WORDS = new Set([...NO_WORDS, ...Object.keys(RULINGS), 'yes', 'yeah', 'yep', 'yup', 'absolutely', 'definitely', 'certainly', 'maybe', 'possibly', 'probably', 'sometimes']);
const NOT_ANSWERS = new Set(['really', 'at', 'usually', 'always', 'much', 'necessarily', 'quite', 'exactly']);
// "Does kratom withdrawal cause seizures? Not on its own.": a no for the thing asked about, alone.
const NOT_ALONE = [['on', 'its', 'own'], ['on', 'their', 'own'], ['by', 'itself'], ['by', 'themselves'], ['in', 'itself'], ['alone']];
const saysNotAlone = (answer: readonly Unit[]): boolean =>
  NOT_ALONE.some((phrase) => phrase.every((lemma, offset) => answer[offset + 1]?.lemma === lemma) && (answer[phrase.length + 1] === undefined || answer[phrase.length + 1]!.pos === 'PUNCT'));

/**
 * An FAQ answer that asserts its question's claim without repeating it ("Yes.", "Some people report
 * that it does.", "No, it does not."): the question's claims, with the answer's stance.
 */
export function answeredQuestion(answer: readonly Unit[], questionDrafts: readonly ClaimDraft[]): ClaimDraft[] {
  const trailing = trailingAnswer(answer);
  if (questionDrafts.length === 0 || (!isElliptic(answer) && trailing === undefined)) return [];
  const word = trailing ?? bareAnswer(answer[0]!);
  const cues = findCues(answer);
  const negated = NO_WORDS.has(word) || cues.negations.length > 0;
  const hedged = cues.hedges.length > 0;
  return questionDrafts.map((draft) => ({
    ...draft,
    polarity: negated ? 'NEGATED' : 'AFFIRMED',
    certainty: hedged ? 'HEDGED' : 'ASSERTED',
  }));
}

/**
 * A sentence that answers the claims of the sentence before with a pronoun and an auxiliary alone
 * ("People say kratom kills cravings. For me it didn't, not really."): those claims, with its stance.
 * What was only expected ("Everyone said clonidine would help the sweating. It didn't.") and is
 * then denied was a hope, not a claim: it becomes an attempt (ClaimDraft.attempt), no evidence itself.
 */
export function repliedClaims(reply: readonly Unit[], previousDrafts: readonly ClaimDraft[], previous: readonly Unit[]): ClaimDraft[] {
  if (previousDrafts.length === 0 || !standsForVerbPhrase(reply)) return [];
  const answers = answeredQuestion(reply, previousDrafts);
  if (answers.some((answer) => answer.polarity === 'NEGATED') && previous.some((unit) => EXPECTING.has(unit.lemma))) {
    for (const draft of previousDrafts) draft.attempt = true;
  }
  return answers;
}

// "would fix", "was going to help", "was supposed to": what was expected of a remedy, not what it did.
const EXPECTING = new Set(['would', "'d", 'will', 'supposed', 'meant']);

/**
 * "A friend swore gabapentin would fix my legs; it didn't, not for me.", "I was told kava would help
 * the anxiety but it didn't": a last clause, after a semicolon, a dash or "but", that answers the
 * clause before it as a reply answers a sentence.
 */
export function clauseAndReply(units: readonly Unit[]): { clause: Unit[]; reply: Unit[] } | undefined {
  for (let at = units.length - 2; at > 0; at -= 1) {
    if (!REPLY_SEPARATORS.has(units[at]!.text)) continue;
    const reply = units.slice(at + 1);
    return standsForVerbPhrase(reply) ? { clause: units.slice(0, at), reply } : undefined;
  }
  return undefined;
}

// "…; it didn't", "… — it didn't", "… but it didn't".
const REPLY_SEPARATORS = new Set([';', '—', '–', 'but']);

// A yes or a no that closes an answer after its qualification: "For some people, yes.", "In my experience, no."
const CLOSING_ANSWERS = new Set(['no', 'nope', 'nah', 'yes', 'yeah', 'yep', 'yup', 'absolutely', 'definitely']);

/** The yes or no after the answer's last comma, if it ends the answer ("At high doses, mixed with other drugs, yes."). */
function trailingAnswer(answer: readonly Unit[]): string | undefined {
  let end = answer.length;
  while (end > 0 && answer[end - 1]!.pos === 'PUNCT') end -= 1;
  const word = answer[end - 1] && bareAnswer(answer[end - 1]!);
  return end >= 3 && answer[end - 2]!.lemma === ',' && word !== undefined && CLOSING_ANSWERS.has(word) ? word : undefined;
}

/** "Yes", "No", "Not really", or a pronoun and an auxiliary standing for the question's verb phrase ("it does"). */
function isElliptic(answer: readonly Unit[]): boolean {
  const first = answer[0] && bareAnswer(answer[0]);
  const second = answer[1];
  if (first !== undefined && ANSWER_WORDS.has(first) && (!second || second.pos === 'PUNCT')) return true;
  if (first === 'not' && (!second || NOT_ANSWERS.has(second.lemma) || saysNotAlone(answer))) return true;
  return standsForVerbPhrase(answer);
}

/** A pronoun and an auxiliary, and nothing of a verb phrase after them ("it does", "it didn't, not really"). */
function standsForVerbPhrase(answer: readonly Unit[]): boolean {
  for (let index = 0; index + 1 < answer.length; index += 1) {
    if (!PRONOUNS.has(answer[index]!.lemma) || !AUXILIARIES.has(answer[index + 1]!.lemma)) continue;
    let next = index + 2;
    // "it didn't, not really", "it does too"; but "it can also lower blood pressure" goes on to a verb phrase.
    while (answer[next]?.lemma === 'not' || answer[next]?.pos === 'ADV') next += 1;
    const after = answer[next];
    if (!after || after.pos === 'PUNCT') return true;
  }
  return false;
}

/** "No." alone is one token to the tagger (as in "No. 5"): the word without its full stop. */
const bareAnswer = (unit: Unit): string => unit.lemma.replace(/\.$/, '');
