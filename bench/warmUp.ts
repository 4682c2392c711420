export interface WarmUp {
  /** Throughput of each warm-up window, in order. */
  windows: number[];
  /** True when the last two windows agreed within the tolerance; false when the cap was reached first. */
  steady: boolean;
}

export interface WarmUpOptions {
  /** Relative difference two consecutive windows may have and still count as agreeing (0.1 = 10 %). */
  tolerance: number;
  /** At most this many windows (at least two). */
  maxWindows: number;
}

/** True when `a` and `b` differ by at most `tolerance` of the larger (both zero agree). */
export function agreeWithin(a: number, b: number, tolerance: number): boolean {
  const larger = Math.max(Math.abs(a), Math.abs(b));
  return larger === 0 || Math.abs(a - b) <= tolerance * larger;
}

/**
 * Runs warm-up windows until two consecutive ones give the same throughput within the tolerance:
 * a server's JIT, caches and pools settle over its first seconds under load, and a figure taken
 * before they do measures the warm-up, not the server.
 */
export async function warmUp(window: () => Promise<number>, { tolerance, maxWindows }: WarmUpOptions): Promise<WarmUp> {
  const windows: number[] = [];
  while (windows.length < Math.max(2, maxWindows)) {
    windows.push(await window());
    const [previous, last] = windows.slice(-2);
    if (windows.length >= 2 && agreeWithin(previous ?? 0, last ?? 0, tolerance)) return { windows, steady: true };
  }
  return { windows, steady: false };
}
