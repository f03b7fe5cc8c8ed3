import "server-only";
import { EDUCATION_METRICS } from "./definitions/education";
import { INTEGRITY_MASS_METRICS } from "./definitions/integrity-mass";
import { MANAGEMENT_METRICS } from "./definitions/management";
import type { MetricDefinition } from "./types";

// Every figure the dashboards and the annual summary show, by key. A figure not defined here
// cannot be shown with a drill-down, and the integration test walks this list so none is untested.

const ALL = [...EDUCATION_METRICS, ...MANAGEMENT_METRICS, ...INTEGRITY_MASS_METRICS] as const;

export type MetricKey = (typeof ALL)[number]["key"];

const LIST: readonly MetricDefinition[] = ALL;

export const METRICS = Object.fromEntries(LIST.map((metric) => [metric.key, metric])) as Readonly<Record<MetricKey, MetricDefinition>>;

export const METRIC_KEYS = ALL.map((metric) => metric.key) as MetricKey[];

export function isMetricKey(value: string): value is MetricKey {
  return Object.hasOwn(METRICS, value);
}
