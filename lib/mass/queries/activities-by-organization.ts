import "server-only";
import { db } from "@/lib/db/client";
import type { Db } from "@/lib/db/connect";
import { yearScope } from "@/lib/integrity/queries/year-scope";

/** 群团活动 of the year per organising body (工会、团委 …), by organisation id. */
export async function massActivitiesByOrganization(year: number, client: Db = db): Promise<Map<string, number>> {
  const rows = await client.massActivity.groupBy({
    by: ["organizationId"],
    where: { ...yearScope(year), organizationId: { not: null } },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.organizationId!, row._count._all]));
}
