import { z } from "zod";
import { campaignIdsField } from "@/lib/campaigns/schema";
import { listChoice, recordListQuerySchema } from "@/lib/records/list-query";
import { calendarDate, choice, msg, optionalText, recordId, requiredText, versionField } from "@/lib/validation";
import { INTEGRITY_KINDS, ORGANISER_LEVELS, TALK_TYPES, LETTER_LEVELS, CULTURE_FORMS, WARNING_FORMS, SUPERVISION_KINDS, integrityKindFields } from "./options";

// Client-safe: the integrity forms check these schemas in the browser, the actions on the server.
// The kinds and choices live in ./options, which the forms import without zod.
export * from "./options";

/** A whole number of people or letters; `min` 1 where zero would mean nothing happened. */
export const headcount = (min = 0) =>
  z.coerce
    .number({ error: msg("integrityWholeNumber") })
    .int(msg("integrityWholeNumber"))
    .min(min, min === 0 ? msg("integrityWholeNumber") : msg("integrityAtLeastOne"))
    .max(100_000, msg("integrityTooLarge"));

const activityFields = {
  kind: choice(INTEGRITY_KINDS),
  organiserLevel: choice(ORGANISER_LEVELS),
  /** The branch for BRANCH-level records; ignored for organ-level ones. */
  orgUnitId: recordId().optional(),
  date: calendarDate(),
  title: requiredText(120),
  content: optionalText(5000),
  participantCount: headcount().optional(),
  talkType: choice(TALK_TYPES).optional(),
  talker: optionalText(60),
  talkee: optionalText(200),
  letterLevel: choice(LETTER_LEVELS).optional(),
  lettersSigned: headcount(1).optional(),
  cultureForm: choice(CULTURE_FORMS).optional(),
  warningForm: choice(WARNING_FORMS).optional(),
  peopleReached: headcount().optional(),
  "campaignIds[]": campaignIdsField(),
};

type ActivityShape = z.output<z.ZodObject<typeof activityFields>>;

function checkActivity(value: ActivityShape, context: z.RefinementCtx) {
  integrityKindFields.check(value, context);
  if (value.organiserLevel === "BRANCH" && !value.orgUnitId) context.addIssue({ code: "custom", message: msg("required"), path: ["orgUnitId"] });
}

/** The stored shape: the branch only for branch-level records, no figures of other kinds. */
function normalise<T extends ActivityShape>(value: T) {
  return {
    ...integrityKindFields.strip(value),
    orgUnitId: value.organiserLevel === "BRANCH" ? (value.orgUnitId ?? null) : null,
    participantCount: value.participantCount ?? 0,
  };
}

export const createIntegrityActivitySchema = z.object(activityFields).superRefine(checkActivity).transform(normalise);

export const updateIntegrityActivitySchema = z
  .object({ ...activityFields, id: recordId(), version: versionField() })
  .superRefine(checkActivity)
  .transform(normalise);

export type IntegrityActivityInput = z.output<typeof createIntegrityActivitySchema>;
export type UpdateIntegrityActivityInput = z.output<typeof updateIntegrityActivitySchema>;

const checkFields = {
  kind: choice(SUPERVISION_KINDS),
  target: requiredText(200),
  date: calendarDate(),
  findings: optionalText(5000),
  /** Empty: a check by the organ (机关纪委); otherwise the branch that carried it out. */
  orgUnitId: recordId().optional().transform((value) => value ?? null),
  "campaignIds[]": campaignIdsField(),
};

export const createSupervisionCheckSchema = z.object(checkFields);
export const updateSupervisionCheckSchema = z.object({ ...checkFields, id: recordId(), version: versionField() });

export type SupervisionCheckInput = z.output<typeof createSupervisionCheckSchema>;
export type UpdateSupervisionCheckInput = z.output<typeof updateSupervisionCheckSchema>;

// List filters as they arrive in the URL (see lib/records/list-query.ts).
export const integrityListQuerySchema = recordListQuerySchema.extend({ kind: listChoice(INTEGRITY_KINDS), level: listChoice(ORGANISER_LEVELS) });
export type IntegrityListQuery = z.output<typeof integrityListQuerySchema>;

export const checkListQuerySchema = recordListQuerySchema.extend({ kind: listChoice(SUPERVISION_KINDS) });
export type CheckListQuery = z.output<typeof checkListQuerySchema>;
