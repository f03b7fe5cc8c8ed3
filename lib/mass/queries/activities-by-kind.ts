import "server-only";
import { db } from "@/lib/db/client";
import type { Db } from "@/lib/db/connect";
import { countsByValue, yearScope } from "@/lib/integrity/queries/year-scope";
import { MASS_ACTIVITY_KINDS, type MassActivityKindName } from "../schema";

export type MassActivitiesByKind = Record<MassActivityKindName, number>;

/** 群团活动 of the year per kind: "3次召开工作推进会" is PROMOTION_MEETING, "13次赴双联共建村" VILLAGE_VISIT. */
export async function massActivitiesByKind(year: number, branchId?: string, client: Db = db): Promise<MassActivitiesByKind> {
  const rows = await client.massActivity.groupBy({ by: ["kind"], where: yearScope(year, branchId), _count: { _all: true } });
  return countsByValue(MASS_ACTIVITY_KINDS, rows.map((row) => ({ key: row.kind, count: row._count._all })));
}
