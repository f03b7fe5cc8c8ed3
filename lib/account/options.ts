// Choices of the first-run setup, without zod: forms render them on first paint and load the schemas
// (./schema, which re-exports these) only when the user starts working in a form.

export const SETUP_ADMINS = ["system", "security", "audit"] as const;
