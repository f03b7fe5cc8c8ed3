import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { BranchScope } from "@/lib/org/scope";
import { activityConditions, type ActivityCountFilter } from "./filter";

export interface ActivitiesOfBranch {
  /** Null: the Party group's own activities. */
  branchId: string | null;
  branchName: string | null;
  activities: number;
  participants: number;
  entries: number;
}

/** Themed activities of a year per branch ("各基层党组织开展主题活动40余次"). */
export async function activitiesPerBranch(scope: BranchScope, filter: ActivityCountFilter): Promise<ActivitiesOfBranch[]> {
  return db.$queryRaw<ActivitiesOfBranch[]>(Prisma.sql`
    SELECT a."orgUnitId" AS "branchId", u.name AS "branchName",
      count(*)::int AS activities,
      coalesce(sum(a."participantCount"), 0)::int AS participants,
      coalesce(sum(a."entryCount"), 0)::int AS entries
    FROM "ThemedActivity" a LEFT JOIN "OrgUnit" u ON u.id = a."orgUnitId"
    WHERE ${activityConditions(scope, filter)}
    GROUP BY a."orgUnitId", u.name, u."sortOrder"
    ORDER BY u."sortOrder" NULLS FIRST, u.name`);
}
