import { buildTermIndex } from '../../../src/extraction/mentions/buildTermIndex';
import { findMentions } from '../../../src/extraction/mentions/findMentions';
import { vocabulary } from './vocabularyFixture';

const index = buildTermIndex(vocabulary);
const mentionsIn = (text: string) =>
  findMentions(text, { passageIndex: 0, start: 0, end: text.length, text }, index).map((m) => [m.text, m.entityId]);

describe('findMentions', () => {
  it('ignores case and finds plurals and singulars', () => {
    expect(mentionsIn('KRATOM acts on the Opioid Receptor; opioids too.')).toEqual([
      ['KRATOM', 'substance:kratom'],
      ['Opioid Receptor', 'receptor:opioid-receptors'],
      ['opioids', 'substance:opioids'],
    ]);
  });

  it('treats hyphens, spaces and joined spellings alike', () => {
    for (const text of ['7-hydroxymitragynine', '7-hydroxy-mitragynine', '7 hydroxy mitragynine', '7-OH']) {
      expect(mentionsIn(text)).toEqual([[text, 'compound:7-hydroxymitragynine']]);
    }
  });

  it('matches acronyms only as written', () => {
    expect(mentionsIn('MOR and DOR')).toEqual([
      ['MOR', 'receptor:mu-opioid-receptor'],
      ['DOR', 'receptor:delta-opioid-receptor'],
    ]);
    expect(mentionsIn('more cows, 7-oh')).toEqual([]);
  });

  it('prefers the longest match and respects word boundaries', () => {
    expect(mentionsIn('the specific kratom strain, kratom wobbles, dopamine-like')).toEqual([
      ['kratom strain', 'factor:kratom-strain'],
      ['kratom wobbles', 'condition:kratom-wobbles'],
      ['dopamine', 'receptor:dopamine-receptors'],
    ]);
    expect(mentionsIn('straining, paints')).toEqual([]);
  });

  it('does not join words across other punctuation and handles Unicode letters', () => {
    expect(mentionsIn('‘kratom wobbles’—side effects; μ-opioid receptors; Kratom’s')).toEqual([
      ['kratom wobbles', 'condition:kratom-wobbles'],
      ['μ-opioid receptors', 'receptor:mu-opioid-receptor'],
      ['Kratom', 'substance:kratom'],
    ]);
  });
});
