import { beforeAll, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { countChecks } from "@/lib/integrity/queries/count-checks";
import { contextFor, drillDown, evaluateBatch, evaluateFigure, metricEnvironment, unitsFor, type MetricEnvironment } from "@/lib/metrics/evaluate";
import type { MetricFilter } from "@/lib/metrics/filter";
import { METRIC_KEYS, METRICS, type MetricKey } from "@/lib/metrics/registry";
import { escalationSql } from "@/lib/metrics/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { FREQUENCIES_KEY } from "@/lib/org-life/settings";
import { DEFAULT_ESCALATION_THRESHOLDS, escalationOf } from "@/lib/rectification/escalation";
import { createGroup, createIntegrityActivity, createMassActivity, createOrgan, createSupervisionCheck, day, signIn } from "../factories";
import { testDb } from "./helpers";
import { signedInAs } from "./next-runtime";

// One organ with branches A (and its 党小组 G) and B; 2025 is the year counted and "today" is
// 15 August 2025. Every record type has a soft-deleted row, a row of another year, rows of both
// branches and of the Party group, and rows on 30 June and 1 July, the edge between the halves.

const TODAY = day("2025-08-15");

/**
 * The expected figure of every metric for the whole of 2025, for its second half, and for
 * branch A's secretary over 2025. A count is a bare number (the drill-down has that many rows);
 * a rate or an average is [figure, rows behind it].
 */
type Expected = number | [number | null, number];
const EXPECTED: Record<MetricKey, [Expected, Expected, Expected]> = {
  "education.centralGroupSessions": [2, 1, 0],
  "education.centralGroupSpeeches": [3, 1, 0],
  "education.studySessions": [4, 2, 1],
  "education.checklistTasksDone": [1, 0, 0],
  "education.checklistTasksOverdue": [1, 1, 0],
  "education.checklistTasksDueSoon": [1, 1, 0],
  "education.branchesWithoutOrgLife": [0, 1, 0],
  "education.orgLifeCompletion": [
    [18.2, 22],
    [16.7, 6],
    [27.3, 11],
  ],
  "education.orgLifeMeetings": [5, 1, 4],
  "education.themedActivities": [3, 1, 1],
  "education.vehicleActivities": [2, 0, 1],
  "education.branchVehicleActivities": [2, 0, 1],
  // The one contest has no entries recorded: a figure of 0 over one row.
  "education.contestEntries": [
    [0, 1],
    [0, 0],
    [0, 1],
  ],
  "education.checklistTasks": [4, 3, 0],
  "education.studyForms": [1, 1, 0],
  "education.activityVehicles": [1, 1, 0],
  "management.findings": [3, 1, 2],
  "management.commonFindings": [1, 0, 1],
  "management.individualFindings": [2, 1, 1],
  "management.reviewFeedbackMeasures": [0, 0, 0],
  "management.rectificationItems": [6, 4, 3],
  "management.rectificationOverdue": [2, 1, 1],
  "management.rectificationRed": [1, 1, 1],
  "management.rectificationClosureRate": [
    [33.3, 6],
    [25, 4],
    [0, 3],
  ],
  "management.rectificationDaysToClose": [
    [20, 2],
    [30, 1],
    [null, 0],
  ],
  "management.rectificationOpenAtEnd": [1, 1, 1],
  "management.rectificationBySource": [6, 4, 3],
  "management.rectificationByBranch": [6, 4, 3],
  "management.jointCoverage": [
    [100, 2],
    [50, 2],
    [100, 1],
  ],
  "management.jointCoveredBranches": [2, 1, 1],
  "management.jointActivities": [2, 1, 1],
  "management.publicity": [2, 1, 1],
  "management.ideologyAnalyses": [1, 0, 0],
  "management.ideologyMissingQuarters": [1, 0, 2],
  "management.documentsIssued": [2, 1, 0],
  "integrity.activities": [2, 1, 1],
  "integrity.checks": [3, 2, 1],
  "mass.activities": [3, 1, 1],
  "mass.villageVisits": [2, 1, 1],
  "mass.promotionMeetings": [0, 0, 0],
  // Both central-group sessions of 2025 had no youth representative: the same number (0) each time.
  "mass.youthRepsPerSession": [
    [0, 2],
    [0, 1],
    [null, 0],
  ],
};

let organ: Awaited<ReturnType<typeof createOrgan>>;
let leaderEnv: MetricEnvironment;
let secretaryEnv: MetricEnvironment;

beforeAll(async () => {
  const db = testDb();
  organ = await createOrgan(db);
  const a = organ.branchA.id;
  const b = organ.branchB.id;
  const deleted = { deletedAt: new Date() };
  const group = await createGroup(db, a);

  // Only the 支委会 (monthly) and the 党员大会 (quarterly) are owed, so the slots are few enough to count by hand.
  await db.setting.create({
    data: {
      key: FREQUENCIES_KEY,
      value: {
        PARTY_CONGRESS: "QUARTER",
        COMMITTEE_MEETING: "MONTH",
        GROUP_MEETING: "NONE",
        PARTY_LECTURE: "NONE",
        THEME_DAY: "NONE",
        ORG_LIFE_MEETING: "NONE",
        DEMOCRATIC_REVIEW: "NONE",
        HEART_TALK: "NONE",
      },
    },
  });

  const session = (data: Omit<Prisma.StudySessionUncheckedCreateInput, "topic">) => db.studySession.create({ data: { topic: "学习", ...data } });
  const [s1, s2, s3, s4] = await Promise.all([
    session({ level: "PARTY_GROUP", kind: "CENTRAL_GROUP", date: day("2025-06-30") }),
    session({ level: "PARTY_GROUP", kind: "CENTRAL_GROUP", date: day("2025-07-01") }),
    session({ level: "PARTY_GROUP", kind: "CENTRAL_GROUP", date: day("2025-03-01"), ...deleted }),
    session({ level: "PARTY_GROUP", kind: "CENTRAL_GROUP", date: day("2024-12-31") }),
    session({ level: "BRANCH", kind: "BRANCH_STUDY", orgUnitId: a, date: day("2025-05-10") }),
    session({ level: "BRANCH", kind: "ONLINE", orgUnitId: b, date: day("2025-09-10") }),
  ]);
  await db.studySpeech.createMany({
    data: [s1, s1, s2, s3, s4].map((s) => ({ sessionId: s.id, speakerName: "发言人", tag: "LEADERSHIP" as const })),
  });

  const form = await db.studyForm.create({ data: { year: 2025, name: "集中学习" } });
  const task = (data: Omit<Prisma.StudyTaskUncheckedCreateInput, "formId" | "content" | "leadUnit">) =>
    db.studyTask.create({ data: { formId: form.id, content: "学习任务", leadUnit: "党建办", ...data } });
  await Promise.all([
    task({ year: 2025, status: "DONE", deadline: day("2025-06-30"), completedOn: day("2025-06-20") }),
    task({ year: 2025, status: "IN_PROGRESS", deadline: day("2025-07-01") }),
    task({ year: 2025, status: "NOT_STARTED", deadline: day("2025-12-31") }),
    task({ year: 2025, status: "DONE", deadline: day("2025-03-01"), ...deleted }),
    task({ year: 2024, status: "NOT_STARTED", deadline: day("2024-12-01") }),
    task({ year: 2025, status: "NOT_STARTED", deadline: day("2025-08-25") }),
  ]);

  const meeting = (orgUnitId: string, kind: "COMMITTEE_MEETING" | "PARTY_CONGRESS" | "THEME_DAY", date: string, extra = {}) =>
    db.orgLifeMeeting.create({ data: { orgUnitId, kind, date: day(date), topic: "会议", ...extra } });
  await Promise.all([
    meeting(a, "COMMITTEE_MEETING", "2025-06-30"),
    meeting(a, "COMMITTEE_MEETING", "2025-07-01"),
    meeting(a, "PARTY_CONGRESS", "2025-02-01"),
    meeting(b, "COMMITTEE_MEETING", "2025-01-15"),
    meeting(b, "COMMITTEE_MEETING", "2025-03-15", deleted),
    meeting(a, "COMMITTEE_MEETING", "2024-12-15"),
    meeting(group.id, "THEME_DAY", "2025-04-01"),
  ]);

  const vehicle = await db.activityVehicle.create({ data: { year: 2025, name: "学习载体" } });
  const themed = (data: Omit<Prisma.ThemedActivityUncheckedCreateInput, "title">) => db.themedActivity.create({ data: { title: "主题活动", ...data } });
  await Promise.all([
    themed({ orgUnitId: a, kind: "SPEECH_CONTEST", date: day("2025-06-30"), vehicleId: vehicle.id }),
    themed({ kind: "READING", date: day("2025-07-01") }),
    themed({ orgUnitId: b, kind: "READING", date: day("2025-05-01"), vehicleId: vehicle.id }),
    themed({ orgUnitId: a, kind: "OTHER", date: day("2025-04-01"), vehicleId: vehicle.id, ...deleted }),
    themed({ orgUnitId: a, kind: "OTHER", date: day("2026-01-01") }),
  ]);

  const round = (periodStart: string) =>
    db.supervisionRound.create({ data: { kind: "QUARTERLY", periodStart: day(periodStart), periodEnd: day(periodStart), focus: "督查", inspectors: "督查组" } });
  const [rd1, rd2, rd3] = await Promise.all([round("2025-06-30"), round("2025-07-01"), round("2024-10-01")]);
  const finding = (roundId: string, scope: "COMMON" | "INDIVIDUAL", branches: string[], extra = {}) =>
    db.supervisionFinding.create({ data: { roundId, scope, description: "问题", branches: { create: branches.map((orgUnitId) => ({ orgUnitId })) }, ...extra } });
  await Promise.all([
    finding(rd1.id, "COMMON", [a, b]),
    finding(rd1.id, "INDIVIDUAL", [b]),
    finding(rd2.id, "INDIVIDUAL", [a]),
    finding(rd2.id, "COMMON", [a], deleted),
    finding(rd3.id, "INDIVIDUAL", [a]),
  ]);

  const item = (data: Omit<Prisma.RectificationItemUncheckedCreateInput, "problem" | "measures" | "class" | "ownerId" | "verifierId">) =>
    db.rectificationItem.create({
      data: { problem: "整改问题", measures: "措施", class: "DEADLINE", ownerId: organ.partyOffice.id, verifierId: organ.leader.id, ...data },
    });
  await Promise.all([
    item({ orgUnitId: a, source: "SUPERVISION", status: "PENDING", deadline: day("2025-06-30"), createdAt: new Date("2025-06-01T00:00:00Z") }),
    item({ orgUnitId: b, source: "OTHER", status: "IN_PROGRESS", deadline: day("2025-07-01") }),
    item({ orgUnitId: a, source: "SUPERVISION", status: "AWAITING_ACCEPTANCE", deadline: day("2025-08-20") }),
    // Created 10 April in Beijing, closed 20 April: 10 days.
    item({ source: "DEMOCRATIC_LIFE", status: "CLOSED", deadline: day("2025-05-01"), closedOn: day("2025-04-20"), createdAt: new Date("2025-04-10T02:00:00Z") }),
    // Created 2 July in Beijing (1 July 20:00 UTC), closed 1 August: 30 days.
    item({ orgUnitId: b, source: "OTHER", status: "CLOSED", deadline: day("2025-09-30"), closedOn: day("2025-08-01"), createdAt: new Date("2025-07-01T20:00:00Z") }),
    item({ orgUnitId: a, source: "OTHER", status: "PENDING", deadline: day("2025-09-01") }),
    item({ orgUnitId: a, source: "OTHER", status: "PENDING", deadline: day("2024-12-01") }),
    item({ orgUnitId: a, source: "OTHER", status: "PENDING", deadline: day("2025-07-10"), ...deleted }),
  ]);

  const partner = await db.jointPartner.create({ data: { name: "共建村", kind: "VILLAGE" } });
  const joint = (date: string, branches: string[], extra = {}) =>
    db.jointActivity.create({ data: { partnerId: partner.id, date: day(date), title: "联建活动", branches: { create: branches.map((orgUnitId) => ({ orgUnitId })) }, ...extra } });
  await Promise.all([joint("2025-06-30", [a]), joint("2025-07-01", [b]), joint("2025-03-01", [a, b], deleted), joint("2024-05-01", [a, b])]);

  const publicity = (data: Omit<Prisma.PublicityItemUncheckedCreateInput, "title">) => db.publicityItem.create({ data: { title: "宣传", ...data } });
  await Promise.all([
    publicity({ channel: "WEBSITE", orgUnitId: a, date: day("2025-06-30") }),
    publicity({ channel: "WECHAT", date: day("2025-07-01") }),
    publicity({ channel: "MEDIA", orgUnitId: b, date: day("2025-01-01"), ...deleted }),
    publicity({ channel: "WECHAT", orgUnitId: b, date: day("2024-12-31") }),
  ]);

  const ideology = (data: Omit<Prisma.IdeologyRecordUncheckedCreateInput, "title">) => db.ideologyRecord.create({ data: { title: "研判", ...data } });
  await Promise.all([
    ideology({ kind: "QUARTERLY_ANALYSIS", year: 2025, period: 1, date: day("2025-03-30") }),
    ideology({ kind: "QUARTERLY_ANALYSIS", year: 2025, period: 2, date: day("2025-06-30"), ...deleted }),
    ideology({ kind: "HALF_YEAR_SUMMARY", year: 2025, period: 1, date: day("2025-07-01") }),
    ideology({ kind: "QUARTERLY_ANALYSIS", year: 2024, period: 4, date: day("2024-12-30") }),
  ]);

  const doc = (date: string, extra = {}) => db.issuedDocument.create({ data: { title: "文件", kind: "NOTICE", date: day(date), issuer: "党组", pillar: "MANAGEMENT", ...extra } });
  await Promise.all([doc("2025-06-30"), doc("2025-07-01"), doc("2025-02-02", deleted), doc("2026-01-05")]);

  const branchLevel = { organiserLevel: "BRANCH" as const };
  await Promise.all([
    createIntegrityActivity(db, { kind: "TALK", talkType: "REMINDER", talker: "书记", talkee: "甲", ...branchLevel, orgUnitId: a, date: day("2025-06-30") }),
    createIntegrityActivity(db, { kind: "INTEGRITY_MEETING", date: day("2025-07-01") }),
    createIntegrityActivity(db, { kind: "CULTURE", cultureForm: "LECTURE", ...branchLevel, orgUnitId: b, date: day("2025-10-01"), ...deleted }),
    createIntegrityActivity(db, { kind: "CULTURE", cultureForm: "LECTURE", ...branchLevel, orgUnitId: b, date: day("2024-06-01") }),
    createSupervisionCheck(db, { kind: "PROJECT_REVIEW", date: day("2025-06-30") }),
    createSupervisionCheck(db, { kind: "SITE_INSPECTION", orgUnitId: a, date: day("2025-07-01") }),
    createSupervisionCheck(db, { kind: "ROUTINE", orgUnitId: b, date: day("2025-05-05"), ...deleted }),
    createSupervisionCheck(db, { kind: "ROUTINE", orgUnitId: b, date: day("2025-12-31") }),
    createSupervisionCheck(db, { kind: "ROUTINE", date: day("2024-12-31") }),
    createMassActivity(db, { kind: "VILLAGE_VISIT", orgUnitId: a, date: day("2025-06-30") }),
    createMassActivity(db, { kind: "VILLAGE_VISIT", orgUnitId: b, date: day("2025-07-01") }),
    createMassActivity(db, { kind: "FESTIVAL", date: day("2025-02-01") }),
    createMassActivity(db, { kind: "VILLAGE_VISIT", orgUnitId: a, date: day("2025-03-03"), ...deleted }),
    createMassActivity(db, { kind: "SPORT_CULTURE", orgUnitId: a, date: day("2024-12-12") }),
  ]);

  signedInAs(await signIn(organ.leader.username));
  leaderEnv = await metricEnvironment(await unitsFor((await getCurrentUser())!, undefined), testDb(), TODAY);
  signedInAs(await signIn(organ.secretaryA.username));
  secretaryEnv = await metricEnvironment(await unitsFor((await getCurrentUser())!, undefined), testDb(), TODAY);
});

const YEAR: MetricFilter = { year: 2025 };
const SECOND_HALF: MetricFilter = { year: 2025, half: 2 };

describe("every metric of the registry", () => {
  it("has an expectation here", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...METRIC_KEYS].sort());
  });

  for (const key of METRIC_KEYS) {
    it(`${key}: the figure is the literal expected number and the drill-down lists exactly its rows`, async () => {
      const metric = METRICS[key];
      const cases = [
        [leaderEnv, YEAR],
        [leaderEnv, SECOND_HALF],
        [secretaryEnv, YEAR],
      ] as const;
      for (const [index, [env, filter]] of cases.entries()) {
        const expected = EXPECTED[key][index];
        const [value, rows] = typeof expected === "number" ? [expected, expected] : expected;
        const ctx = contextFor(env, filter);
        const figure = await evaluateFigure(metric, ctx, metric.breakdown ? "breakdown" : undefined, testDb());
        const drill = await drillDown(metric, ctx, 1, undefined, testDb());
        expect({ case: index, value: figure.value, rows: drill.total }).toEqual({ case: index, value, rows });
        expect(drill.rows).toHaveLength(Math.min(rows, drill.pageSize));
        if (metric.breakdown && figure.parts) {
          // Each part of the breakdown lists exactly the rows it counts.
          for (const [part, count] of Object.entries(figure.parts)) {
            expect((await drillDown(metric, ctx, 1, part, testDb())).total).toBe(count);
          }
        }
      }
    });
  }
});

describe("figures over several periods at once", () => {
  it("equal each period's figure computed on its own, for every metric", async () => {
    const filters: MetricFilter[] = [{ year: 2025, quarter: 3 }, { year: 2024, quarter: 3 }, { year: 2025, half: 1 }, { year: 2025, half: 2 }];
    for (const key of METRIC_KEYS) {
      const metric = METRICS[key];
      const contexts = filters.map((filter) => contextFor(leaderEnv, filter));
      const split = metric.breakdown ? ("breakdown" as const) : undefined;
      const { periods } = await evaluateBatch([], [{ metric, contexts, split }], testDb());
      const single = await Promise.all(contexts.map((ctx, index) => evaluateFigure(metric, ctx, index === 0 ? split : undefined, testDb())));
      expect({ key, figures: periods[0] }).toEqual({ key, figures: single });
    }
  });
});

describe("figures that other modules also compute", () => {
  it("counts the supervision checks countChecks() counts for a whole year", async () => {
    const all = await countChecks(2025, ["JOINT_RESEARCH", "KEY_DEPARTMENT", "PROJECT_REVIEW", "SITE_INSPECTION", "ROUTINE"], undefined, testDb());
    const figure = await evaluateFigure(METRICS["integrity.checks"], contextFor(leaderEnv, YEAR), undefined, testDb());
    expect(figure.value).toBe(all.count);
  });

  it("colours an item in SQL exactly as escalationOf() does, day by day around both thresholds", async () => {
    const ctx = { ...contextFor(leaderEnv, YEAR), thresholds: DEFAULT_ESCALATION_THRESHOLDS };
    const offsets = Array.from({ length: 30 }, (_, index) => index - 3);
    const rows = await testDb().$queryRaw<{ offset: number; level: string }[]>(Prisma.sql`
      SELECT o AS offset, ${escalationSql(ctx, Prisma.sql`(${"2025-08-15"}::date + o)`)} AS level FROM unnest(${offsets}::int[]) AS o`);
    for (const row of rows) {
      const deadline = new Date(TODAY.getTime() + row.offset * 86_400_000);
      expect({ offset: row.offset, level: row.level }).toEqual({ offset: row.offset, level: escalationOf(deadline, TODAY, DEFAULT_ESCALATION_THRESHOLDS) });
    }
  });

  it("refuses a secretary the figures of another branch", async () => {
    signedInAs(await signIn(organ.secretaryA.username));
    await expect(unitsFor((await getCurrentUser())!, organ.branchB.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
