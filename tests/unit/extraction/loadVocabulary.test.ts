import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadVocabulary } from '../../../src/extraction/vocabulary/loadVocabulary';
import { vocabulary } from './vocabularyFixture';

const entry = (id: string, kind: string, name: string, extra = ''): string =>
  `- id: ${id}\n  kind: ${kind}\n  name: ${name}\n  aliases: []\n  description: A test entry.\n  xrefs: {}\n${extra}`;

describe('loadVocabulary', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vocabulary-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const loadWith = (files: Record<string, string>) => {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return () => loadVocabulary(dir);
  };

  it('loads the curated vocabulary with unique ids', () => {
    expect(vocabulary.entries.length).toBeGreaterThan(80);
    expect(vocabulary.byId.get('compound:mitragynine')?.xrefs).toEqual({ pubchemCid: '3034396' });
    // HGNC ids are numbers: the symbol OPRM1 is an alias, not an id.
    expect(vocabulary.byId.get('receptor:mu-opioid-receptor')?.xrefs).toEqual({ hgnc: '8156', uniprot: 'P35372' });
  });

  it('names the file, entry index, id and field of a bad entry', () => {
    const load = loadWith({ 'symptoms.yaml': entry('symptom:ok', 'Symptom', 'ok') + entry('symptom:bad', 'Symptom', '""') });
    expect(load).toThrow(/symptoms\.yaml: entry 1 \(id symptom:bad\): field "name"/);
  });

  it('rejects an id whose prefix is not the kind', () => {
    expect(loadWith({ 'a.yaml': entry('symptom:x', 'Factor', 'x') })).toThrow(/entry 0 \(id symptom:x\): field "id"/);
  });

  it('rejects unknown kinds and fields', () => {
    expect(loadWith({ 'a.yaml': entry('gene:x', 'Gene', 'x') })).toThrow(/field "kind"/);
    expect(loadWith({ 'a.yaml': entry('factor:x', 'Factor', 'x', '  colour: red\n') })).toThrow(/a\.yaml: entry 0/);
  });

  it('rejects duplicate ids and an alias claimed by two entries', () => {
    expect(loadWith({ 'a.yaml': entry('factor:x', 'Factor', 'x'), 'b.yaml': entry('factor:x', 'Factor', 'y') })).toThrow(
      /b\.yaml: entry 0 \(id factor:x\): field "id": duplicate id factor:x/,
    );
  });

  it('rejects the same term under two entries, whatever its spelling', () => {
    expect(loadWith({ 'a.yaml': entry('factor:x', 'Factor', 'Dose Sizes') + entry('factor:y', 'Factor', 'dose-size') })).toThrow(
      /entry 1 \(id factor:y\).*"dose-size" is already claimed by factor:x/,
    );
  });

  it('validates the format of each external identifier', () => {
    const withXrefs = (xrefs: string) => entry('receptor:x', 'Receptor', 'x').replace('xrefs: {}', `xrefs: ${xrefs}`);
    expect(loadWith({ 'a.yaml': withXrefs('{hgnc: "8156", uniprot: P35372, pubchemCid: "3034396", mesh: D013375}') })).not.toThrow();
    expect(loadWith({ 'a.yaml': withXrefs('{hgnc: OPRM1}') })).toThrow(/entry 0 \(id receptor:x\): field "xrefs\.hgnc"/);
    expect(loadWith({ 'a.yaml': withXrefs('{uniprot: OPRM1_HUMAN}') })).toThrow(/field "xrefs\.uniprot"/);
    expect(loadWith({ 'a.yaml': withXrefs('{pubchemCid: "CID 3034396"}') })).toThrow(/field "xrefs\.pubchemCid"/);
    expect(loadWith({ 'a.yaml': withXrefs('{mesh: "Substance Withdrawal Syndrome"}') })).toThrow(/field "xrefs\.mesh"/);
    expect(loadWith({ 'a.yaml': withXrefs('{drugbank: DB00333}') })).toThrow(/field "xrefs"/);
  });

  describe('broader', () => {
    const narrower = (id: string, kind: string, broader: string) => entry(id, kind, id.split(':')[1]!, `  broader: ${broader}\n`);

    it('links an entry to a more general one of the same kind', () => {
      const loaded = loadWith({
        'receptors.yaml': entry('receptor:opioid', 'Receptor', 'opioid') + narrower('receptor:mu', 'Receptor', 'receptor:opioid'),
      })();
      expect(loaded.byId.get('receptor:mu')?.broader).toBe('receptor:opioid');
      expect(loaded.byId.get('receptor:opioid')?.broader).toBeUndefined();
    });

    it('rejects an unknown id, naming the file, entry and field', () => {
      expect(loadWith({ 'receptors.yaml': narrower('receptor:mu', 'Receptor', 'receptor:opioid') })).toThrow(
        /receptors\.yaml: entry 0 \(id receptor:mu\): field "broader": unknown id receptor:opioid/,
      );
    });

    it('rejects a broader entry of another kind', () => {
      expect(
        loadWith({ 'a.yaml': entry('symptom:pain', 'Symptom', 'pain') + narrower('receptor:mu', 'Receptor', 'symptom:pain') }),
      ).toThrow(/entry 1 \(id receptor:mu\): field "broader": symptom:pain is a Symptom, not a Receptor/);
    });

    it('rejects cycles, including an entry broader than itself', () => {
      expect(loadWith({ 'a.yaml': narrower('factor:x', 'Factor', 'factor:x') })).toThrow(/entry 0 \(id factor:x\): field "broader"/);
      expect(
        loadWith({
          'a.yaml':
            narrower('factor:x', 'Factor', 'factor:y') + narrower('factor:y', 'Factor', 'factor:z') + narrower('factor:z', 'Factor', 'factor:x'),
        }),
      ).toThrow(/entry 0 \(id factor:x\): field "broader": cycle factor:x → factor:y → factor:z → factor:x/);
    });

    it('holds in the curated vocabulary: the opioid receptor subtypes are opioid receptors', () => {
      for (const subtype of ['mu', 'delta', 'kappa']) {
        expect(vocabulary.byId.get(`receptor:${subtype}-opioid-receptor`)?.broader).toBe('receptor:opioid-receptors');
      }
    });
  });

  it('reports YAML that is not a list', () => {
    expect(loadWith({ 'a.yaml': 'id: x\n' })).toThrow(/a\.yaml: expected a YAML list/);
  });
});
