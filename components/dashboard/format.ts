import type { MetricUnit } from "@/lib/metrics/types";

/** A figure as shown: a dash when there is nothing to measure (a rate over no rows). */
export function formatFigure(value: number | null | undefined, unit: MetricUnit, t: (key: string, values?: Record<string, string | number>) => string): string {
  if (value === null || value === undefined) return "—";
  if (unit === "percent") return t("dashboard.units.percent", { value });
  if (unit === "days") return t("dashboard.units.days", { value });
  return String(value);
}
