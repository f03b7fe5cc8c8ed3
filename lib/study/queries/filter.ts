import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { readableRecordsSql, type BranchScope } from "@/lib/org/scope";
import type { StudyLevelName } from "../schema";

/** What every study count can be narrowed by: a year, a level and a campaign. */
export interface StudyCountFilter {
  year: number;
  level?: StudyLevelName;
  campaignId?: string;
}

/** The `WHERE` conditions on a StudySession aliased `s`: live, readable, in the year, and the optional level and campaign. */
export function sessionConditions(scope: BranchScope, filter: StudyCountFilter): Prisma.Sql {
  return Prisma.sql`s."deletedAt" IS NULL
    AND ${readableRecordsSql(scope, Prisma.sql`s."orgUnitId"`)}
    AND s.date BETWEEN make_date(${filter.year}::int, 1, 1) AND make_date(${filter.year}::int, 12, 31)
    ${filter.level ? Prisma.sql`AND s.level = ${filter.level}::"StudyLevel"` : Prisma.empty}
    ${filter.campaignId ? Prisma.sql`AND ${filter.campaignId} = ANY (s."campaignIds")` : Prisma.empty}`;
}
