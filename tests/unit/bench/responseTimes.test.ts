import { ResponseTimes } from '../../../bench/responseTimes';

describe('ResponseTimes', () => {
  it('keeps the fraction of a millisecond that autocannon’s histogram cuts off', () => {
    const times = new ResponseTimes();
    [3.9, 3.2, 3.7].forEach((time) => times.add(time));
    expect(times.percentile(50)).toBe(3.7);
  });

  it('gives the nearest-rank percentile, whatever order the responses came in', () => {
    const times = new ResponseTimes();
    for (let time = 100; time >= 1; time -= 1) times.add(time / 10);
    expect(times.percentile(50)).toBe(5);
    expect(times.percentile(99)).toBe(9.9);
    expect(times.percentile(100)).toBe(10);
    expect(times.percentile(0)).toBe(0.1);
  });

  it('is NaN with no response', () => {
    expect(new ResponseTimes().percentile(50)).toBeNaN();
  });
});
