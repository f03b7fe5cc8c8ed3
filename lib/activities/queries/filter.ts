import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { readableRecordsSql, type BranchScope } from "@/lib/org/scope";

export interface ActivityCountFilter {
  year: number;
  campaignId?: string;
}

/** The `WHERE` conditions on a ThemedActivity aliased `a`: live, readable, in the year and the optional campaign. */
export function activityConditions(scope: BranchScope, filter: ActivityCountFilter): Prisma.Sql {
  return Prisma.sql`a."deletedAt" IS NULL
    AND ${readableRecordsSql(scope, Prisma.sql`a."orgUnitId"`)}
    AND a.date BETWEEN make_date(${filter.year}::int, 1, 1) AND make_date(${filter.year}::int, 12, 31)
    ${filter.campaignId ? Prisma.sql`AND ${filter.campaignId} = ANY (a."campaignIds")` : Prisma.empty}`;
}
