import { Prisma } from "@/lib/generated/prisma/client";
import { formatCalendarDate, periodByIndex } from "@/lib/dates";

/**
 * The `where` every yearly figure starts from: live rows dated in the calendar year and, when a
 * branch is given, recorded by that branch. Shared by the integrity and mass figures.
 */
export function yearScope(year: number, branchId?: string) {
  const { start, end } = periodByIndex("year", year, 1);
  return { deletedAt: null, date: { gte: start, lte: end }, ...(branchId ? { orgUnitId: branchId } : {}) };
}

/** Zero for every value of an enum, then the counts a groupBy found. */
export function countsByValue<K extends string>(values: readonly K[], rows: { key: K | null; count: number }[]): Record<K, number> {
  const counts = Object.fromEntries(values.map((value) => [value, 0])) as Record<K, number>;
  for (const row of rows) if (row.key !== null) counts[row.key] += row.count;
  return counts;
}

/** SQL: a calendar-date column within the year. Dates travel as text: a timestamp parameter would shift with the session's time zone. */
export function inYearSql(column: Prisma.Sql, year: number): Prisma.Sql {
  const { start, end } = periodByIndex("year", year, 1);
  return Prisma.sql`${column} BETWEEN ${formatCalendarDate(start)}::date AND ${formatCalendarDate(end)}::date`;
}
