// Choices of supervision records, without zod: forms render them on first paint and load the schemas
// (./schema, which re-exports these) only when the user starts working in a form.

export const SUPERVISION_ROUND_KINDS = ["QUARTERLY", "ANNUAL", "SPECIAL"] as const;
export const FINDING_SCOPES = ["COMMON", "INDIVIDUAL"] as const;
export const SEVERITIES = ["LOW", "MEDIUM", "HIGH"] as const;
export const EVALUATION_GRADES = ["GOOD", "FAIRLY_GOOD", "AVERAGE", "POOR"] as const;
