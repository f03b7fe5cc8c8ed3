import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatCalendarDate } from "@/lib/dates";
import type { MetricContext } from "./types";

// SQL fragments shared by the metric definitions. Calendar dates travel as text and are cast in
// SQL: a timestamp parameter would shift with the session's time zone.

export function dateSql(date: Date): Prisma.Sql {
  return Prisma.sql`${formatCalendarDate(date)}::date`;
}

/** A calendar-date column within the context's period. */
export function inPeriodSql(ctx: MetricContext, column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${column} BETWEEN ${dateSql(ctx.start)} AND ${dateSql(ctx.end)}`;
}

/** Rows whose `orgUnitId` column (null = Party-group level) falls under the context's unit filter. */
export function unitSql(ctx: MetricContext, column: Prisma.Sql): Prisma.Sql {
  switch (ctx.units.kind) {
    case "all":
      return Prisma.sql`TRUE`;
    case "branches":
      return Prisma.sql`${column} IS NOT NULL`;
    case "units":
      return Prisma.sql`${column} IN (${Prisma.join(ctx.units.unitIds)})`;
  }
}

/** Records with no branch at all (documents, the study checklist): they count only when no branch is asked for. */
export function organOnlySql(ctx: MetricContext): Prisma.Sql {
  return ctx.units.kind === "all" ? Prisma.sql`TRUE` : Prisma.sql`FALSE`;
}

/**
 * Records tied to branches through a link table (a finding's branches, a joint activity's
 * branches): counted when one of the linked branches is under the filter.
 */
export function linkedUnitSql(ctx: MetricContext, linkTable: Prisma.Sql, recordColumn: Prisma.Sql, recordId: Prisma.Sql): Prisma.Sql {
  if (ctx.units.kind === "all") return Prisma.sql`TRUE`;
  return Prisma.sql`EXISTS (SELECT 1 FROM ${linkTable} l WHERE l.${recordColumn} = ${recordId} AND ${unitSql(ctx, Prisma.sql`l."orgUnitId"`)})`;
}

/**
 * The escalation colour of an open rectification item, in SQL. It follows escalationOf() in
 * lib/rectification/escalation.ts with the thresholds in force; tests/integration/metrics.test.ts
 * compares the two day by day around both thresholds.
 */
export function escalationSql(ctx: MetricContext, deadline: Prisma.Sql): Prisma.Sql {
  const left = Prisma.sql`(${deadline} - ${dateSql(ctx.today)})`;
  return Prisma.sql`CASE WHEN ${left} < 0 THEN 'OVERDUE' WHEN ${left} <= ${ctx.thresholds.redDays}::int THEN 'RED'
    WHEN ${left} <= ${ctx.thresholds.yellowDays}::int THEN 'YELLOW' ELSE 'ON_TRACK' END`;
}
