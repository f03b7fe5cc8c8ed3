import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { inPeriodSql, organOnlySql, unitSql } from "../sql";
import type { MetricContext, MetricDefinition } from "../types";

// 作风廉政 and 群团: activities by kind, supervision checks, partner-village visits.

const INTEGRITY_KINDS = ["INTEGRITY_MEETING", "DUTY_REPORT_MEETING", "TALK", "RESPONSIBILITY_LETTER", "PROPOSAL", "CULTURE", "WARNING_EDUCATION"] as const;
const CHECK_KINDS = ["JOINT_RESEARCH", "KEY_DEPARTMENT", "PROJECT_REVIEW", "SITE_INSPECTION", "ROUTINE"] as const;
const MASS_KINDS = ["FESTIVAL", "SPORT_CULTURE", "VOLUNTEER", "DUAL_REPORT", "VILLAGE_VISIT", "PROMOTION_MEETING", "STUDY_VISIT", "YOUTH_STUDY", "YOUTH_SPEECH", "OTHER"] as const;

const massRows = (ctx: MetricContext, condition: Prisma.Sql) => Prisma.sql`
  SELECT a.id, a.date, a.title, a.kind::text AS kind, u.name AS "branchName", a."participantCount", a."peopleServed"
  FROM "MassActivity" a LEFT JOIN "OrgUnit" u ON u.id = a."orgUnitId"
  WHERE a."deletedAt" IS NULL AND ${condition} AND ${unitSql(ctx, Prisma.sql`a."orgUnitId"`)} AND ${inPeriodSql(ctx, Prisma.sql`a.date`)}`;

export const INTEGRITY_MASS_METRICS = [
  {
    key: "integrity.activities",
    pillar: "INTEGRITY",
    labelKey: "integrityActivities",
    unit: "count",
    // An individual talk's content is sensitive: the list shows its title only, like the integrity pages' counts.
    rows: (ctx) => Prisma.sql`
      SELECT a.id, a.date, a.title, a.kind::text AS kind, u.name AS "branchName"
      FROM "IntegrityActivity" a LEFT JOIN "OrgUnit" u ON u.id = a."orgUnitId"
      WHERE a."deletedAt" IS NULL AND ${unitSql(ctx, Prisma.sql`a."orgUnitId"`)} AND ${inPeriodSql(ctx, Prisma.sql`a.date`)}`,
    columns: [
      { key: "date", labelKey: "date", type: "date" },
      { key: "title", labelKey: "title", type: "text" },
      { key: "kind", labelKey: "kind", type: "enum", enumLabels: "integrity.kinds" },
      { key: "branchName", labelKey: "branch", type: "text" },
    ],
    breakdown: { column: "kind", enumLabels: "integrity.kinds", values: INTEGRITY_KINDS },
    link: { type: "IntegrityActivity" },
    activity: true,
  },
  {
    key: "integrity.checks",
    pillar: "INTEGRITY",
    labelKey: "supervisionChecks",
    unit: "count",
    // The same rows countChecks() in lib/integrity counts for a whole year (the test holds them equal).
    rows: (ctx) => Prisma.sql`
      SELECT c.id, c.date, c.target AS title, c.kind::text AS kind, u.name AS "branchName"
      FROM "SupervisionCheck" c LEFT JOIN "OrgUnit" u ON u.id = c."orgUnitId"
      WHERE c."deletedAt" IS NULL AND ${unitSql(ctx, Prisma.sql`c."orgUnitId"`)} AND ${inPeriodSql(ctx, Prisma.sql`c.date`)}`,
    columns: [
      { key: "date", labelKey: "date", type: "date" },
      { key: "title", labelKey: "target", type: "text" },
      { key: "kind", labelKey: "kind", type: "enum", enumLabels: "integrity.checkKinds" },
      { key: "branchName", labelKey: "branch", type: "text" },
    ],
    breakdown: { column: "kind", enumLabels: "integrity.checkKinds", values: CHECK_KINDS },
    link: { type: "SupervisionCheck" },
    activity: true,
  },
  {
    key: "mass.activities",
    pillar: "MASS",
    labelKey: "massActivities",
    unit: "count",
    rows: (ctx) => massRows(ctx, Prisma.sql`TRUE`),
    columns: [
      { key: "date", labelKey: "date", type: "date" },
      { key: "title", labelKey: "title", type: "text" },
      { key: "kind", labelKey: "kind", type: "enum", enumLabels: "mass.kinds" },
      { key: "branchName", labelKey: "branch", type: "text" },
      { key: "participantCount", labelKey: "participants", type: "number" },
    ],
    breakdown: { column: "kind", enumLabels: "mass.kinds", values: MASS_KINDS },
    link: { type: "MassActivity" },
    activity: true,
  },
  {
    key: "mass.villageVisits",
    pillar: "MASS",
    labelKey: "villageVisits",
    unit: "count",
    rows: (ctx) => massRows(ctx, Prisma.sql`a.kind = 'VILLAGE_VISIT'`),
    columns: [
      { key: "date", labelKey: "date", type: "date" },
      { key: "title", labelKey: "title", type: "text" },
      { key: "branchName", labelKey: "branch", type: "text" },
      { key: "peopleServed", labelKey: "peopleServed", type: "number" },
    ],
    link: { type: "MassActivity" },
  },
  {
    key: "mass.promotionMeetings",
    pillar: "MASS",
    labelKey: "promotionMeetings",
    unit: "count",
    // 文明单位创建工作推进会.
    rows: (ctx) => massRows(ctx, Prisma.sql`a.kind = 'PROMOTION_MEETING'`),
    columns: [
      { key: "date", labelKey: "date", type: "date" },
      { key: "title", labelKey: "title", type: "text" },
      { key: "participantCount", labelKey: "participants", type: "number" },
    ],
    link: { type: "MassActivity" },
  },
  {
    key: "mass.youthRepsPerSession",
    pillar: "MASS",
    labelKey: "youthRepsPerSession",
    unit: "count",
    // Youth representatives sitting in (列席) on each central-group session. The figure is their
    // number per session when every session had the same number (每次…选派N名), else none.
    rows: (ctx) => Prisma.sql`
      SELECT s.id, s.date, s.topic AS title, count(nv.id)::int AS "youthReps"
      FROM "StudySession" s LEFT JOIN "StudyNonVoting" nv ON nv."sessionId" = s.id AND nv.tag = 'YOUTH_REP'
      WHERE s."deletedAt" IS NULL AND s.level = 'PARTY_GROUP' AND ${organOnlySql(ctx)} AND ${inPeriodSql(ctx, Prisma.sql`s.date`)}
      GROUP BY s.id`,
    value: Prisma.sql`CASE WHEN count(*) > 0 AND min(r."youthReps") = max(r."youthReps") THEN min(r."youthReps") END`,
    columns: [
      { key: "date", labelKey: "date", type: "date" },
      { key: "title", labelKey: "topic", type: "text" },
      { key: "youthReps", labelKey: "youthReps", type: "number" },
    ],
    link: { type: "StudySession" },
  },
] as const satisfies readonly MetricDefinition[];
