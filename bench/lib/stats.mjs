// Summary statistics for the benchmark: median, quartiles, spread, paired ratios.

/** The q-quantile (0–1) of sorted numbers, interpolated linearly. */
function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** { n, median, q1, q3, min, max } of a list of numbers (NaN-free). */
export function summarize(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0] ?? NaN,
    max: sorted.at(-1) ?? NaN,
  };
}

/**
 * Ours against the floor, measured alternately in the same run: the ratio of
 * the medians, and the median (with spread) of the run-by-run ratios.
 */
export function pairedRatio(ours, floor) {
  const pairs = ours.map((v, i) => v / floor[i]).filter((v) => Number.isFinite(v));
  return { ofMedians: summarize(ours).median / summarize(floor).median, paired: summarize(pairs) };
}
