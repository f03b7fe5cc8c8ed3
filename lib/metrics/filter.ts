import { z } from "zod";
import { periodByIndex, todayInOrgan, type Period } from "@/lib/dates";

// The filter every dashboard figure, drill-down and summary figure is read under: a year and,
// optionally, one half, quarter or month of it and one branch. It lives in the URL
// (?year=2026&quarter=2&branch=…) so a view can be shared and the back button works. Client-safe.

const optionalIndex = (max: number) => z.coerce.number().int().min(1).max(max).optional().catch(undefined);

export const metricFilterSchema = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .catch(() => todayInOrgan().getUTCFullYear()),
  half: optionalIndex(2),
  quarter: optionalIndex(4),
  month: optionalIndex(12),
  branch: z.string().trim().min(1).max(40).optional().catch(undefined),
});

export type MetricFilter = z.output<typeof metricFilterSchema>;

export const FILTER_KEYS = ["year", "half", "quarter", "month", "branch"] as const;

/** The filter's period: the narrowest of month, quarter and half that is set, else the whole year. */
export function filterPeriod(filter: MetricFilter): Period {
  if (filter.month) return periodByIndex("month", filter.year, filter.month);
  if (filter.quarter) return periodByIndex("quarter", filter.year, filter.quarter);
  if (filter.half) return periodByIndex("half", filter.year, filter.half);
  return periodByIndex("year", filter.year, 1);
}

/** The same period a year earlier: the headline's comparison. */
export function sameLastYear(filter: MetricFilter): MetricFilter {
  return { ...filter, year: filter.year - 1 };
}

/** One half of the filter's year, keeping the branch. */
export function halfOf(filter: MetricFilter, half: 1 | 2): MetricFilter {
  return { year: filter.year, half, branch: filter.branch };
}

/** The filter as a query string ("?year=2026&quarter=2"), leaving out what is not set. */
export function filterQuery(filter: Partial<MetricFilter>, extra: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value !== undefined && value !== "") query.set(key, String(value));
  }
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) query.set(key, value);
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** The drill-down page of a figure under a filter, optionally narrowed to one part of its breakdown. */
export function drillHref(metricKey: string, filter: Partial<MetricFilter>, part?: string): string {
  return `/dashboard/drill/${metricKey}${filterQuery(filter, { part })}`;
}
