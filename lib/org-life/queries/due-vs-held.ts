import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Db, Tx } from "@/lib/db/connect";
import type { BranchScope } from "@/lib/org/scope";
import type { PeriodKind } from "@/lib/dates";
import type { Frequencies, Frequency, OrgLifeKindName } from "../schema";

/** Months in one period of each frequency. */
export const FREQUENCY_MONTHS: Record<Exclude<Frequency, "NONE">, number> = { MONTH: 1, QUARTER: 3, HALF: 6, YEAR: 12 };
const PERIOD_MONTHS: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 };

export interface DueVsHeldFilter {
  year: number;
  /** How finely to report: a kind due less often than this is reported once per its own period. */
  granularity: PeriodKind;
  frequencies: Frequencies;
  /** Decides which periods are over (应开未开), open or still ahead. */
  today: Date;
  branchId?: string;
}

export interface DueVsHeld {
  branchId: string;
  branchName: string;
  kind: OrgLifeKindName;
  /** The reporting period: its length in months (1, 3, 6, 12), its 1-based index in the year and its dates. */
  periodMonths: number;
  periodIndex: number;
  start: Date;
  end: Date;
  /**
   * Meetings owed in the period: one per period of the kind's frequency, per branch — or per
   * 党小组 for a 党小组会 — while the unit existed.
   */
  due: number;
  /** Owed meetings that were held. */
  met: number;
  /** Owed meetings whose own period is over without one (应开未开). */
  missed: number;
  /** Owed meetings whose own period is under way. */
  open: number;
  /** Owed meetings whose own period has not begun. */
  upcoming: number;
  /** Meetings of the kind actually held in the period (a branch may hold more than it owes). */
  meetings: number;
}

/**
 * Due versus held per branch, kind and period of a year, in one query: PostgreSQL lays out the
 * owed periods of each branch (and 党小组) with generate_series, marks each as held when a live
 * meeting of its kind falls inside it, and sums them per reporting period.
 */
export async function dueVsHeld(scope: BranchScope, filter: DueVsHeldFilter, client: Db | Tx = db): Promise<DueVsHeld[]> {
  const sql = dueVsHeldSql(scope, filter);
  return sql ? client.$queryRaw<DueVsHeld[]>(sql) : [];
}

/**
 * The query behind dueVsHeld(), for callers that aggregate its rows further in SQL (the
 * dashboard's organisational-life completion); null when no kind is owed at all.
 */
export function dueVsHeldSql(scope: BranchScope, filter: DueVsHeldFilter): Prisma.Sql | null {
  const owed = (Object.entries(filter.frequencies) as [OrgLifeKindName, Frequency][]).filter(
    (entry): entry is [OrgLifeKindName, Exclude<Frequency, "NONE">] => entry[1] !== "NONE",
  );
  if (owed.length === 0) return null;
  const kinds = owed.map(([kind]) => kind);
  const spans = owed.map(([, frequency]) => FREQUENCY_MONTHS[frequency]);
  const reportSpan = PERIOD_MONTHS[filter.granularity];
  const year = filter.year;
  return Prisma.sql`
    WITH freq AS (
      SELECT * FROM unnest(${kinds}::text[], ${spans}::int[]) AS f(kind, span)
    ),
    branches AS (
      SELECT b.id, b.name, b."sortOrder", b."effectiveFrom", b."effectiveTo"
      FROM "OrgUnit" b
      WHERE b.type = 'BRANCH' AND b."deletedAt" IS NULL
        AND b."effectiveFrom" <= make_date(${year}::int, 12, 31)
        AND (b."effectiveTo" IS NULL OR b."effectiveTo" >= make_date(${year}::int, 1, 1))
        ${filter.branchId ? Prisma.sql`AND b.id = ${filter.branchId}` : Prisma.empty}
        ${scope.kind === "units" ? Prisma.sql`AND b.id IN (${Prisma.join(scope.unitIds)})` : Prisma.empty}
    ),
    -- Who owes each kind: the branch itself, except the 党小组会, which each of its groups owes.
    owing AS (
      SELECT f.kind, f.span, b.id AS branch_id, b.id AS unit_id, b."effectiveFrom" AS unit_from, b."effectiveTo" AS unit_to
      FROM freq f CROSS JOIN branches b
      WHERE f.kind <> 'GROUP_MEETING'
      UNION ALL
      SELECT f.kind, f.span, b.id, g.id, g."effectiveFrom", g."effectiveTo"
      FROM freq f CROSS JOIN branches b
      JOIN "OrgUnit" g ON g."parentId" = b.id AND g.type = 'GROUP' AND g."deletedAt" IS NULL
      WHERE f.kind = 'GROUP_MEETING'
    ),
    -- One row per owing unit and period of its kind's frequency, while the unit existed.
    obligations AS (
      SELECT o.kind, o.branch_id, o.unit_id, p.start::date AS start,
        (p.start + make_interval(months => o.span) - interval '1 day')::date AS finish,
        greatest(o.span, ${reportSpan}::int) AS report_span
      FROM owing o
      CROSS JOIN LATERAL generate_series(make_date(${year}::int, 1, 1), make_date(${year}::int, 12, 1), make_interval(months => o.span)) AS p(start)
      WHERE o.unit_from <= (p.start + make_interval(months => o.span) - interval '1 day')::date
        AND (o.unit_to IS NULL OR o.unit_to >= p.start::date)
    ),
    -- Materialised so that each owed period's EXISTS runs once, not once per count below.
    marked AS MATERIALIZED (
      SELECT ob.*,
        EXISTS (
          SELECT 1 FROM "OrgLifeMeeting" m
          WHERE m."orgUnitId" = ob.unit_id AND m.kind::text = ob.kind AND m."deletedAt" IS NULL
            AND m.date BETWEEN ob.start AND ob.finish
        ) AS held,
        ((extract(month FROM ob.start)::int - 1) / ob.report_span) + 1 AS period_index
      FROM obligations ob
    ),
    periods AS (
      SELECT branch_id, kind, report_span, period_index,
        make_date(${year}::int, (period_index - 1) * report_span + 1, 1) AS start,
        (make_date(${year}::int, (period_index - 1) * report_span + 1, 1) + make_interval(months => report_span) - interval '1 day')::date AS finish,
        count(*)::int AS due,
        count(*) FILTER (WHERE held)::int AS met,
        count(*) FILTER (WHERE NOT held AND finish < ${filter.today}::date)::int AS missed,
        count(*) FILTER (WHERE NOT held AND start <= ${filter.today}::date AND finish >= ${filter.today}::date)::int AS open,
        count(*) FILTER (WHERE NOT held AND start > ${filter.today}::date)::int AS upcoming
      FROM marked
      GROUP BY branch_id, kind, report_span, period_index
    )
    SELECT p.branch_id AS "branchId", b.name AS "branchName", p.kind, p.report_span AS "periodMonths", p.period_index AS "periodIndex",
      p.start, p.finish AS "end", p.due, p.met, p.missed, p.open, p.upcoming,
      (
        SELECT count(*)::int FROM "OrgLifeMeeting" m JOIN "OrgUnit" u ON u.id = m."orgUnitId"
        WHERE (u.id = p.branch_id OR u."parentId" = p.branch_id) AND m.kind::text = p.kind AND m."deletedAt" IS NULL
          AND m.date BETWEEN p.start AND p.finish
      ) AS meetings
    FROM periods p JOIN branches b ON b.id = p.branch_id
    ORDER BY b."sortOrder", b.name, array_position(${kinds}::text[], p.kind), p.period_index`;
}
