import { z } from "zod";
import { listChoice } from "@/lib/records/list-query";
import { calendarDate, choice, msg, optionalText, recordId, requiredText, versionField } from "@/lib/validation";
import { RECTIFICATION_SOURCES, RECTIFICATION_CLASSES, RECTIFICATION_STATUSES } from "./options";

export * from "./options";

// Client-safe: the rectification forms check these schemas in the browser, the actions on the server.

const optionalId = () => recordId().optional().transform((value) => value ?? null);

const itemFields = {
  /** The plan (整改落实方案) the item belongs to; the item then takes the plan's source. */
  planId: optionalId(),
  source: choice(RECTIFICATION_SOURCES),
  problem: requiredText(1000),
  measures: requiredText(4000),
  class: choice(RECTIFICATION_CLASSES),
  responsibleLeaderId: recordId(),
  /** Empty: a department's item at the organ level (the Party office keeps it). */
  orgUnitId: optionalId(),
  department: optionalText(100),
  ownerId: recordId(),
  verifierId: recordId(),
  deadline: calendarDate(),
};

type ItemShape = { ownerId: string; verifierId: string; orgUnitId: string | null; department: string | null };

/** Doer ≠ verifier; and an item names who is responsible: a branch or a department. */
function checkItem(value: ItemShape, context: z.RefinementCtx) {
  if (value.ownerId === value.verifierId) context.addIssue({ code: "custom", message: msg("rectificationVerifierIsOwner"), path: ["verifierId"] });
  if (!value.orgUnitId && !value.department) context.addIssue({ code: "custom", message: msg("rectificationBranchOrDepartment"), path: ["orgUnitId"] });
}

export const createRectificationItemSchema = z.object(itemFields).superRefine(checkItem);

/**
 * An item raised from another record (a supervision check): the record decides the source and the
 * branch, the person raising it decides the rest.
 */
export const raiseFromRecordSchema = z
  .object({
    recordId: recordId(),
    problem: itemFields.problem,
    measures: itemFields.measures,
    class: itemFields.class,
    responsibleLeaderId: itemFields.responsibleLeaderId,
    department: itemFields.department,
    ownerId: itemFields.ownerId,
    verifierId: itemFields.verifierId,
    deadline: itemFields.deadline,
  })
  .refine((value) => value.ownerId !== value.verifierId, { message: msg("rectificationVerifierIsOwner"), path: ["verifierId"] });
export const updateRectificationItemSchema = z.object({ ...itemFields, id: recordId(), version: versionField() }).superRefine(checkItem);
export type RectificationItemInput = z.output<typeof createRectificationItemSchema>;
export type UpdateRectificationItemInput = z.output<typeof updateRectificationItemSchema>;

export const checkInSchema = z.object({
  itemId: recordId(),
  date: calendarDate(),
  progress: requiredText(2000),
});
export type CheckInInput = z.output<typeof checkInSchema>;

/** Submit for acceptance (送验收) and accept (验收销号): a comment is optional. */
export const transitionSchema = z.object({ id: recordId(), version: versionField(), comment: optionalText(1000) });
/** Return (退回): the verifier says why. */
export const returnSchema = z.object({ id: recordId(), version: versionField(), comment: requiredText(1000) });
export type TransitionInput = z.output<typeof transitionSchema>;

const planFields = {
  year: z.coerce.number({ error: msg("required") }).int().min(2000, msg("invalidChoice")).max(2100, msg("invalidChoice")),
  title: requiredText(200),
  source: choice(RECTIFICATION_SOURCES),
  /** Empty: the Party group's plan. */
  orgUnitId: optionalId(),
};
export const createPlanSchema = z.object(planFields);
export const updatePlanSchema = z.object({ ...planFields, id: recordId(), version: versionField() });
export type PlanInput = z.output<typeof createPlanSchema>;
export type UpdatePlanInput = z.output<typeof updatePlanSchema>;

// The board's and list's filters as they arrive in the URL; anything unusable means "all".
const optionalFilterId = () => z.string().trim().min(1).max(40).optional().catch(undefined);
export const boardQuerySchema = z.object({
  view: z.enum(["board", "list"]).catch("board"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((value) => value || undefined)
    .catch(undefined),
  branch: optionalFilterId(),
  source: listChoice(RECTIFICATION_SOURCES),
  owner: optionalFilterId(),
  status: listChoice(RECTIFICATION_STATUSES),
  plan: optionalFilterId(),
});
export type BoardQuery = z.output<typeof boardQuerySchema>;

const meetingFields = { date: calendarDate(), title: requiredText(200), content: optionalText(5000) };
export const createDemocraticLifeSchema = z.object(meetingFields);
export const updateDemocraticLifeSchema = z.object({ ...meetingFields, id: recordId(), version: versionField() });
export type DemocraticLifeInput = z.output<typeof createDemocraticLifeSchema>;
export type UpdateDemocraticLifeInput = z.output<typeof updateDemocraticLifeSchema>;

/** A plan raised from a democratic life meeting (民主生活会): its own title, the meeting's year. */
export const raisePlanFromMeetingSchema = z.object({ meetingId: recordId(), title: requiredText(200) });
