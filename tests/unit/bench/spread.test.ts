import { spreadOf } from '../../../bench/spread';

describe('Bench: spread over rounds', () => {
  it('gives the median, smallest and largest value', () => {
    expect(spreadOf([12, 9, 30])).toEqual({ median: 12, min: 9, max: 30 });
    expect(spreadOf([4, 2])).toEqual({ median: 3, min: 2, max: 4 });
  });

  it('ignores figures that are not finite, and has none when nothing is left', () => {
    expect(spreadOf([5, NaN, Infinity])).toEqual({ median: 5, min: 5, max: 5 });
    expect(spreadOf([])).toEqual({ median: NaN, min: NaN, max: NaN });
  });
});
