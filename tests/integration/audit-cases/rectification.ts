// Audit-coverage cases of the rectification and supervision actions (see ../audit-coverage.test.ts).
import * as integrityActions from "@/lib/integrity/actions";
import * as actions from "@/lib/rectification/actions";
import * as supervisionActions from "@/lib/supervision/actions";
import { createSupervisionCheck, day } from "../../factories";
import { testDb } from "../helpers";
import type { AuditCase, Organ } from "./types";

/**
 * A branch-A item owned by its secretary and verified by the Party office, at the given status
 * (the leader's password is reset by another case, so the leader cannot sign in here).
 */
async function item(o: Organ, status: "PENDING" | "IN_PROGRESS" | "AWAITING_ACCEPTANCE" = "PENDING") {
  return testDb().rectificationItem.create({
    data: {
      source: "OTHER",
      problem: "审计用整改事项",
      measures: "措施",
      class: "DEADLINE",
      responsibleLeaderId: o.leader.id,
      orgUnitId: o.branchA.id,
      ownerId: o.secretaryA.id,
      verifierId: o.partyOffice.id,
      deadline: day("2040-01-01"),
      status,
    },
  });
}

async function round(o: Organ) {
  return testDb().supervisionRound.create({
    data: { kind: "SPECIAL", periodStart: day("2025-05-01"), periodEnd: day("2025-05-31"), focus: "专项督查", inspectors: "督查组", branches: { create: [{ orgUnitId: o.branchA.id }, { orgUnitId: o.branchB.id }] } },
  });
}

const itemFields = (o: Organ) => ({
  source: "INSPECTION",
  problem: "巡察反馈问题",
  measures: "整改措施",
  class: "DEADLINE",
  responsibleLeaderId: o.leader.id,
  orgUnitId: o.branchA.id,
  ownerId: o.secretaryA.id,
  verifierId: o.leader.id,
  deadline: "2040-03-01",
});

export const cases: Record<string, AuditCase> = {
  createRectificationItemAction: {
    as: (o) => o.partyOffice.username,
    run: (o) => actions.createRectificationItemAction(itemFields(o)),
  },
  updateRectificationItemAction: {
    as: (o) => o.secretaryA.username,
    run: async (o) => actions.updateRectificationItemAction({ ...itemFields(o), id: (await item(o)).id, version: 1, measures: "细化措施" }),
  },
  addRectificationCheckInAction: {
    as: (o) => o.secretaryA.username,
    run: async (o) => actions.addRectificationCheckInAction({ itemId: (await item(o)).id, date: "2040-01-01", progress: "推进中" }),
  },
  submitRectificationItemAction: {
    as: (o) => o.secretaryA.username,
    run: async (o) => {
      const target = await item(o, "IN_PROGRESS");
      const checkIn = await testDb().rectificationCheckIn.create({ data: { itemId: target.id, date: day("2040-01-01"), progress: "已完成", orgUnitId: o.branchA.id, authorId: o.secretaryA.id } });
      await testDb().attachment.create({
        data: { recordType: "RectificationCheckIn", recordId: checkIn.id, orgUnitId: o.branchA.id, fileName: "佐证.png", mimeType: "image/png", size: 1, sha256: "0", storageKey: `audit-${checkIn.id}`, uploadedById: o.secretaryA.id },
      });
      return actions.submitRectificationItemAction({ id: target.id, version: 1 });
    },
  },
  acceptRectificationItemAction: {
    as: (o) => o.partyOffice.username,
    run: async (o) => actions.acceptRectificationItemAction({ id: (await item(o, "AWAITING_ACCEPTANCE")).id, version: 1 }),
  },
  returnRectificationItemAction: {
    as: (o) => o.partyOffice.username,
    run: async (o) => actions.returnRectificationItemAction({ id: (await item(o, "AWAITING_ACCEPTANCE")).id, version: 1, comment: "材料不全" }),
  },
  createRectificationPlanAction: {
    as: (o) => o.secretaryA.username,
    run: (o) => actions.createRectificationPlanAction({ year: "2025", title: "组织生活会整改方案", source: "ORG_LIFE_MEETING", orgUnitId: o.branchA.id }),
  },
  updateRectificationPlanAction: {
    as: (o) => o.partyOffice.username,
    run: async () => {
      const plan = await testDb().rectificationPlan.create({ data: { year: 2025, title: "述职评议整改方案", source: "REVIEW_FEEDBACK" } });
      return actions.updateRectificationPlanAction({ id: plan.id, version: 1, year: "2025", title: "述职评议反馈意见整改落实方案", source: "REVIEW_FEEDBACK" });
    },
  },
  createDemocraticLifeMeetingAction: {
    as: (o) => o.partyOffice.username,
    run: () => actions.createDemocraticLifeMeetingAction({ date: "2025-01-20", title: "党组民主生活会" }),
  },
  updateDemocraticLifeMeetingAction: {
    as: (o) => o.partyOffice.username,
    run: async () => {
      const meeting = await testDb().democraticLifeMeeting.create({ data: { date: day("2025-01-20"), title: "民主生活会" } });
      return actions.updateDemocraticLifeMeetingAction({ id: meeting.id, version: 1, date: "2025-01-21", title: "党组专题民主生活会" });
    },
  },
  raisePlanFromMeetingAction: {
    as: (o) => o.partyOffice.username,
    run: async () => {
      const meeting = await testDb().democraticLifeMeeting.create({ data: { date: day("2025-01-20"), title: "民主生活会" } });
      return actions.raisePlanFromMeetingAction({ meetingId: meeting.id, title: "民主生活会整改落实方案" });
    },
  },
  createSupervisionRoundAction: {
    as: (o) => o.partyOffice.username,
    run: (o) => supervisionActions.createSupervisionRoundAction({ kind: "QUARTERLY", periodStart: "2025-04-01", periodEnd: "2025-04-30", focus: "支部生活落实情况", inspectors: "督查组", "branchIds[]": [o.branchA.id] }),
  },
  updateSupervisionRoundAction: {
    as: (o) => o.partyOffice.username,
    run: async (o) =>
      supervisionActions.updateSupervisionRoundAction({ id: (await round(o)).id, version: 1, kind: "SPECIAL", periodStart: "2025-05-01", periodEnd: "2025-05-31", focus: "专项督查", inspectors: "督查组", "branchIds[]": [o.branchA.id] }),
  },
  createSupervisionFindingAction: {
    as: (o) => o.partyOffice.username,
    run: async (o) => supervisionActions.createSupervisionFindingAction({ roundId: (await round(o)).id, scope: "COMMON", description: "共性问题", severity: "MEDIUM", "branchIds[]": [o.branchA.id, o.branchB.id] }),
  },
  raiseRectificationFromFindingAction: {
    as: (o) => o.partyOffice.username,
    run: async (o) => {
      const { id: roundId } = await round(o);
      const finding = await testDb().supervisionFinding.create({ data: { roundId, scope: "INDIVIDUAL", description: "个性问题", branches: { create: [{ orgUnitId: o.branchA.id }] } } });
      return supervisionActions.raiseRectificationFromFindingAction({ findingId: finding.id, measures: "措施", class: "IMMEDIATE", deadline: "2025-06-30", verifierId: o.leader.id, responsibleLeaderId: o.leader.id });
    },
  },
  createBranchEvaluationAction: {
    as: (o) => o.partyOffice.username,
    run: (o) => supervisionActions.createBranchEvaluationAction({ year: "2024", orgUnitId: o.branchA.id, grade: "GOOD", score: "92" }),
  },
  updateBranchEvaluationAction: {
    as: (o) => o.partyOffice.username,
    run: async (o) => {
      const evaluation = await testDb().branchEvaluation.create({ data: { year: 2023, orgUnitId: o.branchB.id, grade: "AVERAGE" } });
      return supervisionActions.updateBranchEvaluationAction({ id: evaluation.id, version: 1, year: "2023", orgUnitId: o.branchB.id, grade: "FAIRLY_GOOD", feedback: "学习计划执行需加强" });
    },
  },
  raiseRectificationFromCheckAction: {
    as: (o) => o.secretaryA.username,
    run: async (o) => {
      const check = await createSupervisionCheck(testDb(), { orgUnitId: o.branchA.id, findings: "台账不全" });
      return integrityActions.raiseRectificationFromCheckAction({ recordId: check.id, problem: "台账不全", measures: "补齐台账", class: "IMMEDIATE", responsibleLeaderId: o.leader.id, ownerId: o.secretaryA.id, verifierId: o.partyOffice.id, deadline: "2040-01-01" });
    },
  },
};
