import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { LEDGERS } from "@/lib/ledger/registry";
import { createManagementRecordAction, submitDocumentAction, updateManagementRecordAction } from "@/lib/management/actions";
import { loadSectionList, loadSectionRecord } from "@/lib/management/pages";
import { ideologyQuarters } from "@/lib/management/related";
import { committeeTermReminderSweep, submissionReminderSweep } from "@/lib/management/reminders";
import { managementListQuerySchema } from "@/lib/management/schema";
import { SECTION_SLUGS } from "@/lib/management/sections";
import { listSectionRecords } from "@/lib/management/service";
import { submissionTracker } from "@/lib/management/submissions";
import { softDeleteRecord } from "@/lib/records/service";
import { PDF_BYTES } from "../support/sample-files";
import { createBranch, createOrgan, createUser, day, signIn } from "../factories";
import { testDb } from "./helpers";
import { signedInAs } from "./next-runtime";

let organ: Awaited<ReturnType<typeof createOrgan>>;
let uploadDir: string;
beforeAll(async () => {
  organ = await createOrgan(testDb());
  uploadDir = await mkdtemp(path.join(tmpdir(), "management-uploads-"));
  process.env.UPLOAD_DIR = uploadDir;
});
afterAll(async () => {
  await rm(uploadDir, { recursive: true, force: true });
});

async function actingAs(username: string) {
  signedInAs(await signIn(username));
  return (await getCurrentUser())!;
}

const pdf = (name = "计划.pdf") => new File([new Uint8Array(PDF_BYTES)], name);
const query = (values: Record<string, string> = {}) => managementListQuerySchema.parse(values);

describe("every section", () => {
  it("lists, with the columns its description names, for every business role", async () => {
    // A secretary's scope is narrower, and a section whose records always belong to a branch
    // has no organ-level rows: each role's list query must still be one PostgreSQL accepts.
    await actingAs(organ.partyOffice.username);
    await createManagementRecordAction({ section: "committee-terms", orgUnitId: organ.branchA.id, startDate: "2024-01-01", endDate: "2026-12-31" });
    for (const username of [organ.partyOffice.username, organ.secretaryA.username, organ.secretaryB.username]) {
      const user = await actingAs(username);
      const totals = Object.fromEntries(await Promise.all(SECTION_SLUGS.map(async (slug) => [slug, (await listSectionRecords(user, slug, query())).total])));
      expect(totals["committee-terms"]).toBe(username === organ.secretaryB.username ? 0 : 1);
    }
  });
});

describe("required submissions", () => {
  it("shows a branch that submitted after the due date as late and one that did not as overdue", async () => {
    const db = testDb();
    const branchC = await createBranch(db, organ.committee.id, `丙党支部${Date.now()}`);
    await actingAs(organ.partyOffice.username);
    const created = await createManagementRecordAction({ section: "submission-requests", title: "年度工作计划", dueDate: "2025-03-10", "orgUnitIds[]": [organ.branchA.id, organ.branchB.id, branchC.id] });
    expect(created).toMatchObject({ ok: true });
    const requestId = (created as { data: string }).data;

    await actingAs(organ.secretaryA.username);
    expect(await submitDocumentAction({ requestId, orgUnitId: organ.branchA.id, files: [pdf()] })).toMatchObject({ ok: true });
    // Branch B submits two days after the due date (Asia/Shanghai): late.
    await actingAs(organ.secretaryB.username);
    expect(await submitDocumentAction({ requestId, orgUnitId: organ.branchB.id, files: [pdf()] })).toMatchObject({ ok: true });
    await db.submission.updateMany({ where: { requestId, orgUnitId: organ.branchA.id }, data: { submittedAt: new Date("2025-03-10T15:30:00Z") } });
    await db.submission.updateMany({ where: { requestId, orgUnitId: organ.branchB.id }, data: { submittedAt: new Date("2025-03-12T02:00:00Z") } });

    const office = await actingAs(organ.partyOffice.username);
    const tracker = await submissionTracker(office, requestId, new Date("2025-03-20T04:00:00Z"));
    const stateOf = (id: string) => tracker.rows.find((row) => row.orgUnitId === id)?.state;
    // 15:30 UTC on the 10th is 23:30 in Shanghai: still on time.
    expect(stateOf(organ.branchA.id)).toBe("SUBMITTED");
    expect(stateOf(organ.branchB.id)).toBe("SUBMITTED_LATE");
    expect(stateOf(branchC.id)).toBe("OVERDUE");
    expect(tracker.totals).toEqual({ SUBMITTED: 1, SUBMITTED_LATE: 1, PENDING: 0, OVERDUE: 1 });
    expect(tracker.files.length).toBe(2);

    // A secretary sees their own branch's row and the others only in the totals.
    const secretary = await actingAs(organ.secretaryA.username);
    const own = await submissionTracker(secretary, requestId, new Date("2025-03-20T04:00:00Z"));
    expect(own.rows.map((row) => row.orgUnitId)).toEqual([organ.branchA.id]);
    expect(own.totals.OVERDUE).toBe(1);
  });

  it("refuses a secretary submitting for another branch, and a submission without a file", async () => {
    await actingAs(organ.partyOffice.username);
    const { data: requestId } = (await createManagementRecordAction({ section: "submission-requests", title: "支部学习计划", dueDate: "2025-04-10" })) as { data: string };
    await actingAs(organ.secretaryA.username);
    expect(await submitDocumentAction({ requestId, orgUnitId: organ.branchB.id, files: [pdf()] })).toMatchObject({ ok: false });
    expect(await submitDocumentAction({ requestId, orgUnitId: organ.branchA.id, files: [] })).toMatchObject({ ok: false, fieldErrors: { files: expect.any(Array) } });
    expect(await testDb().submission.count({ where: { requestId } })).toBe(0);
    // Asking no branch in particular asks every branch, also when the list is stored as NULL.
    const office = await actingAs(organ.partyOffice.username);
    const everyBranch = [organ.branchA.id, organ.branchB.id];
    expect((await submissionTracker(office, requestId)).rows.map((row) => row.orgUnitId)).toEqual(expect.arrayContaining(everyBranch));
    await testDb().$executeRaw`UPDATE "SubmissionRequest" SET "orgUnitIds" = NULL WHERE id = ${requestId}`;
    expect((await submissionTracker(office, requestId)).rows.map((row) => row.orgUnitId)).toEqual(expect.arrayContaining(everyBranch));
  });

  it("lists the Party-group meetings that studied a topic", async () => {
    const office = await actingAs(organ.partyOffice.username);
    const meeting = await testDb().partyGroupMeeting.create({ data: { title: "党组会专题研究意识形态", date: day("2025-04-10"), items: { create: [{ topic: "IDEOLOGY", title: "一季度分析研判" }] } } });
    const other = await testDb().partyGroupMeeting.create({ data: { title: "党组会", date: day("2025-04-11"), items: { create: [{ topic: "PARTY_BUILDING", title: "党建工作" }] } } });
    const ids = (await listSectionRecords(office, "party-group-meetings", query({ kind: "IDEOLOGY" }))).rows.map((row) => row.id);
    expect(ids).toContain(meeting.id);
    expect(ids).not.toContain(other.id);
  });

  it("reminds a branch that has not submitted once per stage", async () => {
    await actingAs(organ.partyOffice.username);
    const { data: requestId } = (await createManagementRecordAction({ section: "submission-requests", title: "述职报告", dueDate: "2025-05-10", "orgUnitIds[]": [organ.branchB.id] })) as { data: string };
    const reminders = () => testDb().notification.count({ where: { userId: organ.secretaryB.id, recordId: requestId } });
    await submissionReminderSweep.run(new Date("2025-05-06T04:00:00Z"));
    expect(await reminders()).toBe(0);
    await submissionReminderSweep.run(new Date("2025-05-08T04:00:00Z"));
    await submissionReminderSweep.run(new Date("2025-05-09T04:00:00Z"));
    expect(await reminders()).toBe(1);
    await submissionReminderSweep.run(new Date("2025-05-11T04:00:00Z"));
    await submissionReminderSweep.run(new Date("2025-05-12T04:00:00Z"));
    expect(await reminders()).toBe(2);
  });
});

describe("branch rules", () => {
  it("refuses a secretary writing another branch's records and organ-level records", async () => {
    await actingAs(organ.secretaryA.username);
    const otherBranch = await createManagementRecordAction({ section: "publicity-items", channel: "WECHAT", title: "支部活动报道", date: "2025-06-01", orgUnitId: organ.branchB.id });
    expect(otherBranch).toMatchObject({ ok: false });
    const organLevel = await createManagementRecordAction({ section: "issued-documents", title: "工作要点", kind: "WORK_POINTS", date: "2025-02-01", issuer: "机关党委", pillar: "MANAGEMENT" });
    expect(organLevel).toMatchObject({ ok: false });
    const organPublicity = await createManagementRecordAction({ section: "publicity-items", channel: "WEBSITE", title: "机关报道", date: "2025-06-01" });
    expect(organPublicity).toMatchObject({ ok: false });
    const jointWithOthers = await createManagementRecordAction({
      section: "joint-activities",
      title: "联建活动",
      date: "2025-06-01",
      orgUnitId: organ.branchA.id,
      "participants[]": [organ.branchA.id, organ.branchB.id],
    });
    expect(jointWithOthers).toMatchObject({ ok: false });

    // Branch B's record is refused to secretary A on its page and left out of their list.
    await actingAs(organ.secretaryB.username);
    const { data: id } = (await createManagementRecordAction({ section: "publicity-items", channel: "WECHAT", title: "乙支部报道", date: "2025-06-02", orgUnitId: organ.branchB.id })) as { data: string };
    const secretaryA = await actingAs(organ.secretaryA.username);
    await expect(loadSectionRecord(secretaryA, "publicity-items", id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await loadSectionList(secretaryA, "publicity-items", query())).list.rows.map((row) => row.id)).not.toContain(id);
    const stale = await updateManagementRecordAction({ section: "publicity-items", id, version: 1, channel: "WECHAT", title: "改", date: "2025-06-02", orgUnitId: organ.branchA.id });
    expect(stale).toMatchObject({ ok: false });
  });

  it("lets a secretary record their branch's joint activity, which the Party office then sees", async () => {
    await actingAs(organ.secretaryA.username);
    const created = await createManagementRecordAction({ section: "joint-activities", title: "村企联建", date: "2025-07-01", orgUnitId: organ.branchA.id, "participants[]": [organ.branchA.id] });
    expect(created).toMatchObject({ ok: true });
    const office = await actingAs(organ.partyOffice.username);
    const { rows } = await listSectionRecords(office, "joint-activities", query({ branch: organ.branchA.id }));
    expect(rows.map((row) => row.id)).toContain((created as { data: string }).data);
  });
});

describe("committee terms", () => {
  it("reminds once, from three months before a term ends", async () => {
    await actingAs(organ.partyOffice.username);
    const created = await createManagementRecordAction({ section: "committee-terms", orgUnitId: organ.branchA.id, startDate: "2023-09-01", endDate: "2026-08-31" });
    const termId = (created as { data: string }).data;
    const reminders = (userId: string) => testDb().notification.count({ where: { userId, recordId: termId, kind: "management.termEnding" } });
    // 2026-05-30 in Shanghai is the day before the reminder date (31 May).
    expect(await committeeTermReminderSweep.run(new Date("2026-05-30T04:00:00Z"))).toMatchObject({ notified: 0 });
    expect(await reminders(organ.secretaryA.id)).toBe(0);
    // 16:30 UTC on the 30th is already 31 May in Shanghai.
    await committeeTermReminderSweep.run(new Date("2026-05-30T16:30:00Z"));
    await Promise.all([committeeTermReminderSweep.run(new Date("2026-06-15T04:00:00Z")), committeeTermReminderSweep.run(new Date("2026-06-15T04:00:00Z"))]);
    expect(await reminders(organ.secretaryA.id)).toBe(1);
    expect(await reminders(organ.partyOffice.id)).toBe(1);
    expect(await reminders(organ.secretaryB.id)).toBe(0);
  });
});

describe("soft delete", () => {
  it("hides a deleted record from its list and its page", async () => {
    const office = await actingAs(organ.partyOffice.username);
    const { data: id } = (await createManagementRecordAction({ section: "party-trainings", title: "党务干部培训班", date: "2025-09-01", participantCount: "40" })) as { data: string };
    expect((await listSectionRecords(office, "party-trainings", query())).rows.map((row) => row.id)).toContain(id);
    await softDeleteRecord(office, "PartyTraining", id);
    expect((await listSectionRecords(office, "party-trainings", query())).rows.map((row) => row.id)).not.toContain(id);
    await expect(loadSectionRecord(office, "party-trainings", id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("ideology", () => {
  it("flags begun quarters without an analysis", async () => {
    const office = await actingAs(organ.partyOffice.username);
    await createManagementRecordAction({ section: "ideology-records", kind: "QUARTERLY_ANALYSIS", year: "2025", period: "1", date: "2025-03-20", title: "一季度分析研判" });
    await createManagementRecordAction({ section: "ideology-records", kind: "HALF_YEAR_SUMMARY", year: "2025", period: "1", date: "2025-07-01", title: "上半年总结" });
    expect(await ideologyQuarters(office, 2025, new Date("2025-08-01T04:00:00Z"))).toEqual([
      { quarter: 1, analyses: 1, missing: false },
      { quarter: 2, analyses: 0, missing: true },
      { quarter: 3, analyses: 0, missing: true },
      { quarter: 4, analyses: 0, missing: false },
    ]);
  });
});

describe("ledgers", () => {
  it("writes a section's list as a workbook", async () => {
    const office = await actingAs(organ.partyOffice.username);
    const ledger = await LEDGERS["management-publicity-items"].load(office, new URLSearchParams());
    expect(ledger.sheets[0].columns.map((column) => column.key)).toEqual(["channel", "title", "date", "orgUnitId", "link"]);
  });

  it("records a leader's task for the Party group", async () => {
    const leader = await createUser(testDb(), "LEADER");
    await actingAs(organ.partyOffice.username);
    const result = await createManagementRecordAction({ section: "work-tasks", year: "2025", listKind: "WORK_POINTS", title: "落实三会一课", responsibleLeaderId: leader.id, deadline: "2025-12-31", status: "IN_PROGRESS" });
    expect(result).toMatchObject({ ok: true });
    expect(await testDb().workTask.findUnique({ where: { id: (result as { data: string }).data }, select: { orgUnitId: true, deadline: true } })).toEqual({ orgUnitId: null, deadline: day("2025-12-31") });
  });
});
