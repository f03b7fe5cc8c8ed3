import { kindSpecific } from "@/lib/integrity/kind-fields";

// Choices of mass-organisation records, without zod: forms render them on first paint and load the schemas
// (./schema, which re-exports these) only when the user starts working in a form.

export const MASS_ORGANIZATION_KINDS = ["TRADE_UNION", "YOUTH", "WOMEN", "CIVILIZATION_GROUP", "TASK_FORCE"] as const;

export const MASS_ACTIVITY_KINDS = [
  "FESTIVAL",
  "SPORT_CULTURE",
  "VOLUNTEER",
  "DUAL_REPORT",
  "VILLAGE_VISIT",
  "PROMOTION_MEETING",
  "STUDY_VISIT",
  "YOUTH_STUDY",
  "YOUTH_SPEECH",
  "OTHER",
] as const;
export type MassActivityKindName = (typeof MASS_ACTIVITY_KINDS)[number];

/** What a visit to a 双联共建 village delivered (stored by these codes in `services`). */
export const VILLAGE_SERVICES = ["SKILLS_TRAINING", "MATERIAL_DONATION", "HEALTH_CLINIC", "OTHER"] as const;

/** 我们的节日: the festivals offered first; any other name may be typed. */
export const SUGGESTED_FESTIVALS = ["春节", "元宵节", "妇女节", "清明节", "青年节", "端午节", "七夕节", "中秋节", "重阳节"] as const;

export const massKindFields = kindSpecific(MASS_ACTIVITY_KINDS, ["services", "peopleServed", "festival"], {
  FESTIVAL: ["festival"],
  SPORT_CULTURE: [],
  VOLUNTEER: [],
  DUAL_REPORT: [],
  VILLAGE_VISIT: ["services", "peopleServed"],
  PROMOTION_MEETING: [],
  STUDY_VISIT: [],
  YOUTH_STUDY: [],
  YOUTH_SPEECH: [],
  OTHER: [],
});
