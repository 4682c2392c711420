import { buildTermIndex } from '../../../src/extraction/mentions/buildTermIndex';
import { findMentions } from '../../../src/extraction/mentions/findMentions';
import { stancesOf } from './stancesOf';
import { vocabulary } from './vocabularyFixture';

const index = buildTermIndex(vocabulary);
/** Pins each sentence to the claims and stances it must give, exactly. */
const pinStances = (cases: [string, string[]][]): void =>
  it.each(cases)('%s', (text, expected) => {
    expect(stancesOf(text)).toEqual(expected);
  });

const idsIn = (text: string): string[] =>
  findMentions(text, { passageIndex: 0, start: 0, end: text.length, text }, index).map((mention) => mention.entityId);

// Sentences of our own for the language of the field: the names withdrawal scales, reviews and
// forums use (vocabulary), the phrasings of each relationship (trigger lexicon) and the ways
// sources deny and hedge (assertion cues).
describe('vocabulary: the names people use', () => {
  it.each([
    ['the anxious feeling', 'symptom:anxiety'],
    ['aching legs', 'symptom:muscle-aches'],
    ['flat mood', 'symptom:low-mood'],
    ['cant sleep', 'symptom:insomnia'],
    ['heart palpitations', 'symptom:fast-heart-rate'],
    ['jerky limb movements', 'symptom:jerky-movements'],
    ['aggression', 'symptom:hostility'],
    ['hyperpigmentation', 'symptom:skin-darkening'],
    ['heart rhythm problems', 'symptom:cardiac-arrhythmia'],
    ['the kicks', 'symptom:restlessness'],
    ['precipitated wd', 'condition:precipitated-withdrawal'],
    ['benzo withdrawal', 'condition:benzodiazepine-withdrawal'],
    ['kratom dependency', 'condition:kratom-dependence'],
    ['subs', 'substance:buprenorphine'],
    ['clonodine', 'substance:clonidine'],
    ['prescription painkillers', 'substance:opioids'],
    ['maeng da', 'substance:kratom'],
    ['NSAIDs', 'substance:nsaids'],
    ['anti-nausea meds', 'substance:antiemetics'],
    ['µ-opioid receptor', 'receptor:mu-opioid-receptor'],
    ['alpha-1 adrenoceptors', 'receptor:alpha-1-adrenergic-receptors'],
    ['isocorynoxeine', 'compound:isocorynoxeine'],
    ['NA meetings', 'strategy:support-groups'],
    ['weaning', 'strategy:tapering'],
    ['cold turkeyed', 'factor:abrupt-cessation'],
    ['tapering too fast', 'factor:abrupt-cessation'],
    ['daily consumption', 'factor:frequency-of-use'],
  ])('%s → %s', (text, id) => {
    expect(idsIn(text)).toEqual([id]);
  });

  it('reads a term before "or" as sharing the head of the term after it, and not before "and"', () => {
    expect(idsIn('alcohol or benzo withdrawal')).toEqual(['condition:alcohol-withdrawal', 'condition:benzodiazepine-withdrawal']);
    expect(idsIn('kratom and opioid withdrawal')).toEqual(['substance:kratom', 'condition:opioid-withdrawal']);
  });

  it('keeps a short plural apart from its ambiguous singular', () => {
    expect(idsIn('this sub is about subs')).toEqual(['substance:buprenorphine']);
  });
});

describe('trigger lexicon: how each relationship is phrased', () => {
  pinStances([
    ['Naloxone reverses an opioid overdose.', ['RELIEVES substance:naloxone condition:opioid-overdose AFFIRMED ASSERTED']],
    ['Clonidine keeps the sweats at bay.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED ASSERTED']],
    // An idiom of relief keeps its sense with a part quantified: "some of the sting", "a bit of the edge".
    ['Good sleep hygiene takes some of the sting out of insomnia.', ['MITIGATES strategy:consistent-sleep symptom:insomnia AFFIRMED ASSERTED']],
    ['Clonidine took a bit of the edge off the anxiety.', ['RELIEVES substance:clonidine symptom:anxiety AFFIRMED ASSERTED']],
    ['I took the dog off the lead and the anxiety eased.', []],
    // A threshold lowered lets through what it holds back; a risk lowered is relief.
    ['Bupropion lowers the seizure threshold on its own.', ['CAUSES substance:bupropion symptom:seizures AFFIRMED ASSERTED']],
    ['Tramadol is known to reduce the threshold for seizures.', ['CAUSES substance:tramadol symptom:seizures AFFIRMED ASSERTED']],
    ['Tapering lowers the risk of seizures.', ['MITIGATES strategy:tapering symptom:seizures AFFIRMED ASSERTED']],
    // After a modal, before its object, "lower" is the verb the tagger took for an adjective.
    ['Clonidine may lower the anxiety.', ['RELIEVES substance:clonidine symptom:anxiety AFFIRMED HEDGED']],
    ['The dose of clonidine may be lower for the anxiety of older adults.', []],
    ['Kratom did wonders for my anxiety.', ['RELIEVES substance:kratom symptom:anxiety AFFIRMED ASSERTED']],
    ['Tramadol can give you seizures.', ['CAUSES substance:tramadol symptom:seizures AFFIRMED ASSERTED']],
    ['Methadone can give rise to QT prolongation.', ['CAUSES substance:methadone symptom:qt-prolongation AFFIRMED ASSERTED']],
    ['Mitragynine makes up most of the alkaloids in kratom.', ['CONTAINS substance:kratom compound:mitragynine AFFIRMED ASSERTED']],
    ['Corynantheidine antagonises alpha-1 adrenergic receptors.', ['ACTS_ON compound:corynantheidine receptor:alpha-1-adrenergic-receptors AFFIRMED ASSERTED']],
  ]);
});

describe('assertion cues: denials and hedges as sources write them', () => {
  pinStances([
    ['Clonidine lacks efficacy against cravings.', ['RELIEVES substance:clonidine symptom:cravings NEGATED ASSERTED']],
    ['There is no proof that kava eases kratom withdrawal.', ['RELIEVES substance:kava condition:kratom-withdrawal NEGATED ASSERTED']],
    ['The idea that kratom relieves anxiety is overblown.', ['RELIEVES substance:kratom symptom:anxiety NEGATED ASSERTED']],
    ['It is a lie that kratom causes seizures.', ['CAUSES substance:kratom symptom:seizures NEGATED ASSERTED']],
    ['Lofexidine did not do anything for my cravings.', ['RELIEVES substance:lofexidine symptom:cravings NEGATED ASSERTED']],
    ['I heard clonidine helps with the sweats.', ['RELIEVES substance:clonidine symptom:sweating AFFIRMED HEDGED']],
    ['Magnesium is supposed to help with restless legs.', ['RELIEVES substance:magnesium symptom:restlessness AFFIRMED HEDGED']],
    ['Kava eases anxiety for some people.', ['RELIEVES substance:kava symptom:anxiety AFFIRMED HEDGED']],
    ['Clonidine is said to ease anxiety.', ['RELIEVES substance:clonidine symptom:anxiety AFFIRMED HEDGED']],
  ]);
});
