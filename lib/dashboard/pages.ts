import "server-only";
import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { forbidden } from "@/lib/errors";
import { readableBranchOptions } from "@/lib/org/unit-options";
import { contextFor, drillDown, evaluateFigure, metricEnvironment, unitsFor } from "@/lib/metrics/evaluate";
import { filterPeriod, metricFilterSchema, type MetricFilter } from "@/lib/metrics/filter";
import { METRICS, type MetricKey } from "@/lib/metrics/registry";
import { formatCalendarDate } from "@/lib/dates";
import { branchDashboardData, todayText } from "./branch";
import { leadershipData } from "./leadership";

// What each dashboard page loads, with the user's scope applied.

export async function loadLeadershipDashboard(user: CurrentUser, filter: MetricFilter) {
  const [units, branches] = await Promise.all([unitsFor(user, filter.branch), readableBranchOptions(user)]);
  const today = todayText();
  return { data: await leadershipData(units, filter, today), branches: branches.map(({ id, name }) => ({ id, name })), today };
}

export async function loadBranchDashboard(user: CurrentUser) {
  if (!user.branchId) throw forbidden();
  const units = await unitsFor(user, undefined);
  if (units.kind !== "units") throw forbidden();
  return { data: await branchDashboardData(units.unitIds, user.branchId, todayText()) };
}

export const drillQuerySchema = metricFilterSchema.extend({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  part: z.string().trim().min(1).max(200).optional().catch(undefined),
});
export type DrillQuery = z.output<typeof drillQuerySchema>;

/** The rows behind one figure, under the user's scope; the figure itself is shown above them. */
export async function loadDrillDown(user: CurrentUser, key: MetricKey, query: DrillQuery) {
  const metric = METRICS[key];
  const env = await metricEnvironment(await unitsFor(user, query.branch));
  const ctx = contextFor(env, query);
  const [figure, list] = await Promise.all([evaluateFigure(metric, ctx), drillDown(metric, ctx, query.page, query.part)]);
  const period = filterPeriod(query);
  return {
    figure,
    list,
    period: { start: formatCalendarDate(period.start), end: formatCalendarDate(period.end) },
    backHref: can(user.role, "dashboard.leadership") ? "/dashboard" : "/dashboard/branch",
  };
}
