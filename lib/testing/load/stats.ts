// Percentiles of recorded latencies (milliseconds), nearest-rank.
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))]!;
}

export const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : "–");

export function summary(values: number[]) {
  return { count: values.length, p50: percentile(values, 0.5), p99: percentile(values, 0.99), max: percentile(values, 1) };
}
