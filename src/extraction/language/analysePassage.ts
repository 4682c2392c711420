import winkNLP, { type ItemSentence, type ItemToken, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

import type { AnalysedSentence, Token } from './analysedText';

// wink-nlp (MIT) with its English lite model: splits lower-case and abbreviation-rich text into
// sentences, lemmatises ("took" → take) and tags parts of speech. Loaded once per process.
const nlp = winkNLP(model);
const its = nlp.its;
// The typings declare `lemma` with the model's add-ons as a third parameter; `out` supplies them.
const lemmaOf = its.lemma as unknown as ItsFunction<string>;

/**
 * Sentences and tokens of one stretch of a document, `text` starting at document offset `offset`.
 * Offsets are found by walking the text, so they always slice the document exactly.
 */
export function analysePassage(text: string, offset: number): AnalysedSentence[] {
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
      tokens.push({
        start: offset + at,
        end: offset + cursor,
        text: surface,
        lemma: (typeof lemma === 'string' && lemma.length > 0 ? lemma : surface).toLowerCase(),
        pos: String(token.out(its.pos)),
      });
    });
    const words = tokens.filter((token) => token.pos !== 'SPACE');
    if (words.length > 0) sentences.push({ start: words[0]!.start, end: words[words.length - 1]!.end, tokens: words });
  });
  return sentences;
}
