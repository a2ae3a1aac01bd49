// Percentiles by nearest rank on the raw samples (no histogram bucketing): p95 of 200 samples is
// the 190th smallest, exactly as a reader would compute it.
export function percentile(samples, p) {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

/** Milliseconds with the precision a reader needs. */
export const ms = (value) => (value === null || value === undefined ? "–" : value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0));
