import { filterQuery } from "@/lib/metrics/filter";
import { SUMMARY_FIGURES, type FigureSpan, type SummaryMetricKey } from "./metric-keys";
import type { SummaryPeriod } from "./schema";

/** The dashboards' filter of a figure's span: the summary's period, or the half of its year the figure compares. */
function spanHalf(period: SummaryPeriod, span: FigureSpan): number | undefined {
  if (span === "h1") return 1;
  if (span === "h2") return 2;
  return period === "H1" ? 1 : period === "H2" ? 2 : undefined;
}

/** Where a figure's records are listed: the dashboards' drill-down of its registry metric, over the same span and branch. */
export function drillHref(figure: SummaryMetricKey, summary: { year: number; period: SummaryPeriod }, orgUnitId: string | null): string {
  const spec = SUMMARY_FIGURES[figure];
  return `/dashboard/drill/${encodeURIComponent(spec.metric)}${filterQuery({ year: summary.year, half: spanHalf(summary.period, spec.span), branch: orgUnitId ?? undefined })}`;
}
