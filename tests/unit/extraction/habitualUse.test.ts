import { affirmedClaimsOf as claims } from './stancesOf';

// A habit of use or a dose that brings something on says the substance taken brings it on, beside the
// factor; a factor that only raises a measure of a condition does not.
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
      'how often and how long the people take it contribute to the condition it brings on',
      'Kratom: a review\n\nKratom is sold online. People who use kratom every day for a long time can develop kratom dependence.',
      ['CAUSES substance:kratom condition:kratom-dependence', 'CONTRIBUTES_TO factor:duration-of-use condition:kratom-dependence', 'CONTRIBUTES_TO factor:frequency-of-use condition:kratom-dependence'],
    ],
    ['"for years" after taking', 'Kratom: a review\n\nKratom is sold online. If you take kratom for years, you can become dependent on it.', ['CAUSES substance:kratom condition:kratom-dependence', 'CONTRIBUTES_TO factor:duration-of-use condition:kratom-dependence']],
    ['near miss: "for" a purpose is no length of time', 'Kratom: a review\n\nKratom is sold online. If you take kratom for pain, you can become dependent on it.', ['CAUSES substance:kratom condition:kratom-dependence', 'RELIEVES substance:kratom symptom:pain']],
    [
      'a withdrawal made worse after it is a measure too',
      'Kratom: a review\n\nKratom withdrawal was common. Higher daily doses make the withdrawal worse, and longer use makes withdrawal more likely.',
      ['CONTRIBUTES_TO factor:dose condition:kratom-withdrawal', 'CONTRIBUTES_TO factor:duration-of-use condition:kratom-withdrawal'],
    ],
    [
      'near miss: what a dose makes worse that is no withdrawal, the substance brings on',
      'Kratom: a review\n\nKratom is sold online. High doses make the wobbles worse.',
      ['CAUSES substance:kratom condition:kratom-wobbles', 'CONTRIBUTES_TO factor:dose condition:kratom-wobbles'],
    ],
    [
      'a dose of the substance named earlier in the sentence',
      'Kratom: a review\n\nLoperamide was rated helpful for diarrhoea; however, high doses were linked to palpitations.',
      ['CAUSES substance:loperamide symptom:fast-heart-rate', 'CONTRIBUTES_TO factor:dose symptom:fast-heart-rate', 'RELIEVES substance:loperamide symptom:diarrhoea'],
    ],
    [
      'a dose with no substance beside it is of the page\'s',
      'Kratom: a review\n\nHigher doses can cause nausea.',
      ['CAUSES substance:kratom symptom:nausea', 'CONTRIBUTES_TO factor:dose symptom:nausea'],
    ],
    [
      'an early dose that precipitates withdrawal brings on precipitated withdrawal',
      'Kratom: a review\n\nBuprenorphine should not be started yet, because an early first dose can precipitate withdrawal.',
      ['CAUSES substance:buprenorphine condition:precipitated-withdrawal', 'CONTRIBUTES_TO factor:dose condition:precipitated-withdrawal'],
    ],
    [
      'after ", and" an item with its own verb opens a new clause',
      'Kratom: a review\n\nDaily consumption can produce physical dependence, and insomnia on stopping is often described.',
      ['CAUSES substance:kratom condition:kratom-dependence', 'CONTRIBUTES_TO factor:frequency-of-use condition:kratom-dependence'],
    ],
  ])('%s', (_rule, text, expected) => expect(claims(text)).toEqual(expected));
});
