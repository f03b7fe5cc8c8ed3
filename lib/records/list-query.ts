import { z } from "zod";
import { parseCalendarDate } from "@/lib/dates";

// The query string of a record list. Every field falls back to "not filtered" when the URL holds
// something unusable (a typo, a stale link, a repeated parameter), so a bad URL never fails the page.
// Client-safe.

const optionalId = () => z.string().trim().min(1).max(40).optional().catch(undefined);

const optionalDate = () =>
  z
    .string()
    .optional()
    .transform((value) => (value ? (parseCalendarDate(value) ?? undefined) : undefined))
    .catch(undefined);

/** A list filter among fixed values (a kind, a status): anything else means "all". */
export const listChoice = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional().catch(undefined);

export const recordListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((value) => value || undefined)
    .catch(undefined),
  branch: optionalId(),
  from: optionalDate(),
  to: optionalDate(),
  campaign: optionalId(),
  /** Areas narrow these with `.extend({ status: listChoice(STATUSES) })`. */
  status: z.string().trim().max(40).optional().catch(undefined),
  kind: z.string().trim().max(40).optional().catch(undefined),
});

export type RecordListQuery = z.output<typeof recordListQuerySchema>;

/** A Prisma filter on a calendar-date column, both ends inclusive; undefined (no filter) when neither end is set. */
export function dateRangeWhere(from: Date | undefined, to: Date | undefined): { gte?: Date; lte?: Date } | undefined {
  if (!from && !to) return undefined;
  return { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) };
}

export function pageArgs(page: number, pageSize: number): { skip: number; take: number } {
  return { skip: (Math.max(1, page) - 1) * pageSize, take: pageSize };
}

/** A list URL with its current parameters and another page: for Pagination's hrefForPage. */
export function listPageHref(basePath: string, params: Record<string, string | string[] | undefined>, page: number): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (name === "page" || value === undefined) continue;
    for (const single of Array.isArray(value) ? value : [value]) if (single !== "") query.append(name, single);
  }
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `${basePath}?${text}` : basePath;
}
