// Choices of organisational life, without zod: forms render them on first paint and load the schemas
// (./schema, which re-exports these) only when the user starts working in a form.

export const ORG_LIFE_KINDS = [
  "PARTY_CONGRESS",
  "COMMITTEE_MEETING",
  "GROUP_MEETING",
  "PARTY_LECTURE",
  "THEME_DAY",
  "ORG_LIFE_MEETING",
  "DEMOCRATIC_REVIEW",
  "HEART_TALK",
] as const;
export const LECTURER_TYPES = ["SECRETARY_FIRST", "MEMBER_LECTURE", "LEADERSHIP", "OTHER"] as const;
export const ABSENCE_REASONS = ["OFFICIAL", "PERSONAL", "SICK", "OTHER"] as const;

export type OrgLifeKindName = (typeof ORG_LIFE_KINDS)[number];
export type LecturerTypeName = (typeof LECTURER_TYPES)[number];
export type AbsenceReasonName = (typeof ABSENCE_REASONS)[number];

// Required frequencies (how often each kind must be held), configurable by the Party office.
export const FREQUENCIES = ["MONTH", "QUARTER", "HALF", "YEAR", "NONE"] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export type Frequencies = Record<OrgLifeKindName, Frequency>;

export const DEFAULT_FREQUENCIES: Frequencies = {
  PARTY_CONGRESS: "QUARTER",
  COMMITTEE_MEETING: "MONTH",
  GROUP_MEETING: "MONTH",
  PARTY_LECTURE: "QUARTER",
  THEME_DAY: "MONTH",
  ORG_LIFE_MEETING: "YEAR",
  DEMOCRATIC_REVIEW: "YEAR",
  HEART_TALK: "NONE",
};
