// The shape every benchmark of `npm run bench` reports, so one runner can print them as one
// table and write them to bench/results/latest.json.

export interface BenchRow {
  /** What was measured, e.g. "dashboard data function vs baseline SQL". */
  name: string;
  /** The measured value in `unit` (a ratio, milliseconds, KB, requests/s …). */
  measured: number;
  unit: string;
  /** The goal as printed, e.g. "≤ 1.5" or "p95 ≤ 150 ms". */
  goal: string;
  /** Whether the measurement meets the goal. */
  met: boolean;
  /** For `--quick` in CI: true when the measurement is more than twice off its goal. */
  grossRegression?: boolean;
  /** Anything a reader needs to judge the figure (p50/p95, sample size, data size). */
  detail?: string;
}
