import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Db, Tx } from "@/lib/db/connect";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { cacheUntilRecordsChange } from "@/lib/records/cache";
import { contextFor, evaluateBatch, metricEnvironment, type Figure, type MetricEnvironment } from "@/lib/metrics/evaluate";
import { filterPeriod, halfOf, sameLastYear, type MetricFilter } from "@/lib/metrics/filter";
import { METRIC_KEYS, METRICS, type MetricKey } from "@/lib/metrics/registry";
import { unitSql } from "@/lib/metrics/sql";
import type { MetricContext, MetricPillar, UnitFilter } from "@/lib/metrics/types";
import { topRows, type BehindRow } from "./rows";

// The leadership dashboard's data: every figure comes from the metric registry, so each one
// links to its drill-down list. Computed in two round trips (one statement for all figures,
// the "what is behind" lists beside it) and cached until the next write.

export const HEADLINE_KEYS = [
  "education.centralGroupSessions",
  "education.centralGroupSpeeches",
  "education.orgLifeCompletion",
  "education.checklistTasksDone",
  "education.checklistTasksOverdue",
  "education.themedActivities",
  "management.findings",
  "management.rectificationItems",
  "management.rectificationOverdue",
  "management.rectificationClosureRate",
  "management.rectificationDaysToClose",
  "management.jointCoverage",
  "management.jointCoveredBranches",
  "management.publicity",
  "management.ideologyAnalyses",
  "management.documentsIssued",
  "integrity.activities",
  "integrity.checks",
  "mass.activities",
  "mass.villageVisits",
] as const satisfies readonly MetricKey[];

export const PILLARS: readonly MetricPillar[] = ["EDUCATION", "MANAGEMENT", "INTEGRITY", "MASS"];

/** The registry's activity figures, which make up each pillar's activity by month. */
export const ACTIVITY_KEYS = METRIC_KEYS.filter((key) => METRICS[key].activity);

export const BEHIND_KEYS = [
  "education.branchesWithoutOrgLife",
  "management.rectificationRed",
  "management.rectificationOverdue",
  "education.checklistTasksOverdue",
  "education.checklistTasksDueSoon",
  "management.ideologyMissingQuarters",
] as const satisfies readonly MetricKey[];

const BEHIND_ROWS = 5;
/** Years of joint-building coverage shown, by half, up to the filter's year. */
const COVERAGE_YEARS = 3;

export interface Headline {
  key: MetricKey;
  current: Figure;
  lastYear: Figure;
  firstHalf: Figure;
  secondHalf: Figure;
}

export interface LeadershipData {
  headlines: Headline[];
  /** Months of the period (1–12) and, per pillar, its activities in each. */
  activity: { months: number[]; byPillar: Record<MetricPillar, number[]> };
  /** Organisational-life meetings per branch and month of the period. */
  heatmap: { months: number[]; branches: string[]; counts: number[][] };
  /** Rectification items open at each month's end, up to today. */
  burndown: { months: number[]; open: number[] };
  /** Joint-building coverage (percent) per half; `filters` are the halves, for links. */
  coverage: { filters: MetricFilter[]; values: (number | null)[] };
  /** Each "what is behind" list: its count, its first rows, and the filter its link carries (this month for organisational life). */
  behind: { key: MetricKey; filter: MetricFilter; total: number; rows: BehindRow[] }[];
}

const monthsOf = (ctx: MetricContext) => Array.from({ length: ctx.end.getUTCMonth() - ctx.start.getUTCMonth() + 1 }, (_, index) => ctx.start.getUTCMonth() + 1 + index);

/** This month when the period includes today, else the period's last month. */
function behindMonth(filter: MetricFilter, today: Date): MetricFilter {
  const period = filterPeriod(filter);
  const month = today >= period.start && today <= period.end ? today.getUTCMonth() + 1 : period.end.getUTCMonth() + 1;
  return { year: filter.year, month, branch: filter.branch };
}

/** Names of the live branches under the filter, in the organ's order: the heatmap's rows. */
async function branchNames(ctx: MetricContext, client: Db | Tx): Promise<string[]> {
  const rows = await client.$queryRaw<{ name: string }[]>(Prisma.sql`
    SELECT b.name FROM "OrgUnit" b
    WHERE b.type = 'BRANCH' AND b."deletedAt" IS NULL AND b."effectiveFrom" <= ${formatCalendarDate(ctx.end)}::date
      AND (b."effectiveTo" IS NULL OR b."effectiveTo" >= ${formatCalendarDate(ctx.start)}::date) AND ${unitSql(ctx, Prisma.sql`b.id`)}
    ORDER BY b."sortOrder", b.name`);
  return rows.map((row) => row.name);
}

/** The leadership dashboard's data for a unit filter and a period filter, uncached: what the benchmark measures. */
export async function computeLeadershipData(units: UnitFilter, filter: MetricFilter, client: Db | Tx = db, today: Date = todayInOrgan()): Promise<LeadershipData> {
  const env: MetricEnvironment = await metricEnvironment(units, client, today);
  const ctx = contextFor(env, filter);
  const months = monthsOf(ctx);
  const periodContexts = [filter, sameLastYear(filter), halfOf(filter, 1), halfOf(filter, 2)].map((f) => contextFor(env, f));
  const burnMonths = months.filter((month) => filter.year < today.getUTCFullYear() || (filter.year === today.getUTCFullYear() && month <= today.getUTCMonth() + 1));
  const coverageFilters = Array.from({ length: COVERAGE_YEARS * 2 }, (_, index): MetricFilter => ({
    year: filter.year - COVERAGE_YEARS + 1 + Math.floor(index / 2),
    half: (index % 2) + 1,
    branch: filter.branch,
  })).filter((f) => filterPeriod(f).start <= today);
  const behindFilters = BEHIND_KEYS.map((key) => (key === "education.branchesWithoutOrgLife" ? behindMonth(filter, today) : filter));

  const heatSplit = { sql: Prisma.sql`r."branchName" || '|' || extract(month FROM r.date)::int` };
  const headlineRequests = HEADLINE_KEYS.map((key) => ({ metric: METRICS[key], contexts: periodContexts, split: METRICS[key].breakdown ? ("breakdown" as const) : undefined }));
  // The figures run as a few statements side by side rather than one, so PostgreSQL can use more
  // than one core. The organisational-life completion is the costliest (every meeting owed in
  // both years compared): it gets two statements of its own, the filter's year and last year's.
  const heavy = headlineRequests.filter((request) => request.metric.spans);
  const light = headlineRequests.filter((request) => !request.metric.spans);
  const half = Math.ceil(light.length / 2);
  const [currentContext, lastYearContext, firstHalfContext, secondHalfContext] = periodContexts;
  const [batch, heavyThisYear, heavyLastYear, lightA, lightB, names, ...behindRows] = await Promise.all([
    evaluateBatch(
      [
        ...ACTIVITY_KEYS.map((key) => ({ metric: METRICS[key], ctx, split: "month" as const })),
        { metric: METRICS["education.orgLifeMeetings"], ctx, split: heatSplit },
        ...burnMonths.map((month) => ({ metric: METRICS["management.rectificationOpenAtEnd"], ctx: contextFor(env, { year: filter.year, month, branch: filter.branch }) })),
        ...coverageFilters.map((f) => ({ metric: METRICS["management.jointCoverage"], ctx: contextFor(env, f) })),
        ...BEHIND_KEYS.map((key, index) => ({ metric: METRICS[key], ctx: contextFor(env, behindFilters[index]) })),
      ],
      [],
      client,
    ),
    evaluateBatch([], heavy.map((request) => ({ ...request, contexts: [currentContext, firstHalfContext, secondHalfContext] })), client),
    evaluateBatch([], heavy.map((request) => ({ ...request, contexts: [lastYearContext] })), client),
    evaluateBatch([], light.slice(0, half), client),
    evaluateBatch([], light.slice(half), client),
    branchNames(ctx, client),
    ...BEHIND_KEYS.map((key, index) => topRows(METRICS[key], contextFor(env, behindFilters[index]), BEHIND_ROWS, client)),
  ]);
  const periodFigures = new Map<MetricKey, Figure[]>([
    ...heavy.map((request, index) => {
      const [thisYear, halfOne, halfTwo] = heavyThisYear.periods[index];
      const figures: Figure[] = [thisYear, heavyLastYear.periods[index][0], halfOne, halfTwo];
      return [request.metric.key as MetricKey, figures] as const;
    }),
    ...light.slice(0, half).map((request, index) => [request.metric.key as MetricKey, lightA.periods[index]] as const),
    ...light.slice(half).map((request, index) => [request.metric.key as MetricKey, lightB.periods[index]] as const),
  ]);

  let next = 0;
  const take = (count: number) => batch.figures.slice(next, (next += count));
  const activityFigures = take(ACTIVITY_KEYS.length);
  const [heat] = take(1);
  const burn = take(burnMonths.length);
  const coverage = take(coverageFilters.length);
  const behind = take(BEHIND_KEYS.length);

  const byPillar = Object.fromEntries(PILLARS.map((pillar) => [pillar, months.map(() => 0)])) as Record<MetricPillar, number[]>;
  ACTIVITY_KEYS.forEach((key, index) => {
    const series = byPillar[METRICS[key].pillar];
    months.forEach((month, position) => (series[position] += activityFigures[index].parts?.[String(month)] ?? 0));
  });

  return {
    headlines: HEADLINE_KEYS.map((key) => {
      const [current, lastYear, firstHalf, secondHalf] = periodFigures.get(key)!;
      return { key, current, lastYear, firstHalf, secondHalf };
    }),
    activity: { months, byPillar },
    heatmap: { months, branches: names, counts: names.map((name) => months.map((month) => heat.parts?.[`${name}|${month}`] ?? 0)) },
    burndown: { months: burnMonths, open: burn.map((figure) => figure.value ?? 0) },
    coverage: { filters: coverageFilters, values: coverage.map((figure) => figure.value) },
    behind: BEHIND_KEYS.map((key, index) => ({ key, filter: behindFilters[index], total: behind[index].value ?? 0, rows: behindRows[index] })),
  };
}

/** The leadership dashboard's data, cached per unit filter, period and day until a record changes. */
export const leadershipData = cacheUntilRecordsChange(
  (units: UnitFilter, filter: MetricFilter, todayText: string) => computeLeadershipData(units, filter, db, new Date(`${todayText}T00:00:00Z`)),
  "dashboard-leadership",
);
