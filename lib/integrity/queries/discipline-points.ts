import "server-only";
import { db } from "@/lib/db/client";
import type { Db } from "@/lib/db/connect";

export interface DisciplinePoints {
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
}

/**
 * 纪检工作要点 of the year: WorkTask rows of list DISCIPLINE_POINTS (kept on the management
 * pages), counted by status.
 */
export async function disciplinePoints(year: number, client: Db = db): Promise<DisciplinePoints> {
  const rows = await client.workTask.groupBy({
    by: ["status"],
    where: { year, listKind: "DISCIPLINE_POINTS", deletedAt: null },
    _count: { _all: true },
  });
  const of = (status: (typeof rows)[number]["status"]) => rows.find((row) => row.status === status)?._count._all ?? 0;
  const done = of("DONE");
  const inProgress = of("IN_PROGRESS");
  const notStarted = of("NOT_STARTED");
  return { total: done + inProgress + notStarted, done, inProgress, notStarted };
}
