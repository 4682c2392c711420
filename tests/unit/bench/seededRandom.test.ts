import { seededRandom, seedFor } from '../../../bench/seededRandom';

describe('seededRandom', () => {
  it('repeats its sequence for a seed, in [0, 1)', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('gives each item of a stream its own seed', () => {
    expect(seedFor(42, 1)).not.toEqual(seedFor(42, 2));
    expect(seedFor(42, 1)).toEqual(seedFor(42, 1));
  });
});
