import { beforeAll, describe, expect, it } from "vitest";
import { createMeetingAction, saveFrequenciesAction, updateMeetingAction } from "@/lib/org-life/actions";
import { dueVsHeld } from "@/lib/org-life/queries/due-vs-held";
import { DEFAULT_FREQUENCIES } from "@/lib/org-life/schema";
import { getOrgLifeFrequencies } from "@/lib/org-life/settings";
import { transferMemberAction } from "@/lib/roster/actions";
import { createBranch, createGroup, createMember, createOrgan, createPost, day, signIn } from "../factories";
import { testDb } from "./helpers";
import { signedInAs } from "./next-runtime";

let organ: Awaited<ReturnType<typeof createOrgan>>;
const all = { kind: "all" } as const;

beforeAll(async () => {
  organ = await createOrgan(testDb());
});

async function record(input: Record<string, unknown>) {
  const result = await createMeetingAction({ topic: "会议", ...input });
  if (!result.ok) throw new Error(`${result.error} ${JSON.stringify(result.fieldErrors)}`);
  return testDb().orgLifeMeeting.findUniqueOrThrow({
    where: { id: result.data.id },
    include: { attendance: { orderBy: { memberName: "asc" } } },
  });
}

describe("应到 from the roster's history", () => {
  it("expects the committee members in office on a 支委会's date, each once, and keeps the absentee's reason", async () => {
    const branch = await createBranch(testDb(), organ.committee.id);
    const [secretary, organiser, publicity, groupLeader] = await Promise.all(
      ["书记甲", "组织委员乙", "宣传委员丙", "小组长丁"].map((name) => createMember(testDb(), branch.id, { name })),
    );
    await createPost(testDb(), branch.id, secretary.id, "SECRETARY");
    await createPost(testDb(), branch.id, secretary.id, "COMMITTEE_MEMBER");
    await createPost(testDb(), branch.id, organiser.id, "ORGANIZATION", "2020-01-01", "2024-06-30");
    await createPost(testDb(), branch.id, publicity.id, "PUBLICITY", "2024-07-01");
    await createPost(testDb(), branch.id, groupLeader.id, "GROUP_LEADER");
    signedInAs(await signIn(organ.partyOffice.username));

    const before = await record({
      orgUnitId: branch.id,
      kind: "COMMITTEE_MEETING",
      date: "2024-05-10",
      studiedBusiness: "on",
      absentees: JSON.stringify([{ memberId: organiser.id, reason: "OFFICIAL", note: "出差" }]),
    });
    expect(before.expectedCount).toBe(2);
    expect(before.studiedBusiness).toBe(true);
    expect(before.attendance.map((row) => [row.memberName, row.status, row.absenceReason])).toEqual([
      ["书记甲", "PRESENT", null],
      ["组织委员乙", "ABSENT", "OFFICIAL"],
    ]);

    const after = await record({ orgUnitId: branch.id, kind: "COMMITTEE_MEETING", date: "2024-08-01" });
    expect(after.attendance.map((row) => row.memberName)).toEqual(["宣传委员丙", "书记甲"].sort());

    // An absentee must be someone who was expected.
    const wrong = await createMeetingAction({ orgUnitId: branch.id, kind: "COMMITTEE_MEETING", date: "2024-08-02", topic: "x", absentees: [{ memberId: groupLeader.id, reason: "SICK" }] });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { absentees: ["缺席人员须在应到名单中"] } });
  });

  it("expects a 党员大会's branch members on its date after a member moved branches mid-year, and keeps the list as on the day", async () => {
    const from = await createBranch(testDb(), organ.committee.id);
    const to = await createBranch(testDb(), organ.committee.id);
    await createMember(testDb(), from.id, { name: "留下的人", fromDate: "2023-01-01" });
    const mover = await createMember(testDb(), from.id, { name: "调走的人", fromDate: "2023-01-01" });
    await createMember(testDb(), to.id, { name: "乙支部老党员", fromDate: "2023-01-01" });
    signedInAs(await signIn(organ.partyOffice.username));

    const june = await record({ orgUnitId: from.id, kind: "PARTY_CONGRESS", date: "2024-06-15", absentees: [{ memberId: mover.id, reason: "SICK" }] });
    expect(await transferMemberAction({ memberId: mover.id, toBranchId: to.id, onDate: "2024-07-01" })).toMatchObject({ ok: true });

    const september = await record({ orgUnitId: from.id, kind: "PARTY_CONGRESS", date: "2024-09-15" });
    expect(september.expectedCount).toBe(1);
    expect(september.attendance.map((row) => row.memberName)).toEqual(["留下的人"]);
    const other = await record({ orgUnitId: to.id, kind: "PARTY_CONGRESS", date: "2024-09-15" });
    expect(other.attendance.map((row) => row.memberName).sort()).toEqual(["乙支部老党员", "调走的人"].sort());

    // Editing June's minutes after the move keeps June's list: the mover is still expected (and absent) there.
    const edited = await updateMeetingAction({
      id: june.id,
      version: june.version,
      orgUnitId: from.id,
      kind: "PARTY_CONGRESS",
      date: "2024-06-15",
      topic: "补充会议记录",
      minutes: "会议记录",
      absentees: [{ memberId: mover.id, reason: "SICK" }],
    });
    expect(edited).toMatchObject({ ok: true });
    const reloaded = await testDb().orgLifeAttendance.findMany({ where: { meetingId: june.id }, orderBy: { memberName: "asc" } });
    expect(reloaded.map((row) => [row.memberName, row.status])).toEqual(
      [
        ["留下的人", "PRESENT"],
        ["调走的人", "ABSENT"],
      ].sort(),
    );
  });

  it("expects a 党小组会's group members and refuses one recorded against a branch", async () => {
    const branch = await createBranch(testDb(), organ.committee.id);
    const group = await createGroup(testDb(), branch.id);
    const inGroup = await createMember(testDb(), branch.id, { name: "组员" });
    await createMember(testDb(), branch.id, { name: "非组员" });
    await testDb().membership.create({ data: { memberId: inGroup.id, orgUnitId: group.id, fromDate: day("2020-01-01") } });
    signedInAs(await signIn(organ.partyOffice.username));
    const meeting = await record({ orgUnitId: group.id, kind: "GROUP_MEETING", date: "2024-03-03" });
    expect(meeting.attendance.map((row) => row.memberName)).toEqual(["组员"]);
    expect(await createMeetingAction({ orgUnitId: branch.id, kind: "GROUP_MEETING", date: "2024-03-03", topic: "x" })).toMatchObject({
      ok: false,
      fieldErrors: { orgUnitId: ["党小组会须选择党小组，其他会议须选择党支部"] },
    });
  });

  it("lets a secretary record only their own branch's meetings", async () => {
    signedInAs(await signIn(organ.secretaryA.username));
    expect(await createMeetingAction({ orgUnitId: organ.branchB.id, kind: "THEME_DAY", date: "2024-03-03", topic: "x" })).toMatchObject({
      ok: false,
      error: "只能查看和修改本支部的记录",
    });
    expect(await createMeetingAction({ orgUnitId: organ.branchA.id, kind: "THEME_DAY", date: "2024-03-03", topic: "主题党日" })).toMatchObject({ ok: true });
  });
});

describe("due versus held", () => {
  it("flags the month of a quarter in which no 支委会 was held, and counts each 党小组's meetings", async () => {
    const branch = await createBranch(testDb(), organ.committee.id);
    const groupOne = await createGroup(testDb(), branch.id, "一组");
    await createGroup(testDb(), branch.id, "二组");
    signedInAs(await signIn(organ.partyOffice.username));
    await record({ orgUnitId: branch.id, kind: "COMMITTEE_MEETING", date: "2024-01-10" });
    // Nothing in February.
    await record({ orgUnitId: branch.id, kind: "COMMITTEE_MEETING", date: "2024-03-05" });
    await record({ orgUnitId: branch.id, kind: "COMMITTEE_MEETING", date: "2024-03-28" });
    await record({ orgUnitId: branch.id, kind: "PARTY_CONGRESS", date: "2024-02-20" });
    await record({ orgUnitId: groupOne.id, kind: "GROUP_MEETING", date: "2024-01-15" });

    const base = { year: 2024, frequencies: DEFAULT_FREQUENCIES, today: day("2024-04-15"), branchId: branch.id };
    const months = await dueVsHeld(all, { ...base, granularity: "month" });
    const committee = months.filter((row) => row.kind === "COMMITTEE_MEETING" && row.periodIndex <= 3);
    expect(committee.map((row) => [row.periodIndex, row.due, row.met, row.missed, row.meetings])).toEqual([
      [1, 1, 1, 0, 1],
      [2, 1, 0, 1, 0],
      [3, 1, 1, 0, 2],
    ]);
    // A quarterly kind is reported once per quarter, even in the monthly view.
    const congress = months.filter((row) => row.kind === "PARTY_CONGRESS");
    expect(congress.map((row) => [row.periodMonths, row.periodIndex, row.met])).toEqual([
      [3, 1, 1],
      [3, 2, 0],
      [3, 3, 0],
      [3, 4, 0],
    ]);
    const january = months.find((row) => row.kind === "GROUP_MEETING" && row.periodIndex === 1)!;
    expect([january.due, january.met, january.missed]).toEqual([2, 1, 1]);

    const quarters = await dueVsHeld(all, { ...base, granularity: "quarter" });
    const firstQuarter = (kind: string) => quarters.find((row) => row.kind === kind && row.periodIndex === 1)!;
    expect(firstQuarter("COMMITTEE_MEETING")).toMatchObject({ due: 3, met: 2, missed: 1, meetings: 3 });
    expect(firstQuarter("GROUP_MEETING")).toMatchObject({ due: 6, met: 1, missed: 5 });
    expect(firstQuarter("PARTY_CONGRESS")).toMatchObject({ due: 1, met: 1, missed: 0 });
    // April is under way on the 15th and nothing is owed yet for later quarters.
    expect(quarters.find((row) => row.kind === "COMMITTEE_MEETING" && row.periodIndex === 2)).toMatchObject({ due: 3, missed: 0, open: 1, upcoming: 2 });

    // A deleted meeting no longer counts as held.
    await testDb().orgLifeMeeting.updateMany({ where: { orgUnitId: branch.id, date: day("2024-01-10") }, data: { deletedAt: new Date() } });
    const afterDelete = await dueVsHeld(all, { ...base, granularity: "quarter" });
    expect(afterDelete.find((row) => row.kind === "COMMITTEE_MEETING" && row.periodIndex === 1)).toMatchObject({ met: 1, missed: 2 });
  });

  it("follows the frequencies the Party office sets", async () => {
    signedInAs(await signIn(organ.partyOffice.username));
    const { updatedAt } = await getOrgLifeFrequencies(testDb());
    const frequencies = { ...DEFAULT_FREQUENCIES, COMMITTEE_MEETING: "QUARTER", THEME_DAY: "NONE" } as const;
    expect(await saveFrequenciesAction({ ...frequencies, loadedAt: updatedAt?.toISOString() })).toMatchObject({ ok: true });
    const saved = await getOrgLifeFrequencies(testDb());
    expect(saved.frequencies).toEqual(frequencies);
    // A second save from the form loaded before the first is refused.
    expect(await saveFrequenciesAction({ ...DEFAULT_FREQUENCIES })).toMatchObject({ ok: false });

    const branch = await createBranch(testDb(), organ.committee.id);
    const rows = await dueVsHeld(all, { year: 2024, granularity: "month", frequencies: saved.frequencies, today: day("2024-12-31"), branchId: branch.id });
    expect(rows.filter((row) => row.kind === "COMMITTEE_MEETING")).toHaveLength(4);
    expect(rows.filter((row) => row.kind === "THEME_DAY")).toHaveLength(0);

    signedInAs(await signIn(organ.secretaryA.username));
    expect(await saveFrequenciesAction({ ...DEFAULT_FREQUENCIES, loadedAt: saved.updatedAt?.toISOString() })).toMatchObject({ ok: false, error: "您没有权限执行此操作" });
  });
});
