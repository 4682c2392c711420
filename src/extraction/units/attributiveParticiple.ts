import type { Token } from '../language/analysedText';

// What may stand before a participle that modifies the noun after it: "the documented cases", "not
// recognised effects", "are known risks", "rare and reported harms".
const MODIFIER_SLOT_POS = new Set(['DET', 'ADJ', 'ADV', 'PART', 'CCONJ', 'AUX']);
// Regular participles and the common irregular ones ("known", "proven", "established").
const PARTICIPLE = /(?:ed|en|wn)$/i;

/**
 * "Seizures are not recognised effects of buprenorphine", "known side effects": the tagger takes a past
 * participle before a noun for a verb, and the clause then seems to have two predicates. One that sits
 * between a determiner, adverb, negation or "be" and a common noun modifies that noun, as an adjective
 * does. Not after "have" ("it has reduced cravings" is a verb), nor a verb of the trigger lexicon,
 * whose participle may be the claim itself ("there were reduced cravings").
 */
export function isAttributiveParticiple(tokens: readonly Token[], index: number, nextIsMention: boolean, triggerVerbs: ReadonlySet<string>): boolean {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  if (token.pos !== 'VERB' || !PARTICIPLE.test(token.text) || triggerVerbs.has(token.lemma) || nextIsMention || next?.pos !== 'NOUN') return false;
  let before = index - 1;
  while (before >= 0 && (tokens[before]!.pos === 'ADV' || tokens[before]!.pos === 'PART')) before -= 1;
  const governor = tokens[before];
  if (!governor || !MODIFIER_SLOT_POS.has(governor.pos)) return false;
  return governor.pos !== 'AUX' || governor.lemma === 'be';
}
