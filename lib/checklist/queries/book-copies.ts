import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";

export interface BookCopies {
  distributions: number;
  /** Copies handed out ("发放主题教育指定书目X余册"). */
  copies: number;
}

/** Books and materials handed out in a year, optionally for one campaign. */
export async function bookCopies(filter: { year: number; campaignId?: string }): Promise<BookCopies> {
  const [row] = await db.$queryRaw<BookCopies[]>(Prisma.sql`
    SELECT count(*)::int AS distributions, coalesce(sum(b.copies), 0)::int AS copies
    FROM "BookDistribution" b
    WHERE b."deletedAt" IS NULL
      AND b.date BETWEEN make_date(${filter.year}::int, 1, 1) AND make_date(${filter.year}::int, 12, 31)
      ${filter.campaignId ? Prisma.sql`AND ${filter.campaignId} = ANY (b."campaignIds")` : Prisma.empty}`);
  return row;
}
