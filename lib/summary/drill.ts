import type { SummaryMetricKey } from "./metric-keys";

/** Where a figure's records are listed: the dashboards' drill-down for the metric, period and branch. */
export function drillHref(metric: SummaryMetricKey, window: { from: string; to: string }, orgUnitId: string | null): string {
  const params = new URLSearchParams({ from: window.from, to: window.to });
  if (orgUnitId) params.set("branch", orgUnitId);
  return `/dashboard/drill/${encodeURIComponent(metric)}?${params}`;
}
