import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Db, Tx } from "@/lib/db/connect";
import type { SummaryPeriod } from "./schema";
import type { FigureValues, SummaryMetricKey } from "./metric-keys";

// The figures the summary states, one named metric each, every one a count in PostgreSQL over the
// records of the period. All of them run as scalar sub-selects of one SELECT, so drafting a
// summary is one round trip however many figures it holds. The keys are the ones the dashboards'
// drill-down (/dashboard/drill/<metric>) lists records for.

export interface MetricWindow {
  /** First and last day of the summarised period, as calendar dates (yyyy-mm-dd). */
  from: string;
  to: string;
  /** The first and second half of the year the period lies in, for the 上半年/下半年 comparisons. */
  h1: { from: string; to: string };
  h2: { from: string; to: string };
  year: number;
  /** null: the whole organ; otherwise the branch's units (a branch summary). */
  unitIds: string[] | null;
}

/** A scalar SQL expression giving the figure. */
type MetricSql = (window: MetricWindow) => Prisma.Sql;

/** Calendar dates travel as text and are cast in SQL: a timestamp parameter would shift with the session's zone. */
const between = (column: Prisma.Sql, range: { from: string; to: string }) => Prisma.sql`${column} BETWEEN ${range.from}::date AND ${range.to}::date`;

/** Limits a record with an `orgUnitId` to the branch of a branch summary; organ summaries count everything. */
const inUnits = (column: Prisma.Sql, window: MetricWindow) => (window.unitIds ? Prisma.sql`${column} = ANY(${window.unitIds}::text[])` : Prisma.sql`TRUE`);

/** Records that only the organ keeps (checklist, vehicles, organ-level plans): none in a branch summary. */
const organOnly = (window: MetricWindow) => (window.unitIds ? Prisma.sql`FALSE` : Prisma.sql`TRUE`);

const centralGroup = (window: MetricWindow, alias: string) =>
  Prisma.sql`${Prisma.raw(alias)}.level = 'PARTY_GROUP' AND ${Prisma.raw(alias)}."deletedAt" IS NULL AND ${between(Prisma.raw(`${alias}.date`), window)} AND ${organOnly(window)}`;

const jointBranches = (window: MetricWindow, range: { from: string; to: string }) => Prisma.sql`(
  SELECT count(DISTINCT b."orgUnitId")::int FROM "JointActivityBranch" b JOIN "JointActivity" a ON a.id = b."activityId"
  WHERE a."deletedAt" IS NULL AND ${between(Prisma.sql`a.date`, range)} AND ${inUnits(Prisma.sql`b."orgUnitId"`, window)})`;

const publicity = (window: MetricWindow, range: { from: string; to: string }) => Prisma.sql`(
  SELECT count(*)::int FROM "PublicityItem" p WHERE p."deletedAt" IS NULL AND ${between(Prisma.sql`p.date`, range)} AND ${inUnits(Prisma.sql`p."orgUnitId"`, window)})`;

const findings = (window: MetricWindow, scope: "COMMON" | "INDIVIDUAL") => Prisma.sql`(
  SELECT count(*)::int FROM "SupervisionFinding" f JOIN "SupervisionRound" r ON r.id = f."roundId"
  WHERE f."deletedAt" IS NULL AND r."deletedAt" IS NULL AND f.scope::text = ${scope}
    AND ${between(Prisma.sql`r."periodStart"`, window.h1)} AND ${between(Prisma.sql`r."periodStart"`, window)}
    AND (${organOnly(window)} OR EXISTS (SELECT 1 FROM "FindingBranch" fb WHERE fb."findingId" = f.id AND ${inUnits(Prisma.sql`fb."orgUnitId"`, window)})))`;

const massKind = (window: MetricWindow, kind: string) => Prisma.sql`(
  SELECT count(*)::int FROM "MassActivity" m WHERE m."deletedAt" IS NULL AND m.kind::text = ${kind}
    AND ${between(Prisma.sql`m.date`, window)} AND (${organOnly(window)} OR ${inUnits(Prisma.sql`m."orgUnitId"`, window)}))`;

export const SUMMARY_METRICS: Record<SummaryMetricKey, MetricSql> = {
  // (一) education
  "education.centralGroupSessions": (w) => Prisma.sql`(SELECT count(*)::int FROM "StudySession" s WHERE ${centralGroup(w, "s")})`,
  "education.centralGroupSpeeches": (w) => Prisma.sql`(SELECT count(*)::int FROM "StudySpeech" sp JOIN "StudySession" s ON s.id = sp."sessionId" WHERE ${centralGroup(w, "s")})`,
  "education.studyForms": (w) => Prisma.sql`(SELECT count(*)::int FROM "StudyForm" f WHERE f."deletedAt" IS NULL AND f.year = ${w.year} AND ${organOnly(w)})`,
  "education.studyTasks": (w) => Prisma.sql`(SELECT count(*)::int FROM "StudyTask" t WHERE t."deletedAt" IS NULL AND t.year = ${w.year} AND ${organOnly(w)})`,
  "education.activityVehicles": (w) => Prisma.sql`(SELECT count(*)::int FROM "ActivityVehicle" v WHERE v."deletedAt" IS NULL AND v.year = ${w.year} AND ${organOnly(w)})`,
  "education.branchThemedActivities": (w) => Prisma.sql`(SELECT count(*)::int FROM "ThemedActivity" a WHERE a."deletedAt" IS NULL AND a."vehicleId" IS NOT NULL
      AND a."orgUnitId" IS NOT NULL AND ${between(Prisma.sql`a.date`, w)} AND ${inUnits(Prisma.sql`a."orgUnitId"`, w)})`,
  "education.contestEntries": (w) => Prisma.sql`(SELECT coalesce(sum(a."entryCount"), 0)::int FROM "ThemedActivity" a WHERE a."deletedAt" IS NULL AND a.kind = 'SPEECH_CONTEST'
      AND ${between(Prisma.sql`a.date`, w)} AND (${organOnly(w)} OR ${inUnits(Prisma.sql`a."orgUnitId"`, w)}))`,
  "education.branchStudySessions": (w) => Prisma.sql`(SELECT count(*)::int FROM "StudySession" s WHERE s.level = 'BRANCH' AND s."deletedAt" IS NULL
      AND ${between(Prisma.sql`s.date`, w)} AND ${inUnits(Prisma.sql`s."orgUnitId"`, w)})`,
  "education.orgLifeMeetings": (w) => Prisma.sql`(SELECT count(*)::int FROM "OrgLifeMeeting" m WHERE m."deletedAt" IS NULL
      AND ${between(Prisma.sql`m.date`, w)} AND ${inUnits(Prisma.sql`m."orgUnitId"`, w)})`,
  // (二) management
  "management.reviewFeedbackMeasures": (w) => Prisma.sql`(SELECT count(*)::int FROM "RectificationItem" i WHERE i."deletedAt" IS NULL AND i.source = 'REVIEW_FEEDBACK'
      AND i."planId" IN (SELECT p.id FROM "RectificationPlan" p WHERE p."deletedAt" IS NULL AND p.year = ${w.year}) AND (${organOnly(w)} OR ${inUnits(Prisma.sql`i."orgUnitId"`, w)}))`,
  "management.commonFindingsH1": (w) => findings(w, "COMMON"),
  "management.individualFindingsH1": (w) => findings(w, "INDIVIDUAL"),
  "management.jointBranchesH1": (w) => jointBranches(w, w.h1),
  "management.jointBranchesH2": (w) => jointBranches(w, w.h2),
  "management.activeBranches": (w) => Prisma.sql`(SELECT count(*)::int FROM "OrgUnit" u WHERE u.type = 'BRANCH' AND u."deletedAt" IS NULL
      AND u."effectiveFrom" <= ${w.to}::date AND (u."effectiveTo" IS NULL OR u."effectiveTo" >= ${w.from}::date) AND ${inUnits(Prisma.sql`u.id`, w)})`,
  "management.publicityH1": (w) => publicity(w, w.h1),
  "management.publicityH2": (w) => publicity(w, w.h2),
  "management.openRectificationItems": (w) => Prisma.sql`(SELECT count(*)::int FROM "RectificationItem" i WHERE i."deletedAt" IS NULL AND i.status <> 'CLOSED'
      AND i."createdAt"::date <= ${w.to}::date AND (${organOnly(w)} OR ${inUnits(Prisma.sql`i."orgUnitId"`, w)}))`,
  "management.overdueRectificationItems": (w) => Prisma.sql`(SELECT count(*)::int FROM "RectificationItem" i WHERE i."deletedAt" IS NULL AND i.status <> 'CLOSED'
      AND i.deadline < least(${w.to}::date, (now() AT TIME ZONE 'Asia/Shanghai')::date) AND (${organOnly(w)} OR ${inUnits(Prisma.sql`i."orgUnitId"`, w)}))`,
  // (三) integrity
  "integrity.supervisionChecks": (w) => Prisma.sql`(SELECT count(*)::int FROM "SupervisionCheck" c WHERE c."deletedAt" IS NULL AND ${between(Prisma.sql`c.date`, w)}
      AND (${organOnly(w)} OR ${inUnits(Prisma.sql`c."orgUnitId"`, w)}))`,
  "integrity.activities": (w) => Prisma.sql`(SELECT count(*)::int FROM "IntegrityActivity" a WHERE a."deletedAt" IS NULL AND ${between(Prisma.sql`a.date`, w)}
      AND (${organOnly(w)} OR ${inUnits(Prisma.sql`a."orgUnitId"`, w)}))`,
  // (四) mass organisations
  "mass.promotionMeetings": (w) => massKind(w, "PROMOTION_MEETING"),
  "mass.villageVisits": (w) => massKind(w, "VILLAGE_VISIT"),
  "mass.activities": (w) => Prisma.sql`(SELECT count(*)::int FROM "MassActivity" m WHERE m."deletedAt" IS NULL AND ${between(Prisma.sql`m.date`, w)}
      AND (${organOnly(w)} OR ${inUnits(Prisma.sql`m."orgUnitId"`, w)}))`,
  /** Youth representatives sitting in on each central-group session, when every session had the same number (else 0). */
  "mass.youthRepsPerSession": (w) => Prisma.sql`(SELECT CASE WHEN count(*) > 0 AND min(n) = max(n) THEN min(n) ELSE 0 END::int FROM (
      SELECT count(nv.id) AS n FROM "StudySession" s LEFT JOIN "StudyNonVoting" nv ON nv."sessionId" = s.id AND nv.tag = 'YOUTH_REP'
      WHERE ${centralGroup(w, "s")} GROUP BY s.id) per_session)`,
};

/** The period's bounds, and the halves of its year for the half-on-half figures. */
export function metricWindow(year: number, period: SummaryPeriod, unitIds: string[] | null): MetricWindow {
  const h1 = { from: `${year}-01-01`, to: `${year}-06-30` };
  const h2 = { from: `${year}-07-01`, to: `${year}-12-31` };
  const range = period === "H1" ? h1 : period === "H2" ? h2 : { from: h1.from, to: h2.to };
  return { ...range, h1, h2, year, unitIds };
}

/** Every figure of the window in one query. */
export async function computeFigures(window: MetricWindow, client: Db | Tx = db): Promise<FigureValues> {
  const keys = Object.keys(SUMMARY_METRICS) as SummaryMetricKey[];
  const columns = Prisma.join(
    keys.map((key) => Prisma.sql`${SUMMARY_METRICS[key](window)} AS ${Prisma.raw(`"${key}"`)}`),
    ", ",
  );
  const [row] = await client.$queryRaw<FigureValues[]>(Prisma.sql`SELECT ${columns}`);
  return Object.fromEntries(keys.map((key) => [key, Number(row[key] ?? 0)])) as FigureValues;
}
