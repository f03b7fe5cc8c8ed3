"use server";
import { defineAction } from "@/lib/actions/define-action";
import { createEvaluationSchema, createFindingSchema, createRoundSchema, raiseFromFindingSchema, updateEvaluationSchema, updateRoundSchema } from "./schema";
import { createBranchEvaluation, createSupervisionFinding, createSupervisionRound, raiseFromFinding, updateBranchEvaluation, updateSupervisionRound } from "./service";

const revalidate = ["/management"];

export const createSupervisionRoundAction = defineAction(
  { name: "supervision.createRound", permission: "records.writeOrgan", schema: createRoundSchema, revalidate },
  async (input, { user }) => (await createSupervisionRound(user, input)).id,
);

export const updateSupervisionRoundAction = defineAction(
  { name: "supervision.updateRound", permission: "records.writeOrgan", schema: updateRoundSchema, revalidate },
  async (input, { user }) => (await updateSupervisionRound(user, input)).id,
);

export const createSupervisionFindingAction = defineAction(
  { name: "supervision.createFinding", permission: "records.writeOrgan", schema: createFindingSchema, revalidate },
  async (input, { user }) => (await createSupervisionFinding(user, input)).id,
);

/** Returns how many items were raised (branches that already have one are skipped). */
export const raiseRectificationFromFindingAction = defineAction(
  { name: "supervision.raiseItems", permission: "records.writeOrgan", schema: raiseFromFindingSchema, revalidate },
  async (input, { user }) => (await raiseFromFinding(user, input)).length,
);

export const createBranchEvaluationAction = defineAction(
  { name: "supervision.createEvaluation", permission: "records.writeOrgan", schema: createEvaluationSchema, revalidate },
  async (input, { user }) => (await createBranchEvaluation(user, input)).id,
);

export const updateBranchEvaluationAction = defineAction(
  { name: "supervision.updateEvaluation", permission: "records.writeOrgan", schema: updateEvaluationSchema, revalidate },
  async (input, { user }) => (await updateBranchEvaluation(user, input)).id,
);
