import type { ItemSentence, ItemToken, ItsFunction, WinkMethods } from 'wink-nlp';
import lemmatizer from 'wink-lemmatizer';

import { maskEmphasis } from '../text/maskEmphasis';
import type { AnalysedSentence, Token } from './analysedText';
import { isolatedNlp } from './isolatedNlp';

/** Sentences and tokens of one stretch of a document, `text` starting at document offset `offset`. */
export type PassageAnalyser = (text: string, offset: number) => AnalysedSentence[];

/**
 * The linguistic layer for one document: wink-nlp (MIT) with its English lite model splits lower-case
 * and abbreviation-rich text into sentences, lemmatises ("took" → take) and tags parts of speech, in
 * an instance of its own (language/isolatedNlp), so what one document says never changes how another
 * is read. Offsets are found by walking the text, so they always slice the document exactly.
 */
export function passageAnalyser(): PassageAnalyser {
  const nlp = isolatedNlp();
  return (original, offset) => {
    const text = maskEmphasis(original);
    const sentences: AnalysedSentence[] = [];
    let from = 0;
    for (const stop of [...text.matchAll(UNIT_STOP)].map((match) => match.index + match[0].length)) {
      sentences.push(...analyseStretch(nlp, text.slice(from, stop), offset + from));
      from = stop;
    }
    sentences.push(...analyseStretch(nlp, text.slice(from), offset + from));
    return withCitationsBack(withAbbreviationsJoined(sentences));
  };
}

/**
 * "Peak 2–3 d. Signs: …", "The dose was 5 g. Nausea followed.": the splitter reads a one- or
 * two-letter unit and its full stop as an abbreviation ("d.") and runs on into the next sentence.
 * A number, such a unit and a stop before a capital end a sentence.
 */
const UNIT_STOP = /(?<=\d\s?\p{L}{1,2})\.(?=\s+[\p{Lu}"“(])/gu;
const UNIT_WITH_STOP = /^\p{L}{1,2}\.$/u;

function analyseStretch(nlp: WinkMethods, text: string, offset: number): AnalysedSentence[] {
  const its = nlp.its;
  // The typings declare `lemma` with the model's add-ons as a third parameter; `out` supplies them.
  const lemmaOf = its.lemma as unknown as ItsFunction<string>;
  const sentences: AnalysedSentence[] = [];
  let cursor = 0;
  nlp.readDoc(text).sentences().each((sentence: ItemSentence) => {
    const tokens: Token[] = [];
    sentence.tokens().each((token: ItemToken) => {
      const surface = token.out();
      const at = text.indexOf(surface, cursor);
      if (at < 0) return;
      cursor = at + surface.length;
      const lemma = token.out(lemmaOf);
      const pos = String(token.out(its.pos));
      // "(common, dose-related); nausea": the splitter reads ");" as a wink; after an open bracket it is punctuation.
      if (token.out(its.type) === 'emoticon' && surface.startsWith(')') && openBracket(tokens)) {
        [...surface].forEach((mark, index) => tokens.push({ start: offset + at + index, end: offset + at + index + 1, text: mark, lemma: mark, pos: 'PUNCT' }));
        return;
      }
      // The unit that ends a stretch ("… 2–3 d.") is a unit and a full stop.
      if (cursor === text.trimEnd().length && UNIT_WITH_STOP.test(surface) && tokens[tokens.length - 1]?.pos === 'NUM') {
        const unit = surface.slice(0, -1);
        tokens.push({ start: offset + at, end: offset + cursor - 1, text: unit, lemma: unit.toLowerCase(), pos: 'NOUN' });
        tokens.push({ start: offset + cursor - 1, end: offset + cursor, text: '.', lemma: '.', pos: 'PUNCT' });
        return;
      }
      tokens.push({
        start: offset + at,
        end: offset + cursor,
        text: surface,
        lemma: withVerbForm((typeof lemma === 'string' && lemma.length > 0 ? lemma : surface).toLowerCase(), surface.toLowerCase(), pos),
        pos,
      });
    });
    const words = withComparativeVerbs(withModalAuxiliaries(tokens.filter((token) => token.pos !== 'SPACE')));
    if (words.length > 0) sentences.push({ start: words[0]!.start, end: words[words.length - 1]!.end, tokens: words });
  });
  return sentences;
}

const MODALS = new Set(['can', 'may', 'might', 'must', 'could', 'should', 'would', 'will']);
// Pronoun-like determiners the model takes for the determiner of a noun after them ("both can").
const STANDALONE_DETERMINERS = new Set(['both', 'all', 'each', 'either', 'neither', 'some', 'most', 'many', 'few']);

/**
 * "both can slow your breathing", "both can cause low blood pressure": after a determiner that stands
 * alone, the model reads a modal as the noun it would determine ("a can"); there it is the auxiliary.
 * Only lower-case forms: "May 2025" is the month.
 */
function withModalAuxiliaries(tokens: Token[]): Token[] {
  return tokens.map((token, index) => {
    const before = tokens[index - 1];
    const standsAlone = before !== undefined && before.pos === 'DET' && STANDALONE_DETERMINERS.has(before.text.toLowerCase());
    return token.pos === 'NOUN' && MODALS.has(token.text) && standsAlone ? { ...token, pos: 'AUX' } : token;
  });
}

// What a verb's object opens with: "may lower the seizure threshold", "can lower your blood pressure".
const OBJECT_OPENERS = new Set(['DET', 'PRON']);

/**
 * "Kratom may lower the seizure threshold", "to lower your dose": after a modal or an infinitive's
 * "to" and before an object, the model reads a verb that looks like a comparative ("lower") as the
 * adjective ("low"); there it is the verb.
 */
function withComparativeVerbs(tokens: Token[]): Token[] {
  return tokens.map((token, index) => {
    const [before, after] = [tokens[index - 1], tokens[index + 1]];
    const afterVerbSlot = before !== undefined && (MODALS.has(before.text.toLowerCase()) || (before.lemma === 'to' && before.pos === 'PART'));
    const verb = token.pos === 'ADJ' && /er$/i.test(token.text) && afterVerbSlot && after !== undefined && OBJECT_OPENERS.has(after.pos) ? lemmatizer.verb(token.text.toLowerCase()) : undefined;
    return verb === token.text.toLowerCase() ? { ...token, lemma: verb, pos: 'VERB' } : token;
  });
}

/** Whether a bracket opened among these tokens is still open. */
function openBracket(tokens: readonly Token[]): boolean {
  let depth = 0;
  for (const token of tokens) depth = token.text === '(' ? depth + 1 : token.text === ')' ? Math.max(0, depth - 1) : depth;
  return depth > 0;
}

const CITATION_INSIDE = /^(?:\d+|[,–-])$/;

/** How many tokens at `from` are reference marks ("[16]", "[2][11]", "[7–9]"), if any. */
function citationLength(tokens: readonly Token[], from: number): number {
  let at = from;
  while (tokens[at]?.text === '[') {
    let close = at + 1;
    while (tokens[close] && CITATION_INSIDE.test(tokens[close]!.text)) close += 1;
    if (tokens[close]?.text !== ']' || close === at + 1) break;
    at = close + 1;
  }
  return at - from;
}

// Abbreviations with a full stop that the splitter takes for a sentence's end: "et al.", "vs.", "approx.", "cf.", "Dr.", "Fig.",
// "incl.", "esp.", "resp.".
const ABBREVIATIONS = new Set(['al', 'vs', 'approx', 'cf', 'dr', 'prof', 'fig', 'incl', 'esp', 'resp']);
const GOES_ON = /^[\p{Ll}([]/u;

/**
 * "Okafor et al. found that …", "Smith et al. (2021) reported …": the splitter ends a sentence at an
 * abbreviation's full stop; where what follows goes on in lower case or with a bracket, it is the same
 * sentence, so evidence quotes it whole, with whom it is according to.
 */
function withAbbreviationsJoined(sentences: AnalysedSentence[]): AnalysedSentence[] {
  const joined: AnalysedSentence[] = [];
  for (const sentence of sentences) {
    const previous = joined[joined.length - 1];
    const tokens = previous?.tokens ?? [];
    const abbreviation = tokens[tokens.length - 2];
    const endsInAbbreviation = tokens[tokens.length - 1]?.text === '.' && abbreviation !== undefined && ABBREVIATIONS.has(abbreviation.lemma) && (abbreviation.lemma !== 'al' || tokens[tokens.length - 3]?.lemma === 'et');
    if (previous && endsInAbbreviation && GOES_ON.test(sentence.tokens[0]!.text)) joined[joined.length - 1] = { start: previous.start, end: sentence.end, tokens: [...withStopInAbbreviation(previous.tokens), ...sentence.tokens] };
    else joined.push(sentence);
  }
  return joined;
}

/**
 * "vomiting (incl. dry heaving) and sweating": inside a sentence, an abbreviation's full stop is part of
 * the word, not a stop that ends a list or a clause.
 */
function withStopInAbbreviation(tokens: readonly Token[]): Token[] {
  const [abbreviation, stop] = tokens.slice(-2);
  if (!abbreviation || !stop || stop.start !== abbreviation.end) return [...tokens];
  return [...tokens.slice(0, -2), { ...abbreviation, end: stop.end, text: `${abbreviation.text}.` }];
}

/**
 * "…though they are generally milder.[16] Commonly reported symptoms include:": the splitter opens the
 * next sentence with the reference marks that close the one before; they go back to it, so a
 * sentence quoted as evidence neither starts with another's citation nor loses its own.
 */
function withCitationsBack(sentences: AnalysedSentence[]): AnalysedSentence[] {
  const joined: AnalysedSentence[] = [];
  for (const sentence of sentences) {
    const previous = joined[joined.length - 1];
    const marks = previous ? citationLength(sentence.tokens, 0) : 0;
    if (!previous || marks === 0) {
      joined.push(sentence);
      continue;
    }
    const moved = sentence.tokens.slice(0, marks);
    joined[joined.length - 1] = { ...previous, end: moved[moved.length - 1]!.end, tokens: [...previous.tokens, ...moved] };
    const rest = sentence.tokens.slice(marks);
    if (rest.length > 0) joined.push({ start: rest[0]!.start, end: sentence.end, tokens: rest });
  }
  return joined;
}

/**
 * The lite model leaves some inflected verbs as they are ("stimulates", "worsens") and tags some as
 * nouns ("interacts"); wink-lemmatizer's WordNet forms give their base. Only a form the model left
 * unchanged is looked up, and a noun only when it is a verb's third person ("-s") and no plural.
 */
function withVerbForm(lemma: string, surface: string, pos: string): string {
  if (lemma !== surface) return lemma;
  if (pos === 'VERB') return lemmatizer.verb(surface);
  if (pos === 'NOUN' && surface.endsWith('s') && lemmatizer.noun(surface) === surface) return lemmatizer.verb(surface);
  return lemma;
}
