import "server-only";
import { db } from "@/lib/db/client";
import type { Db } from "@/lib/db/connect";
import { LETTER_LEVELS } from "../schema";
import { yearScope } from "./year-scope";

type LetterLevelName = (typeof LETTER_LEVELS)[number];

export interface ResponsibilityLetters {
  /** Signing rounds recorded. */
  rounds: number;
  /** Letters signed in all rounds. */
  letters: number;
  byLevel: Record<LetterLevelName, { rounds: number; letters: number }>;
}

/** 党风廉政建设责任书 signed in the year, per level (党组–处室, 处室–个人): "层层签订". */
export async function responsibilityLetters(year: number, branchId?: string, client: Db = db): Promise<ResponsibilityLetters> {
  const rows = await client.integrityActivity.groupBy({
    by: ["letterLevel"],
    where: { ...yearScope(year, branchId), kind: "RESPONSIBILITY_LETTER" },
    _count: { _all: true },
    _sum: { lettersSigned: true },
  });
  const byLevel = Object.fromEntries(LETTER_LEVELS.map((level) => [level, { rounds: 0, letters: 0 }])) as ResponsibilityLetters["byLevel"];
  for (const row of rows) {
    if (row.letterLevel) byLevel[row.letterLevel] = { rounds: row._count._all, letters: row._sum.lettersSigned ?? 0 };
  }
  const levels = Object.values(byLevel);
  return { rounds: levels.reduce((sum, level) => sum + level.rounds, 0), letters: levels.reduce((sum, level) => sum + level.letters, 0), byLevel };
}
