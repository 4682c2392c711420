import type { Mention, Sentence } from '../types';
import type { TermIndex } from './buildTermIndex';
import { termKey } from './termKey';
import { tokenize, type Token } from './tokenize';

// "Clinical Opiate Withdrawal Scale", "Insomnia Severity Index", "Anxiety Score": an instrument's name.
// Lower-case "anxiety scores" measure the symptom they name.
const INSTRUMENT = /^\s+(?:(?:[Ss]cale|[Qq]uestionnaire|[Ii]nventory|[Ii]nstrument|[Ii]ndex)s?\b|(?:Score|Rating)s?\b)/;
// Words of one term may be separated by spaces, one hyphen or en dash ("buprenorphine–naloxone") or
// an apostrophe ("can't sleep"), never by other punctuation: an em dash or a comma ends a term
// ("wobbles—side effects"). Scare quotes round part of a term do not end it ('"kratom detox" products').
const TERM_SEPARATOR = /^(?:["\u201c\u201d]?[ \t\u00a0]+["\u201c\u201d]?|[-\u2010\u2011\u2013]|['\u2019])$/;

/**
 * Vocabulary terms in one sentence, scanning left to right and taking the longest match at each
 * word (so "kratom strain" wins over "kratom"), case-insensitively except for acronyms.
 */
export function findMentions(documentText: string, sentence: Sentence, index: TermIndex): Mention[] {
  const tokens = tokenize(sentence.text, sentence.start);
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match = longestMatchAt(documentText, tokens, i, index);
    if (!match) {
      i += 1;
      continue;
    }
    const start = tokens[i]!.start;
    const end = tokens[i + match.length - 1]!.end;
    // "Clinical Opiate Withdrawal Scale": a term inside an instrument's name names no entity.
    if (INSTRUMENT.test(documentText.slice(end, end + 16))) {
      i += match.length;
      continue;
    }
    mentions.push({
      entityId: match.entityId,
      passageIndex: sentence.passageIndex,
      start,
      end,
      text: documentText.slice(start, end),
    });
    i += match.length;
  }
  // A modifier that is a term of its own gives way to what it names with the shared head:
  // "alcohol or benzo withdrawal" names alcohol withdrawal, not alcohol.
  const elliptic = ellipticMentions(documentText, tokens, mentions, index);
  const replaced = (mention: Mention): boolean => elliptic.some((other) => other.start === mention.start && other.end === mention.end);
  return [...mentions.filter((mention) => !replaced(mention)), ...elliptic].sort((a, b) => a.start - b.start);
}

const COORDINATORS = new Set(['and', 'or']);
// "aching, stiff muscles": adjectives in a row share their noun as coordinated ones do; notes and
// slides write "and" as a symbol ("kappa + delta opioid receptors", "mu & kappa receptors").
const LISTING_JOINER = /^(?:,|[ \t]*[+&])[ \t]+$/;

/**
 * "adrenergic and serotonin receptors", "mu or kappa opioid receptors": a modifier coordinated with
 * a term shares the term's head, so "adrenergic" names the adrenergic receptors, and "alcohol" in
 * "alcohol or benzo withdrawal" names alcohol withdrawal.
 */
function ellipticMentions(documentText: string, tokens: readonly Token[], mentions: readonly Mention[], index: TermIndex): Mention[] {
  const found: Mention[] = [];
  for (const mention of mentions) {
    const first = tokens.findIndex((token) => token.start === mention.start);
    const words = tokens.filter((token) => token.start >= mention.start && token.end <= mention.end).map((token) => token.text);
    const comma = first > 0 && LISTING_JOINER.test(documentText.slice(tokens[first - 1]!.end, mention.start));
    // "either the mu- or the kappa-opioid receptor": an article before the term, a suspended hyphen after the modifier.
    const article = !comma && tokens[first - 1]?.text.toLowerCase() === 'the' ? 1 : 0;
    const coordinator = comma ? { text: 'and' } : tokens[first - 1 - article];
    const modifier = tokens[first - (comma ? 1 : 2 + article)];
    if (words.length < 2 || !coordinator || !modifier || !COORDINATORS.has(coordinator.text.toLowerCase())) continue;
    // A modifier inside a longer term ("opioid" in "opioid withdrawal or") is no modifier. One that
    // is a term by itself is one only before "or": "alcohol or benzo withdrawal" is two withdrawals,
    // while "kratom and opioid withdrawal" is a plant and a withdrawal.
    const covering = mentions.find((other) => other.start <= modifier.start && modifier.end <= other.end);
    if (covering && (covering.start < modifier.start || covering.end > modifier.end || coordinator.text.toLowerCase() !== 'or')) continue;
    // Only the head (the last word, or the last two) is shared: "mu and kappa opioid receptors".
    for (const shared of [words.slice(-1), words.slice(-2)]) {
      const entityId = index.entityByKey.get(termKey([modifier.text, ...shared], false));
      if (entityId && entityId !== mention.entityId) {
        found.push({ entityId, passageIndex: mention.passageIndex, start: modifier.start, end: modifier.end, text: documentText.slice(modifier.start, modifier.end) });
        break;
      }
    }
  }
  return found;
}

function longestMatchAt(
  documentText: string,
  tokens: readonly Token[],
  first: number,
  index: TermIndex,
): { entityId: string; length: number } | undefined {
  let joinable = 1;
  while (
    joinable < index.maxTokens &&
    first + joinable < tokens.length &&
    TERM_SEPARATOR.test(documentText.slice(tokens[first + joinable - 1]!.end, tokens[first + joinable]!.start))
  ) {
    joinable += 1;
  }
  for (let length = joinable; length >= 1; length -= 1) {
    const words = tokens.slice(first, first + length).map((token) => token.text);
    const entityId = index.entityByKey.get(termKey(words, true)) ?? index.entityByKey.get(termKey(words, false));
    if (entityId) return { entityId, length };
  }
  return undefined;
}
