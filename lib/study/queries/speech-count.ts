import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { BranchScope } from "@/lib/org/scope";
import type { SPEAKER_TAGS } from "../schema";
import { sessionConditions, type StudyCountFilter } from "./filter";

type SpeakerTagName = (typeof SPEAKER_TAGS)[number];

export interface SpeechCount {
  /** Speeches counted one by one (人次): a person speaking at three sessions counts three. */
  speeches: number;
  /** Sessions with at least one speech. */
  sessionsWithSpeeches: number;
  byTag: Record<SpeakerTagName, number>;
}

/** 交流发言 in a year ("累计48人发言"), in total and per speaker tag. */
export async function speechCount(scope: BranchScope, filter: StudyCountFilter): Promise<SpeechCount> {
  const rows = await db.$queryRaw<{ tag: SpeakerTagName | null; speeches: number; sessions: number }[]>(Prisma.sql`
    SELECT sp.tag::text AS tag, count(*)::int AS speeches, count(DISTINCT sp."sessionId")::int AS sessions
    FROM "StudySpeech" sp JOIN "StudySession" s ON s.id = sp."sessionId"
    WHERE ${sessionConditions(scope, filter)}
    GROUP BY ROLLUP (sp.tag)`);
  const byTag: Record<SpeakerTagName, number> = { LEADERSHIP: 0, UNIT_HEAD: 0, YOUTH_REP: 0, OTHER: 0 };
  let total = { speeches: 0, sessions: 0 };
  for (const row of rows) {
    // ROLLUP's grand-total row has no tag.
    if (row.tag === null) total = row;
    else byTag[row.tag] = row.speeches;
  }
  return { speeches: total.speeches, sessionsWithSpeeches: total.sessions, byTag };
}
