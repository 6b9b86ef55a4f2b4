export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

export function summarise(label: string, samplesMs: number[]): string {
  const s = [...samplesMs].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(2).padStart(8);
  return `${label.padEnd(44)} n=${String(s.length).padStart(5)}  p50=${f(percentile(s, 50))} ms  p95=${f(percentile(s, 95))} ms  max=${f(s[s.length - 1] ?? NaN)} ms`;
}
