import { z } from "zod";
import { campaignIdsField } from "@/lib/campaigns/schema";
import { listChoice, recordListQuerySchema } from "@/lib/records/list-query";
import { kindSpecific } from "./kind-fields";
import { calendarDate, choice, msg, optionalText, recordId, requiredText, versionField } from "@/lib/validation";

// Client-safe: the integrity forms check these schemas in the browser, the actions on the server.

export const INTEGRITY_KINDS = [
  "INTEGRITY_MEETING",
  "DUTY_REPORT_MEETING",
  "TALK",
  "RESPONSIBILITY_LETTER",
  "PROPOSAL",
  "CULTURE",
  "WARNING_EDUCATION",
] as const;
export type IntegrityKindName = (typeof INTEGRITY_KINDS)[number];

export const ORGANISER_LEVELS = ["PARTY_GROUP", "DISCIPLINE_COMMITTEE", "BRANCH"] as const;
export type OrganiserLevelName = (typeof ORGANISER_LEVELS)[number];
/** Levels entered by the Party office for the organ as a whole (orgUnitId null). */
export const ORGAN_LEVELS = ["PARTY_GROUP", "DISCIPLINE_COMMITTEE"] as const satisfies readonly OrganiserLevelName[];

export const TALK_TYPES = ["INDIVIDUAL", "COLLECTIVE", "REMINDER"] as const;
export const LETTER_LEVELS = ["GROUP_TO_DEPARTMENT", "DEPARTMENT_TO_PERSON"] as const;
export const CULTURE_FORMS = ["ACTION_PLAN", "LECTURE", "STUDY_SEMINAR", "EXPERIENCE_SHARING", "EXHIBITION", "VISIT", "OTHER"] as const;
export const WARNING_FORMS = ["CASE_COMPILATION", "EXPERT_LECTURE", "VISIT", "OTHER"] as const;

export const SUPERVISION_KINDS = ["JOINT_RESEARCH", "KEY_DEPARTMENT", "PROJECT_REVIEW", "SITE_INSPECTION", "ROUTINE"] as const;
export type SupervisionKindName = (typeof SUPERVISION_KINDS)[number];

/**
 * The talk types whose content is protected (see lib/integrity/sensitivity.ts). A 提醒谈话 is held
 * with one cadre about that person's own warning signs, so it is as personal as an individual
 * talk (个别谈话); a collective talk (集体谈话) addresses a group and is not protected.
 */
export const PROTECTED_TALK_TYPES = ["INDIVIDUAL", "REMINDER"] as const satisfies readonly (typeof TALK_TYPES)[number][];

/** A whole number of people or letters; `min` 1 where zero would mean nothing happened. */
export const headcount = (min = 0) =>
  z.coerce
    .number({ error: msg("integrityWholeNumber") })
    .int(msg("integrityWholeNumber"))
    .min(min, min === 0 ? msg("integrityWholeNumber") : msg("integrityAtLeastOne"))
    .max(100_000, msg("integrityTooLarge"));

/** Fields each kind needs beyond the common ones; every other kind-specific field is stored as null. */
export const integrityKindFields = kindSpecific(
  INTEGRITY_KINDS,
  ["talkType", "talker", "talkee", "letterLevel", "lettersSigned", "cultureForm", "warningForm", "peopleReached"],
  {
    INTEGRITY_MEETING: [],
    DUTY_REPORT_MEETING: [],
    TALK: ["talkType", "talker", "talkee"],
    RESPONSIBILITY_LETTER: ["letterLevel", "lettersSigned"],
    PROPOSAL: [],
    CULTURE: ["cultureForm"],
    WARNING_EDUCATION: ["warningForm", "peopleReached"],
  },
);

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
