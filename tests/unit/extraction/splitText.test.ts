import { passageAnalyser } from '../../../src/extraction/language/analysePassage';

const analysePassage = (text: string, offset: number) => passageAnalyser()(text, offset);
import { splitPassages } from '../../../src/extraction/text/splitPassages';

describe('splitPassages', () => {
  it('makes one trimmed passage per non-blank line, with document offsets', () => {
    const text = '  Heading  \n\nFirst para.\r\nSecond para.';
    const passages = splitPassages(text);
    expect(passages.map((p) => p.text)).toEqual(['Heading', 'First para.', 'Second para.']);
    for (const passage of passages) expect(text.slice(passage.start, passage.end)).toBe(passage.text);
    expect(passages.map((p) => p.index)).toEqual([0, 1, 2]);
  });

  it('runs a line wrapped mid-sentence on into the next one, keeping offsets', () => {
    const text = 'Hi Sam,\n\nIn my experience a hot bath every night really calmed the legs and\nclonidine helped with the\nsweating. Loperamide sorted the rest.\n- item one\n- item two';
    const passages = splitPassages(text);
    expect(passages.map((p) => p.text)).toEqual([
      'Hi Sam,',
      'In my experience a hot bath every night really calmed the legs and\nclonidine helped with the\nsweating. Loperamide sorted the rest.',
      '- item one',
      '- item two',
    ]);
    for (const passage of passages) expect(text.slice(passage.start, passage.end)).toBe(passage.text);
  });

  it('near misses: a short chat line, a capitalised next line, a list item and a blank line end a passage', () => {
    expect(splitPassages('gabapentin helped\nthe cravings are bad').map((p) => p.text)).toEqual(['gabapentin helped', 'the cravings are bad']);
    expect(splitPassages('clonidine helped with the\nSweating section').map((p) => p.text)).toEqual(['clonidine helped with the', 'Sweating section']);
    expect(splitPassages('things that helped with the\n- sweats').map((p) => p.text)).toEqual(['things that helped with the', '- sweats']);
    expect(splitPassages('clonidine helped with the\n\nsweating').map((p) => p.text)).toEqual(['clonidine helped with the', 'sweating']);
  });

  it('joins long lines only where the paragraph shows a fixed width', () => {
    const email = 'Kratom withdrawal was rough for the first week but the hot baths\nhelped a lot and the clonidine my doctor gave me took the sweats\ndown by day four.';
    expect(splitPassages(email)).toHaveLength(1);
    // Lowercase forum lines of every length, one message each: the longest runs past any fixed width.
    const posts = 'magnesium glycinate before bed def takes the edge off the leg thing\nif ur thinking of quitting, TAPER. i cold turkeyed and thats why im suffering so bad right now lol\nalso stay away from phenibut';
    expect(splitPassages(posts)).toHaveLength(3);
  });
});

describe('analysePassage (the linguistic layer)', () => {
  const sentencesOf = (text: string, offset = 0): string[] =>
    analysePassage(text, offset).map((sentence) => text.slice(sentence.start - offset, sentence.end - offset));

  it('splits lower-case text and keeps abbreviations and closing quotes inside their sentence', () => {
    expect(sentencesOf('i took kratom for 3 days and it helped. then i quit cold turkey')).toEqual([
      'i took kratom for 3 days and it helped.',
      'then i quit cold turkey',
    ]);
    expect(sentencesOf('Dr. Smith says e.g. kratom helps. It is known as the “Kratom wobbles.” These can manifest as anxiety.')).toHaveLength(3);
  });

  it('keeps "et al." and "vs." inside a sentence that goes on after them, and ends one where a capital follows', () => {
    expect(sentencesOf('PAWS is common. Okafor et al. found that dose mattered. Smith et al. (2021) found it too. This was shown by Smith et al. The end.')).toEqual([
      'PAWS is common.',
      'Okafor et al. found that dose mattered.',
      'Smith et al. (2021) found it too.',
      'This was shown by Smith et al.',
      'The end.',
    ]);
    expect(sentencesOf('Extracts (incl. those rich in 7-OH) are worse. Polysubstance use, esp. alcohol, drives it.')).toEqual([
      'Extracts (incl. those rich in 7-OH) are worse.',
      'Polysubstance use, esp. alcohol, drives it.',
    ]);
  });

  it('gives lemmas and parts of speech, with document offsets', () => {
    const text = 'xx I took kratom.';
    const [sentence] = analysePassage(text.slice(3), 3);
    const took = sentence!.tokens.find((token) => token.text === 'took')!;
    expect(took.lemma).toBe('take');
    expect(took.pos).toBe('VERB');
    expect(text.slice(took.start, took.end)).toBe('took');
  });

  it('reads a modal after a determiner that stands alone as the auxiliary, not as a noun', () => {
    const posOf = (text: string, word: string): string | undefined => analysePassage(text, 0)[0]!.tokens.find((token) => token.text === word)?.pos;
    expect(posOf('Mixing them is sketchy, both can slow your breathing.', 'can')).toBe('AUX');
    expect(posOf('Clonidine and lofexidine help, and both can cause low blood pressure.', 'can')).toBe('AUX');
    expect(posOf('Either might work for you.', 'might')).toBe('AUX');
    // Near misses: a can of something is a noun, and "May" after a date is the month.
    expect(posOf('I bought a can of energy drink.', 'can')).toBe('NOUN');
    expect(posOf('Between March and May 2024, all May entries were read.', 'May')).not.toBe('AUX');
  });
});
