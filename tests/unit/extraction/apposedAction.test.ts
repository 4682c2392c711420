import { affirmedClaimsOf as claims } from './stancesOf';

// A noun of action whose class word names a receptor ("alpha-2 agonist", "opioid antagonists"),
// set beside the drugs it describes, says those drugs act on that receptor; a bare category does not.
describe('a receptor class in apposition with its drugs', () => {
  it.each<[string, string, string[]]>([
    [
      'plural class noun before the drugs, class named by plain words',
      'Withdrawal is often managed with the alpha-2 adrenoceptor agonists lofexidine and clonidine.',
      ['ACTS_ON substance:clonidine receptor:alpha-2-adrenergic-receptors', 'ACTS_ON substance:lofexidine receptor:alpha-2-adrenergic-receptors'],
    ],
    [
      'the drugs in parentheses after "an … agonist"',
      'If a patient declines methadone, consider an alpha-2 agonist (clonidine or lofexidine).',
      ['ACTS_ON substance:clonidine receptor:alpha-2-adrenergic-receptors', 'ACTS_ON substance:lofexidine receptor:alpha-2-adrenergic-receptors'],
    ],
    [
      'an opioid class before the drugs names the receptors, not opioids',
      'Overdoses were reversed by the opioid antagonists naloxone and nalmefene.',
      ['ACTS_ON substance:nalmefene receptor:opioid-receptors', 'ACTS_ON substance:naloxone receptor:opioid-receptors', 'RELIEVES substance:nalmefene condition:opioid-overdose', 'RELIEVES substance:naloxone condition:opioid-overdose'],
    ],
    ['a receptor subtype named by its Greek letter', 'Buprenorphine, also a kappa antagonist, is long-acting.', ['ACTS_ON substance:buprenorphine receptor:kappa-opioid-receptor']],
    [
      'the drug the class describes is the object of another trigger',
      'Her kratom withdrawal was treated with the alpha-2 agonist clonidine.',
      ['ACTS_ON substance:clonidine receptor:alpha-2-adrenergic-receptors', 'RELIEVES substance:clonidine condition:kratom-withdrawal'],
    ],
    ['near miss: a category with no drug beside it', 'An alpha-2 agonist dose was lowered before clonidine was stopped.', []],
    ['near miss: a class noun heading a treatment', 'Opioid agonist treatment with methadone is first-line.', []],
    ['near miss: a bare category with its example in parentheses', 'Management was symptomatic, opioid agonist (buprenorphine) or taper-only.', []],
  ])('%s', (_rule, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
