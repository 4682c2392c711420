import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadGold } from '../../../src/extraction/evaluation/loadGold';
import { vocabulary } from './vocabularyFixture';

const text = 'Stopping suddenly causes withdrawal. Kratom causes constipation.';
const folder = mkdtempSync(join(tmpdir(), 'gold-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function goldOf(yaml: string) {
  const path = join(folder, 'document.yaml');
  writeFileSync(path, yaml);
  return loadGold(path, text, vocabulary);
}

describe('loadGold', () => {
  it('scores a factor said to cause a condition as the one relation the schema has from a factor', () => {
    const gold = goldOf(
      [
        'claims:',
        '  - {type: CAUSES, source: factor:abrupt-cessation, target: condition:kratom-withdrawal, quote: "Stopping suddenly causes withdrawal"}',
        '  - {type: CAUSES, source: substance:kratom, target: symptom:constipation, quote: "Kratom causes constipation"}',
      ].join('\n'),
    );
    expect(gold.affirmed).toEqual([
      { type: 'CONTRIBUTES_TO', sourceId: 'factor:abrupt-cessation', targetId: 'condition:kratom-withdrawal' },
      { type: 'CAUSES', sourceId: 'substance:kratom', targetId: 'symptom:constipation' },
    ]);
  });

  it('refuses a quote the document does not hold', () => {
    expect(() => goldOf('claims:\n  - {type: CAUSES, source: substance:kratom, target: symptom:nausea, quote: "Kratom causes nausea"}')).toThrow('quote not found in the document');
  });
});
