// Choices of theme activities, without zod: forms render them on first paint and load the schemas
// (./schema, which re-exports these) only when the user starts working in a form.

export const ACTIVITY_KINDS = ["SPEECH_CONTEST", "SKILLS_CONTEST", "EDUCATION_BASE_VISIT", "READING", "LECTURE_PLATFORM", "OTHER"] as const;
export type ActivityKindName = (typeof ACTIVITY_KINDS)[number];
