// Choices of rectification records, without zod: forms render them on first paint and load the schemas
// (./schema, which re-exports these) only when the user starts working in a form.

export const RECTIFICATION_SOURCES = ["DEMOCRATIC_LIFE", "ORG_LIFE_MEETING", "REVIEW_FEEDBACK", "SUPERVISION", "INSPECTION", "THEME_EDUCATION", "INTEGRITY_CHECK", "OTHER"] as const;
export type RectificationSourceName = (typeof RECTIFICATION_SOURCES)[number];
export const RECTIFICATION_CLASSES = ["IMMEDIATE", "DEADLINE", "LONG_TERM"] as const;
/** In workflow order: the board's columns. */
export const RECTIFICATION_STATUSES = ["PENDING", "IN_PROGRESS", "AWAITING_ACCEPTANCE", "CLOSED"] as const;
export type RectificationStatusName = (typeof RECTIFICATION_STATUSES)[number];
