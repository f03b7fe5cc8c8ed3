import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { dueVsHeldSql } from "@/lib/org-life/queries/due-vs-held";
import { ORG_LIFE_KINDS } from "@/lib/org-life/schema";
import { dateSql, inPeriodSql, organOnlySql, unitSql } from "../sql";
import type { MetricContext, MetricDefinition } from "../types";

// 学习教育: theory study, the study checklist, organisational life, themed activities.

/** How far ahead a checklist task counts as near its deadline. */
export const DUE_SOON_DAYS = 14;

const STUDY_KINDS = ["CENTRAL_GROUP", "READING_CLASS", "EXPERT_LECTURE", "FIELD_STUDY", "BRANCH_STUDY", "ONLINE", "OTHER"] as const;
const THEMED_KINDS = ["SPEECH_CONTEST", "SKILLS_CONTEST", "EDUCATION_BASE_VISIT", "READING", "LECTURE_PLATFORM", "OTHER"] as const;

const sessionRows = (ctx: MetricContext, condition: Prisma.Sql) => Prisma.sql`
  SELECT s.id, s.date, s.topic AS title, s.kind::text AS kind, u.name AS "branchName"
  FROM "StudySession" s LEFT JOIN "OrgUnit" u ON u.id = s."orgUnitId"
  WHERE s."deletedAt" IS NULL AND ${condition} AND ${unitSql(ctx, Prisma.sql`s."orgUnitId"`)} AND ${inPeriodSql(ctx, Prisma.sql`s.date`)}`;

const sessionColumns = [
  { key: "date", labelKey: "date", type: "date" },
  { key: "title", labelKey: "topic", type: "text" },
  { key: "kind", labelKey: "kind", type: "enum", enumLabels: "study.kinds" },
  { key: "branchName", labelKey: "branch", type: "text" },
] as const;

/** The study checklist's tasks whose deadline falls in the period (the checklist is the Party group's own). */
const taskRows = (ctx: MetricContext, condition: Prisma.Sql) => Prisma.sql`
  SELECT t.id, t.deadline AS date, t.content AS title, t.status::text AS status, t."completedOn", f.name AS form
  FROM "StudyTask" t JOIN "StudyForm" f ON f.id = t."formId"
  WHERE t."deletedAt" IS NULL AND f."deletedAt" IS NULL AND ${organOnlySql(ctx)}
    AND ${inPeriodSql(ctx, Prisma.sql`t.deadline`)} AND ${condition}`;

const taskColumns = [
  { key: "date", labelKey: "deadline", type: "date" },
  { key: "title", labelKey: "task", type: "text" },
  { key: "form", labelKey: "studyForm", type: "text" },
  { key: "status", labelKey: "status", type: "enum", enumLabels: "checklist.statuses" },
  { key: "completedOn", labelKey: "completedOn", type: "date" },
] as const;

const themedRows = (ctx: MetricContext, condition: Prisma.Sql) => Prisma.sql`
  SELECT a.id, a.date, a.title, a.kind::text AS kind, u.name AS "branchName", v.name AS vehicle
  FROM "ThemedActivity" a LEFT JOIN "OrgUnit" u ON u.id = a."orgUnitId" LEFT JOIN "ActivityVehicle" v ON v.id = a."vehicleId"
  WHERE a."deletedAt" IS NULL AND ${condition} AND ${unitSql(ctx, Prisma.sql`a."orgUnitId"`)} AND ${inPeriodSql(ctx, Prisma.sql`a.date`)}`;

const themedColumns = [
  { key: "date", labelKey: "date", type: "date" },
  { key: "title", labelKey: "title", type: "text" },
  { key: "kind", labelKey: "kind", type: "enum", enumLabels: "activities.kinds" },
  { key: "vehicle", labelKey: "vehicle", type: "text" },
  { key: "branchName", labelKey: "branch", type: "text" },
] as const;

export const EDUCATION_METRICS = [
  {
    key: "education.centralGroupSessions",
    pillar: "EDUCATION",
    labelKey: "centralGroupSessions",
    unit: "count",
    rows: (ctx) => sessionRows(ctx, Prisma.sql`s.level = 'PARTY_GROUP'`),
    columns: sessionColumns,
    link: { type: "StudySession" },
  },
  {
    key: "education.centralGroupSpeeches",
    pillar: "EDUCATION",
    labelKey: "centralGroupSpeeches",
    unit: "count",
    // Counted per speech (人次): one person speaking at three sessions counts three.
    rows: (ctx) => Prisma.sql`
      SELECT sp.id, s.id AS "sessionId", s.date, sp."speakerName", sp.tag::text AS tag, s.topic AS title
      FROM "StudySpeech" sp JOIN "StudySession" s ON s.id = sp."sessionId"
      WHERE s."deletedAt" IS NULL AND s.level = 'PARTY_GROUP' AND ${unitSql(ctx, Prisma.sql`s."orgUnitId"`)} AND ${inPeriodSql(ctx, Prisma.sql`s.date`)}`,
    columns: [
      { key: "date", labelKey: "date", type: "date" },
      { key: "speakerName", labelKey: "speaker", type: "text" },
      { key: "tag", labelKey: "speakerTag", type: "enum", enumLabels: "study.speakerTags" },
      { key: "title", labelKey: "topic", type: "text" },
    ],
    link: { type: "StudySession", column: "sessionId" },
  },
  {
    key: "education.studySessions",
    pillar: "EDUCATION",
    labelKey: "studySessions",
    unit: "count",
    rows: (ctx) => sessionRows(ctx, Prisma.sql`TRUE`),
    columns: sessionColumns,
    breakdown: { column: "kind", enumLabels: "study.kinds", values: STUDY_KINDS },
    link: { type: "StudySession" },
    activity: true,
  },
  {
    key: "education.checklistTasksDone",
    pillar: "EDUCATION",
    labelKey: "checklistTasksDone",
    unit: "count",
    rows: (ctx) => taskRows(ctx, Prisma.sql`t.status = 'DONE'`),
    columns: taskColumns,
    link: { type: "StudyTask" },
  },
  {
    key: "education.checklistTasksOverdue",
    pillar: "EDUCATION",
    labelKey: "checklistTasksOverdue",
    unit: "count",
    // Not done and past the deadline, as lib/checklist/deadline.ts decides a task's state.
    rows: (ctx) => taskRows(ctx, Prisma.sql`t.status <> 'DONE' AND t.deadline < ${dateSql(ctx.today)}`),
    columns: taskColumns,
    link: { type: "StudyTask" },
  },
  {
    key: "education.checklistTasksDueSoon",
    pillar: "EDUCATION",
    labelKey: "checklistTasksDueSoon",
    unit: "count",
    // Not done and due within the next two weeks: what the Party office should chase now.
    rows: (ctx) =>
      taskRows(ctx, Prisma.sql`t.status <> 'DONE' AND t.deadline BETWEEN ${dateSql(ctx.today)} AND ${dateSql(ctx.today)} + ${DUE_SOON_DAYS}::int`),
    columns: taskColumns,
    link: { type: "StudyTask" },
  },
  {
    key: "education.orgLifeCompletion",
    pillar: "EDUCATION",
    labelKey: "orgLifeCompletion",
    unit: "percent",
    // The owed (branch, kind, period) slots of lib/org-life's due-versus-held query that overlap
    // the period and have begun; the figure is the share of them held. That query works a year
    // at a time, so a period reaching into two years reads both.
    rows: (ctx) => {
      const scope = ctx.units.kind === "units" ? { kind: "units" as const, unitIds: ctx.units.unitIds } : { kind: "all" as const };
      const years = Array.from({ length: ctx.end.getUTCFullYear() - ctx.start.getUTCFullYear() + 1 }, (_, index) => ctx.start.getUTCFullYear() + index);
      const due = years
        .map((year) => dueVsHeldSql(scope, { year, granularity: "month", frequencies: ctx.frequencies, today: ctx.today }, false))
        .filter((sql): sql is Prisma.Sql => sql !== null);
      if (due.length === 0) return Prisma.sql`SELECT NULL::text AS id, NULL::date AS date, NULL::date AS "periodEnd", 0 AS due, 0 AS met WHERE FALSE`;
      return Prisma.sql`
        SELECT d."branchId" || ':' || d.kind || ':' || extract(year FROM d.start) || ':' || d."periodIndex" AS id, d.start AS date, d."end" AS "periodEnd",
          d."branchName", d.kind, (d.due - d.upcoming) AS due, d.met
        FROM (${Prisma.join(
          due.map((sql) => Prisma.sql`(${sql})`),
          " UNION ALL ",
        )}) d
        WHERE d.start <= ${dateSql(ctx.end)} AND d."end" >= ${dateSql(ctx.start)} AND d.due - d.upcoming > 0`;
    },
    value: Prisma.sql`round(100.0 * sum(r.met) / nullif(sum(r.due), 0), 1)`,
    spans: true,
    columns: [
      { key: "branchName", labelKey: "branch", type: "text" },
      { key: "kind", labelKey: "kind", type: "enum", enumLabels: "orgLife.kinds" },
      { key: "date", labelKey: "periodStart", type: "date" },
      { key: "periodEnd", labelKey: "periodEnd", type: "date" },
      { key: "due", labelKey: "due", type: "number" },
      { key: "met", labelKey: "met", type: "number" },
    ],
  },
  {
    key: "education.orgLifeMeetings",
    pillar: "EDUCATION",
    labelKey: "orgLifeMeetings",
    unit: "count",
    rows: (ctx) => Prisma.sql`
      SELECT m.id, m.date, m.topic AS title, m.kind::text AS kind, coalesce(p.name, u.name) AS "branchName"
      FROM "OrgLifeMeeting" m JOIN "OrgUnit" u ON u.id = m."orgUnitId"
        -- A 党小组's meeting is shown under its branch.
        LEFT JOIN "OrgUnit" p ON p.id = u."parentId" AND u.type = 'GROUP'
      WHERE m."deletedAt" IS NULL AND ${unitSql(ctx, Prisma.sql`m."orgUnitId"`)} AND ${inPeriodSql(ctx, Prisma.sql`m.date`)}`,
    columns: [
      { key: "date", labelKey: "date", type: "date" },
      { key: "title", labelKey: "topic", type: "text" },
      { key: "kind", labelKey: "kind", type: "enum", enumLabels: "orgLife.kinds" },
      { key: "branchName", labelKey: "branch", type: "text" },
    ],
    breakdown: { column: "kind", enumLabels: "orgLife.kinds", values: ORG_LIFE_KINDS },
    link: { type: "OrgLifeMeeting" },
    activity: true,
  },
  {
    key: "education.branchesWithoutOrgLife",
    pillar: "EDUCATION",
    labelKey: "branchesWithoutOrgLife",
    unit: "count",
    // Live branches with no meeting of their own or of their 党小组 in the period.
    rows: (ctx) => Prisma.sql`
      SELECT b.id, ${dateSql(ctx.start)} AS date, b.name AS "branchName"
      FROM "OrgUnit" b
      WHERE b.type = 'BRANCH' AND b."deletedAt" IS NULL AND b."effectiveFrom" <= ${dateSql(ctx.end)}
        AND (b."effectiveTo" IS NULL OR b."effectiveTo" >= ${dateSql(ctx.start)}) AND ${unitSql(ctx, Prisma.sql`b.id`)}
        AND NOT EXISTS (
          SELECT 1 FROM "OrgLifeMeeting" m JOIN "OrgUnit" u ON u.id = m."orgUnitId"
          WHERE (u.id = b.id OR u."parentId" = b.id) AND m."deletedAt" IS NULL AND ${inPeriodSql(ctx, Prisma.sql`m.date`)}
        )`,
    columns: [{ key: "branchName", labelKey: "branch", type: "text" }],
    undated: true,
  },
  {
    key: "education.themedActivities",
    pillar: "EDUCATION",
    labelKey: "themedActivities",
    unit: "count",
    rows: (ctx) => themedRows(ctx, Prisma.sql`TRUE`),
    columns: themedColumns,
    breakdown: { column: "kind", enumLabels: "activities.kinds", values: THEMED_KINDS },
    link: { type: "ThemedActivity" },
    activity: true,
  },
  {
    key: "education.vehicleActivities",
    pillar: "EDUCATION",
    labelKey: "vehicleActivities",
    unit: "count",
    // Themed activities carried out under one of the Party group's 活动载体.
    rows: (ctx) => themedRows(ctx, Prisma.sql`a."vehicleId" IS NOT NULL AND v."deletedAt" IS NULL`),
    columns: themedColumns,
    link: { type: "ThemedActivity" },
  },
  {
    key: "education.branchVehicleActivities",
    pillar: "EDUCATION",
    labelKey: "branchVehicleActivities",
    unit: "count",
    // What the 基层党组织 did under the 活动载体 (the summary's "各基层党组织开展主题活动N次"): organ-level ones left out.
    rows: (ctx) => themedRows(ctx, Prisma.sql`a."vehicleId" IS NOT NULL AND v."deletedAt" IS NULL AND a."orgUnitId" IS NOT NULL`),
    columns: themedColumns,
    link: { type: "ThemedActivity" },
  },
  {
    key: "education.contestEntries",
    pillar: "EDUCATION",
    labelKey: "contestEntries",
    unit: "count",
    // 提交作品 of the speech contests: the figure sums the entries, the rows are the contests.
    rows: (ctx) => Prisma.sql`
      SELECT a.id, a.date, a.title, a."entryCount", u.name AS "branchName"
      FROM "ThemedActivity" a LEFT JOIN "OrgUnit" u ON u.id = a."orgUnitId"
      WHERE a."deletedAt" IS NULL AND a.kind = 'SPEECH_CONTEST' AND ${unitSql(ctx, Prisma.sql`a."orgUnitId"`)} AND ${inPeriodSql(ctx, Prisma.sql`a.date`)}`,
    value: Prisma.sql`coalesce(sum(r."entryCount"), 0)`,
    columns: [
      { key: "date", labelKey: "date", type: "date" },
      { key: "title", labelKey: "title", type: "text" },
      { key: "entryCount", labelKey: "entries", type: "number" },
      { key: "branchName", labelKey: "branch", type: "text" },
    ],
    link: { type: "ThemedActivity" },
  },
  {
    key: "education.checklistTasks",
    pillar: "EDUCATION",
    labelKey: "checklistTasks",
    unit: "count",
    // Every task of the study checklist due in the period, whatever its state (学习任务N项).
    rows: (ctx) => taskRows(ctx, Prisma.sql`TRUE`),
    columns: taskColumns,
    link: { type: "StudyTask" },
  },
  {
    key: "education.studyForms",
    pillar: "EDUCATION",
    labelKey: "studyForms",
    unit: "count",
    // The 学习形式 of the year's checklist: a year's list, not dated within it.
    rows: (ctx) => Prisma.sql`
      SELECT f.id, make_date(f.year, 1, 1) AS date, f.name AS title
      FROM "StudyForm" f WHERE f."deletedAt" IS NULL AND f.year = ${ctx.year} AND ${organOnlySql(ctx)}`,
    columns: [{ key: "title", labelKey: "studyForm", type: "text" }],
    undated: true,
  },
  {
    key: "education.activityVehicles",
    pillar: "EDUCATION",
    labelKey: "activityVehicles",
    unit: "count",
    // The Party group's 活动载体 of the year.
    rows: (ctx) => Prisma.sql`
      SELECT v.id, make_date(v.year, 1, 1) AS date, v.name AS title
      FROM "ActivityVehicle" v WHERE v."deletedAt" IS NULL AND v.year = ${ctx.year} AND ${organOnlySql(ctx)}`,
    columns: [{ key: "title", labelKey: "vehicle", type: "text" }],
    undated: true,
  },
] as const satisfies readonly MetricDefinition[];
