import "server-only";
import { db } from "@/lib/db/client";
import type { Db } from "@/lib/db/connect";
import { TALK_TYPES } from "../schema";
import { countsByValue, yearScope } from "./year-scope";

export type TalksByType = Record<(typeof TALK_TYPES)[number], number>;

/** 廉政谈话 of the year per type (个别、集体、提醒). Counts only: no talk's content leaves here. */
export async function talksByType(year: number, branchId?: string, client: Db = db): Promise<TalksByType> {
  const rows = await client.integrityActivity.groupBy({
    by: ["talkType"],
    where: { ...yearScope(year, branchId), kind: "TALK" },
    _count: { _all: true },
  });
  return countsByValue(TALK_TYPES, rows.map((row) => ({ key: row.talkType, count: row._count._all })));
}
