import "server-only";
import { db } from "@/lib/db/client";
import type { Db } from "@/lib/db/connect";
import { SUPERVISION_KINDS, type SupervisionKindName } from "../schema";
import { countsByValue, yearScope } from "./year-scope";

export type ChecksByKind = Record<SupervisionKindName, number>;

/** 监督检查 of the year per kind. */
export async function checksByKind(year: number, branchId?: string, client: Db = db): Promise<ChecksByKind> {
  const rows = await client.supervisionCheck.groupBy({ by: ["kind"], where: yearScope(year, branchId), _count: { _all: true } });
  return countsByValue(SUPERVISION_KINDS, rows.map((row) => ({ key: row.kind, count: row._count._all })));
}
