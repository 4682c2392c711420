import { affirmedClaimsOf as claims } from './stancesOf';

// A condition joined to a symptom by a hyphenated participle ("withdrawal-related insomnia") only
// qualifies it: a trigger acts on the symptom, and the condition presents with it.
describe('a condition that qualifies a symptom', () => {
  it.each<[string, string, string[]]>([
    [
      'a remedy for withdrawal-related insomnia relieves the insomnia',
      'Kratom: a review\n\nMelatonin may reduce withdrawal-related insomnia.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia', 'RELIEVES substance:melatonin symptom:insomnia'],
    ],
    [
      'a practice for withdrawal-associated anxiety',
      'Opioid withdrawal: a guide\n\nBreathing exercises ease opioid withdrawal-associated anxiety.',
      ['MITIGATES strategy:deep-breathing symptom:anxiety', 'PRESENTS_WITH condition:opioid-withdrawal symptom:anxiety'],
    ],
    [
      'a substance-induced symptom is caused, not presented',
      'Kratom: a review\n\nDocusate relieves opioid-induced constipation.',
      ['CAUSES substance:opioids symptom:constipation', 'RELIEVES substance:docusate symptom:constipation'],
    ],
    [
      'a drug named right before a harm says whose harm it is; the harm is the argument',
      'Jaundice is typical of kratom liver injury.',
      ['PRESENTS_WITH condition:liver-injury symptom:jaundice'],
    ],
    ['near miss: a condition named plainly is the target', 'Kratom: a review\n\nClonidine reduces kratom withdrawal.', ['RELIEVES substance:clonidine condition:kratom-withdrawal']],
  ])('%s', (_rule, text, expected) => expect(claims(text)).toEqual(expected));
});
