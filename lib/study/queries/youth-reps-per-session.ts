import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { BranchScope } from "@/lib/org/scope";
import { sessionConditions, type StudyCountFilter } from "./filter";

export interface YouthRepsOfSession {
  sessionId: string;
  date: Date;
  topic: string;
  /** 列席 tagged 青年代表. */
  youthNonVoting: number;
  /** Speeches tagged 青年代表. */
  youthSpeeches: number;
}

/** Youth representatives at each session of a year ("每次中心组学习选派2名优秀代表列席发言"), oldest first. */
export async function youthRepsPerSession(scope: BranchScope, filter: StudyCountFilter): Promise<YouthRepsOfSession[]> {
  return db.$queryRaw<YouthRepsOfSession[]>(Prisma.sql`
    SELECT s.id AS "sessionId", s.date, s.topic,
      (SELECT count(*)::int FROM "StudyNonVoting" n WHERE n."sessionId" = s.id AND n.tag = 'YOUTH_REP') AS "youthNonVoting",
      (SELECT count(*)::int FROM "StudySpeech" sp WHERE sp."sessionId" = s.id AND sp.tag = 'YOUTH_REP') AS "youthSpeeches"
    FROM "StudySession" s
    WHERE ${sessionConditions(scope, filter)}
    ORDER BY s.date, s."createdAt"`);
}
