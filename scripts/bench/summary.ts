// Benchmark 4 of `npm run bench`: drafting a year's annual summary from the records and exporting
// it as the official .docx — what GET /api/summary/export does for the organ's live draft (every
// figure of the metric registry, the office's text, the GB/T 9704 document as bytes), minus the
// audit row and the HTTP response. It runs on a data set of its own, 100 branches and about 50 000
// records in one year (`npm run seed:large` with the flags below, kept between runs), or on the
// demo organ in a quick run. Import with the react-server condition: the summary service is server-only.
import { createPrismaClient } from "../../lib/db/connect";
import { todayInOrgan } from "../../lib/dates";
import type { CurrentUser } from "../../lib/auth/session";
import { summaryDocx } from "../../lib/summary/docx";
import type { SummaryKey } from "../../lib/summary/schema";
import { summaryForExport } from "../../lib/summary/service";
import { databaseUrl } from "../lib/pg-admin";
import { largeDatabase, type LargeDataSet } from "./environment";
import { notAvailable, percentile, round, type BenchContext } from "./measurement";
import type { BenchRow } from "./result";

const NAME = "summary draft and .docx export p95";
const GOAL_MS = 1000;
const GOAL = "p95 ≤ 1 s";
/** The goal's data set, for the row's detail. */
const DATA_SET = "100 branches, ~50 000 records in the year";

/** The goal's organ: 100 branches and about 50 000 records over one year. */
export const SUMMARY_DATA_SET: LargeDataSet = { suffix: "summary", flags: ["--branches", "100", "--years", "1", "--records", "50000"] };

export interface SummaryBenchOptions {
  databaseUrl: string;
  /** Timed exports after the warm-up. */
  iterations?: number;
  /** What the database holds, for the row's detail. */
  dataSet?: string;
}

/** The Party office, who exports the organ's summary; the summary service reads nothing else of the session. */
const PARTY_OFFICE: CurrentUser = {
  id: "bench-party-office",
  username: "party-office",
  displayName: "党建办",
  role: "PARTY_OFFICE",
  branchId: null,
  mustChangePassword: false,
  mustEnrolTotp: false,
  sessionId: "bench",
};

/** The last year with records (a kept data set may have been seeded in an earlier year), else this one. */
async function summaryYear(prisma: ReturnType<typeof createPrismaClient>): Promise<number> {
  const [row] = await prisma.$queryRaw<{ year: number | null }[]>`SELECT extract(year FROM max(date))::int AS year FROM "StudySession" WHERE "deletedAt" IS NULL`;
  return row?.year ?? todayInOrgan().getUTCFullYear();
}

export async function benchSummary(options: SummaryBenchOptions): Promise<BenchRow[]> {
  const iterations = options.iterations ?? 20;
  const prisma = createPrismaClient(options.databaseUrl);
  try {
    const key: SummaryKey = { year: await summaryYear(prisma), period: "YEAR", orgUnitId: null };
    const exportOnce = async () => {
      const started = performance.now();
      const { document } = await summaryForExport(PARTY_OFFICE, key, null, prisma);
      const drafted = performance.now();
      const bytes = await summaryDocx(document);
      const finished = performance.now();
      const zero = new Set(document.omitted.flatMap((clause) => clause.metrics)).size;
      return { total: finished - started, draft: drafted - started, docx: finished - drafted, bytes: bytes.length, stated: document.stated.length, zero };
    };
    for (let warm = 0; warm < 3; warm += 1) await exportOnce();
    const runs: Awaited<ReturnType<typeof exportOnce>>[] = [];
    for (let run = 0; run < iterations; run += 1) runs.push(await exportOnce());
    const p = (part: "total" | "draft" | "docx", at: number) => percentile(runs.map((entry) => entry[part]), at);
    const p95 = p("total", 95);
    const ms = (part: "total" | "draft" | "docx", at: number) => round(p(part, at));
    return [
      {
        name: NAME,
        measured: round(p95),
        unit: "ms",
        goal: GOAL,
        met: p95 <= GOAL_MS,
        grossRegression: p95 > GOAL_MS * 2,
        detail:
          `p50 ${ms("total", 50)} ms; drafting (every figure) p50 ${ms("draft", 50)} / p95 ${ms("draft", 95)} ms, ` +
          `.docx p50 ${ms("docx", 50)} / p95 ${ms("docx", 95)} ms; ${runs[0].stated} figures stated, ${runs[0].zero} zero, ${Math.round(runs[0].bytes / 1024)} KB; ` +
          `${iterations} runs, year ${key.year}, ${options.dataSet ?? DATA_SET}`,
      },
    ];
  } finally {
    await prisma.$disconnect();
  }
}

/** The entry `npm run bench` calls: the goal's data set (seeded once), or the demo organ of a quick run. */
export default async function benchSummaryInRun(context: BenchContext): Promise<BenchRow[]> {
  if (context.quick) return benchSummary({ databaseUrl: context.databaseUrl, iterations: 10, dataSet: context.dataSet });
  const large = await largeDatabase({ adminUrl: databaseUrl(context.databaseUrl, "postgres") }, SUMMARY_DATA_SET);
  if ("missing" in large) return [notAvailable(NAME, GOAL, large.missing)];
  return benchSummary({ databaseUrl: large.url });
}
