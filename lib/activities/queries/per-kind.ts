import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { BranchScope } from "@/lib/org/scope";
import type { ActivityKindName } from "../schema";
import { activityConditions, type ActivityCountFilter } from "./filter";

export interface ActivitiesOfKind {
  kind: ActivityKindName;
  activities: number;
  participants: number;
  /** Entries submitted ("主题演讲比赛，提交作品30篇"). */
  entries: number;
}

/** Themed activities of a year per kind: contests with their entries, base visits, reading activities … */
export async function activitiesPerKind(scope: BranchScope, filter: ActivityCountFilter): Promise<ActivitiesOfKind[]> {
  return db.$queryRaw<ActivitiesOfKind[]>(Prisma.sql`
    SELECT a.kind::text AS kind, count(*)::int AS activities,
      coalesce(sum(a."participantCount"), 0)::int AS participants,
      coalesce(sum(a."entryCount"), 0)::int AS entries
    FROM "ThemedActivity" a
    WHERE ${activityConditions(scope, filter)}
    GROUP BY a.kind
    ORDER BY a.kind`);
}
