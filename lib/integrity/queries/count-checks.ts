import "server-only";
import { db } from "@/lib/db/client";
import type { Db } from "@/lib/db/connect";
import type { SupervisionKindName } from "../schema";
import { yearScope } from "./year-scope";

export interface CheckCount {
  count: number;
  /** The kinds counted, so a sentence built on the figure can say what it covers. */
  kinds: SupervisionKindName[];
}

/**
 * 监督检查 of the year of some kinds. The summary's "对重点项目评审、现场考察等监督20余次" is
 * `countChecks(year, PROJECT_AND_SITE_KINDS)`.
 */
export async function countChecks(year: number, kinds: readonly SupervisionKindName[], branchId?: string, client: Db = db): Promise<CheckCount> {
  const count = await client.supervisionCheck.count({ where: { ...yearScope(year, branchId), kind: { in: [...kinds] } } });
  return { count, kinds: [...kinds] };
}

/** The kinds behind "对重点项目评审、现场考察等监督". */
export const PROJECT_AND_SITE_KINDS = ["PROJECT_REVIEW", "SITE_INSPECTION"] as const satisfies readonly SupervisionKindName[];
