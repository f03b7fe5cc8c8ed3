import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { BranchScope } from "@/lib/org/scope";
import { activityConditions, type ActivityCountFilter } from "./filter";

export interface ActivitiesOfVehicle {
  vehicleId: string;
  name: string;
  activities: number;
  /** Branches that held at least one activity under the vehicle. */
  branches: number;
  entries: number;
}

/**
 * The year's activity vehicles ("设计11项活动载体") with the activities held under each, including
 * vehicles nothing was held under yet.
 */
export async function activitiesPerVehicle(scope: BranchScope, filter: ActivityCountFilter): Promise<ActivitiesOfVehicle[]> {
  return db.$queryRaw<ActivitiesOfVehicle[]>(Prisma.sql`
    SELECT v.id AS "vehicleId", v.name,
      count(a.id)::int AS activities,
      count(DISTINCT a."orgUnitId")::int AS branches,
      coalesce(sum(a."entryCount"), 0)::int AS entries
    FROM "ActivityVehicle" v
    LEFT JOIN "ThemedActivity" a ON a."vehicleId" = v.id AND ${activityConditions(scope, filter)}
    WHERE v."deletedAt" IS NULL AND v.year = ${filter.year}::int
      ${filter.campaignId ? Prisma.sql`AND v."campaignId" = ${filter.campaignId}` : Prisma.empty}
    GROUP BY v.id, v.name, v."sortOrder"
    ORDER BY v."sortOrder", v.name`);
}
