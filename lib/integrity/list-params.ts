import { formatCalendarDate } from "@/lib/dates";

/** A parsed list query back as URL parameters (for pagination links and ledgers); `page` is left out. */
export function listParams(query: Record<string, string | number | Date | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query)
      .filter(([key, value]) => key !== "page" && value !== undefined && value !== "")
      .map(([key, value]) => [key, value instanceof Date ? formatCalendarDate(value) : String(value)]),
  );
}

/** The href of one page of a filtered list. */
export function pageHref(path: string, params: Record<string, string>, page: number): string {
  return `${path}?${new URLSearchParams({ ...params, ...(page > 1 ? { page: String(page) } : {}) })}`;
}
