import { extractDocument } from '../../../src/extraction/extractDocument';
import { vocabulary } from './vocabularyFixture';

/** Every affirmed claim of a text as "TYPE source target". */
const claims = (text: string): string[] =>
  [...new Set(extractDocument(text, vocabulary).claims.filter((c) => c.evidence.some((e) => e.polarity === 'AFFIRMED')).map((c) => `${c.type} ${c.sourceId} ${c.targetId}`))].sort();

// Structure rules (sentences of our own): the claims each must give, exactly.
describe('structure rules', () => {
  it.each<[string, string, string[]]>([
    ['a treatment named for what it treats', 'Ondansetron for vomiting, twice a day.', ['RELIEVES substance:ondansetron symptom:vomiting']],
    [
      'a treatment with a bracketed brand before "for"',
      'Hydroxyzine (Atarax) for anxiety if needed.',
      ['RELIEVES substance:hydroxyzine symptom:anxiety'],
    ],
    [
      'examples in brackets before "for"',
      'The clinic offered symptomatic medicines (lofexidine, loperamide) for opioid withdrawal.',
      ['RELIEVES substance:lofexidine condition:opioid-withdrawal', 'RELIEVES substance:loperamide condition:opioid-withdrawal'],
    ],
    [
      'a strategy named for a symptom, coordinated on both sides',
      'Meditation and warm baths for anxiety and insomnia.',
      ['MITIGATES strategy:hot-baths symptom:anxiety', 'MITIGATES strategy:hot-baths symptom:insomnia', 'MITIGATES strategy:meditation symptom:anxiety', 'MITIGATES strategy:meditation symptom:insomnia'],
    ],
    ['the use of a medicine for a symptom', 'She described her use of clonidine for the sweating.', ['RELIEVES substance:clonidine symptom:sweating']],
    ['"for" after something other than a treatment names no treatment', 'Patients at risk for seizures took kratom for ten years.', []],
  ])('%s', (_rule, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
