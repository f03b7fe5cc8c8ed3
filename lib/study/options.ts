// Choices of study sessions, without zod: forms render them on first paint and load the schemas
// (./schema, which re-exports these) only when the user starts working in a form.

export const STUDY_LEVELS = ["PARTY_GROUP", "BRANCH"] as const;
export const STUDY_KINDS = ["CENTRAL_GROUP", "READING_CLASS", "EXPERT_LECTURE", "FIELD_STUDY", "BRANCH_STUDY", "ONLINE", "OTHER"] as const;
export const NON_VOTING_TAGS = ["YOUTH_REP", "OTHER"] as const;
export const SPEAKER_TAGS = ["LEADERSHIP", "UNIT_HEAD", "YOUTH_REP", "OTHER"] as const;

export type StudyLevelName = (typeof STUDY_LEVELS)[number];
export type StudyKindName = (typeof STUDY_KINDS)[number];

/** 中心组集体学习研讨 is the Party group's own kind, 支部集中学习 a branch's; the others suit both. */
export const KINDS_BY_LEVEL: Record<StudyLevelName, readonly StudyKindName[]> = {
  PARTY_GROUP: STUDY_KINDS.filter((kind) => kind !== "BRANCH_STUDY"),
  BRANCH: STUDY_KINDS.filter((kind) => kind !== "CENTRAL_GROUP"),
};
