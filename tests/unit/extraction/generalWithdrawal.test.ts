import { affirmedClaimsOf as claims, stancesOf } from './stancesOf';

// A page whose title is about withdrawal from several substances means withdrawal in general by bare
// "withdrawal", unless the sentence ties it to one; a medicine of a drug class relieves its class's.
describe('withdrawal on a page about several substances', () => {
  it.each<[string, string, string[]]>([
    [
      'risk factors of a guideline on two withdrawals are withdrawal in general',
      'Managing Withdrawal from Alcohol and Opioids in Adults\n\nOpioid withdrawal brings yawning.\nHigher daily doses and longer use predict a harsher withdrawal.',
      ['CONTRIBUTES_TO factor:dose condition:substance-withdrawal-syndrome', 'CONTRIBUTES_TO factor:duration-of-use condition:substance-withdrawal-syndrome', 'PRESENTS_WITH condition:opioid-withdrawal symptom:yawning'],
    ],
    [
      'a title that ends in a bracket is still the title',
      'Stopping Kratom and Opioids Safely (Second Edition)\n\nKratom withdrawal is often mild.\nA slow taper makes withdrawal easier.',
      ['MITIGATES strategy:tapering condition:substance-withdrawal-syndrome'],
    ],
    [
      'a withdrawal the sentence ties to a substance stays that one',
      'Coming Off Kratom or Opioids\n\nOpioid withdrawal is well known.\nDaily kratom use can also lead to withdrawal.',
      ['CAUSES substance:kratom condition:kratom-withdrawal'],
    ],
    [
      'a medicine of a drug class relieves that class\'s withdrawal',
      'Withdrawal from Opioids and Kratom\n\nMethadone eases withdrawal and cravings.',
      ['RELIEVES substance:methadone condition:opioid-withdrawal', 'RELIEVES substance:methadone symptom:cravings'],
    ],
    [
      'near miss: a title naming two substances but no withdrawal keeps the latest withdrawal',
      'Kratom and the Opioid Crisis\n\nKratom withdrawal is often mild.\nA slow taper makes withdrawal easier.',
      ['MITIGATES strategy:tapering condition:kratom-withdrawal'],
    ],
    [
      'near miss: a title about one substance keeps its own withdrawal',
      'Coming Off Kratom\n\nKratom withdrawal is often mild.\nA slow taper makes withdrawal easier.',
      ['MITIGATES strategy:tapering condition:kratom-withdrawal'],
    ],
    [
      'a substance is never read as relieving its own withdrawal',
      'Day 20\n\nI came off my pills last month and honestly kratom got me through the withdrawal.',
      [],
    ],
    [
      'a page about a use disorder means that substance\'s withdrawal by bare "withdrawal"',
      'Kratom use disorder: a review\n\nKratom use disorder is described in daily users.\nCessation results in a withdrawal syndrome comprising insomnia and yawning.',
      ['CAUSES substance:kratom condition:kratom-use-disorder', 'PRESENTS_WITH condition:kratom-withdrawal symptom:insomnia', 'PRESENTS_WITH condition:kratom-withdrawal symptom:yawning'],
    ],
    ['a page about a substance with no condition named means its withdrawal', 'Kratom: a review\n\nStopping suddenly can make withdrawal worse.', ['CONTRIBUTES_TO factor:abrupt-cessation condition:kratom-withdrawal']],
  ])('%s', (_rule, text, expected) => expect(claims(text)).toEqual(expected));

  it('a class without a class of its own denies relief of withdrawal in general', () =>
    expect(stancesOf('Withdrawal from Opioids and Kratom\n\nBenzodiazepines do not treat withdrawal.')).toEqual([
      'RELIEVES substance:benzodiazepines condition:substance-withdrawal-syndrome NEGATED ASSERTED',
    ]));
});
