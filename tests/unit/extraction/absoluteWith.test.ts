import { affirmedClaimsOf as claims } from './stancesOf';

// "<condition> is <of some kind>, with <signs> <described>": the "with" after the condition's short
// predicate names what the condition comes with, whatever else the sentence goes on to say.
describe('signs after "with" once a condition is described', () => {
  it.each<[string, string, string[]]>([
    [
      'a comparison, then the signs more prominent, then a clause naming a factor',
      'Kratom withdrawal is generally gentler, with restlessness and low mood more noticeable than the physical signs; it begins a day after the last dose.',
      ['PRESENTS_WITH condition:kratom-withdrawal symptom:low-mood', 'PRESENTS_WITH condition:kratom-withdrawal symptom:restlessness'],
    ],
    [
      'a plain adjective of kind',
      'Opioid withdrawal is often severe, with vomiting and diarrhoea common in the first days after the last dose.',
      ['PRESENTS_WITH condition:opioid-withdrawal symptom:diarrhoea', 'PRESENTS_WITH condition:opioid-withdrawal symptom:vomiting'],
    ],
    ['near miss: a substance, not a condition, before the comma', 'Kratom is usually mild, with insomnia rare after a moderate dose.', []],
    ['near miss: a verb phrase, not a predicate of kind, before the comma', 'Kratom withdrawal is usually managed at home, with clonidine for sweating.', ['RELIEVES substance:clonidine symptom:sweating']],
  ])('%s', (_rule, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
