import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db/connect";
import { formatCalendarDate } from "@/lib/dates";
import type { MetricContext, MetricDefinition } from "@/lib/metrics/types";
import { RECORD_TYPES } from "@/lib/records/registry";

/** One row of a "what is behind" list, ready for the page (and for the cache: no Date objects). */
export interface BehindRow {
  id: string;
  title: string;
  date: string | null;
  branchName: string | null;
  /** The escalation colour of a rectification item. */
  level: string | null;
  href: string | null;
}

/** The first rows of a metric's drill-down, most urgent first (earliest date). */
export async function topRows(metric: MetricDefinition, ctx: MetricContext, limit: number, client: Db | Tx): Promise<BehindRow[]> {
  const rows = await client.$queryRaw<Record<string, unknown>[]>(
    Prisma.sql`SELECT * FROM (${metric.rows(ctx)}) r ORDER BY r.date NULLS LAST, r.id LIMIT ${limit}::int`,
  );
  return rows.map((row) => ({
    id: String(row.id),
    title: String(row.title ?? row.branchName ?? row.quarter ?? ""),
    date: row.date instanceof Date ? formatCalendarDate(row.date) : null,
    branchName: typeof row.branchName === "string" ? row.branchName : null,
    level: typeof row.level === "string" ? row.level : null,
    href: metric.link ? RECORD_TYPES[metric.link.type].href(String(row[metric.link.column ?? "id"])) : null,
  }));
}
