import { agreeWithin, warmUp } from '../../../bench/warmUp';

const windows = (throughputs: number[]) => {
  const queue = [...throughputs];
  return async () => queue.shift() ?? NaN;
};

describe('Bench: warm-up until steady', () => {
  it('counts two figures as agreeing when they differ by at most the tolerance of the larger', () => {
    expect(agreeWithin(100, 110, 0.1)).toBe(true);
    expect(agreeWithin(100, 112, 0.1)).toBe(false);
    expect(agreeWithin(0, 0, 0.1)).toBe(true);
  });

  it('stops at the first two consecutive windows that agree', async () => {
    expect(await warmUp(windows([46, 150, 300, 370, 379, 500]), { tolerance: 0.1, maxWindows: 15 })).toEqual({
      windows: [46, 150, 300, 370, 379],
      steady: true,
    });
  });

  it('runs at least two windows, and stops at the cap unsteady', async () => {
    expect(await warmUp(windows([100, 100]), { tolerance: 0.1, maxWindows: 1 })).toEqual({ windows: [100, 100], steady: true });
    expect(await warmUp(windows([100, 200, 400, 800]), { tolerance: 0.1, maxWindows: 3 })).toEqual({ windows: [100, 200, 400], steady: false });
  });
});
