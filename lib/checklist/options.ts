// Choices of the study checklist, without zod: forms render them on first paint and load the schemas
// (./schema, which re-exports these) only when the user starts working in a form.

export const TASK_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE"] as const;
export type TaskStatusName = (typeof TASK_STATUSES)[number];
/** The list filter adds 逾期 (not done after its deadline) to the stored statuses. */
export const TASK_STATUS_FILTERS = [...TASK_STATUSES, "OVERDUE"] as const;
export type TaskStatusFilter = (typeof TASK_STATUS_FILTERS)[number];
