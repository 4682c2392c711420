import { scoreExtraction } from '../../../src/extraction/evaluation/scoreExtraction';
import type { Claim, Evidence } from '../../../src/extraction/types';

const sentence = (polarity: Evidence['polarity']): Evidence => ({ passageIndex: 0, start: 0, end: 1, quote: 'x', polarity, certainty: 'ASSERTED' });
const claim = (type: Claim['type'], sourceId: string, targetId: string, ...polarities: Evidence['polarity'][]): Claim => ({
  type,
  sourceId,
  targetId,
  evidence: polarities.map(sentence),
});

describe('scoreExtraction', () => {
  const a = { type: 'CAUSES' as const, sourceId: 's:a', targetId: 't:a' };
  const b = { type: 'CAUSES' as const, sourceId: 's:b', targetId: 't:b' };
  const c = { type: 'RELIEVES' as const, sourceId: 's:a', targetId: 't:a' };

  it('scores distinct (type, source, target) triples the output affirms', () => {
    const claims = [claim('CAUSES', 's:a', 't:a', 'AFFIRMED'), claim('RELIEVES', 's:a', 't:a', 'AFFIRMED', 'AFFIRMED')];
    const score = scoreExtraction(claims, { affirmed: [a, b], denied: [] });
    expect(score.precision).toBe(0.5);
    expect(score.recall).toBe(0.5);
    expect(score.f1).toBe(0.5);
    expect(score.falsePositives).toEqual([c]);
    expect(score.misses).toEqual([b]);
  });

  it('does not count a claim the output only denies as affirmed', () => {
    const score = scoreExtraction([claim('CAUSES', 's:a', 't:a', 'NEGATED')], { affirmed: [a], denied: [] });
    expect(score.truePositives).toEqual([]);
    expect(score.misses).toEqual([a]);
  });

  it('catches a gold denial output with a NEGATED sentence, and leaks one output only as affirmed', () => {
    const claims = [claim('CAUSES', 's:a', 't:a', 'AFFIRMED', 'NEGATED'), claim('CAUSES', 's:b', 't:b', 'AFFIRMED')];
    const score = scoreExtraction(claims, { affirmed: [], denied: [a, b] });
    expect(score.denialsCaught).toEqual([a]);
    expect(score.denialsLeaked).toEqual([b]);
  });

  it('does not call a denial leaked when the gold affirms it too (the document disagrees with itself)', () => {
    const score = scoreExtraction([claim('CAUSES', 's:a', 't:a', 'AFFIRMED')], { affirmed: [a], denied: [a] });
    expect(score.denialsLeaked).toEqual([]);
    expect(score.denialsCaught).toEqual([]);
  });
});
