import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

import { extractDocument } from '../extractDocument';
import type { Claim } from '../types';
import { loadVocabulary } from '../vocabulary/loadVocabulary';
import { type Gold, loadGold } from './loadGold';
import { type Score, scoreExtraction, type Triple } from './scoreExtraction';

// `npm run eval`: scores extraction against the gold of the corpus document and of every fixture
// document, per document, per style and per half (the project's first three documents are the
// "existing gold"), with precision/recall/F1 on affirmed claims and denials caught and leaked.
// Fails when a gold denial leaks (is output as affirmed only), and when the existing gold falls
// below the floor it held before the rewrite.
const EXISTING_FLOOR = { precision: 0.95, recall: 0.95 };
const TEST_TARGET = { precision: 0.9, recall: 0.8, documentPrecision: 0.8, documentRecall: 0.6 };
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

interface Row {
  name: string;
  gold: Gold;
  claims: Claim[];
  score: Score;
}

// `npm run eval -- --half tuning,existing` scores only those halves ("existing" is the first three
// documents), so rules can be changed while looking at the tuning half alone.
const halfArgument = process.argv.indexOf('--half');
const halves = halfArgument >= 0 ? new Set((process.argv[halfArgument + 1] ?? '').split(',')) : undefined;

const rows: Row[] = documents
  .map((path) => {
    const name = basename(path, '.txt');
    const text = readFileSync(path, 'utf8');
    return { name, text, gold: loadGold(join(root, 'tests/fixtures/gold', `${name}.yaml`), text, vocabulary) };
  })
  .filter(({ gold }) => !halves || halves.has(gold.half ?? 'existing'))
  .map(({ name, text, gold }) => {
    const claims = extractDocument(text, vocabulary).claims;
    return { name, gold, claims, score: scoreExtraction(claims, gold) };
  });

/** Scores several documents as one, each triple prefixed with its document so none merge across documents. */
function pooled(group: readonly Row[]): Score {
  const prefix = <T extends Triple>(name: string, triple: T): T => ({ ...triple, sourceId: `${name}/${triple.sourceId}` });
  return scoreExtraction(
    group.flatMap((row) => row.claims.map((claim) => prefix(row.name, claim))),
    {
      affirmed: group.flatMap((row) => row.gold.affirmed.map((triple) => prefix(row.name, triple))),
      denied: group.flatMap((row) => row.gold.denied.map((triple) => prefix(row.name, triple))),
    },
  );
}

const halfOf = (row: Row): string => row.gold.half ?? 'existing gold';
const line = (name: string, score: Score, width: number): string => {
  const found = score.truePositives.length + score.falsePositives.length;
  const gold = score.truePositives.length + score.misses.length;
  return `${name.padEnd(width)}  ${String(gold).padStart(4)}  ${String(found).padStart(5)}  ${format(score.precision).padStart(9)}  ${format(score.recall).padStart(6)}  ${format(score.f1)}  ${`${score.denialsCaught.length}/${score.denials}`.padStart(6)}  ${String(score.denialsLeaked.length).padStart(6)}`;
};

const groups = (key: (row: Row) => string): [string, Row[]][] => {
  const byKey = new Map<string, Row[]>();
  for (const row of rows) byKey.set(key(row), [...(byKey.get(key(row)) ?? []), row]);
  return [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b));
};

const width = Math.max(...rows.map((row) => row.name.length + 2), 'overall'.length) + 8;
const header = `${''.padEnd(width)}  gold  found  precision  recall  f1     caught  leaked`;
console.log(`Per document\n${header}`);
for (const row of rows) console.log(line(`${row.name} (${row.gold.style ?? halfOf(row)})`, row.score, width));
console.log(`\nPer style\n${header}`);
for (const [style, group] of groups((row) => row.gold.style ?? 'existing gold')) console.log(line(style, pooled(group), width));
console.log(`\nPer half\n${header}`);
for (const [half, group] of groups(halfOf)) console.log(line(half, pooled(group), width));
const overall = pooled(rows);
console.log(line('overall', overall, width));

for (const { name, score } of rows) {
  if (score.falsePositives.length + score.misses.length + score.denialsLeaked.length + score.denials - score.denialsCaught.length === 0) continue;
  console.log(`\n${name}`);
  for (const triple of score.falsePositives) console.log(`  false positive  ${show(triple)}`);
  for (const triple of score.misses) console.log(`  miss            ${show(triple)}`);
  for (const triple of score.denialsLeaked) console.log(`  denial leaked   ${show(triple)}`);
  const caught = new Set(score.denialsCaught.map(show));
  const leaked = new Set(score.denialsLeaked.map(show));
  const gold = rows.find((row) => row.name === name)!.gold.denied.map(show);
  for (const denial of new Set(gold)) if (!caught.has(denial) && !leaked.has(denial)) console.log(`  denial missed   ${denial}`);
}

const failures: string[] = [];
if (overall.denialsLeaked.length > 0) failures.push(`${overall.denialsLeaked.length} gold denial(s) leaked as affirmed claims`);
const existing = rows.filter((row) => row.gold.half === undefined);
const existingScore = pooled(existing);
if (existing.length > 0 && existingScore.precision < EXISTING_FLOOR.precision || existingScore.recall < EXISTING_FLOOR.recall) {
  failures.push(`existing gold below precision ${EXISTING_FLOOR.precision} / recall ${EXISTING_FLOOR.recall}`);
}
const test = rows.filter((row) => row.gold.half === 'test');
if (test.length > 0) {
  const score = pooled(test);
  const weak = test.filter((row) => row.score.precision < TEST_TARGET.documentPrecision || row.score.recall < TEST_TARGET.documentRecall);
  const met = score.precision >= TEST_TARGET.precision && score.recall >= TEST_TARGET.recall && weak.length === 0;
  console.log(`\nTest-half target (pooled P ≥ ${TEST_TARGET.precision}, R ≥ ${TEST_TARGET.recall}; each document P ≥ ${TEST_TARGET.documentPrecision}, R ≥ ${TEST_TARGET.documentRecall}): ${met ? 'met' : `not met${weak.length > 0 ? ` (${weak.map((row) => row.name).join(', ')})` : ''}`}`);
}
if (failures.length > 0) {
  console.error(`\nFailed: ${failures.join('; ')}`);
  process.exitCode = 1;
}
