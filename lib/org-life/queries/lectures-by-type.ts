import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { BranchScope } from "@/lib/org/scope";
import type { LecturerTypeName } from "../schema";

export interface LecturesOfType {
  lecturerType: LecturerTypeName;
  lectures: number;
}

/** 党课 given in a year per lecturer type (书记第一讲, 我来讲党课, 领导班子专题党课 …). */
export async function lecturesByType(scope: BranchScope, filter: { year: number; campaignId?: string }): Promise<LecturesOfType[]> {
  return db.$queryRaw<LecturesOfType[]>(Prisma.sql`
    SELECT m."lecturerType"::text AS "lecturerType", count(*)::int AS lectures
    FROM "OrgLifeMeeting" m
    WHERE m."deletedAt" IS NULL AND m.kind = 'PARTY_LECTURE' AND m."lecturerType" IS NOT NULL
      AND m.date BETWEEN make_date(${filter.year}::int, 1, 1) AND make_date(${filter.year}::int, 12, 31)
      ${scope.kind === "units" ? Prisma.sql`AND m."orgUnitId" IN (${Prisma.join(scope.unitIds)})` : Prisma.empty}
      ${filter.campaignId ? Prisma.sql`AND ${filter.campaignId} = ANY (m."campaignIds")` : Prisma.empty}
    GROUP BY m."lecturerType"
    ORDER BY m."lecturerType"`);
}
