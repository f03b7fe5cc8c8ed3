// Choices of the organisation tree, without zod: forms render them on first paint and load the schemas
// (./schema, which re-exports these) only when the user starts working in a form.

export const ORG_UNIT_TYPES = ["COMMITTEE", "GENERAL_BRANCH", "BRANCH", "GROUP"] as const;
export type OrgUnitTypeName = (typeof ORG_UNIT_TYPES)[number];

/** Which unit types may sit under which: the 机关党委 at the top, 党小组 only under a branch. */
export const ALLOWED_PARENT_TYPES: Record<OrgUnitTypeName, readonly (OrgUnitTypeName | null)[]> = {
  COMMITTEE: [null],
  GENERAL_BRANCH: ["COMMITTEE"],
  BRANCH: ["COMMITTEE", "GENERAL_BRANCH"],
  GROUP: ["BRANCH"],
};
