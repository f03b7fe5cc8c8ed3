import { beforeAll, describe, expect, it } from "vitest";
import { createStudySessionAction, updateStudySessionAction } from "@/lib/study/actions";
import { sessionsByLevelAndKind } from "@/lib/study/queries/sessions-by-level-kind";
import { speechCount } from "@/lib/study/queries/speech-count";
import { youthRepsPerSession } from "@/lib/study/queries/youth-reps-per-session";
import type { BranchScope } from "@/lib/org/scope";
import { createMember, createOrgan, signIn } from "../factories";
import { testDb } from "./helpers";
import { signedInAs } from "./next-runtime";

let organ: Awaited<ReturnType<typeof createOrgan>>;
const all = { kind: "all" } as const;

beforeAll(async () => {
  organ = await createOrgan(testDb());
});

function centralGroup(date: string, speeches: object[], nonVoting: object[] = []) {
  return createStudySessionAction({ level: "PARTY_GROUP", kind: "CENTRAL_GROUP", date, topic: `中心组学习 ${date}`, speeches, nonVoting });
}

describe("study counts", () => {
  it("counts sessions per level and kind, and every speech — one person speaking twice counts twice", async () => {
    const speaker = await createMember(testDb(), organ.branchA.id, { name: "两次发言者" });
    signedInAs(await signIn(organ.partyOffice.username));
    const youth = [
      { name: "青年甲", tag: "YOUTH_REP" },
      { name: "青年乙", tag: "YOUTH_REP" },
    ];
    expect(
      await centralGroup(
        "2024-03-12",
        [
          { memberId: speaker.id, speakerName: "x", tag: "UNIT_HEAD", topic: "学用结合" },
          { speakerName: "王建国", tag: "LEADERSHIP" },
          { speakerName: "青年甲", tag: "YOUTH_REP" },
        ],
        youth,
      ),
    ).toMatchObject({ ok: true });
    expect(await centralGroup("2024-06-20", [{ memberId: speaker.id, speakerName: "x", tag: "UNIT_HEAD" }, { speakerName: "青年乙", tag: "YOUTH_REP" }], youth)).toMatchObject({ ok: true });
    expect(await centralGroup("2024-12-31", [], [])).toMatchObject({ ok: true });
    // Another year does not count.
    expect(await centralGroup("2023-12-31", [{ speakerName: "王建国", tag: "LEADERSHIP" }])).toMatchObject({ ok: true });

    signedInAs(await signIn(organ.secretaryA.username));
    expect(
      await createStudySessionAction({
        level: "BRANCH",
        orgUnitId: organ.branchA.id,
        kind: "BRANCH_STUDY",
        date: "2024-05-08",
        topic: "支部集中学习",
        attendeeIds: [organ.memberA.id, speaker.id].join(","),
        speeches: JSON.stringify([{ memberId: organ.memberA.id, speakerName: "", tag: "OTHER" }]),
      }),
    ).toMatchObject({ ok: true });

    const partyGroup = { year: 2024, level: "PARTY_GROUP" } as const;
    expect(await sessionsByLevelAndKind(all, { year: 2024 })).toEqual([
      { level: "PARTY_GROUP", kind: "CENTRAL_GROUP", sessions: 3 },
      { level: "BRANCH", kind: "BRANCH_STUDY", sessions: 1 },
    ]);
    expect(await speechCount(all, partyGroup)).toEqual({
      speeches: 5,
      sessionsWithSpeeches: 2,
      byTag: { LEADERSHIP: 1, UNIT_HEAD: 2, YOUTH_REP: 2, OTHER: 0 },
    });
    expect((await speechCount(all, { year: 2024 })).speeches).toBe(6);
    expect((await youthRepsPerSession(all, partyGroup)).map((row) => [row.youthNonVoting, row.youthSpeeches])).toEqual([
      [2, 1],
      [2, 1],
      [0, 0],
    ]);

    // The speaker's name is copied from the roster; the other branch's secretary sees only its own branch and the Party group.
    const stored = await testDb().studySpeech.findMany({ where: { memberId: speaker.id } });
    expect(stored.map((row) => row.speakerName)).toEqual(["两次发言者", "两次发言者"]);
    const scopeB: BranchScope = { kind: "units", unitIds: [organ.branchB.id] };
    expect((await speechCount(scopeB, { year: 2024 })).speeches).toBe(5);
  });

  it("stops counting a session once it is deleted, and recounts speeches after an edit", async () => {
    signedInAs(await signIn(organ.partyOffice.username));
    const created = await centralGroup("2025-02-01", [{ speakerName: "甲", tag: "OTHER" }, { speakerName: "乙", tag: "OTHER" }]);
    if (!created.ok) throw new Error(created.error);
    const { id } = created.data;
    expect((await speechCount(all, { year: 2025 })).speeches).toBe(2);

    const edited = await updateStudySessionAction({
      id,
      version: 1,
      level: "PARTY_GROUP",
      kind: "CENTRAL_GROUP",
      date: "2025-02-01",
      topic: "改过的题目",
      speeches: [{ speakerName: "甲", tag: "OTHER" }, { speakerName: "乙", tag: "OTHER" }, { speakerName: "甲", tag: "OTHER" }],
    });
    expect(edited).toMatchObject({ ok: true });
    expect((await speechCount(all, { year: 2025 })).speeches).toBe(3);
    // Saving again with the old version is refused rather than overwriting the edit.
    expect(await updateStudySessionAction({ id, version: 1, level: "PARTY_GROUP", kind: "CENTRAL_GROUP", date: "2025-02-01", topic: "旧" })).toMatchObject({
      ok: false,
      error: "该记录已被他人修改，请刷新页面查看最新内容后再保存",
    });

    await testDb().studySession.update({ where: { id }, data: { deletedAt: new Date() } });
    expect(await sessionsByLevelAndKind(all, { year: 2025 })).toEqual([]);
    expect((await speechCount(all, { year: 2025 })).speeches).toBe(0);
  });

  it("keeps each role to its own records", async () => {
    signedInAs(await signIn(organ.secretaryA.username));
    // A secretary records no central-group study, nothing for another branch, and picks no other branch's members.
    expect((await centralGroup("2024-04-01", [])).ok).toBe(false);
    const base = { level: "BRANCH", kind: "BRANCH_STUDY", date: "2024-04-01", topic: "学习" };
    expect(await createStudySessionAction({ ...base, orgUnitId: organ.branchB.id })).toMatchObject({ ok: false, error: "只能查看和修改本支部的记录" });
    expect(await createStudySessionAction({ ...base, orgUnitId: organ.branchA.id, attendeeIds: organ.memberB.id })).toMatchObject({
      ok: false,
      fieldErrors: { attendeeIds: ["只能选择本支部（本单位）名册中的党员"] },
    });
    // A central-group kind cannot be a branch's.
    expect(await createStudySessionAction({ ...base, kind: "CENTRAL_GROUP", orgUnitId: organ.branchA.id })).toMatchObject({ ok: false, fieldErrors: { kind: expect.any(Array) } });

    signedInAs(await signIn(organ.leader.username));
    expect(await createStudySessionAction({ ...base, orgUnitId: organ.branchA.id })).toMatchObject({ ok: false, error: "您没有权限执行此操作" });
    expect(await testDb().studySession.count({ where: { date: new Date("2024-04-01") } })).toBe(0);
  });
});
