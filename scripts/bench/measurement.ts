// What a measurement of `npm run bench` gets and gives: the runner prepares the app and the
// databases once, then calls every entry of its list with this context.
import type { BenchRow } from "./result";

export interface BenchContext {
  /** `--quick`: small data, short runs, for CI; only gross regressions fail. */
  quick: boolean;
  /** The running production app, e.g. http://127.0.0.1:3206. */
  base: string;
  /** Cookie header of a signed-in Party office session (reads every record). */
  cookie: string;
  /** The database the app serves (the large one when available, else the demo organ). */
  databaseUrl: string;
  /** What `databaseUrl` holds, for the rows' detail. */
  dataSet: string;
  /** The large database (`npm run seed:large`), when it could be provided. */
  largeDatabaseUrl?: string;
  /** Why there is no large database, when there is none. */
  largeMissing?: string;
}

export interface Measurement {
  name: string;
  /** Part of `--quick` (each must keep the quick run under a minute). */
  quick: boolean;
  run(context: BenchContext): Promise<BenchRow[]>;
}

/** The row a measurement gives when it could not run (a module not merged yet, no large database). */
export function notAvailable(name: string, goal: string, why: string): BenchRow {
  return { name, measured: Number.NaN, unit: "", goal, met: false, detail: `not available: ${why}` };
}

/** Nearest-rank percentile of a sample (sorted here). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
