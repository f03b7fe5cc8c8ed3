// Benchmark 1 of `npm run bench`: the leadership dashboard's data function against the same
// aggregates written by hand (bench/sql/dashboard-baseline.sql) and run directly through `pg`,
// on the same database in the same run, interleaved so that both see the same machine load.
// Import with the react-server condition (tsx --conditions=react-server): the data function is server-only.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../../lib/db/connect";
import { JIT_OFF } from "../../lib/db/pg-options";
import { formatCalendarDate, todayInOrgan } from "../../lib/dates";
import { computeLeadershipData } from "../../lib/dashboard/leadership";
import type { BenchContext } from "./measurement";
import type { BenchRow } from "./result";

const ROOT = path.resolve(import.meta.dirname, "../..");
const RATIO_GOAL = 1.5;
const P95_GOAL_MS = 150;

export interface DashboardBenchOptions {
  /** The large database (npm run seed:large). */
  databaseUrl: string;
  /** Timed runs of each side after the warm-up. */
  iterations?: number;
  /** The demo organ instead of the large database: the ratio is reported but gates nothing. */
  smallData?: boolean;
  /** The year shown; this year by default (the dashboard's default view). */
  year?: number;
}

/** The baseline file's statements, split at its "-- statement:" lines. */
export function baselineStatements(): { name: string; sql: string }[] {
  const text = readFileSync(path.join(ROOT, "bench/sql/dashboard-baseline.sql"), "utf8");
  return text
    .split(/^-- statement: /m)
    .slice(1)
    .map((chunk) => {
      const [name, ...rest] = chunk.split("\n");
      return { name: name.trim(), sql: rest.join("\n").trim() };
    });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

export async function benchDashboard(options: DashboardBenchOptions): Promise<BenchRow[]> {
  const iterations = options.iterations ?? 30;
  const today = todayInOrgan();
  const year = options.year ?? today.getUTCFullYear();
  const prisma = createPrismaClient(options.databaseUrl);
  // As many connections as Prisma's pool uses, so the baseline may run its statements side by
  // side too, and the same server options (no JIT) as the app's connections.
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10, options: JIT_OFF });
  const statements = baselineStatements();
  const params = [year, formatCalendarDate(today)];
  const dataFunction = () => computeLeadershipData({ kind: "all" }, { year }, prisma, today);
  // Each statement gets the parameters it uses ($1 only, or $1 and $2).
  const baseline = () => Promise.all(statements.map((statement) => pool.query(statement.sql, statement.sql.includes("$2") ? params : params.slice(0, 1))));
  try {
    for (let warm = 0; warm < 3; warm += 1) {
      await dataFunction();
      await baseline();
    }
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let run = 0; run < iterations; run += 1) {
      ours.push(await time(dataFunction));
      theirs.push(await time(baseline));
    }
    ours.sort((a, b) => a - b);
    theirs.sort((a, b) => a - b);
    const ratio = percentile(ours, 50) / percentile(theirs, 50);
    const p95 = percentile(ours, 95);
    const detail = (values: number[]) => `p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms`;
    return [
      {
        name: "dashboard data function vs baseline SQL (median ratio)",
        measured: Math.round(ratio * 100) / 100,
        unit: "×",
        goal: `≤ ${RATIO_GOAL}`,
        met: ratio <= RATIO_GOAL,
        // On the small demo organ of a quick run each side takes a few milliseconds, so fixed
        // per-call costs decide the ratio: it gates a run only on the large database.
        grossRegression: !options.smallData && ratio > RATIO_GOAL * 2,
        detail: `data function ${detail(ours)}; baseline ${detail(theirs)}; ${iterations} runs each, year ${year}`,
      },
      {
        name: "dashboard data function p95",
        measured: Math.round(p95 * 10) / 10,
        unit: "ms",
        goal: `p95 ≤ ${P95_GOAL_MS} ms`,
        // An absolute time: too noisy on a shared machine to fail a run on.
        met: p95 <= P95_GOAL_MS,
        detail: detail(ours),
      },
    ];
  } finally {
    await Promise.all([prisma.$disconnect(), pool.end()]);
  }
}

/** The entry `npm run bench` calls: the large database when there is one, else the demo organ of a quick run. */
export default function benchDashboardInRun(context: BenchContext): Promise<BenchRow[]> {
  return benchDashboard({ databaseUrl: context.largeDatabaseUrl ?? context.databaseUrl, smallData: !context.largeDatabaseUrl, iterations: context.quick ? 10 : 30 });
}
