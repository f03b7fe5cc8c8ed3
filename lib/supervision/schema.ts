import { z } from "zod";
import { calendarDate, choice, idList, msg, optionalCount, optionalText, recordId, requiredText, versionField } from "@/lib/validation";
import { RECTIFICATION_CLASSES } from "@/lib/rectification/schema";
import { SUPERVISION_ROUND_KINDS, FINDING_SCOPES, SEVERITIES, EVALUATION_GRADES } from "./options";

export * from "./options";

// Client-safe: the supervision forms check these schemas in the browser, the actions on the server.

const roundFields = {
  kind: choice(SUPERVISION_ROUND_KINDS),
  periodStart: calendarDate(),
  periodEnd: calendarDate(),
  focus: requiredText(200),
  inspectors: requiredText(200),
  /** The branches covered: checkboxes named `branchIds[]`. */
  "branchIds[]": idList(200).pipe(z.array(z.string()).min(1, msg("supervisionBranchesRequired"))),
};
const inOrder = (value: { periodStart: Date; periodEnd: Date }) => value.periodEnd >= value.periodStart;

export const createRoundSchema = z.object(roundFields).refine(inOrder, { message: msg("endBeforeStart"), path: ["periodEnd"] });
export const updateRoundSchema = z.object({ ...roundFields, id: recordId(), version: versionField() }).refine(inOrder, { message: msg("endBeforeStart"), path: ["periodEnd"] });
export type RoundInput = z.output<typeof createRoundSchema>;
export type UpdateRoundInput = z.output<typeof updateRoundSchema>;

/** 共性问题 covers two or more branches, 个性问题 exactly one. */
export const createFindingSchema = z
  .object({
    roundId: recordId(),
    scope: choice(FINDING_SCOPES),
    description: requiredText(2000),
    severity: choice(SEVERITIES),
    "branchIds[]": idList(200),
  })
  .superRefine((value, context) => {
    const count = value["branchIds[]"].length;
    if (value.scope === "INDIVIDUAL" && count !== 1) context.addIssue({ code: "custom", message: msg("supervisionIndividualOneBranch"), path: ["branchIds[]"] });
    if (value.scope === "COMMON" && count < 2) context.addIssue({ code: "custom", message: msg("supervisionCommonBranches"), path: ["branchIds[]"] });
  });
export type FindingInput = z.output<typeof createFindingSchema>;

/**
 * Raising items from a finding: one per covered branch, owned by the branch's secretary. What is
 * asked here is common to all of them; the responsible leader is each branch's 分管领导 unless named.
 */
export const raiseFromFindingSchema = z.object({
  findingId: recordId(),
  measures: requiredText(4000),
  class: choice(RECTIFICATION_CLASSES),
  deadline: calendarDate(),
  verifierId: recordId(),
  responsibleLeaderId: recordId().optional().transform((value) => value ?? null),
  planId: recordId().optional().transform((value) => value ?? null),
});
export type RaiseFromFindingInput = z.output<typeof raiseFromFindingSchema>;

const evaluationFields = {
  year: z.coerce.number({ error: msg("required") }).int().min(2000, msg("invalidChoice")).max(2100, msg("invalidChoice")),
  orgUnitId: recordId(),
  secretary: optionalText(60),
  grade: choice(EVALUATION_GRADES),
  score: optionalCount(100),
  feedback: optionalText(4000),
};
export const createEvaluationSchema = z.object(evaluationFields);
export const updateEvaluationSchema = z.object({ ...evaluationFields, id: recordId(), version: versionField() });
export type EvaluationInput = z.output<typeof createEvaluationSchema>;
export type UpdateEvaluationInput = z.output<typeof updateEvaluationSchema>;

export const yearQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined) });
