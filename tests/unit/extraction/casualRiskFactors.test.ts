import { affirmedClaimsOf as claims } from './stancesOf';

// How informal writing says what makes a withdrawal or a side effect worse, with sentences of our own.
describe('risk factors in informal writing', () => {
  it.each<[string, string, string[]]>([
    ['"the higher the dose, the worse the withdrawal": the dose contributes', 'The higher the dose, the worse the kratom withdrawal.', ['CONTRIBUTES_TO factor:dose condition:kratom-withdrawal']],
    [
      'several growing clauses each contribute, bare "wd" being the stopped substance’s',
      'I quit kratom last week. the more grams you take and the longer you stay on it, the rougher the wd gets.',
      ['CONTRIBUTES_TO factor:dose condition:kratom-withdrawal', 'CONTRIBUTES_TO factor:duration-of-use condition:kratom-withdrawal'],
    ],
    ['"the more often" is the frequency of use', 'The more often you redose, the nastier the kratom withdrawal.', ['CONTRIBUTES_TO factor:frequency-of-use condition:kratom-withdrawal']],
    ['"the more you take" is the dose, "the more severe" a worsening', 'I was on oxycodone for years. The more you take, the more severe the withdrawal.', ['CONTRIBUTES_TO factor:dose condition:opioid-withdrawal']],
    ['a comparison of something else grows no risk', 'The more I read about kratom, the more confused I got.', []],
    ['a growing remedy is no risk factor', 'The longer the taper, the easier the kratom withdrawal.', []],
    [
      'taking too much, as the condition of a side effect, contributes the dose',
      'Kratom can cause nausea and dizziness, especially if you take too much.',
      ['CAUSES substance:kratom symptom:dizziness', 'CAUSES substance:kratom symptom:nausea', 'CONTRIBUTES_TO factor:dose symptom:dizziness', 'CONTRIBUTES_TO factor:dose symptom:nausea'],
    ],
    ['"if you overdo it" is taking too much', 'Loperamide can give you an irregular heartbeat if you overdo it.', ['CAUSES substance:loperamide symptom:cardiac-arrhythmia', 'CONTRIBUTES_TO factor:dose symptom:cardiac-arrhythmia']],
    ['a low dose as the condition contributes nothing', 'Kratom can cause nausea even if you take a little.', ['CAUSES substance:kratom symptom:nausea']],
    ['taking too much with no side effect named claims nothing', 'If you take too much kratom, call a friend.', []],
    ['the post-acute phase is not what bare "wd" names', 'Quit kratom a month ago. is this PAWS or still wd? The higher the dose the worse the wd.', ['CONTRIBUTES_TO factor:dose condition:kratom-withdrawal']],
  ])('%s', (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
