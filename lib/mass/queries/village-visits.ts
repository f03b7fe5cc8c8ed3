import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Db } from "@/lib/db/connect";
import { inYearSql } from "@/lib/integrity/queries/year-scope";
import { VILLAGE_SERVICES } from "../schema";

export interface VillageVisits {
  visits: number;
  peopleServed: number;
  /** Visits that delivered each service (技能培训、物资捐助、健康义诊 …). */
  visitsByService: Record<(typeof VILLAGE_SERVICES)[number], number>;
}

/** 赴“双联共建”村 in the year: visits, people served, and how often each service was delivered. */
export async function villageVisits(year: number, branchId?: string, client: Db = db): Promise<VillageVisits> {
  const where = Prisma.sql`a.kind = 'VILLAGE_VISIT' AND a."deletedAt" IS NULL
    AND ${inYearSql(Prisma.sql`a.date`, year)}
    ${branchId ? Prisma.sql`AND a."orgUnitId" = ${branchId}` : Prisma.empty}`;
  const [[totals], services] = await Promise.all([
    client.$queryRaw<{ visits: number; peopleServed: number }[]>(Prisma.sql`
      SELECT count(*)::int AS visits, coalesce(sum(a."peopleServed"), 0)::int AS "peopleServed"
      FROM "MassActivity" a WHERE ${where}`),
    client.$queryRaw<{ service: string; visits: number }[]>(Prisma.sql`
      SELECT s.service, count(*)::int AS visits
      FROM "MassActivity" a CROSS JOIN LATERAL unnest(a.services) AS s(service)
      WHERE ${where} GROUP BY s.service`),
  ]);
  const visitsByService = Object.fromEntries(VILLAGE_SERVICES.map((service) => [service, 0])) as VillageVisits["visitsByService"];
  for (const row of services) if (row.service in visitsByService) visitsByService[row.service as keyof typeof visitsByService] = row.visits;
  return { visits: totals.visits, peopleServed: totals.peopleServed, visitsByService };
}
