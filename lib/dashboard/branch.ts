import "server-only";
import { db } from "@/lib/db/client";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { cacheUntilRecordsChange } from "@/lib/records/cache";
import { dueVsHeld } from "@/lib/org-life/queries/due-vs-held";
import { escalationOf } from "@/lib/rectification/escalation";
import { contextFor, evaluateBatch, metricEnvironment, type Figure } from "@/lib/metrics/evaluate";
import type { MetricFilter } from "@/lib/metrics/filter";
import { METRICS, type MetricKey } from "@/lib/metrics/registry";

// A secretary's own page: what is due this month, their open rectification items, and this
// year's figures of their branch beside the organ's average per branch. Other branches reach
// the secretary only inside that average.

export const BRANCH_FIGURE_KEYS = [
  "education.orgLifeMeetings",
  "education.orgLifeCompletion",
  "education.studySessions",
  "education.themedActivities",
  "management.publicity",
  "management.rectificationItems",
  "management.rectificationOverdue",
  "integrity.activities",
  "mass.activities",
] as const satisfies readonly MetricKey[];

const OPEN_ITEMS = 20;

export interface BranchFigure {
  key: MetricKey;
  branch: Figure;
  /** A count per live branch, or for a rate the organ-wide rate. */
  organAverage: number | null;
}

async function computeBranchData(branchUnitIds: string[], branchId: string, todayText: string) {
  const today = new Date(`${todayText}T00:00:00Z`);
  const filter: MetricFilter = { year: today.getUTCFullYear() };
  const [mine, organ, liveBranches, branch] = await Promise.all([
    metricEnvironment({ kind: "units", unitIds: branchUnitIds }, db, today),
    metricEnvironment({ kind: "branches" }, db, today),
    db.orgUnit.count({ where: { type: "BRANCH", deletedAt: null, OR: [{ effectiveTo: null }, { effectiveTo: { gte: today } }] } }),
    db.orgUnit.findUniqueOrThrow({ where: { id: branchId }, select: { name: true } }),
  ]);
  const ownCtx = contextFor(mine, filter);
  const organCtx = contextFor(organ, filter);
  const [{ figures }, due, items] = await Promise.all([
    evaluateBatch(
      BRANCH_FIGURE_KEYS.flatMap((key) => [
        { metric: METRICS[key], ctx: ownCtx },
        { metric: METRICS[key], ctx: organCtx },
      ]),
      [],
    ),
    dueVsHeld({ kind: "units", unitIds: branchUnitIds }, { year: filter.year, granularity: "month", frequencies: mine.frequencies, today, branchId }),
    db.rectificationItem.findMany({
      where: { deletedAt: null, status: { not: "CLOSED" }, orgUnitId: { in: branchUnitIds } },
      select: { id: true, problem: true, deadline: true, status: true },
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      take: OPEN_ITEMS,
    }),
  ]);
  return {
    year: filter.year,
    branchName: branch.name,
    figures: BRANCH_FIGURE_KEYS.map((key, index): BranchFigure => {
      const organFigure = figures[index * 2 + 1].value;
      const perBranch = METRICS[key].unit === "count" && organFigure !== null ? Math.round((organFigure / Math.max(1, liveBranches)) * 10) / 10 : organFigure;
      return { key, branch: figures[index * 2], organAverage: perBranch };
    }),
    // Owed meetings whose period includes today and that are not yet held.
    dueThisMonth: due
      .filter((row) => row.start <= today && row.end >= today && row.open > 0)
      .map((row) => ({ kind: row.kind, due: row.due, met: row.met, end: formatCalendarDate(row.end) })),
    openItems: items.map((item) => ({
      id: item.id,
      problem: item.problem,
      deadline: formatCalendarDate(item.deadline),
      status: item.status,
      level: escalationOf(item.deadline, today, mine.thresholds),
    })),
  };
}

export type BranchDashboardData = Awaited<ReturnType<typeof computeBranchData>>;

/** The branch dashboard's data, cached per branch and day until a record changes. */
export const branchDashboardData = cacheUntilRecordsChange(computeBranchData, "dashboard-branch");

export const todayText = () => formatCalendarDate(todayInOrgan());
