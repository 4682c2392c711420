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

  it('reports YAML that is not a list', () => {
    expect(loadWith({ 'a.yaml': 'id: x\n' })).toThrow(/a\.yaml: expected a YAML list/);
  });
});
