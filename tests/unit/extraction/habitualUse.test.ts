import { affirmedClaimsOf as claims } from './stancesOf';

// A habit of use that brings something on says the substance used brings it on, beside the factor;
// a factor that only raises a measure of a condition does not.
describe('habitual use', () => {
  it.each<[string, string, string[]]>([
    [
      'daily consumption that produces dependence: the page\'s substance causes it',
      'Kratom: a review\n\nDaily consumption can produce physical dependence.',
      ['CAUSES substance:kratom condition:kratom-dependence', 'CONTRIBUTES_TO factor:frequency-of-use condition:kratom-dependence'],
    ],
    [
      'long-term use that causes a symptom',
      'Kratom: a review\n\nLong-term use may cause constipation.',
      ['CAUSES substance:kratom symptom:constipation', 'CONTRIBUTES_TO factor:duration-of-use symptom:constipation'],
    ],
    [
      'the substance named beside the habit, not the page\'s',
      'Kratom: a review\n\nChronic use of oxycodone leads to opioid dependence.',
      ['CAUSES substance:oxycodone condition:opioid-dependence', 'CONTRIBUTES_TO factor:duration-of-use condition:opioid-dependence'],
    ],
    [
      'near miss: a factor that raises a severity brings nothing on itself',
      'Kratom: a review\n\nKratom withdrawal was common. Longer duration of use predicted a more severe withdrawal.',
      ['CONTRIBUTES_TO factor:duration-of-use condition:kratom-withdrawal'],
    ],
    [
      'near miss: a dose is no habit of use',
      'Kratom: a review\n\nHigher doses can cause nausea.',
      ['CONTRIBUTES_TO factor:dose symptom:nausea'],
    ],
    [
      'after ", and" an item with its own verb opens a new clause',
      'Kratom: a review\n\nDaily consumption can produce physical dependence, and insomnia on stopping is often described.',
      ['CAUSES substance:kratom condition:kratom-dependence', 'CONTRIBUTES_TO factor:frequency-of-use condition:kratom-dependence'],
    ],
  ])('%s', (_rule, text, expected) => expect(claims(text)).toEqual(expected));
});
