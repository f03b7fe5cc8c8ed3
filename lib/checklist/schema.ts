import { z } from "zod";
import { campaignIdsField } from "@/lib/campaigns/schema";
import { listChoice, recordListQuerySchema } from "@/lib/records/list-query";
import { calendarDate, choice, count, idList, msg, optionalCalendarDate, recordId, requiredText, versionField } from "@/lib/validation";
import { TASK_STATUSES, type TaskStatusName, TASK_STATUS_FILTERS } from "./options";

export * from "./options";

const year = () => count(2100, 2000);

const formFields = {
  year: year(),
  name: requiredText(60),
  sortOrder: z.preprocess((value) => (value === "" || value === undefined ? 0 : value), count(999)),
};

export const createStudyFormSchema = z.object(formFields);
export const updateStudyFormSchema = z.object({ ...formFields, id: recordId(), version: versionField() });

/** 责任单位: typed one per line or separated by commas / 、, or sent as a list from code. */
const unitNames = () =>
  z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split(/[\n,，、;；]/)
            .map((item) => item.trim())
            .filter(Boolean)
        : (value ?? []),
    z.array(z.string().max(60, msg("tooLong", 60))).max(50, msg("atMost", 50)),
  );

const taskFields = {
  formId: recordId(),
  content: requiredText(1000),
  deadline: calendarDate(),
  leadUnit: requiredText(60),
  responsibleUnits: unitNames(),
  status: choice(TASK_STATUSES),
  completedOn: optionalCalendarDate(),
  sessionIds: idList(100),
};

/** A done task says when it was done; an unfinished one has no completion date. */
function checkCompletion(value: { status: TaskStatusName; completedOn: Date | null }, context: z.RefinementCtx) {
  if (value.status === "DONE" && !value.completedOn) context.addIssue({ code: "custom", message: msg("completedOnRequired"), path: ["completedOn"] });
}

export const createStudyTaskSchema = z.object(taskFields).superRefine(checkCompletion);
export const updateStudyTaskSchema = z.object({ ...taskFields, id: recordId(), version: versionField() }).superRefine(checkCompletion);

const bookFields = {
  date: calendarDate(),
  title: requiredText(200),
  copies: count(1_000_000, 1),
  recipients: requiredText(500),
  "campaignIds[]": campaignIdsField(),
};

export const createBookSchema = z.object(bookFields);
export const updateBookSchema = z.object({ ...bookFields, id: recordId(), version: versionField() });

export type CreateStudyFormInput = z.output<typeof createStudyFormSchema>;
export type UpdateStudyFormInput = z.output<typeof updateStudyFormSchema>;
export type CreateStudyTaskInput = z.output<typeof createStudyTaskSchema>;
export type UpdateStudyTaskInput = z.output<typeof updateStudyTaskSchema>;
export type CreateBookInput = z.output<typeof createBookSchema>;
export type UpdateBookInput = z.output<typeof updateBookSchema>;

/** A year in a list's URL; anything unusable means the current year (decided by the page). */
const listYear = () => z.coerce.number().int().min(2000).max(2100).optional().catch(undefined);

/** The checklist's task list: the year, a 学习形式 (the filter bar's "kind"), a status or 逾期, a keyword. */
export const taskListQuerySchema = recordListQuerySchema.extend({ year: listYear(), status: listChoice(TASK_STATUS_FILTERS) });
export type TaskListQuery = z.output<typeof taskListQuerySchema>;

/** The book list: the shared filters (dates, campaign, keyword). */
export const bookListQuerySchema = recordListQuerySchema;
export type BookListQuery = z.output<typeof bookListQuerySchema>;
