import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { todayInOrgan } from "@/lib/dates";
import { taskProgress } from "./queries/task-progress";
import type { TaskListQuery } from "./schema";
import { listStudyForms, listStudyTasks } from "./service";

/** The checklist page of a year: its forms, the filtered tasks and the year's progress. */
export async function loadChecklistPage(user: CurrentUser, query: TaskListQuery) {
  const today = todayInOrgan();
  const year = query.year ?? today.getUTCFullYear();
  const [forms, tasks, progress] = await Promise.all([listStudyForms(user, year), listStudyTasks(user, year, query), taskProgress(year, today)]);
  return { year, today, forms, tasks, progress };
}

export type ChecklistPageData = Awaited<ReturnType<typeof loadChecklistPage>>;
