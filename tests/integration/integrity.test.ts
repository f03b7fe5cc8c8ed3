import { beforeAll, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { LEDGERS } from "@/lib/ledger/registry";
import { createIntegrityActivityAction, updateIntegrityActivityAction } from "@/lib/integrity/actions";
import { loadActivityEdit, loadActivityPage } from "@/lib/integrity/pages";
import { checksByKind } from "@/lib/integrity/queries/checks-by-kind";
import { countChecks, PROJECT_AND_SITE_KINDS } from "@/lib/integrity/queries/count-checks";
import { disciplinePoints } from "@/lib/integrity/queries/discipline-points";
import { integrityActivitiesByKind } from "@/lib/integrity/queries/activities-by-kind";
import { responsibilityLetters } from "@/lib/integrity/queries/responsibility-letters";
import { talksByType } from "@/lib/integrity/queries/talks-by-type";
import { warningEducation } from "@/lib/integrity/queries/warning-education";
import { rectificationDraftFromCheck } from "@/lib/integrity/rectification-seam";
import { integrityListQuerySchema } from "@/lib/integrity/schema";
import { getIntegrityActivity, integrityLedgerRows, listIntegrityActivities } from "@/lib/integrity/service";
import { createIntegrityActivity, createOrgan, createSupervisionCheck, day, signIn } from "../factories";
import { testDb } from "./helpers";
import { signedInAs } from "./next-runtime";

let organ: Awaited<ReturnType<typeof createOrgan>>;
beforeAll(async () => {
  organ = await createOrgan(testDb());
});

async function actingAs(username: string) {
  signedInAs(await signIn(username));
  return (await getCurrentUser())!;
}

describe("yearly integrity figures", () => {
  // One organ, two branches; 2025 is the year counted. Each figure below is the literal count
  // of the 2025 rows, leaving out the soft-deleted row and those dated 2024 or 2026.
  beforeAll(async () => {
    const db = testDb();
    const a = organ.branchA.id;
    const b = organ.branchB.id;
    const branchLevel = { organiserLevel: "BRANCH" as const };
    await Promise.all([
      createIntegrityActivity(db, { kind: "INTEGRITY_MEETING", date: day("2025-01-10") }),
      createIntegrityActivity(db, { kind: "DUTY_REPORT_MEETING", date: day("2025-01-20"), organiserLevel: "PARTY_GROUP" }),
      createIntegrityActivity(db, { kind: "TALK", talkType: "INDIVIDUAL", talker: "书记", talkee: "甲", organiserLevel: "DISCIPLINE_COMMITTEE", date: day("2025-02-01") }),
      createIntegrityActivity(db, { kind: "TALK", talkType: "COLLECTIVE", talker: "书记", talkee: "新任干部", date: day("2025-02-02") }),
      createIntegrityActivity(db, { kind: "TALK", talkType: "REMINDER", talker: "支书", talkee: "乙", ...branchLevel, orgUnitId: a, date: day("2025-06-01") }),
      createIntegrityActivity(db, { kind: "TALK", talkType: "INDIVIDUAL", talker: "支书", talkee: "丙", ...branchLevel, orgUnitId: b, date: day("2025-06-02") }),
      createIntegrityActivity(db, { kind: "RESPONSIBILITY_LETTER", letterLevel: "GROUP_TO_DEPARTMENT", lettersSigned: 8, date: day("2025-02-15") }),
      createIntegrityActivity(db, { kind: "RESPONSIBILITY_LETTER", letterLevel: "DEPARTMENT_TO_PERSON", lettersSigned: 15, ...branchLevel, orgUnitId: a, date: day("2025-02-20") }),
      createIntegrityActivity(db, { kind: "RESPONSIBILITY_LETTER", letterLevel: "DEPARTMENT_TO_PERSON", lettersSigned: 12, ...branchLevel, orgUnitId: b, date: day("2025-02-21") }),
      createIntegrityActivity(db, { kind: "WARNING_EDUCATION", warningForm: "VISIT", peopleReached: 60, date: day("2025-05-10") }),
      createIntegrityActivity(db, { kind: "WARNING_EDUCATION", warningForm: "EXPERT_LECTURE", peopleReached: 20, ...branchLevel, orgUnitId: a, date: day("2025-09-10") }),
      createIntegrityActivity(db, { kind: "CULTURE", cultureForm: "EXHIBITION", ...branchLevel, orgUnitId: a, date: day("2025-12-31") }),
      // Not counted in 2025:
      createIntegrityActivity(db, { kind: "INTEGRITY_MEETING", date: day("2025-01-11"), deletedAt: new Date() }),
      createIntegrityActivity(db, { kind: "TALK", talkType: "INDIVIDUAL", talker: "支书", talkee: "丁", ...branchLevel, orgUnitId: a, date: day("2024-12-31") }),
      createIntegrityActivity(db, { kind: "CULTURE", cultureForm: "LECTURE", ...branchLevel, orgUnitId: a, date: day("2026-01-01") }),
      createIntegrityActivity(db, { kind: "RESPONSIBILITY_LETTER", letterLevel: "DEPARTMENT_TO_PERSON", lettersSigned: 99, ...branchLevel, orgUnitId: a, date: day("2025-03-01"), deletedAt: new Date() }),
    ]);
    await Promise.all([
      createSupervisionCheck(db, { kind: "PROJECT_REVIEW", date: day("2025-03-01") }),
      createSupervisionCheck(db, { kind: "PROJECT_REVIEW", date: day("2025-04-01") }),
      createSupervisionCheck(db, { kind: "PROJECT_REVIEW", date: day("2025-05-01"), orgUnitId: a }),
      createSupervisionCheck(db, { kind: "SITE_INSPECTION", date: day("2025-06-01") }),
      createSupervisionCheck(db, { kind: "SITE_INSPECTION", date: day("2025-07-01"), orgUnitId: b }),
      createSupervisionCheck(db, { kind: "ROUTINE", date: day("2025-08-01") }),
      createSupervisionCheck(db, { kind: "PROJECT_REVIEW", date: day("2025-09-01"), deletedAt: new Date() }),
      createSupervisionCheck(db, { kind: "SITE_INSPECTION", date: day("2024-11-01") }),
    ]);
    const task = (data: { status: "NOT_STARTED" | "IN_PROGRESS" | "DONE"; year?: number; listKind?: "DISCIPLINE_POINTS" | "WORK_POINTS"; deletedAt?: Date }) =>
      db.workTask.create({ data: { year: 2025, listKind: "DISCIPLINE_POINTS", title: "纪检要点", ...data } });
    await Promise.all([
      task({ status: "DONE" }),
      task({ status: "DONE" }),
      task({ status: "IN_PROGRESS" }),
      task({ status: "DONE", deletedAt: new Date() }),
      task({ status: "DONE", listKind: "WORK_POINTS" }),
      task({ status: "NOT_STARTED", year: 2024 }),
    ]);
  });

  it("counts the year's activities per kind, organ-wide and for one branch", async () => {
    expect(await integrityActivitiesByKind(2025)).toEqual({
      INTEGRITY_MEETING: 1,
      DUTY_REPORT_MEETING: 1,
      TALK: 4,
      RESPONSIBILITY_LETTER: 3,
      PROPOSAL: 0,
      CULTURE: 1,
      WARNING_EDUCATION: 2,
    });
    expect(await integrityActivitiesByKind(2025, organ.branchA.id)).toEqual({
      INTEGRITY_MEETING: 0,
      DUTY_REPORT_MEETING: 0,
      TALK: 1,
      RESPONSIBILITY_LETTER: 1,
      PROPOSAL: 0,
      CULTURE: 1,
      WARNING_EDUCATION: 1,
    });
    expect((await integrityActivitiesByKind(2024)).TALK).toBe(1);
  });

  it("counts talks per type, letters signed per level and people reached by warning education", async () => {
    expect(await talksByType(2025)).toEqual({ INDIVIDUAL: 2, COLLECTIVE: 1, REMINDER: 1 });
    expect(await responsibilityLetters(2025)).toEqual({
      rounds: 3,
      letters: 35,
      byLevel: { GROUP_TO_DEPARTMENT: { rounds: 1, letters: 8 }, DEPARTMENT_TO_PERSON: { rounds: 2, letters: 27 } },
    });
    expect(await responsibilityLetters(2025, organ.branchB.id)).toMatchObject({ rounds: 1, letters: 12 });
    expect(await warningEducation(2025)).toMatchObject({ activities: 2, peopleReached: 80 });
  });

  it("counts supervision checks per kind and says which kinds the project-review figure covers", async () => {
    expect(await checksByKind(2025)).toEqual({ JOINT_RESEARCH: 0, KEY_DEPARTMENT: 0, PROJECT_REVIEW: 3, SITE_INSPECTION: 2, ROUTINE: 1 });
    expect(await countChecks(2025, PROJECT_AND_SITE_KINDS)).toEqual({ count: 5, kinds: ["PROJECT_REVIEW", "SITE_INSPECTION"] });
    expect(await countChecks(2025, PROJECT_AND_SITE_KINDS, organ.branchA.id)).toEqual({ count: 1, kinds: ["PROJECT_REVIEW", "SITE_INSPECTION"] });
    expect(await countChecks(2024, ["SITE_INSPECTION"])).toEqual({ count: 1, kinds: ["SITE_INSPECTION"] });
  });

  it("opens a record saved without campaigns (as older rows and imports are) on its detail page", async () => {
    const activity = await createIntegrityActivity(testDb(), { kind: "PROPOSAL", date: day("2029-04-08") });
    const partyOffice = await actingAs(organ.partyOffice.username);
    await expect(loadActivityPage(partyOffice, activity.id)).resolves.toMatchObject({ activity: { campaignIds: [] }, campaigns: [], attachments: [] });
  });

  it("tracks the year's discipline work points by status", async () => {
    expect(await disciplinePoints(2025)).toEqual({ total: 3, done: 2, inProgress: 1, notStarted: 0 });
  });
});

describe("sensitivity of individual talks", () => {
  // Dated 2030 so that the figures above stay untouched.
  const talk = (fields: Record<string, string>) => ({ kind: "TALK", date: "2030-04-01", talker: "谈话人", ...fields });
  let organTalkId: string;
  let branchTalkId: string;
  let collectiveTalkId: string;

  beforeAll(async () => {
    await actingAs(organ.partyOffice.username);
    const organTalk = await createIntegrityActivityAction(
      talk({ organiserLevel: "DISCIPLINE_COMMITTEE", talkType: "INDIVIDUAL", title: "机关纪委约谈", talkee: "张某某", content: "约谈要点：机关层面" }),
    );
    await actingAs(organ.secretaryA.username);
    const branchTalk = await createIntegrityActivityAction(
      talk({ organiserLevel: "BRANCH", orgUnitId: organ.branchA.id, talkType: "REMINDER", title: "支部提醒谈话", talkee: "李某某", content: "提醒要点：本支部" }),
    );
    const collective = await createIntegrityActivityAction(
      talk({ organiserLevel: "BRANCH", orgUnitId: organ.branchA.id, talkType: "COLLECTIVE", title: "支部集体廉政谈话", talkee: "全体党员", content: "集体谈话内容" }),
    );
    if (!organTalk.ok || !branchTalk.ok || !collective.ok) throw new Error("fixture talks were not recorded");
    organTalkId = organTalk.data;
    branchTalkId = branchTalk.data;
    collectiveTalkId = collective.data;
  });

  const in2030 = integrityListQuerySchema.parse({ from: "2030-01-01", to: "2030-12-31" });

  it("gives a secretary of another branch counts only: the organ-level talk redacted, the other branch's talks absent, details refused", async () => {
    const secretaryB = await actingAs(organ.secretaryB.username);
    const list = await listIntegrityActivities(secretaryB, in2030);
    expect(list.total).toBe(1);
    expect(list.rows[0]).toMatchObject({ id: organTalkId, redacted: true, title: null, content: null, talker: null, talkee: null, talkType: "INDIVIDUAL" });
    expect(await integrityLedgerRows(secretaryB, in2030)).toEqual([expect.objectContaining({ id: organTalkId, redacted: true, title: null, content: null })]);
    const ledger = await LEDGERS["integrity-activities"].load(secretaryB, new URLSearchParams({ from: "2030-01-01", to: "2030-12-31" }));
    expect(ledger.sheets[0].rows).toEqual([expect.objectContaining({ title: "内容不公开", talker: null, talkee: null, content: null, subtype: "个别谈话" })]);
    await expect(getIntegrityActivity(secretaryB, organTalkId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getIntegrityActivity(secretaryB, branchTalkId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(loadActivityEdit(secretaryB, organTalkId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // A keyword never finds a talk through its hidden fields.
    expect((await listIntegrityActivities(secretaryB, { ...in2030, q: "张某某" })).total).toBe(0);
    // The counts still include every talk.
    expect(await talksByType(2030)).toEqual({ INDIVIDUAL: 1, COLLECTIVE: 1, REMINDER: 1 });
  });

  it("refuses another branch's secretary editing either talk through a direct action call", async () => {
    await actingAs(organ.secretaryB.username);
    const edit = (id: string, organiserLevel: string, orgUnitId?: string) =>
      updateIntegrityActivityAction({ ...talk({ organiserLevel, talkType: "INDIVIDUAL", title: "改", talkee: "改" }), ...(orgUnitId ? { orgUnitId } : {}), id, version: 1 });
    expect(await edit(branchTalkId, "BRANCH", organ.branchB.id)).toMatchObject({ ok: false });
    expect(await edit(organTalkId, "BRANCH", organ.branchB.id)).toMatchObject({ ok: false });
    const rows = await testDb().integrityActivity.findMany({ where: { id: { in: [branchTalkId, organTalkId] } }, select: { title: true, version: true } });
    expect(rows.every((row) => row.title !== "改" && row.version === 1)).toBe(true);
  });

  it("shows a branch's own secretary the content of its talk, but not the organ-level one", async () => {
    const secretaryA = await actingAs(organ.secretaryA.username);
    await expect(getIntegrityActivity(secretaryA, branchTalkId)).resolves.toMatchObject({ talkee: "李某某", content: "提醒要点：本支部", canEdit: true });
    await expect(getIntegrityActivity(secretaryA, organTalkId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const list = await listIntegrityActivities(secretaryA, in2030);
    expect(list.total).toBe(3);
    const byId = new Map(list.rows.map((row) => [row.id, row]));
    expect(byId.get(branchTalkId)).toMatchObject({ redacted: false, title: "支部提醒谈话", talkee: "李某某" });
    expect(byId.get(collectiveTalkId)).toMatchObject({ redacted: false, content: "集体谈话内容" });
    expect(byId.get(organTalkId)).toMatchObject({ redacted: true, title: null, talkee: null });
    expect((await listIntegrityActivities(secretaryA, { ...in2030, q: "李某某" })).rows.map((row) => row.id)).toEqual([branchTalkId]);
  });

  it("shows leadership and the Party office every talk's content", async () => {
    for (const username of [organ.leader.username, organ.partyOffice.username]) {
      const user = await actingAs(username);
      await expect(getIntegrityActivity(user, organTalkId)).resolves.toMatchObject({ talkee: "张某某", content: "约谈要点：机关层面" });
      await expect(getIntegrityActivity(user, branchTalkId)).resolves.toMatchObject({ talkee: "李某某" });
      const rows = await integrityLedgerRows(user, in2030);
      expect(rows.filter((row) => row.redacted)).toEqual([]);
      expect(rows).toHaveLength(3);
    }
  });

  it("refuses a secretary recording at organ level or for another branch", async () => {
    await actingAs(organ.secretaryA.username);
    const before = await testDb().integrityActivity.count();
    expect(await createIntegrityActivityAction(talk({ organiserLevel: "PARTY_GROUP", talkType: "INDIVIDUAL", title: "越级", talkee: "某" }))).toMatchObject({ ok: false });
    expect(
      await createIntegrityActivityAction(talk({ organiserLevel: "BRANCH", orgUnitId: organ.branchB.id, talkType: "INDIVIDUAL", title: "越界", talkee: "某" })),
    ).toMatchObject({ ok: false, error: "只能查看和修改本支部的记录" });
    expect(await testDb().integrityActivity.count()).toBe(before);
  });

  it("keeps a protected talk's content out of the audit log", async () => {
    const row = await testDb().auditLog.findFirstOrThrow({ where: { entity: "IntegrityActivity", entityId: organTalkId, action: "CREATE" } });
    expect(row.after).toMatchObject({ title: "[protected]", content: "[protected]", talkee: "[protected]", talkType: "INDIVIDUAL" });
    expect(JSON.stringify(row.after)).not.toContain("张某某");
  });
});

describe("activity form rules", () => {
  it("asks for the fields the kind needs and stores none of another kind's", async () => {
    await actingAs(organ.partyOffice.username);
    const missing = await createIntegrityActivityAction({ kind: "RESPONSIBILITY_LETTER", organiserLevel: "PARTY_GROUP", date: "2030-02-01", title: "责任书" });
    expect(missing).toMatchObject({ ok: false, fieldErrors: { letterLevel: ["此项为必填项"], lettersSigned: ["此项为必填项"] } });
    const saved = await createIntegrityActivityAction({
      kind: "WARNING_EDUCATION",
      organiserLevel: "PARTY_GROUP",
      date: "2030-02-01",
      title: "参观廉政教育馆",
      warningForm: "VISIT",
      peopleReached: "45",
      talker: "不属于此类",
      lettersSigned: "3",
    });
    if (!saved.ok) throw new Error(saved.error);
    expect(await testDb().integrityActivity.findUniqueOrThrow({ where: { id: saved.data } })).toMatchObject({
      peopleReached: 45,
      talker: null,
      lettersSigned: null,
      orgUnitId: null,
    });
  });

  it("refuses a stale edit", async () => {
    await actingAs(organ.partyOffice.username);
    const created = await createIntegrityActivityAction({ kind: "PROPOSAL", organiserLevel: "PARTY_GROUP", date: "2030-03-01", title: "文明礼仪倡议书" });
    if (!created.ok) throw new Error(created.error);
    const edit = (title: string) => updateIntegrityActivityAction({ id: created.data, version: 1, kind: "PROPOSAL", organiserLevel: "PARTY_GROUP", date: "2030-03-01", title });
    expect(await edit("作风能力建设倡议书")).toMatchObject({ ok: true });
    expect(await edit("另一次修改")).toMatchObject({ ok: false, error: expect.stringContaining("已被他人修改") });
  });
});

describe("rectification seam", () => {
  it("drafts an item tied to the check, at the check's level, only for someone who may write the check", async () => {
    const check = await createSupervisionCheck(testDb(), { kind: "KEY_DEPARTMENT", orgUnitId: organ.branchA.id, findings: "合同审批程序不规范" });
    const fields = { problem: "合同审批程序不规范", measures: "修订审批流程", class: "DEADLINE" as const, deadline: day("2025-12-31"), ownerId: organ.secretaryA.id, verifierId: organ.partyOffice.id };
    const secretaryA = await actingAs(organ.secretaryA.username);
    expect(await rectificationDraftFromCheck(secretaryA, check.id, fields)).toMatchObject({
      source: "INTEGRITY_CHECK",
      sourceRecordType: "SupervisionCheck",
      sourceRecordId: check.id,
      orgUnitId: organ.branchA.id,
    });
    const secretaryB = await actingAs(organ.secretaryB.username);
    await expect(rectificationDraftFromCheck(secretaryB, check.id, fields)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
