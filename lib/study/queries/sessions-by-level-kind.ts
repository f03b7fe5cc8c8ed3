import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { BranchScope } from "@/lib/org/scope";
import type { StudyKindName, StudyLevelName } from "../schema";
import { sessionConditions, type StudyCountFilter } from "./filter";

export interface SessionsByLevelKind {
  level: StudyLevelName;
  kind: StudyKindName;
  sessions: number;
}

/** Study sessions held in a year, per level and kind ("开展中心组学习12次"). */
export async function sessionsByLevelAndKind(scope: BranchScope, filter: StudyCountFilter): Promise<SessionsByLevelKind[]> {
  return db.$queryRaw<SessionsByLevelKind[]>(Prisma.sql`
    SELECT s.level::text AS level, s.kind::text AS kind, count(*)::int AS sessions
    FROM "StudySession" s
    WHERE ${sessionConditions(scope, filter)}
    GROUP BY s.level, s.kind
    ORDER BY s.level, s.kind`);
}
