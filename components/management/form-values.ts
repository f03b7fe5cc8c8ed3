import { formatCalendarDate } from "@/lib/dates";
import { sectionDef, type SectionSlug } from "@/lib/management/sections";

/** A stored record as the values of its edit form: dates as YYYY-MM-DD, lists of branches as ids. */
export function formValues(slug: SectionSlug, row: Record<string, unknown>): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const field of sectionDef(slug).fields) {
    const value = row[field.name];
    if (field.kind === "participants") values[field.name] = (row.branches as { orgUnit: { id: string } }[]).map((branch) => branch.orgUnit.id);
    else if (field.kind === "branchIds") values[field.name] = value as string[];
    else if (value instanceof Date) values[field.name] = formatCalendarDate(value);
    else if (value !== null && value !== undefined) values[field.name] = String(value);
  }
  return values;
}
