import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Db } from "@/lib/db/connect";
import { inYearSql } from "@/lib/integrity/queries/year-scope";

export interface YouthRepresentatives {
  /** Youth representatives who attended (列席) a central-group study, counted per attendance (人次). */
  attendances: number;
  /** Central-group studies that had at least one youth representative. */
  sessionsWithYouth: number;
  /** Central-group studies of the year in all: "每次中心组学习选派2名优秀代表列席" compares the two. */
  centralGroupSessions: number;
}

/**
 * Youth representatives sent to the Party group's central-group study (党组理论学习中心组), from the
 * education records' 列席 list: StudyNonVoting rows tagged YOUTH_REP of StudySession level PARTY_GROUP.
 */
export async function youthRepresentatives(year: number, client: Db = db): Promise<YouthRepresentatives> {
  const [row] = await client.$queryRaw<YouthRepresentatives[]>(Prisma.sql`
    SELECT
      count(n.id)::int AS attendances,
      count(DISTINCT n."sessionId")::int AS "sessionsWithYouth",
      count(DISTINCT s.id)::int AS "centralGroupSessions"
    FROM "StudySession" s
    LEFT JOIN "StudyNonVoting" n ON n."sessionId" = s.id AND n.tag = 'YOUTH_REP'
    WHERE s.level = 'PARTY_GROUP' AND s."deletedAt" IS NULL
      AND ${inYearSql(Prisma.sql`s.date`, year)}`);
  return row;
}
