// Choices of the roster, without zod: forms render them on first paint and load the schemas
// (./schema, which re-exports these) only when the user starts working in a form.

export const GENDERS = ["MALE", "FEMALE"] as const;
export const MEMBER_STATUSES = ["FULL", "PROBATIONARY"] as const;
export const BRANCH_POSTS = [
  "SECRETARY",
  "DEPUTY_SECRETARY",
  "ORGANIZATION",
  "PUBLICITY",
  "DISCIPLINE",
  "COMMITTEE_MEMBER",
  "GROUP_LEADER",
] as const;
