import { extractDocument } from '../../../src/extraction/extractDocument';
import { vocabulary } from './vocabularyFixture';

const triples = (text: string): string[] =>
  extractDocument(text, vocabulary).claims.map((c) => `${c.type} ${c.sourceId} ${c.targetId}`).sort();

describe('extractDocument: list coordination', () => {
  it('relates a trigger to every item of the list after it, and stops where the list ends', () => {
    const claims = triples('Lofexidine and clonidine lessen sweating, anxiety and chills, although they do little for cravings.');
    expect(claims).toEqual(
      [
        'RELIEVES substance:clonidine symptom:anxiety',
        'RELIEVES substance:clonidine symptom:chills',
        'RELIEVES substance:clonidine symptom:sweating',
        'RELIEVES substance:lofexidine symptom:anxiety',
        'RELIEVES substance:lofexidine symptom:chills',
        'RELIEVES substance:lofexidine symptom:sweating',
      ].sort(),
    );
  });

  it('reads "symptoms can include" and "known as" lists as PRESENTS_WITH', () => {
    expect(triples('Opioid withdrawal symptoms can include nausea, yawning, and intense drug cravings.')).toEqual([
      'PRESENTS_WITH condition:opioid-withdrawal symptom:cravings',
      'PRESENTS_WITH condition:opioid-withdrawal symptom:nausea',
      'PRESENTS_WITH condition:opioid-withdrawal symptom:yawning',
    ]);
    expect(triples('Some get anxiety and paranoia, commonly known as kratom wobbles.')).toEqual([
      'PRESENTS_WITH condition:kratom-wobbles symptom:anxiety',
      'PRESENTS_WITH condition:kratom-wobbles symptom:paranoia',
    ]);
  });

  it('drops a negated claim', () => {
    expect(triples('Naltrexone does not relieve cravings.')).toEqual([]);
  });
});

describe('extractDocument: anaphora', () => {
  it('resolves "These" and "these side effects" to the condition named before', () => {
    const text = 'Users report kratom wobbles. These can manifest as anxiety. Tolerance and strain contribute to these side effects.';
    expect(triples(text)).toEqual(
      expect.arrayContaining([
        'PRESENTS_WITH condition:kratom-wobbles symptom:anxiety',
        'CONTRIBUTES_TO factor:tolerance condition:kratom-wobbles',
        'CONTRIBUTES_TO factor:kratom-strain condition:kratom-wobbles',
      ]),
    );
  });

  it('resolves "the plant" and "this interaction" to the substance of the sentence before', () => {
    const text = 'Kratom is popular. The plant’s alkaloids, such as mitragynine, bind opioid receptors. This interaction helps to ease cravings.';
    expect(triples(text)).toEqual(
      expect.arrayContaining([
        'CONTAINS substance:kratom compound:mitragynine',
        'ACTS_ON compound:mitragynine receptor:opioid-receptors',
        'RELIEVES substance:kratom symptom:cravings',
      ]),
    );
  });

  it('continues the previous condition for strategies with no target of their own', () => {
    const text = 'To manage kratom wobbles, start with a low dose. Additionally, meditation can foster a smoother transition.';
    expect(triples(text)).toEqual([
      'MITIGATES strategy:low-starting-dose condition:kratom-wobbles',
      'MITIGATES strategy:meditation condition:kratom-wobbles',
    ]);
  });
});

describe('extractDocument: candidates', () => {
  it('reports unknown capitalised or technical terms near triggers, never as entities', () => {
    // Kanna and agmatine are not in the vocabulary (tianeptine and gabapentin, used here before, now are).
    const extraction = extractDocument('Some take Kanna or agmatine to ease anxiety. Unrelated Words here', vocabulary);
    expect(extraction.candidates).toEqual(['Kanna', 'agmatine']);
    expect(extraction.mentions.map((m) => m.entityId)).toEqual(['symptom:anxiety']);
  });
});
