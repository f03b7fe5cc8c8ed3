import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { BranchScope } from "@/lib/org/scope";
import type { OrgLifeKindName } from "../schema";

export interface MeetingsOfKind {
  kind: OrgLifeKindName;
  meetings: number;
  /** 支委会 that studied business work (研究业务工作); 0 for other kinds. */
  studiedBusiness: number;
}

/** Organisational-life meetings held in a year per kind, within the scope and optionally a campaign. */
export async function meetingsByKind(scope: BranchScope, filter: { year: number; campaignId?: string }): Promise<MeetingsOfKind[]> {
  return db.$queryRaw<MeetingsOfKind[]>(Prisma.sql`
    SELECT m.kind::text AS kind, count(*)::int AS meetings, count(*) FILTER (WHERE m."studiedBusiness")::int AS "studiedBusiness"
    FROM "OrgLifeMeeting" m
    WHERE m."deletedAt" IS NULL
      AND m.date BETWEEN make_date(${filter.year}::int, 1, 1) AND make_date(${filter.year}::int, 12, 31)
      ${scope.kind === "units" ? Prisma.sql`AND m."orgUnitId" IN (${Prisma.join(scope.unitIds)})` : Prisma.empty}
      ${filter.campaignId ? Prisma.sql`AND ${filter.campaignId} = ANY (m."campaignIds")` : Prisma.empty}
    GROUP BY m.kind
    ORDER BY m.kind`);
}
