import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { extractDocument } from '../src/extraction/extractDocument';
import { loadVocabulary } from '../src/extraction/vocabulary/loadVocabulary';

// `npx tsx scripts/measureExtractionSpeed.ts [megabytes]`: times extraction of one document of about
// that size (default 1 MB), made by repeating the corpus and fixture documents, and prints the
// seconds it took. A measurement, not a test: the README states the figure and the machine.
const root = resolve(__dirname, '..');
const megabytes = Number(process.argv[2] ?? '1');
const sources = [
  join(root, 'seed/documents/kratom-opioid-withdrawal.txt'),
  ...readdirSync(join(root, 'tests/fixtures/documents'))
    .filter((file) => file.endsWith('.txt'))
    .map((file) => join(root, 'tests/fixtures/documents', file)),
].map((path) => readFileSync(path, 'utf8'));
const parts: string[] = [];
let size = 0;
for (let index = 0; size < megabytes * 1_000_000; index += 1) {
  const part = sources[index % sources.length]!;
  parts.push(part);
  size += part.length;
}
const text = parts.join('\n\n');
const vocabulary = loadVocabulary(join(root, 'seed/vocabulary'));
const started = process.hrtime.bigint();
const extraction = extractDocument(text, vocabulary);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`${(text.length / 1e6).toFixed(2)} MB, ${extraction.passages.length} passages, ${extraction.claims.length} claims: ${seconds.toFixed(1)} s`);
