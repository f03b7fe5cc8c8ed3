import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Db, Tx } from "@/lib/db/connect";
import type { CurrentUser } from "@/lib/auth/session";
import { todayInOrgan } from "@/lib/dates";
import { forbidden } from "@/lib/errors";
import { branchScope, subtreeIds } from "@/lib/org/scope";
import { getOrgLifeFrequencies } from "@/lib/org-life/settings";
import { ESCALATION_SETTING_KEY, thresholdsFromSetting } from "@/lib/rectification/escalation";
import { pageArgs } from "@/lib/records/list-query";
import { filterPeriod, type MetricFilter } from "./filter";
import { dateSql, inPeriodSql } from "./sql";
import type { MetricContext, MetricDefinition, UnitFilter } from "./types";

/** What a context needs besides its period: read once per request, then reused for every period compared. */
export type MetricEnvironment = Omit<MetricContext, "year" | "start" | "end">;

/**
 * The units a user's figures count: a secretary's own branch (never other branches, never the
 * organ-level records); for leadership every record, or the subtree of the branch the filter names.
 */
export async function unitsFor(user: CurrentUser, branch: string | undefined, client: Db | Tx = db): Promise<UnitFilter> {
  const scope = await branchScope(user);
  if (branch) {
    if (scope.kind === "units" && !scope.unitIds.includes(branch)) throw forbidden("otherBranch");
    return { kind: "units", unitIds: await subtreeIds(branch, client) };
  }
  return scope.kind === "all" ? { kind: "all" } : { kind: "units", unitIds: scope.unitIds };
}

export async function metricEnvironment(units: UnitFilter, client: Db | Tx = db, today: Date = todayInOrgan()): Promise<MetricEnvironment> {
  const [frequencies, thresholds] = await Promise.all([
    getOrgLifeFrequencies(client),
    client.setting.findUnique({ where: { key: ESCALATION_SETTING_KEY } }),
  ]);
  // An empty unit list (a branch filter naming a closed unit) matches nothing rather than breaking the SQL.
  const safeUnits: UnitFilter = units.kind === "units" && units.unitIds.length === 0 ? { kind: "units", unitIds: [""] } : units;
  return { units: safeUnits, today, frequencies: frequencies.frequencies, thresholds: thresholdsFromSetting(thresholds?.value) };
}

export function contextFor(env: MetricEnvironment, filter: MetricFilter): MetricContext {
  const period = filterPeriod(filter);
  return { ...env, year: filter.year, start: period.start, end: period.end };
}

export interface Figure {
  value: number | null;
  /** Per breakdown value (or per split key) when asked for. */
  parts?: Record<string, number>;
}

const column = (name: string) => Prisma.raw(`r."${name.replaceAll('"', "")}"`);

/**
 * How a figure is split: by the metric's breakdown column, by month of its `date`, or by any
 * expression over its rows `r` (e.g. branch and month for the heatmap).
 */
export type Split = "breakdown" | "month" | { sql: Prisma.Sql };

function splitSql(metric: MetricDefinition, split: Split): Prisma.Sql {
  if (split === "month") return Prisma.sql`extract(month FROM r.date)::int::text`;
  if (split === "breakdown") {
    if (!metric.breakdown) throw new Error(`metric ${metric.key} has no breakdown`);
    return Prisma.sql`${column(metric.breakdown.column)}::text`;
  }
  return split.sql;
}

const valueSql = (metric: MetricDefinition) => metric.value ?? Prisma.sql`count(*)`;

/** One figure as a JSON-valued scalar subquery, so that many figures run as one statement. */
function figureSql(metric: MetricDefinition, ctx: MetricContext, split?: Split): Prisma.Sql {
  const rows = metric.rows(ctx);
  const total = Prisma.sql`(SELECT (${valueSql(metric)})::float8 FROM (${rows}) r)`;
  if (!split) return Prisma.sql`json_build_object('value', ${total})`;
  if (!metric.value) {
    // A count is the sum of its parts' counts (rows without a part included): one pass over the rows.
    return Prisma.sql`(SELECT json_build_object('value', coalesce(sum(n), 0), 'parts', coalesce(json_object_agg(part, n) FILTER (WHERE part IS NOT NULL), '{}'::json)) FROM (
      SELECT ${splitSql(metric, split)} AS part, count(*)::float8 AS n FROM (${rows}) r GROUP BY 1
    ) x)`;
  }
  const parts = Prisma.sql`(SELECT coalesce(json_object_agg(part, n), '{}'::json) FROM (
    SELECT ${splitSql(metric, split)} AS part, (${valueSql(metric)})::float8 AS n FROM (${rows}) r GROUP BY 1
  ) x WHERE part IS NOT NULL)`;
  return Prisma.sql`json_build_object('value', ${total}, 'parts', ${parts})`;
}

/**
 * The same figure over several periods (this period, last year's, each half) as one JSON array.
 * A dated metric reads its rows once over the span of all the periods and aggregates the rows
 * whose date falls in each, or whose span overlaps it (the CTE is read several times, so
 * PostgreSQL materialises it); an undated one is computed per period.
 */
function periodsSql(metric: MetricDefinition, contexts: readonly MetricContext[], split?: Split): Prisma.Sql {
  if (metric.undated || contexts.length === 1) {
    return Prisma.sql`json_build_array(${Prisma.join(contexts.map((ctx, index) => figureSql(metric, ctx, index === 0 ? split : undefined)))})`;
  }
  const span: MetricContext = {
    ...contexts[0],
    start: new Date(Math.min(...contexts.map((ctx) => ctx.start.getTime()))),
    end: new Date(Math.max(...contexts.map((ctx) => ctx.end.getTime()))),
  };
  const figures = contexts.map((ctx, index) => {
    const within = metric.spans
      ? Prisma.sql`FROM span r WHERE r.date <= ${dateSql(ctx.end)} AND r."periodEnd" >= ${dateSql(ctx.start)}`
      : Prisma.sql`FROM span r WHERE ${inPeriodSql(ctx, Prisma.sql`r.date`)}`;
    const total = Prisma.sql`(SELECT (${valueSql(metric)})::float8 ${within})`;
    if (index > 0 || !split) return Prisma.sql`json_build_object('value', ${total})`;
    const parts = Prisma.sql`(SELECT coalesce(json_object_agg(part, n), '{}'::json) FROM (
      SELECT ${splitSql(metric, split)} AS part, (${valueSql(metric)})::float8 AS n ${within} GROUP BY 1
    ) x WHERE part IS NOT NULL)`;
    return Prisma.sql`json_build_object('value', ${total}, 'parts', ${parts})`;
  });
  return Prisma.sql`(WITH span AS (${metric.rows(span)}) SELECT json_build_array(${Prisma.join(figures)}))`;
}

export interface FigureRequest {
  metric: MetricDefinition;
  ctx: MetricContext;
  split?: Split;
}

export interface PeriodsRequest {
  metric: MetricDefinition;
  /** The first context is the one split, if a split is asked for. */
  contexts: readonly MetricContext[];
  split?: Split;
}

/** Evaluates single figures and figures over several periods, all in one round trip. */
export async function evaluateBatch(figures: readonly FigureRequest[], periods: readonly PeriodsRequest[], client: Db | Tx = db): Promise<{ figures: Figure[]; periods: Figure[][] }> {
  const columns = [
    ...figures.map((request) => figureSql(request.metric, request.ctx, request.split)),
    ...periods.map((request) => periodsSql(request.metric, request.contexts, request.split)),
  ];
  if (columns.length === 0) return { figures: [], periods: [] };
  const [row] = await client.$queryRaw<Record<string, unknown>[]>(
    Prisma.sql`SELECT ${Prisma.join(columns.map((sql, index) => Prisma.sql`${sql} AS ${Prisma.raw(`"f${index}"`)}`))}`,
  );
  return {
    figures: figures.map((_, index) => row[`f${index}`] as Figure),
    periods: periods.map((_, index) => row[`f${figures.length + index}`] as Figure[]),
  };
}

export async function evaluateFigure(metric: MetricDefinition, ctx: MetricContext, split?: Split, client: Db | Tx = db): Promise<Figure> {
  const { figures } = await evaluateBatch([{ metric, ctx, split }], [], client);
  return figures[0];
}

export const DRILL_PAGE_SIZE = 50;

export type DrillRow = Record<string, unknown> & { id: string };

/**
 * The rows behind a figure, one page of them, optionally narrowed to one value of its breakdown
 * (`part`). Built from the very SQL the figure aggregates.
 */
export async function drillDown(metric: MetricDefinition, ctx: MetricContext, page: number, part?: string, client: Db | Tx = db) {
  const rows = metric.rows(ctx);
  const narrowed =
    part !== undefined && metric.breakdown ? Prisma.sql`${column(metric.breakdown.column)}::text = ${part}` : Prisma.sql`TRUE`;
  const { skip, take } = pageArgs(page, DRILL_PAGE_SIZE);
  const [[{ total }], list] = await Promise.all([
    client.$queryRaw<{ total: number }[]>(Prisma.sql`SELECT count(*)::int AS total FROM (${rows}) r WHERE ${narrowed}`),
    client.$queryRaw<DrillRow[]>(
      Prisma.sql`SELECT * FROM (${rows}) r WHERE ${narrowed} ORDER BY r.date DESC NULLS LAST, r.id LIMIT ${take}::int OFFSET ${skip}::int`,
    ),
  ]);
  return { total, rows: list, page, pageSize: DRILL_PAGE_SIZE };
}
