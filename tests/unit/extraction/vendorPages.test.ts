import { affirmedClaimsOf as claims, stancesOf } from './stancesOf';

// How product pages state benefits, with lines of our own.
describe('benefit lists on product pages', () => {
  it.each<[string, string, string[]]>([
    [
      'check-mark lines are list items whose dropped subject is the product',
      'WHAT OUR GREEN MALAY DOES\n✓ Eases stiff muscles after a long shift\n✔ Melts away stress',
      ['RELIEVES substance:kratom symptom:muscle-stiffness'],
    ],
    ['a verbless benefit that opens with "relief" is the product\'s', 'Our Maeng Da capsules are lab tested.\n✔ Gentle relief from everyday tension', ['RELIEVES substance:kratom symptom:stress']],
    ['a relief noun with its own agent keeps that agent', 'Relief from stress with clonidine.', ['RELIEVES substance:clonidine symptom:stress']],
    ['a verb in -s with another verb after it is still finite', 'Kratom capsules, ready to ship. Helps you nod off and rest.', ['RELIEVES substance:kratom symptom:insomnia']],
    ['"helps you fall asleep" relieves insomnia', 'Melatonin helps you fall asleep.', ['RELIEVES substance:melatonin symptom:insomnia']],
    ['"hard to fall asleep" relieves nothing', 'Kratom can make it hard to fall asleep.', []],
    ['knee pain is joint pain', 'Kratom eased my knee pain.', ['RELIEVES substance:kratom symptom:bone-joint-aches']],
  ])('%s', (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('dependence adjectives on product pages', () => {
  it.each<[string, string, string[]]>([
    ['"non-habit-forming" denies the product\'s dependence', 'Our Red Borneo is non-habit-forming when used as directed.', ['CAUSES substance:kratom condition:kratom-dependence NEGATED ASSERTED']],
    ['"non-addictive" denies it too', 'Kratom is non-addictive.', ['CAUSES substance:kratom condition:kratom-dependence NEGATED ASSERTED']],
    ['"not habit-forming" denies it', 'Kratom is not habit-forming.', ['CAUSES substance:kratom condition:kratom-dependence NEGATED ASSERTED']],
    ['forming anything else is no dependence', 'Kratom powder forms clumps in humid air.', []],
  ])('%s', (_name, text, expected) => {
    expect(stancesOf(text)).toEqual(expected);
  });
});
