import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { dateSql, escalationSql, inPeriodSql, linkedUnitSql, organOnlySql, unitSql } from "../sql";
import type { MetricContext, MetricDefinition } from "../types";

// 标准化管理: supervision findings, rectification to closure, joint building, publicity,
// ideology and documents issued.

export const RECTIFICATION_STATUSES = ["PENDING", "IN_PROGRESS", "AWAITING_ACCEPTANCE", "CLOSED"] as const;
export const RECTIFICATION_SOURCES = [
  "DEMOCRATIC_LIFE",
  "ORG_LIFE_MEETING",
  "REVIEW_FEEDBACK",
  "SUPERVISION",
  "INSPECTION",
  "THEME_EDUCATION",
  "INTEGRITY_CHECK",
  "OTHER",
] as const;
const PUBLICITY_CHANNELS = ["WEBSITE", "WECHAT", "MEDIA", "OTHER"] as const;

/**
 * Rectification items of the period are those whose deadline falls in it: the funnel, the
 * overdue and red lists, the closure rate and the days to close all start from the same rows.
 */
const itemRows = (ctx: MetricContext, condition: Prisma.Sql = Prisma.sql`TRUE`) => Prisma.sql`
  SELECT i.id, i.deadline AS date, i.problem AS title, i.status::text AS status, i.source::text AS source,
    coalesce(u.name, i.department) AS "branchName", i."closedOn",
    CASE WHEN i.status = 'CLOSED' THEN NULL ELSE ${escalationSql(ctx, Prisma.sql`i.deadline`)} END AS level,
    i."closedOn" - (i."createdAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai')::date AS "daysToClose"
  FROM "RectificationItem" i LEFT JOIN "OrgUnit" u ON u.id = i."orgUnitId"
  WHERE i."deletedAt" IS NULL AND ${unitSql(ctx, Prisma.sql`i."orgUnitId"`)} AND ${inPeriodSql(ctx, Prisma.sql`i.deadline`)} AND ${condition}`;

const itemColumns = [
  { key: "date", labelKey: "deadline", type: "date" },
  { key: "title", labelKey: "problem", type: "text" },
  { key: "branchName", labelKey: "branch", type: "text" },
  { key: "source", labelKey: "source", type: "enum", enumLabels: "dashboard.rectificationSources" },
  { key: "status", labelKey: "status", type: "enum", enumLabels: "dashboard.rectificationStatuses" },
  { key: "level", labelKey: "escalation", type: "enum", enumLabels: "dashboard.levels" },
] as const;

const rectification = {
  pillar: "MANAGEMENT",
  unit: "count",
  columns: itemColumns,
  link: { type: "RectificationItem" },
} as const;

/** Live branches (党支部) that existed during the period, with whether a joint activity of the period covered them. */
const branchCoverageRows = (ctx: MetricContext, condition: Prisma.Sql) => Prisma.sql`
  SELECT * FROM (
    SELECT b.id, ${dateSql(ctx.start)} AS date, b.name AS "branchName",
      -- Uncorrelated, so PostgreSQL hashes the period's linked branches once instead of
      -- probing the links of every branch (half the cost over 200 branches).
      b.id IN (
        SELECT jb."orgUnitId" FROM "JointActivityBranch" jb JOIN "JointActivity" a ON a.id = jb."activityId"
        WHERE a."deletedAt" IS NULL AND ${inPeriodSql(ctx, Prisma.sql`a.date`)}
      ) AS covered
    FROM "OrgUnit" b
    WHERE b.type = 'BRANCH' AND b."deletedAt" IS NULL AND b."effectiveFrom" <= ${dateSql(ctx.end)}
      AND (b."effectiveTo" IS NULL OR b."effectiveTo" >= ${dateSql(ctx.start)}) AND ${unitSql(ctx, Prisma.sql`b.id`)}
  ) c WHERE ${condition}`;

const coverageColumns = [
  { key: "branchName", labelKey: "branch", type: "text" },
  { key: "covered", labelKey: "covered", type: "enum", enumLabels: "dashboard.yesNo" },
] as const;

/** A finding belongs to the period its supervision round began in. */
const findingRows = (ctx: MetricContext, condition: Prisma.Sql = Prisma.sql`TRUE`) => Prisma.sql`
  SELECT f.id, r0."periodStart" AS date, f.description AS title, f.scope::text AS scope, f.severity::text AS severity, r0.focus
  FROM "SupervisionFinding" f JOIN "SupervisionRound" r0 ON r0.id = f."roundId"
  WHERE f."deletedAt" IS NULL AND r0."deletedAt" IS NULL AND ${inPeriodSql(ctx, Prisma.sql`r0."periodStart"`)}
    AND ${linkedUnitSql(ctx, Prisma.sql`"FindingBranch"`, Prisma.sql`"findingId"`, Prisma.sql`f.id`)} AND ${condition}`;

const findingColumns = [
  { key: "date", labelKey: "date", type: "date" },
  { key: "title", labelKey: "finding", type: "text" },
  { key: "scope", labelKey: "findingScope", type: "enum", enumLabels: "dashboard.findingScopes" },
  { key: "focus", labelKey: "supervisionFocus", type: "text" },
] as const;

const finding = { pillar: "MANAGEMENT", unit: "count", columns: findingColumns, link: { type: "SupervisionFinding" } } as const;

export const MANAGEMENT_METRICS = [
  {
    key: "management.findings",
    pillar: "MANAGEMENT",
    labelKey: "findings",
    unit: "count",
    rows: (ctx) => findingRows(ctx),
    columns: findingColumns,
    breakdown: { column: "scope", enumLabels: "dashboard.findingScopes", values: ["COMMON", "INDIVIDUAL"] },
    link: { type: "SupervisionFinding" },
  },
  {
    ...finding,
    key: "management.commonFindings",
    labelKey: "commonFindings",
    rows: (ctx) => findingRows(ctx, Prisma.sql`f.scope = 'COMMON'`),
  },
  {
    ...finding,
    key: "management.individualFindings",
    labelKey: "individualFindings",
    rows: (ctx) => findingRows(ctx, Prisma.sql`f.scope = 'INDIVIDUAL'`),
  },
  {
    ...rectification,
    key: "management.reviewFeedbackMeasures",
    labelKey: "reviewFeedbackMeasures",
    // 述职评议反馈 turned into 具体落实举措: the items of that source due in the period.
    rows: (ctx) => itemRows(ctx, Prisma.sql`i.source = 'REVIEW_FEEDBACK'`),
  },
  {
    ...rectification,
    key: "management.rectificationItems",
    labelKey: "rectificationItems",
    rows: (ctx) => itemRows(ctx),
    breakdown: { column: "status", enumLabels: "dashboard.rectificationStatuses", values: RECTIFICATION_STATUSES },
  },
  {
    ...rectification,
    key: "management.rectificationOverdue",
    labelKey: "rectificationOverdue",
    rows: (ctx) => itemRows(ctx, Prisma.sql`i.status <> 'CLOSED' AND i.deadline < ${dateSql(ctx.today)}`),
  },
  {
    ...rectification,
    key: "management.rectificationRed",
    labelKey: "rectificationRed",
    rows: (ctx) => itemRows(ctx, Prisma.sql`i.status <> 'CLOSED' AND ${escalationSql(ctx, Prisma.sql`i.deadline`)} = 'RED'`),
  },
  {
    ...rectification,
    key: "management.rectificationClosureRate",
    labelKey: "rectificationClosureRate",
    unit: "percent",
    rows: (ctx) => itemRows(ctx),
    value: Prisma.sql`round(100.0 * count(*) FILTER (WHERE r.status = 'CLOSED') / nullif(count(*), 0), 1)`,
  },
  {
    ...rectification,
    key: "management.rectificationDaysToClose",
    labelKey: "rectificationDaysToClose",
    unit: "days",
    rows: (ctx) => itemRows(ctx, Prisma.sql`i.status = 'CLOSED' AND i."closedOn" IS NOT NULL`),
    value: Prisma.sql`round(avg(r."daysToClose"), 1)`,
    columns: [...itemColumns.slice(0, 3), { key: "closedOn", labelKey: "closedOn", type: "date" }, { key: "daysToClose", labelKey: "daysToClose", type: "number" }],
  },
  {
    ...rectification,
    key: "management.rectificationOpenAtEnd",
    labelKey: "rectificationOpenAtEnd",
    // Items raised by the period's last day and not closed by then, whatever their deadline: one
    // point of the burn-down.
    rows: (ctx) => Prisma.sql`
      SELECT i.id, i.deadline AS date, i.problem AS title, i.status::text AS status, i.source::text AS source,
        coalesce(u.name, i.department) AS "branchName", i."closedOn",
        CASE WHEN i.status = 'CLOSED' THEN NULL ELSE ${escalationSql(ctx, Prisma.sql`i.deadline`)} END AS level
      FROM "RectificationItem" i LEFT JOIN "OrgUnit" u ON u.id = i."orgUnitId"
      WHERE i."deletedAt" IS NULL AND ${unitSql(ctx, Prisma.sql`i."orgUnitId"`)}
        -- Raised by the period's last day in Beijing: before the next day's midnight there, in UTC
        -- as createdAt is stored (the burn-down asks this of every item for each month).
        AND i."createdAt" < (${dateSql(ctx.end)} + 1)::timestamp AT TIME ZONE 'Asia/Shanghai' AT TIME ZONE 'UTC'
        AND NOT (i.status = 'CLOSED' AND coalesce(i."closedOn", ${dateSql(ctx.end)}) <= ${dateSql(ctx.end)})`,
    undated: true,
  },
  {
    ...rectification,
    key: "management.rectificationBySource",
    labelKey: "rectificationBySource",
    rows: (ctx) => itemRows(ctx),
    breakdown: { column: "source", enumLabels: "dashboard.rectificationSources", values: RECTIFICATION_SOURCES },
  },
  {
    ...rectification,
    key: "management.rectificationByBranch",
    labelKey: "rectificationByBranch",
    rows: (ctx) => itemRows(ctx),
    breakdown: { column: "branchName" },
  },
  {
    key: "management.jointCoverage",
    pillar: "MANAGEMENT",
    labelKey: "jointCoverage",
    unit: "percent",
    rows: (ctx) => branchCoverageRows(ctx, Prisma.sql`TRUE`),
    value: Prisma.sql`round(100.0 * count(*) FILTER (WHERE r.covered) / nullif(count(*), 0), 1)`,
    columns: coverageColumns,
    undated: true,
  },
  {
    key: "management.jointCoveredBranches",
    pillar: "MANAGEMENT",
    labelKey: "jointCoveredBranches",
    unit: "count",
    rows: (ctx) => branchCoverageRows(ctx, Prisma.sql`c.covered`),
    columns: coverageColumns,
    undated: true,
  },
  {
    key: "management.jointActivities",
    pillar: "MANAGEMENT",
    labelKey: "jointActivities",
    unit: "count",
    rows: (ctx) => Prisma.sql`
      SELECT a.id, a.date, a.title, p.name AS partner
      FROM "JointActivity" a LEFT JOIN "JointPartner" p ON p.id = a."partnerId"
      WHERE a."deletedAt" IS NULL AND ${inPeriodSql(ctx, Prisma.sql`a.date`)}
        AND ${linkedUnitSql(ctx, Prisma.sql`"JointActivityBranch"`, Prisma.sql`"activityId"`, Prisma.sql`a.id`)}`,
    columns: [
      { key: "date", labelKey: "date", type: "date" },
      { key: "title", labelKey: "title", type: "text" },
      { key: "partner", labelKey: "partner", type: "text" },
    ],
    link: { type: "JointActivity" },
    activity: true,
  },
  {
    key: "management.publicity",
    pillar: "MANAGEMENT",
    labelKey: "publicity",
    unit: "count",
    rows: (ctx) => Prisma.sql`
      SELECT p.id, p.date, p.title, p.channel::text AS channel, u.name AS "branchName"
      FROM "PublicityItem" p LEFT JOIN "OrgUnit" u ON u.id = p."orgUnitId"
      WHERE p."deletedAt" IS NULL AND ${unitSql(ctx, Prisma.sql`p."orgUnitId"`)} AND ${inPeriodSql(ctx, Prisma.sql`p.date`)}`,
    columns: [
      { key: "date", labelKey: "date", type: "date" },
      { key: "title", labelKey: "title", type: "text" },
      { key: "channel", labelKey: "channel", type: "enum", enumLabels: "dashboard.channels" },
      { key: "branchName", labelKey: "branch", type: "text" },
    ],
    breakdown: { column: "channel", enumLabels: "dashboard.channels", values: PUBLICITY_CHANNELS },
    link: { type: "PublicityItem" },
    activity: true,
  },
  {
    key: "management.ideologyAnalyses",
    pillar: "MANAGEMENT",
    labelKey: "ideologyAnalyses",
    unit: "count",
    rows: (ctx) => Prisma.sql`
      SELECT ir.id, ir.date, ir.title, ir.period AS quarter, u.name AS "branchName"
      FROM "IdeologyRecord" ir LEFT JOIN "OrgUnit" u ON u.id = ir."orgUnitId"
      WHERE ir."deletedAt" IS NULL AND ir.kind = 'QUARTERLY_ANALYSIS' AND ${unitSql(ctx, Prisma.sql`ir."orgUnitId"`)}
        AND ${inPeriodSql(ctx, Prisma.sql`ir.date`)}`,
    columns: [
      { key: "date", labelKey: "date", type: "date" },
      { key: "title", labelKey: "title", type: "text" },
      { key: "quarter", labelKey: "quarter", type: "number" },
      { key: "branchName", labelKey: "branch", type: "text" },
    ],
    link: { type: "IdeologyRecord" },
  },
  {
    key: "management.ideologyMissingQuarters",
    pillar: "MANAGEMENT",
    labelKey: "ideologyMissingQuarters",
    unit: "count",
    // Quarters of the year within the period that are over without a quarterly analysis for them.
    rows: (ctx) => Prisma.sql`
      SELECT 'Q' || q.n AS id, make_date(${ctx.year}::int, q.n * 3 - 2, 1) AS date, q.n AS quarter
      FROM generate_series(1, 4) AS q(n)
      WHERE make_date(${ctx.year}::int, q.n * 3 - 2, 1) <= ${dateSql(ctx.end)}
        AND (make_date(${ctx.year}::int, q.n * 3 - 2, 1) + interval '3 months' - interval '1 day')::date >= ${dateSql(ctx.start)}
        AND (make_date(${ctx.year}::int, q.n * 3 - 2, 1) + interval '3 months' - interval '1 day')::date < ${dateSql(ctx.today)}
        AND NOT EXISTS (
          SELECT 1 FROM "IdeologyRecord" ir
          WHERE ir."deletedAt" IS NULL AND ir.kind = 'QUARTERLY_ANALYSIS' AND ir.year = ${ctx.year}::int AND ir.period = q.n
            AND ${unitSql(ctx, Prisma.sql`ir."orgUnitId"`)}
        )`,
    columns: [
      { key: "quarter", labelKey: "quarter", type: "number" },
      { key: "date", labelKey: "periodStart", type: "date" },
    ],
    undated: true,
  },
  {
    key: "management.documentsIssued",
    pillar: "MANAGEMENT",
    labelKey: "documentsIssued",
    unit: "count",
    rows: (ctx) => Prisma.sql`
      SELECT d.id, d.date, d.title, d."docNumber", d.kind::text AS kind, d.issuer
      FROM "IssuedDocument" d
      WHERE d."deletedAt" IS NULL AND ${organOnlySql(ctx)} AND ${inPeriodSql(ctx, Prisma.sql`d.date`)}`,
    columns: [
      { key: "date", labelKey: "date", type: "date" },
      { key: "title", labelKey: "title", type: "text" },
      { key: "docNumber", labelKey: "docNumber", type: "text" },
      { key: "issuer", labelKey: "issuer", type: "text" },
    ],
    link: { type: "IssuedDocument" },
  },
] as const satisfies readonly MetricDefinition[];
