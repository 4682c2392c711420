import { AFFIRMED_STANCES, STANCES, stanceOf, type StanceCounts } from '../../../src/domain/stance';

const counts = (given: Partial<StanceCounts>): StanceCounts => ({ affirmingAsserted: 0, affirmingHedged: 0, negating: 0, curated: false, ...given });

describe('stanceOf: where a relationship stands, from its sentences', () => {
  it.each([
    ['one plain affirmation', counts({ affirmingAsserted: 1 }), 'SUPPORTED'],
    ['an asserted affirmation beside hedged ones', counts({ affirmingAsserted: 1, affirmingHedged: 3 }), 'SUPPORTED'],
    ['hedged affirmations only', counts({ affirmingHedged: 2 }), 'HEDGED'],
    ['affirmed and denied', counts({ affirmingAsserted: 2, negating: 1 }), 'CONTESTED'],
    ['affirmed with a hedge and denied', counts({ affirmingHedged: 1, negating: 1 }), 'CONTESTED'],
    ['denied only', counts({ negating: 2 }), 'DENIED'],
    ['a curator, with no sentence', counts({ curated: true }), 'SUPPORTED'],
    ['a curator, with hedged sentences only', counts({ curated: true, affirmingHedged: 1 }), 'SUPPORTED'],
    ['a curator against sentences that deny it', counts({ curated: true, negating: 1 }), 'CONTESTED'],
  ] as const)('%s → %s', (_case, given, expected) => {
    expect(stanceOf(given)).toBe(expected);
  });

  it('refuses a relationship that nothing speaks for or against', () => {
    expect(() => stanceOf(counts({}))).toThrow(RangeError);
  });

  it('traversal follows every stance but DENIED', () => {
    expect(STANCES.filter((stance) => !AFFIRMED_STANCES.includes(stance))).toEqual(['DENIED']);
  });
});
