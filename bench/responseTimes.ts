/**
 * Response times as the load generator measured them (milliseconds, to the microsecond), kept whole so
 * percentiles are exact. autocannon's own histogram records whole milliseconds, cutting the fraction
 * off: at the floor's 3–5 ms under load that alone moves a ratio by up to a third (3.9 ms reads as 3).
 */
export class ResponseTimes {
  private readonly times: number[] = [];

  add(milliseconds: number): void {
    this.times.push(milliseconds);
  }

  /** The nearest-rank percentile (the smallest time at least `percent` % of responses took no longer than); NaN with none. */
  percentile(percent: number): number {
    if (this.times.length === 0) return NaN;
    // Sorted in place: their order means nothing, and a second percentile then sorts a sorted list.
    this.times.sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((percent / 100) * this.times.length));
    return this.times[rank - 1] as number;
  }
}
