import { affirmedClaimsOf as claims } from './stancesOf';

// What a condition belongs to: "its own dependence" is the owner's, and what a range of degree
// ("a mild to moderate opioid withdrawal") measures against is not what later sentences are about.
describe('owned and compared conditions', () => {
  it.each<[string, string, string[]]>([
    ['"its own dependence" is the dependence on the substance that owns it', 'Tianeptine acts on opioid receptors and produces its own dependence.', ['ACTS_ON substance:tianeptine receptor:opioid-receptors', 'CAUSES substance:tianeptine condition:tianeptine-dependence']],
    ['"a dependence of its own"', 'Kratom: a guide\n\nTianeptine can lead to a dependence of its own.', ['CAUSES substance:tianeptine condition:tianeptine-dependence']],
    ['"its own risk of dependence" with no such dependence named gives no claim rather than the page\'s', 'Kratom: a guide\n\nKratom dependence is common. Phenibut carries its own risk of dependence.', []],
    ['near miss: dependence with no owner stays the page\'s', 'Kratom: a guide\n\nKratom dependence is common. Regular use can cause dependence.', ['CAUSES substance:kratom condition:kratom-dependence']],
    [
      'a range of degree between the comparison and its standard',
      'Kratom withdrawal in this cohort resembled a moderate to severe opioid withdrawal. Slow tapering appears to ease withdrawal.',
      ['MITIGATES strategy:tapering condition:kratom-withdrawal'],
    ],
    [
      'near miss: a withdrawal named plainly is what the next sentence is about',
      'Kratom withdrawal was mild in this cohort. Opioid withdrawal was moderate to severe. Slow tapering appears to ease withdrawal.',
      ['MITIGATES strategy:tapering condition:opioid-withdrawal'],
    ],
  ])('%s', (_rule, text, expected) => expect(claims(text)).toEqual(expected));
});
