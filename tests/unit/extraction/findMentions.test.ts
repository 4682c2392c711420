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
    expect(mentionsIn('more cows, a dor')).toEqual([]);
  });

  it('finds forum shorthand the vocabulary lists in lower case', () => {
    // Forums write the potent alkaloid as "7-oh"; the vocabulary lists that spelling itself.
    expect(mentionsIn('spiked w 7-oh, the 7-hydroxy stuff')).toEqual([
      ['7-oh', 'compound:7-hydroxymitragynine'],
      ['7-hydroxy', 'compound:7-hydroxymitragynine'],
    ]);
  });

  it('prefers the longest match and respects word boundaries', () => {
    expect(mentionsIn('the specific kratom strain, kratom wobbles, dopamine-like')).toEqual([
      ['kratom strain', 'factor:kratom-strain'],
      ['kratom wobbles', 'condition:kratom-wobbles'],
      ['dopamine', 'receptor:dopamine-receptors'],
    ]);
    expect(mentionsIn('straining, paints')).toEqual([]);
    // "mu" is the receptor only as a word of its own, never the start of "muscle" or "mutation".
    expect(mentionsIn('muscle mutation, mu agonist')).toEqual([['mu', 'receptor:mu-opioid-receptor']]);
  });

  it('does not join words across other punctuation and handles Unicode letters', () => {
    expect(mentionsIn('‘kratom wobbles’—side effects; μ-opioid receptors; Kratom’s')).toEqual([
      ['kratom wobbles', 'condition:kratom-wobbles'],
      ['μ-opioid receptors', 'receptor:mu-opioid-receptor'],
      ['Kratom', 'substance:kratom'],
    ]);
  });
});

describe('findMentions over the curated vocabulary: the words people use', () => {
  it.each([
    ['dope sick', 'condition:opioid-withdrawal'],
    ['dopesick', 'condition:opioid-withdrawal'],
    ['opiate wd', 'condition:opioid-withdrawal'],
    ['kratom withdrawals', 'condition:kratom-withdrawal'],
    ['PAWS', 'condition:post-acute-withdrawal-syndrome'],
    ['the wobbles', 'condition:kratom-wobbles'],
    ['bupe', 'substance:buprenorphine'],
    ['subs', 'substance:buprenorphine'],
    ['suboxone', 'substance:buprenorphine'],
    ['Methadose', 'substance:methadone'],
    ['narcan', 'substance:naloxone'],
    ['gabbies', 'substance:gabapentin'],
    ['kratom tea', 'substance:kratom'],
    ['RLS', 'symptom:restlessness'],
    ['rls', 'symptom:restlessness'],
    ['restless legs', 'symptom:restlessness'],
    ['the shakes', 'symptom:tremor'],
    ['cold sweats', 'symptom:sweating'],
    ['the sniffles', 'symptom:runny-nose'],
    ['the runs', 'symptom:diarrhoea'],
    ['goosebumps', 'symptom:gooseflesh'],
    ['cold turkey', 'factor:abrupt-cessation'],
    ['hot showers', 'strategy:hot-baths'],
    ['comfort meds', 'strategy:symptomatic-treatment'],
  ])('%s → %s', (text, id) => {
    expect(mentionsIn(text)).toEqual([[text, id]]);
  });

  it('leaves ambiguous short forms alone', () => {
    // "sub" is also a subreddit and a prefix; bare "withdrawal" and "wd" are resolved from context.
    expect(mentionsIn('this sub, sub-acute, withdrawal, wd, paws')).toEqual([]);
  });

  it('matches the minor alkaloids and receptor subtypes by name', () => {
    expect(mentionsIn('corynoxine B, mitragynine pseudoindoxyl and the 5-HT2A receptor')).toEqual([
      ['corynoxine B', 'compound:corynoxine-b'],
      ['mitragynine pseudoindoxyl', 'compound:mitragynine-pseudoindoxyl'],
      ['5-HT2A receptor', 'receptor:5-ht2a-receptor'],
    ]);
  });
});
