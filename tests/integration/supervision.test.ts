import { beforeAll, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { createBranchEvaluationAction, createSupervisionFindingAction, createSupervisionRoundAction, raiseRectificationFromFindingAction } from "@/lib/supervision/actions";
import { getSupervisionRound } from "@/lib/supervision/service";
import { createBranch, createOrgan, signIn } from "../factories";
import { testDb } from "./helpers";
import { signedInAs } from "./next-runtime";

let organ: Awaited<ReturnType<typeof createOrgan>>;
let branchC: { id: string };
beforeAll(async () => {
  organ = await createOrgan(testDb());
  branchC = await createBranch(testDb(), organ.committee.id, "丙党支部");
  // Branch C has no secretary account: its item falls to the Party office raising it.
  await testDb().orgUnit.updateMany({ where: { id: { in: [organ.branchA.id, organ.branchB.id, branchC.id] } }, data: { supervisingLeaderId: organ.leader.id } });
});

async function actingAs(username: string) {
  signedInAs(await signIn(username));
  return (await getCurrentUser())!;
}

async function newRound() {
  await actingAs(organ.partyOffice.username);
  const round = await createSupervisionRoundAction({
    kind: "QUARTERLY",
    periodStart: "2025-04-01",
    periodEnd: "2025-04-30",
    focus: "支部生活落实情况",
    inspectors: "机关党委督查组",
    "branchIds[]": [organ.branchA.id, organ.branchB.id, branchC.id],
  });
  if (!round.ok) throw new Error(round.error);
  return round.data as string;
}

describe("supervision rounds and findings", () => {
  it("raises one linked item per branch of a common finding over three branches, once", async () => {
    const roundId = await newRound();
    const finding = await createSupervisionFindingAction({ roundId, scope: "COMMON", description: "三会一课记录不规范", severity: "MEDIUM", "branchIds[]": [organ.branchA.id, organ.branchB.id, branchC.id] });
    expect(finding.ok).toBe(true);
    const findingId = (finding as { data: string }).data;
    const raise = { findingId, measures: "统一记录模板并逐月检查", class: "DEADLINE", deadline: "2025-06-30", verifierId: organ.leader.id };
    expect(await raiseRectificationFromFindingAction(raise)).toEqual({ ok: true, data: 3 });
    const items = await testDb().rectificationItem.findMany({ where: { findingId }, select: { orgUnitId: true, ownerId: true, source: true, sourceRecordType: true, sourceRecordId: true, problem: true, responsibleLeaderId: true, status: true } });
    expect(items).toHaveLength(3);
    expect(new Set(items.map((item) => item.orgUnitId))).toEqual(new Set([organ.branchA.id, organ.branchB.id, branchC.id]));
    expect(items.every((item) => item.source === "SUPERVISION" && item.sourceRecordType === "SupervisionFinding" && item.sourceRecordId === findingId && item.problem === "三会一课记录不规范" && item.status === "PENDING")).toBe(true);
    expect(items.every((item) => item.responsibleLeaderId === organ.leader.id)).toBe(true);
    const ownerOf = new Map(items.map((item) => [item.orgUnitId, item.ownerId]));
    expect(ownerOf.get(organ.branchA.id)).toBe(organ.secretaryA.id);
    expect(ownerOf.get(organ.branchB.id)).toBe(organ.secretaryB.id);
    expect(ownerOf.get(branchC.id)).toBe(organ.partyOffice.id);
    // Raising again adds nothing.
    expect(await raiseRectificationFromFindingAction(raise)).toEqual({ ok: true, data: 0 });
  });

  it("classes findings common and individual, counts them, and shows a secretary only their branch's", async () => {
    const roundId = await newRound();
    expect(await createSupervisionFindingAction({ roundId, scope: "INDIVIDUAL", description: "两个支部", severity: "LOW", "branchIds[]": [organ.branchA.id, organ.branchB.id] })).toMatchObject({
      ok: false,
      fieldErrors: { "branchIds[]": ["个性问题只对应一个支部"] },
    });
    expect(await createSupervisionFindingAction({ roundId, scope: "COMMON", description: "一个支部", severity: "LOW", "branchIds[]": [organ.branchA.id] })).toMatchObject({ ok: false });
    const outsider = await createBranch(testDb(), organ.committee.id, "未受检党支部");
    expect(await createSupervisionFindingAction({ roundId, scope: "INDIVIDUAL", description: "外支部", severity: "LOW", "branchIds[]": [outsider.id] })).toMatchObject({
      ok: false,
      fieldErrors: { "branchIds[]": ["只能选择本轮督查覆盖的支部"] },
    });
    await createSupervisionFindingAction({ roundId, scope: "COMMON", description: "共性一", severity: "HIGH", "branchIds[]": [organ.branchA.id, organ.branchB.id] });
    await createSupervisionFindingAction({ roundId, scope: "INDIVIDUAL", description: "个性甲", severity: "LOW", "branchIds[]": [organ.branchA.id] });
    await createSupervisionFindingAction({ roundId, scope: "INDIVIDUAL", description: "个性乙", severity: "LOW", "branchIds[]": [organ.branchB.id] });
    const office = await actingAs(organ.partyOffice.username);
    expect(await getSupervisionRound(office, roundId)).toMatchObject({ commonCount: 1, individualCount: 2 });
    const secretaryA = await actingAs(organ.secretaryA.username);
    const seen = await getSupervisionRound(secretaryA, roundId);
    expect(seen).toMatchObject({ commonCount: 1, individualCount: 1, canEdit: false });
    expect(seen.findings.map((finding) => finding.description).sort()).toEqual(["共性一", "个性甲"].sort());
  });

  it("keeps rounds, findings and evaluations the Party office's to write", async () => {
    const roundId = await newRound();
    await actingAs(organ.secretaryA.username);
    expect(await createSupervisionFindingAction({ roundId, scope: "INDIVIDUAL", description: "自查", severity: "LOW", "branchIds[]": [organ.branchA.id] })).toMatchObject({ ok: false, error: "您没有权限执行此操作" });
    expect(await createBranchEvaluationAction({ year: 2025, orgUnitId: organ.branchA.id, grade: "GOOD" })).toMatchObject({ ok: false });
    await actingAs(organ.partyOffice.username);
    expect(await createBranchEvaluationAction({ year: 2025, orgUnitId: organ.branchA.id, grade: "FAIRLY_GOOD", score: "88", feedback: "支部学习计划执行不够严格" })).toMatchObject({ ok: true });
    expect(await createBranchEvaluationAction({ year: 2025, orgUnitId: organ.branchA.id, grade: "GOOD" })).toMatchObject({ ok: false, fieldErrors: { orgUnitId: ["该支部本年度已有评议结果，请直接修改"] } });
  });
});
