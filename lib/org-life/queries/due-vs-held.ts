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
 * dashboard's organisational-life completion), which leave the rows unordered: sorting them
 * costs as much as summing them. Null when no kind is owed at all.
 */
export function dueVsHeldSql(scope: BranchScope, filter: DueVsHeldFilter, ordered = true): Prisma.Sql | null {
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
    -- One row per owing unit and period of its kind's frequency, while the unit existed. A
    -- period is known by its first month, counted from 0 (January): a kind's periods start in
    -- January and divide the year. Dates are built from month numbers: interval arithmetic on
    -- timestamps cost twice as much over the thousands of rows a large organ owes.
    obligations AS (
      SELECT o.kind, o.span, o.branch_id, o.unit_id, k.first_month
      FROM owing o
      CROSS JOIN LATERAL generate_series(0, 11, o.span) AS k(first_month)
      WHERE o.unit_from <= make_date(${year}::int + (k.first_month + o.span) / 12, (k.first_month + o.span) % 12 + 1, 1) - 1
        AND (o.unit_to IS NULL OR o.unit_to >= make_date(${year}::int, k.first_month + 1, 1))
    ),
    -- The periods (by first month) in which each unit held a live meeting of each owed kind: one
    -- grouped pass over the year's meetings, joined to the obligations by hash, where a lookup
    -- per owed period cost one index probe for each of thousands of rows.
    held AS (
      SELECT m."orgUnitId" AS unit_id, f.kind, (date_part('month', m.date)::int - 1) / f.span * f.span AS first_month
      FROM "OrgLifeMeeting" m
      JOIN freq f ON f.kind = m.kind::text
      WHERE m."deletedAt" IS NULL AND m.date BETWEEN make_date(${year}::int, 1, 1) AND make_date(${year}::int, 12, 31)
      GROUP BY 1, 2, 3
    ),
    -- Owed meetings per branch, kind and reporting period (known by its 0-based index in the
    -- year), held or not; not held: missed once the owed period is over, upcoming before it begins.
    counted AS (
      SELECT ob.branch_id, ob.kind, greatest(ob.span, ${reportSpan}::int) AS report_span,
        ob.first_month / greatest(ob.span, ${reportSpan}::int) AS period,
        count(*)::int AS due,
        count(h.unit_id)::int AS met,
        count(*) FILTER (WHERE h.unit_id IS NULL AND make_date(${year}::int + (ob.first_month + ob.span) / 12, (ob.first_month + ob.span) % 12 + 1, 1) <= ${filter.today}::date)::int AS missed,
        count(*) FILTER (WHERE h.unit_id IS NULL AND make_date(${year}::int, ob.first_month + 1, 1) > ${filter.today}::date)::int AS upcoming
      FROM obligations ob
      LEFT JOIN held h ON h.unit_id = ob.unit_id AND h.kind = ob.kind AND h.first_month = ob.first_month
      GROUP BY 1, 2, 3, 4
    ),
    -- Meetings of each owed kind held per branch and reporting period, a 党小组's counted under
    -- its branch: one grouped pass over the year's meetings rather than a count per period row.
    held_meetings AS (
      SELECT owner.id AS branch_id, f.kind, (date_part('month', m.date)::int - 1) / greatest(f.span, ${reportSpan}::int) + 1 AS period_index,
        count(*)::int AS meetings
      FROM "OrgLifeMeeting" m
      JOIN freq f ON f.kind = m.kind::text
      JOIN "OrgUnit" u ON u.id = m."orgUnitId"
      CROSS JOIN LATERAL (VALUES (u.id), (u."parentId")) AS owner(id)
      WHERE m."deletedAt" IS NULL AND m.date BETWEEN make_date(${year}::int, 1, 1) AND make_date(${year}::int, 12, 31)
      GROUP BY 1, 2, 3
    ),
    periods AS (
      SELECT branch_id, kind, report_span, period + 1 AS period_index,
        make_date(${year}::int, period * report_span + 1, 1) AS start,
        make_date(${year}::int + (period + 1) * report_span / 12, (period + 1) * report_span % 12 + 1, 1) - 1 AS finish,
        due, met, missed, due - met - missed - upcoming AS open, upcoming
      FROM counted
    )
    SELECT p.branch_id AS "branchId", b.name AS "branchName", p.kind, p.report_span AS "periodMonths", p.period_index AS "periodIndex",
      p.start, p.finish AS "end", p.due, p.met, p.missed, p.open, p.upcoming,
      coalesce(held_meetings.meetings, 0) AS meetings
    -- Every period's branch exists; a left join by key lets PostgreSQL drop the lookup for a
    -- caller that reads neither the name nor the order (the dashboard's sums).
    FROM periods p LEFT JOIN "OrgUnit" b ON b.id = p.branch_id
    LEFT JOIN held_meetings ON held_meetings.branch_id = p.branch_id AND held_meetings.kind = p.kind AND held_meetings.period_index = p.period_index
    ${ordered ? Prisma.sql`ORDER BY b."sortOrder", b.name, array_position(${kinds}::text[], p.kind), p.period_index` : Prisma.empty}`;
}
