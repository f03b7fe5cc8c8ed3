import { z } from "zod";
import { calendarDate, choice, msg, optionalCalendarDate, recordId, requiredText, versionField } from "@/lib/validation";
import { ORG_UNIT_TYPES } from "./options";

export * from "./options";

const orgUnitFields = {
  name: requiredText(60),
  type: choice(ORG_UNIT_TYPES),
  parentId: recordId().optional(),
  isRetiree: z
    .union([z.literal("on"), z.literal("true"), z.boolean()])
    .optional()
    .transform((value) => value === "on" || value === "true" || value === true),
  effectiveFrom: calendarDate(),
  effectiveTo: optionalCalendarDate(),
};

const effectiveOrder = <T extends { effectiveFrom: Date; effectiveTo: Date | null }>(value: T) =>
  !value.effectiveTo || value.effectiveTo >= value.effectiveFrom;

export const createOrgUnitSchema = z
  .object(orgUnitFields)
  .refine(effectiveOrder, { message: msg("endBeforeStart"), path: ["effectiveTo"] });

export const updateOrgUnitSchema = z
  .object({ ...orgUnitFields, id: recordId(), version: versionField() })
  .omit({ type: true })
  .refine(effectiveOrder, { message: msg("endBeforeStart"), path: ["effectiveTo"] });

export const deleteOrgUnitSchema = z.object({ id: recordId() });

/** The Party office keeps a branch's business data: the departments it serves and its 分管领导. */
export const branchBusinessSchema = z.object({
  id: recordId(),
  version: versionField(),
  departments: z
    .string()
    .max(1000, msg("tooLong", 1000))
    .optional()
    .transform((value) =>
      (value ?? "")
        .split(/[\n,，、;；]/)
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  supervisingLeaderId: recordId().optional(),
});

export type CreateOrgUnitInput = z.output<typeof createOrgUnitSchema>;
export type UpdateOrgUnitInput = z.output<typeof updateOrgUnitSchema>;
export type BranchBusinessInput = z.output<typeof branchBusinessSchema>;
