/** A figure over several rounds: the median and the smallest and largest value. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spreadOf(values: number[]): Spread {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length === 0) return { median: NaN, min: NaN, max: NaN };
  const middle = Math.floor(finite.length / 2);
  const median = finite.length % 2 === 1 ? (finite[middle] as number) : ((finite[middle - 1] as number) + (finite[middle] as number)) / 2;
  return { median, min: finite[0] as number, max: finite.at(-1) as number };
}
