/** Order statistics shared by the benchmarks: nearest-rank percentiles, NaN for no samples. */
export const sortAscending = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

export const percentileOfSorted = (sorted: readonly number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]! : NaN;

export const percentile = (values: readonly number[], p: number): number =>
  percentileOfSorted(sortAscending(values), p);

export const median = (values: readonly number[]): number => percentile(values, 50);
