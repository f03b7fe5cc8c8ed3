import { kindSpecific } from "./kind-fields";

// The kinds and choices of integrity records, without zod: the forms render them on first paint
// and load the schemas (./schema) only when the user starts working in a form.

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
