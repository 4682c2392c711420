import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { extractDocument } from '../../../src/extraction/extractDocument';
import { vocabulary } from './vocabularyFixture';

const text = readFileSync(join(__dirname, '../../../seed/documents/kratom-opioid-withdrawal.txt'), 'utf8');
const extraction = extractDocument(text, vocabulary);
const has = (type: string, sourceId: string, targetId: string): boolean =>
  extraction.claims.some((c) => c.type === type && c.sourceId === sourceId && c.targetId === targetId);

describe('extractDocument on the corpus', () => {
  it('quotes every piece of evidence exactly as the document has it', () => {
    for (const claim of extraction.claims) {
      for (const evidence of claim.evidence) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    }
    for (const mention of extraction.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    for (const passage of extraction.passages) expect(text.slice(passage.start, passage.end)).toBe(passage.text);
  });

  it.each([
    ['CONTAINS', 'substance:kratom', 'compound:mitragynine'],
    ['CONTAINS', 'substance:kratom', 'compound:7-hydroxymitragynine'],
    ['ACTS_ON', 'compound:mitragynine', 'receptor:opioid-receptors'],
    ['ACTS_ON', 'compound:7-hydroxymitragynine', 'receptor:opioid-receptors'],
    ['ACTS_ON', 'substance:kratom', 'receptor:opioid-receptors'],
    ['ACTS_ON', 'substance:kratom', 'receptor:serotonin-receptors'],
    ['ACTS_ON', 'substance:kratom', 'receptor:dopamine-receptors'],
    ['RELIEVES', 'substance:kratom', 'symptom:cravings'],
    ['RELIEVES', 'substance:kratom', 'symptom:physical-discomfort'],
    ['RELIEVES', 'substance:kratom', 'condition:opioid-withdrawal'],
    ['RELIEVES', 'substance:kratom', 'symptom:anxiety'],
    ...['anxiety', 'agitation', 'nausea', 'sweating', 'muscle-aches', 'cravings'].map((s) => [
      'PRESENTS_WITH', 'condition:opioid-withdrawal', `symptom:${s}`,
    ]),
    ...['anxiety', 'restlessness', 'paranoia'].map((s) => ['PRESENTS_WITH', 'condition:kratom-wobbles', `symptom:${s}`]),
    ['RELIEVES', 'substance:kratom', 'symptom:restlessness'],
    ['RELIEVES', 'substance:kratom', 'symptom:muscle-aches'],
    ...['tolerance', 'kratom-strain', 'personal-sensitivity'].map((f) => ['CONTRIBUTES_TO', `factor:${f}`, 'condition:kratom-wobbles']),
    ...[
      'low-starting-dose', 'gradual-dose-increase', 'hydration', 'balanced-diet', 'physical-activity',
      'consistent-sleep', 'relaxation-techniques', 'meditation', 'deep-breathing',
    ].map((s) => ['MITIGATES', `strategy:${s}`, 'condition:kratom-wobbles']),
  ])('claims %s %s → %s', (type, source, target) => {
    expect(has(type!, source!, target!)).toBe(true);
  });

  it('records the modulating action on the serotonin system', () => {
    const claim = extraction.claims.find((c) => c.type === 'ACTS_ON' && c.targetId === 'receptor:serotonin-receptors');
    expect(claim?.evidence.map((evidence) => evidence.action)).toContain('modulator');
  });
});
