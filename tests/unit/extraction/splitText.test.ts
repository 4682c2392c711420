import { splitPassages } from '../../../src/extraction/text/splitPassages';
import { splitSentences } from '../../../src/extraction/text/splitSentences';

describe('splitPassages', () => {
  it('makes one trimmed passage per non-blank line, with document offsets', () => {
    const text = '  Heading  \n\nFirst para.\r\nSecond para.';
    const passages = splitPassages(text);
    expect(passages.map((p) => p.text)).toEqual(['Heading', 'First para.', 'Second para.']);
    for (const passage of passages) expect(text.slice(passage.start, passage.end)).toBe(passage.text);
    expect(passages.map((p) => p.index)).toEqual([0, 1, 2]);
  });
});

describe('splitSentences', () => {
  const sentencesOf = (text: string) => splitSentences(splitPassages(text)[0]!);

  it('keeps closing curly quotes with the sentence they end', () => {
    const text = 'It is known as the “Kratom wobbles.” These can manifest as anxiety. Done';
    const sentences = sentencesOf(text);
    expect(sentences.map((s) => s.text)).toEqual(['It is known as the “Kratom wobbles.”', 'These can manifest as anxiety.', 'Done']);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('starts a sentence at an opening quote and does not split inside em dashes or abbreviations', () => {
    const text = 'x\n“Kratom helps—side effects aside—with cravings, e.g. Anxiety too. Next one.”';
    const sentences = splitSentences(splitPassages(text)[1]!);
    expect(sentences.map((s) => s.text)).toEqual(['“Kratom helps—side effects aside—with cravings, e.g. Anxiety too.', 'Next one.”']);
    expect(sentences.every((s) => s.passageIndex === 1 && text.slice(s.start, s.end) === s.text)).toBe(true);
  });
});
