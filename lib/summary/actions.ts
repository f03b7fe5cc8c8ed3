"use server";
import { defineAction } from "@/lib/actions/define-action";
import { freezeSummarySchema, plansToTasksSchema, saveSummarySchema, submitBranchSummarySchema } from "./schema";
import { freezeSummary, plansToWorkTasks, saveSummaryDraft, submitBranchSummary } from "./service";

// Writes of the summary workspace. records.write lets both the Party office and secretaries in;
// the service then decides by the summary's level (organ: Party office; branch: its secretary).

export const saveSummaryAction = defineAction(
  { name: "summary.save", permission: "records.write", schema: saveSummarySchema, revalidate: ["/summary"] },
  async (input, { user }) => saveSummaryDraft(user, input),
);

export const freezeSummaryAction = defineAction(
  { name: "summary.freeze", permission: "records.write", schema: freezeSummarySchema, revalidate: ["/summary"] },
  async ({ note, ...key }, { user }) => freezeSummary(user, key, note),
);

export const submitBranchSummaryAction = defineAction(
  { name: "summary.submitBranch", permission: "records.write", schema: submitBranchSummarySchema, revalidate: ["/summary"] },
  async (input, { user }) => submitBranchSummary(user, input),
);

export const summaryPlansToTasksAction = defineAction(
  { name: "summary.plansToTasks", permission: "records.writeOrgan", schema: plansToTasksSchema, revalidate: ["/summary"] },
  async (input, { user }) => plansToWorkTasks(user, input),
);
