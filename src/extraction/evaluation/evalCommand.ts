import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

import { extractDocument } from '../extractDocument';
import { loadVocabulary } from '../vocabulary/loadVocabulary';
import { loadGold } from './loadGold';
import { type Score, scoreExtraction, type Triple } from './scoreExtraction';

// `npm run eval`: scores extraction on the corpus and on every fixture document against its gold
// file, prints per-document precision/recall/F1 with false positives and misses, and fails when a
// document falls under the thresholds.
const MIN_PRECISION = 0.9;
const MIN_RECALL = 0.8;
const root = resolve(__dirname, '../../..');

const documents = [
  join(root, 'seed/documents/kratom-opioid-withdrawal.txt'),
  ...readdirSync(join(root, 'tests/fixtures/documents'))
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => join(root, 'tests/fixtures/documents', file)),
];

const vocabulary = loadVocabulary(join(root, 'seed/vocabulary'));
const format = (value: number): string => value.toFixed(3);
const show = (triple: Triple): string => `${triple.type} ${triple.sourceId} -> ${triple.targetId}`;

const rows: { name: string; score: Score; gold: number }[] = [];
const allClaims: Triple[] = [];
const allGold: Triple[] = [];
for (const path of documents) {
  const name = basename(path, '.txt');
  const text = readFileSync(path, 'utf8');
  const gold = loadGold(join(root, 'tests/fixtures/gold', `${name}.yaml`), text, vocabulary);
  const claims = extractDocument(text, vocabulary).claims;
  // Prefix with the document so the overall score does not merge triples across documents.
  allClaims.push(...claims.map((claim) => ({ ...claim, sourceId: `${name}/${claim.sourceId}` })));
  allGold.push(...gold.map((triple) => ({ ...triple, sourceId: `${name}/${triple.sourceId}` })));
  rows.push({ name, score: scoreExtraction(claims, gold), gold: gold.length });
}

const width = Math.max(...rows.map((row) => row.name.length), 'overall'.length);
console.log(`${'document'.padEnd(width)}  gold  found  precision  recall  f1`);
for (const { name, score, gold } of rows) {
  const found = score.truePositives.length + score.falsePositives.length;
  console.log(`${name.padEnd(width)}  ${String(gold).padStart(4)}  ${String(found).padStart(5)}  ${format(score.precision).padStart(9)}  ${format(score.recall).padStart(6)}  ${format(score.f1)}`);
}
const overall = scoreExtraction(allClaims, allGold);
console.log(`${'overall'.padEnd(width)}  ${String(allGold.length).padStart(4)}  ${String(allClaims.length).padStart(5)}  ${format(overall.precision).padStart(9)}  ${format(overall.recall).padStart(6)}  ${format(overall.f1)}`);

for (const { name, score } of rows) {
  if (score.falsePositives.length === 0 && score.misses.length === 0) continue;
  console.log(`\n${name}`);
  for (const triple of score.falsePositives) console.log(`  false positive  ${show(triple)}`);
  for (const triple of score.misses) console.log(`  miss            ${show(triple)}`);
}

const failing = rows.filter(({ score }) => score.precision < MIN_PRECISION || score.recall < MIN_RECALL);
if (failing.length > 0) {
  console.error(`\nBelow precision ${MIN_PRECISION} or recall ${MIN_RECALL}: ${failing.map((row) => row.name).join(', ')}`);
  process.exitCode = 1;
}
