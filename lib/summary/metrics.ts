import "server-only";
import { db } from "@/lib/db/client";
import type { Db, Tx } from "@/lib/db/connect";
import { todayInOrgan } from "@/lib/dates";
import { contextFor, evaluateBatch, metricEnvironment } from "@/lib/metrics/evaluate";
import type { MetricFilter } from "@/lib/metrics/filter";
import { isMetricKey as isRegistryMetric, METRICS } from "@/lib/metrics/registry";
import type { SummaryPeriod } from "./schema";
import { SUMMARY_FIGURES, type FigureSpan, type FigureValues, type SummaryMetricKey } from "./metric-keys";

// The summary's figures, all evaluated by the metric registry in one statement.

export interface MetricWindow {
  /** First and last day of the summarised period, as calendar dates (yyyy-mm-dd). */
  from: string;
  to: string;
  year: number;
  period: SummaryPeriod;
  /** null: the whole organ; otherwise the branch's units (a branch summary). */
  unitIds: string[] | null;
}

export function metricWindow(year: number, period: SummaryPeriod, unitIds: string[] | null): MetricWindow {
  const from = period === "H2" ? `${year}-07-01` : `${year}-01-01`;
  const to = period === "H1" ? `${year}-06-30` : `${year}-12-31`;
  return { from, to, year, period, unitIds };
}

/** The registry filter of a figure's span (the period's half, or the half the figure asks for). */
export function spanFilter(window: Pick<MetricWindow, "year" | "period">, span: FigureSpan): Omit<MetricFilter, "branch"> {
  if (span === "h1") return { year: window.year, half: 1 };
  if (span === "h2") return { year: window.year, half: 2 };
  return window.period === "YEAR" ? { year: window.year } : { year: window.year, half: window.period === "H1" ? 1 : 2 };
}

/** Every figure of the window in one query. A figure with nothing behind it (a rate over no rows) is 0. */
export async function computeFigures(window: MetricWindow, client: Db | Tx = db, today: Date = todayInOrgan()): Promise<FigureValues> {
  const env = await metricEnvironment(window.unitIds ? { kind: "units", unitIds: window.unitIds } : { kind: "all" }, client, today);
  const keys = Object.keys(SUMMARY_FIGURES) as SummaryMetricKey[];
  const requests = keys.map((key) => {
    const spec = SUMMARY_FIGURES[key];
    if (!isRegistryMetric(spec.metric)) throw new Error(`summary figure ${key} names no registry metric ${spec.metric}`);
    return { metric: METRICS[spec.metric], ctx: contextFor(env, spanFilter(window, spec.span)) };
  });
  const { figures } = await evaluateBatch(requests, [], client);
  return Object.fromEntries(keys.map((key, index) => [key, Math.round(Number(figures[index].value ?? 0))])) as FigureValues;
}
