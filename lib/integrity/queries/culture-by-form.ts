import "server-only";
import { db } from "@/lib/db/client";
import type { Db } from "@/lib/db/connect";
import { CULTURE_FORMS } from "../schema";
import { countsByValue, yearScope } from "./year-scope";

export type CultureByForm = Record<(typeof CULTURE_FORMS)[number], number>;

/** 廉洁文化 actions of the year per form (工作方案、讲座、研讨、心得交流、书画摄影展、参观). */
export async function cultureByForm(year: number, branchId?: string, client: Db = db): Promise<CultureByForm> {
  const rows = await client.integrityActivity.groupBy({
    by: ["cultureForm"],
    where: { ...yearScope(year, branchId), kind: "CULTURE" },
    _count: { _all: true },
  });
  return countsByValue(CULTURE_FORMS, rows.map((row) => ({ key: row.cultureForm, count: row._count._all })));
}
