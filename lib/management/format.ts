import { formatCalendarDate } from "@/lib/dates";
import type { FieldDef } from "./sections";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A field of a management record as text (pages and ledgers): labels for enums, names for linked records. */
export function fieldText(field: FieldDef, row: Record<string, unknown>, t: Translate, branchNames?: Map<string, string>): string | null {
  const value = row[field.name];
  switch (field.kind) {
    case "date":
      return value instanceof Date ? formatCalendarDate(value) : null;
    case "enum":
      return typeof value === "string" ? t(`enums.${field.enumName}.${value}`) : null;
    case "unit":
      return (row.orgUnit as { name: string } | null)?.name ?? t("organLevel");
    case "leader":
      return (row.responsibleLeader as { displayName: string } | null)?.displayName ?? null;
    case "partner":
      return (row.partner as { name: string } | null)?.name ?? null;
    case "participants":
      return (row.branches as { orgUnit: { name: string } }[]).map((branch) => branch.orgUnit.name).join("、");
    case "branchIds": {
      const ids = value as string[];
      if (ids.length === 0) return t("allBranches");
      const names = ids.map((id) => branchNames?.get(id)).filter(Boolean);
      return names.length === ids.length ? names.join("、") : t("branchCount", { count: ids.length });
    }
    case "period":
      return typeof value === "number" ? t(row.kind === "HALF_YEAR_SUMMARY" ? "halfLabel" : "quarterLabel", { period: value }) : null;
    default:
      return value === null || value === undefined ? null : String(value);
  }
}
