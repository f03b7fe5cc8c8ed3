import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";

export interface TaskProgress {
  /** 学习形式 of the year that hold at least one task, and all tasks ("10种学习形式37项学习任务"). */
  forms: number;
  tasks: number;
  done: number;
  inProgress: number;
  notStarted: number;
  /** Not done and past the deadline. */
  overdue: number;
  /** Done, but after the deadline. */
  doneLate: number;
}

/** Progress of a year's study checklist on a given day (today in Asia/Shanghai by the caller). */
export async function taskProgress(year: number, today: Date): Promise<TaskProgress> {
  const [row] = await db.$queryRaw<TaskProgress[]>(Prisma.sql`
    SELECT count(DISTINCT t."formId")::int AS forms,
      count(*)::int AS tasks,
      count(*) FILTER (WHERE t.status = 'DONE')::int AS done,
      count(*) FILTER (WHERE t.status = 'IN_PROGRESS')::int AS "inProgress",
      count(*) FILTER (WHERE t.status = 'NOT_STARTED')::int AS "notStarted",
      count(*) FILTER (WHERE t.status <> 'DONE' AND t.deadline < ${today}::date)::int AS overdue,
      count(*) FILTER (WHERE t.status = 'DONE' AND t."completedOn" > t.deadline)::int AS "doneLate"
    FROM "StudyTask" t JOIN "StudyForm" f ON f.id = t."formId"
    WHERE t.year = ${year}::int AND t."deletedAt" IS NULL AND f."deletedAt" IS NULL`);
  return row;
}
