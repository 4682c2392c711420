import { scoreExtraction } from '../../../src/extraction/evaluation/scoreExtraction';

describe('scoreExtraction', () => {
  it('scores distinct (type, source, target) triples', () => {
    const a = { type: 'CAUSES' as const, sourceId: 's:a', targetId: 't:a' };
    const b = { type: 'CAUSES' as const, sourceId: 's:b', targetId: 't:b' };
    const c = { type: 'RELIEVES' as const, sourceId: 's:a', targetId: 't:a' };
    const score = scoreExtraction([a, a, c], [a, b]);
    expect(score.precision).toBe(0.5);
    expect(score.recall).toBe(0.5);
    expect(score.f1).toBe(0.5);
    expect(score.falsePositives).toEqual([c]);
    expect(score.misses).toEqual([b]);
  });
});
