import type { Prisma } from "@/lib/generated/prisma/client";
import type { RecordType } from "@/lib/records/registry";
import type { EscalationThresholds } from "@/lib/rectification/escalation";
import type { Frequencies } from "@/lib/org-life/schema";

export type MetricPillar = "EDUCATION" | "MANAGEMENT" | "INTEGRITY" | "MASS";

/**
 * Which branches a figure counts.
 * - all: every branch and the Party group's own (organ-level) records;
 * - branches: every branch's records but not the organ-level ones (the organ average a secretary is shown);
 * - units: these units only (a secretary's branch and its 党小组, or the branch a filter names).
 */
export type UnitFilter = { kind: "all" } | { kind: "branches" } | { kind: "units"; unitIds: string[] };

/** Everything a metric's SQL is built from; made once per request by metricContext(). */
export interface MetricContext {
  year: number;
  /** The filter's period, inclusive calendar dates. */
  start: Date;
  end: Date;
  units: UnitFilter;
  /** Today in Asia/Shanghai: decides overdue and which periods are over. */
  today: Date;
  thresholds: EscalationThresholds;
  frequencies: Frequencies;
}

export type MetricUnit = "count" | "percent" | "days";

export interface MetricColumn {
  /** The column's name in the metric's row SQL. */
  key: string;
  /** Key under `dashboard.columns.` */
  labelKey: string;
  type: "text" | "date" | "number" | "enum";
  /** For enum columns: the message namespace holding the values' labels, e.g. "study.kinds". */
  enumLabels?: string;
}

export interface MetricDefinition {
  /** Stable name used in URLs (/dashboard/drill/<key>) and by the summary, e.g. "education.centralGroupSessions". */
  key: string;
  pillar: MetricPillar;
  /** Key of the figure's name in the message files (dashboard.metrics.*). */
  labelKey: string;
  unit: MetricUnit;
  /**
   * The rows behind the figure: a SELECT with an `id` column (unique among the rows), a `date`
   * column (orders the list, buckets by month) and the declared columns. The figure is an
   * aggregate over exactly these rows and the drill-down lists exactly these rows, so the two
   * cannot disagree.
   */
  rows: (ctx: MetricContext) => Prisma.Sql;
  /** The figure over the rows aliased `r`; a count of the rows unless given. */
  value?: Prisma.Sql;
  columns: readonly MetricColumn[];
  /** Splits the figure by one column (a kind, a status, a channel) whose values are labelled by `enumLabels`. */
  /**
   * Splits the figure by one column: fixed values (a kind, a status, a channel) labelled by
   * `enumLabels`, or, without `values`, whatever the column holds (a branch's name).
   */
  breakdown?: { column: string; enumLabels?: string; values?: readonly string[] };
  /**
   * The period decides more than which rows' `date` falls in it (slots owed, branches covered,
   * items open at its end): each period compared is then computed on its own rather than by
   * splitting one wider set of rows by date.
   */
  undated?: true;
  /**
   * Each row covers a stretch of time from `date` to `periodEnd` (an owed meeting's period) and
   * belongs to every period it overlaps: periods compared are then split from one wider set of
   * rows by overlap rather than by date.
   */
  spans?: true;
  /** The rows are work done (meetings, activities): they make up their pillar's activity by month. */
  activity?: true;
  /** Each row links to this record type's page, taking the id from `linkColumn` (default `id`). */
  link?: { type: RecordType; column?: string };
}
