import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';

import { goldIdResolver } from '../src/extraction/evaluation/resolveGoldId';
import { extractDocument } from '../src/extraction/extractDocument';
import type { Extraction } from '../src/extraction/types';
import { loadVocabulary } from '../src/extraction/vocabulary/loadVocabulary';

// `npx tsx scripts/classifyErrors.ts`: where extraction's errors come from, by class, pooled per half
// (never per document, so the blind half stays unread). A miss is classed by where its entities are:
// named nowhere in the output, not both in the sentence of the gold quote, both there with no claim,
// claimed only as denied, or claimed with another type; a false positive by what the gold has of it.
// A measurement, not a test: the README states what it found.
const root = resolve(__dirname, '..');
const vocabulary = loadVocabulary(join(root, 'seed/vocabulary'));
const resolveId = goldIdResolver(vocabulary);

interface GoldClaim {
  type: string;
  source: string;
  target: string;
  quote: string;
}

const keyOf = (type: string, source: string, target: string): string => `${type}|${source}|${target}`;
const pairOf = (a: string, b: string): string => [a, b].sort().join('|');

/** The sentence around a quote, as far as the nearest sentence end or line break on each side. */
function sentenceAround(text: string, quote: string): [number, number] {
  const at = text.indexOf(quote);
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start -= 1;
  let end = at + quote.length;
  while (end < text.length && !/[.!?\n]/.test(text[end]!)) end += 1;
  return [start, end];
}

function classify(text: string, gold: { affirmed: GoldClaim[]; denied: GoldClaim[] }, extraction: Extraction, add: (kind: string) => void): void {
  const affirmed = extraction.claims.filter((claim) => claim.evidence.some((evidence) => evidence.polarity === 'AFFIRMED'));
  const output = new Set(affirmed.map((claim) => keyOf(claim.type, claim.sourceId, claim.targetId)));
  const negated = new Set(extraction.claims.filter((claim) => claim.evidence.some((evidence) => evidence.polarity === 'NEGATED')).map((claim) => keyOf(claim.type, claim.sourceId, claim.targetId)));
  const outputPairs = new Set(affirmed.map((claim) => pairOf(claim.sourceId, claim.targetId)));
  const named = new Set([...extraction.mentions.map((mention) => mention.entityId), ...extraction.provisional.map((entity) => entity.id), ...extraction.claims.flatMap((claim) => [claim.sourceId, claim.targetId])]);
  const inSpan = (id: string, [start, end]: [number, number]): boolean => extraction.mentions.some((mention) => mention.entityId === id && mention.start >= start && mention.end <= end);
  const goldKeys = new Set(gold.affirmed.map((claim) => keyOf(claim.type, claim.source, claim.target)));
  const seen = new Set<string>();
  for (const claim of gold.affirmed) {
    const key = keyOf(claim.type, claim.source, claim.target);
    if (seen.has(key) || output.has(key)) continue;
    seen.add(key);
    const span = sentenceAround(text, claim.quote);
    if (!named.has(claim.source) || !named.has(claim.target)) add('miss: an entity found nowhere');
    else if (outputPairs.has(pairOf(claim.source, claim.target))) add('miss: claimed with another type');
    else if (negated.has(key)) add('miss: claimed only as denied');
    else if (!inSpan(claim.source, span) || !inSpan(claim.target, span)) add(`miss: ${inSpan(claim.source, span) ? 'target' : 'source'} not named in its sentence`);
    else add('miss: both named in the sentence, no claim');
  }
  const goldPairs = new Set([...gold.affirmed, ...gold.denied].map((claim) => pairOf(claim.source, claim.target)));
  const deniedKeys = new Set(gold.denied.map((claim) => keyOf(claim.type, claim.source, claim.target)));
  const missed = gold.affirmed.filter((claim) => !output.has(keyOf(claim.type, claim.source, claim.target)));
  const goldSpans = [...gold.affirmed, ...gold.denied].map((claim) => sentenceAround(text, claim.quote));
  for (const claim of new Map(affirmed.map((claim) => [keyOf(claim.type, claim.sourceId, claim.targetId), claim])).values()) {
    const key = keyOf(claim.type, claim.sourceId, claim.targetId);
    if (goldKeys.has(key)) continue;
    const evidence = claim.evidence.find((each) => each.polarity === 'AFFIRMED')!;
    const oneEndWrong = missed.some((gold) => gold.type === claim.type && (gold.source === claim.sourceId) !== (gold.target === claim.targetId));
    if (deniedKeys.has(key)) add('false positive: the gold denies it');
    else if (goldPairs.has(pairOf(claim.sourceId, claim.targetId))) add('false positive: the gold has the pair with another type');
    else if (oneEndWrong) add('false positive: right type, one end wrong');
    else if (goldSpans.some(([start, end]) => evidence.start < end && evidence.end > start)) add('false positive: in a sentence with another gold claim');
    else add('false positive: in a sentence with no gold claim');
  }
}

const counts = new Map<string, Map<string, number>>();
const documents = [join(root, 'seed/documents/kratom-opioid-withdrawal.txt'), ...readdirSync(join(root, 'tests/fixtures/documents')).filter((file) => file.endsWith('.txt')).map((file) => join(root, 'tests/fixtures/documents', file))];
for (const path of documents) {
  const text = readFileSync(path, 'utf8');
  const raw = parse(readFileSync(join(root, 'tests/fixtures/gold', `${basename(path, '.txt')}.yaml`), 'utf8')) as { half?: string; claims?: GoldClaim[]; denied?: GoldClaim[] };
  const resolved = (list: GoldClaim[] | undefined): GoldClaim[] => (list ?? []).map((claim) => ({ ...claim, source: resolveId(claim.source), target: resolveId(claim.target) }));
  const half = raw.half ?? 'existing';
  const tally = counts.get(half) ?? new Map<string, number>();
  counts.set(half, tally);
  classify(text, { affirmed: resolved(raw.claims), denied: resolved(raw.denied) }, extractDocument(text, vocabulary), (kind) => tally.set(kind, (tally.get(kind) ?? 0) + 1));
}
for (const [half, tally] of [...counts].sort()) {
  console.log(half);
  for (const [kind, count] of [...tally].sort()) console.log(`  ${kind.padEnd(60)} ${count}`);
}
