import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Inbox } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ListPagination } from "@/components/records/list-pagination";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { DrillQuery, loadDrillDown } from "@/lib/dashboard/pages";
import { formatCalendarDate } from "@/lib/dates";
import { filterQuery } from "@/lib/metrics/filter";
import { METRICS, type MetricKey } from "@/lib/metrics/registry";
import type { MetricColumn } from "@/lib/metrics/types";
import { RECORD_TYPES } from "@/lib/records/registry";
import { formatFigure } from "./format";

type DrillDownProps = { metricKey: MetricKey; query: DrillQuery } & Awaited<ReturnType<typeof loadDrillDown>>;

/** The rows behind one figure, with the columns the metric declares; a row opens its record where it has a page. */
export async function DrillDown({ metricKey, query, figure, list, period, backHref }: DrillDownProps) {
  const t = await getTranslations();
  const metric = METRICS[metricKey];
  const cell = (column: MetricColumn, value: unknown) => {
    if (value === null || value === undefined) return "—";
    if (column.type === "date" && value instanceof Date) return formatCalendarDate(value);
    if (column.type === "enum" && column.enumLabels) return t(`${column.enumLabels}.${String(value)}`);
    return String(value);
  };
  const { part } = query;
  const filter = { year: query.year, half: query.half, quarter: query.quarter, month: query.month, branch: query.branch };
  const partLabel = part && metric.breakdown?.enumLabels ? t(`${metric.breakdown.enumLabels}.${part}`) : part;
  return (
    <div className="grid gap-4">
      <PageHeader
        title={partLabel ? t("dashboard.drill.titlePart", { metric: t(`dashboard.metrics.${metric.labelKey}`), part: partLabel }) : t(`dashboard.metrics.${metric.labelKey}`)}
        description={t("dashboard.drill.description", { start: period.start, end: period.end })}
        actions={
          <Link href={`${backHref}${backHref === "/dashboard" ? filterQuery(filter) : ""}`} className={buttonVariants({ variant: "outline", size: "sm" })}>
            {t("dashboard.drill.back")}
          </Link>
        }
      />
      <p className="text-sm" data-testid="drill-figure">
        {t("dashboard.drill.figure", { value: formatFigure(part ? list.total : figure.value, part ? "count" : metric.unit, t), rows: list.total })}
      </p>
      {list.total === 0 ? (
        <EmptyState icon={<Inbox />} title={t("dashboard.drill.empty")} />
      ) : (
        <>
          <Table data-testid="drill-table">
            <TableHeader>
              <TableRow>
                {metric.columns.map((column) => (
                  <TableHead key={column.key}>{t(`dashboard.columns.${column.labelKey}`)}</TableHead>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.rows.map((row) => {
                const href = metric.link ? RECORD_TYPES[metric.link.type].href(String(row[metric.link.column ?? "id"])) : null;
                return (
                  <TableRow key={row.id}>
                    {metric.columns.map((column, index) => (
                      <TableCell key={column.key} className={column.type === "number" ? "tabular-nums" : undefined}>
                        {index === 1 && href ? (
                          <Link href={href} className="underline-offset-4 hover:underline">
                            {cell(column, row[column.key])}
                          </Link>
                        ) : (
                          cell(column, row[column.key])
                        )}
                      </TableCell>
                    ))}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <ListPagination page={list.page} pageSize={list.pageSize} total={list.total} hrefForPage={(page) => `/dashboard/drill/${metricKey}${filterQuery(filter, { part, page: page > 1 ? String(page) : undefined })}`} />
        </>
      )}
    </div>
  );
}
