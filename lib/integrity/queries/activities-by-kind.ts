import "server-only";
import { db } from "@/lib/db/client";
import type { Db } from "@/lib/db/connect";
import { INTEGRITY_KINDS, type IntegrityKindName } from "../schema";
import { countsByValue, yearScope } from "./year-scope";

export type IntegrityActivitiesByKind = Record<IntegrityKindName, number>;

/** 廉政活动 of the year per kind (会议、谈话、责任书、倡议书、廉洁文化、警示教育). */
export async function integrityActivitiesByKind(year: number, branchId?: string, client: Db = db): Promise<IntegrityActivitiesByKind> {
  const rows = await client.integrityActivity.groupBy({ by: ["kind"], where: yearScope(year, branchId), _count: { _all: true } });
  return countsByValue(INTEGRITY_KINDS, rows.map((row) => ({ key: row.kind, count: row._count._all })));
}
