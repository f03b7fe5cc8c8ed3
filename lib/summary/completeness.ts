import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { todayInOrgan } from "@/lib/dates";
import type { MetricWindow } from "./metrics";
import { CONTEXT_FIGURES, PILLARS, SUMMARY_FIGURES, type FigureValues, type PillarKey, type SummaryMetricKey } from "./metric-keys";
import type { OmittedClause } from "./document";

// What looks missing before the summary goes out: a branch with nothing recorded in a quarter,
// a pillar with no figure at all, rectification items closed without evidence, and the clauses
// the draft left out because their figure was zero.

export interface CompletenessReport {
  quietBranches: { orgUnitId: string; name: string; quarters: number[] }[];
  emptyPillars: PillarKey[];
  closedWithoutEvidence: { id: string; problem: string; closedOn: Date | null }[];
  zeroFigures: OmittedClause[];
}

/** Every dated branch record, attributed to its branch (a Party group's records count for its branch). */
const BRANCH_RECORDS = Prisma.sql`
  SELECT "orgUnitId", date FROM "StudySession" WHERE "deletedAt" IS NULL AND "orgUnitId" IS NOT NULL
  UNION ALL SELECT "orgUnitId", date FROM "OrgLifeMeeting" WHERE "deletedAt" IS NULL
  UNION ALL SELECT "orgUnitId", date FROM "ThemedActivity" WHERE "deletedAt" IS NULL AND "orgUnitId" IS NOT NULL
  UNION ALL SELECT "orgUnitId", date FROM "IntegrityActivity" WHERE "deletedAt" IS NULL AND "orgUnitId" IS NOT NULL
  UNION ALL SELECT "orgUnitId", date FROM "MassActivity" WHERE "deletedAt" IS NULL AND "orgUnitId" IS NOT NULL
  UNION ALL SELECT "orgUnitId", date FROM "PublicityItem" WHERE "deletedAt" IS NULL AND "orgUnitId" IS NOT NULL
  UNION ALL SELECT b."orgUnitId", a.date FROM "JointActivityBranch" b JOIN "JointActivity" a ON a.id = b."activityId" WHERE a."deletedAt" IS NULL`;

async function quietBranches(window: MetricWindow) {
  const firstQuarter = Number(window.from.slice(5, 7)) <= 3 ? 1 : 3;
  // Quarters that have not begun yet are not missing anything.
  const today = todayInOrgan();
  const currentQuarter = today.getUTCFullYear() > window.year ? 4 : today.getUTCFullYear() < window.year ? 0 : Math.floor(today.getUTCMonth() / 3) + 1;
  const lastQuarter = Math.min(Number(window.to.slice(5, 7)) >= 10 ? 4 : 2, currentQuarter);
  if (lastQuarter < firstQuarter) return [];
  const units = window.unitIds ? Prisma.sql`AND u.id = ANY(${window.unitIds}::text[])` : Prisma.empty;
  const rows = await db.$queryRaw<{ orgUnitId: string; name: string; quarters: number[] }[]>(Prisma.sql`
    WITH branch AS (
      SELECT u.id, u.name, u."sortOrder" FROM "OrgUnit" u
      WHERE u.type = 'BRANCH' AND u."deletedAt" IS NULL AND u."effectiveFrom" <= ${window.to}::date
        AND (u."effectiveTo" IS NULL OR u."effectiveTo" >= ${window.from}::date) ${units}
    ), record AS (
      SELECT coalesce(CASE WHEN g.type = 'GROUP' THEN g."parentId" END, r."orgUnitId") AS branch_id, extract(quarter FROM r.date)::int AS quarter
      FROM (${BRANCH_RECORDS}) r JOIN "OrgUnit" g ON g.id = r."orgUnitId"
      WHERE r.date BETWEEN ${window.from}::date AND ${window.to}::date
    )
    SELECT b.id AS "orgUnitId", b.name, array_agg(q ORDER BY q) AS quarters
    FROM branch b CROSS JOIN generate_series(${firstQuarter}::int, ${lastQuarter}::int) q
    WHERE NOT EXISTS (SELECT 1 FROM record r WHERE r.branch_id = b.id AND r.quarter = q)
    GROUP BY b.id, b.name, b."sortOrder" ORDER BY b."sortOrder", b.name`);
  return rows;
}

async function closedWithoutEvidence(window: MetricWindow) {
  const units = window.unitIds ? Prisma.sql`AND i."orgUnitId" = ANY(${window.unitIds}::text[])` : Prisma.empty;
  return db.$queryRaw<{ id: string; problem: string; closedOn: Date | null }[]>(Prisma.sql`
    SELECT i.id, i.problem, i."closedOn" FROM "RectificationItem" i
    WHERE i."deletedAt" IS NULL AND i.status = 'CLOSED' ${units}
      AND coalesce(i."closedOn", i."updatedAt"::date) BETWEEN ${window.from}::date AND ${window.to}::date
      AND NOT EXISTS (
        SELECT 1 FROM "Attachment" a WHERE a."deletedAt" IS NULL AND (
          (a."recordType" = 'RectificationItem' AND a."recordId" = i.id)
          OR (a."recordType" = 'RectificationCheckIn' AND a."recordId" IN (SELECT c.id FROM "RectificationCheckIn" c WHERE c."itemId" = i.id))))
    ORDER BY i."closedOn" NULLS LAST, i.id
    LIMIT 200`);
}

export async function completenessReport(window: MetricWindow, figures: FigureValues, omitted: OmittedClause[]): Promise<CompletenessReport> {
  const [quiet, closed] = await Promise.all([quietBranches(window), closedWithoutEvidence(window)]);
  const emptyPillars = PILLARS.filter((pillar) =>
    (Object.keys(SUMMARY_FIGURES) as SummaryMetricKey[]).every((key) => SUMMARY_FIGURES[key].pillar !== pillar || CONTEXT_FIGURES.includes(key) || figures[key] === 0),
  );
  return { quietBranches: quiet, emptyPillars, closedWithoutEvidence: closed, zeroFigures: omitted };
}
