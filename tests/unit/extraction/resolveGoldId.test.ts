import { goldIdResolver } from '../../../src/extraction/evaluation/resolveGoldId';
import type { Vocabulary, VocabularyEntry } from '../../../src/extraction/types';

const entry = (id: string, kind: VocabularyEntry['kind'], name: string, aliases: string[] = []): VocabularyEntry => ({ id, kind, name, aliases, description: '', xrefs: {} });
const entries = [
  entry('receptor:5-ht1a-receptor', 'Receptor', '5-HT1A receptor', ['serotonin 1A receptor']),
  entry('substance:acetaminophen', 'Substance', 'acetaminophen', ['paracetamol']),
  entry('symptom:insomnia', 'Symptom', 'insomnia'),
  entry('symptom:anxiety', 'Symptom', 'anxiety'),
  entry('condition:opioid-withdrawal', 'Condition', 'opioid withdrawal', ['withdrawal']),
  entry('symptom:withdrawal-symptoms', 'Symptom', 'withdrawal symptoms', ['withdrawal']),
];
const vocabulary: Vocabulary = { entries, byId: new Map(entries.map((e) => [e.id, e])) };
const resolve = goldIdResolver(vocabulary);

describe('goldIdResolver', () => {
  it('keeps an id the vocabulary has', () => expect(resolve('symptom:anxiety')).toBe('symptom:anxiety'));
  it('finds an entry by an alias, plural or not', () => {
    expect(resolve('receptor:serotonin-1a-receptors')).toBe('receptor:5-ht1a-receptor');
    expect(resolve('substance:paracetamol')).toBe('substance:acetaminophen');
  });
  it('takes the one entry of another kind when the name is unique', () => expect(resolve('condition:insomnia')).toBe('symptom:insomnia'));
  it('prefers the same kind when a name is shared', () => {
    expect(resolve('condition:withdrawal')).toBe('condition:opioid-withdrawal');
    expect(resolve('symptom:withdrawal')).toBe('symptom:withdrawal-symptoms');
  });
  it('reads a head word named only in qualified forms as their shared general entry', () => {
    const general = [
      { ...entry('condition:substance-withdrawal-syndrome', 'Condition', 'substance withdrawal syndrome') },
      { ...entry('condition:opioid-withdrawal', 'Condition', 'opioid withdrawal'), broader: 'condition:substance-withdrawal-syndrome' },
      { ...entry('condition:precipitated-withdrawal', 'Condition', 'precipitated withdrawal'), broader: 'condition:opioid-withdrawal' },
      { ...entry('condition:kratom-withdrawal', 'Condition', 'kratom withdrawal'), broader: 'condition:substance-withdrawal-syndrome' },
      entry('condition:kratom-dependence', 'Condition', 'kratom dependence'),
    ];
    const resolveGeneral = goldIdResolver({ entries: general, byId: new Map(general.map((e) => [e.id, e])) });
    expect(resolveGeneral('condition:withdrawal')).toBe('condition:substance-withdrawal-syndrome');
    // A qualified form with no general entry above it leaves the head word alone.
    expect(resolveGeneral('condition:dependence')).toBe('condition:dependence');
  });
  it('leaves a name the vocabulary lacks to a provisional entity', () => expect(resolve('substance:tianeptine-sodium')).toBe('substance:tianeptine-sodium'));
});
