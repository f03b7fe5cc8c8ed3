import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { PILLARS, type LeadershipData } from "@/lib/dashboard/leadership";
import { DashboardChart } from "./dashboard-chart";

// The four charts, each beside a table of the very numbers it draws (for screen readers, for
// phones, and so the test can hold the chart to the figures).

const PILLAR_COLOURS = { EDUCATION: "#c0392b", MANAGEMENT: "#d68910", INTEGRITY: "#1f618d", MASS: "#229954" } as const;

function ChartCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card className="min-w-0">
      <CardHeader>
        <CardTitle as="h3" className="text-base">
          {title}
        </CardTitle>
      </CardHeader>
      <CardContent className="grid min-w-0 gap-3">{children}</CardContent>
    </Card>
  );
}

function FigureTable({ name, head, rows }: { name: string; head: string[]; rows: { label: string; values: (number | null)[] }[] }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-muted-foreground">{head[0]}</summary>
      <Table data-testid={`${name}-table`} containerClassName="max-h-72">
        <TableHeader>
          <TableRow>
            {head.slice(1).map((cell, index) => (
              <TableHead key={index}>{cell}</TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, rowIndex) => (
            <TableRow key={rowIndex}>
              <TableHead scope="row">{row.label}</TableHead>
              {row.values.map((value, index) => (
                <TableCell key={index} className="tabular-nums" data-value={value ?? ""}>
                  {value ?? "—"}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </details>
  );
}

export async function DashboardCharts({ data }: { data: LeadershipData }) {
  const t = await getTranslations("dashboard");
  const monthLabels = data.activity.months.map((month) => t("filter.monthValue", { value: month }));
  const pillarNames = PILLARS.map((pillar) => t(`pillars.${pillar}`));
  const halfLabels = data.coverage.filters.map((filter) => t("charts.halfLabel", { year: filter.year, half: filter.half ?? 1 }));
  const burnLabels = data.burndown.months.map((month) => t("filter.monthValue", { value: month }));
  const heatMax = Math.max(1, ...data.heatmap.counts.flat());
  const tableHead = (first: string) => [t("charts.figures"), first];

  return (
    <section aria-labelledby="charts-heading" className="grid gap-4">
      <h2 id="charts-heading" className="text-lg font-semibold">
        {t("charts.title")}
      </h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard title={t("charts.activity")}>
          <DashboardChart
            name="activity"
            label={t("charts.activity")}
            height={280}
            option={{
              tooltip: { trigger: "axis" },
              legend: { top: 0 },
              grid: { left: 36, right: 12, top: 36, bottom: 24 },
              xAxis: { type: "category", data: monthLabels },
              yAxis: { type: "value", minInterval: 1 },
              series: PILLARS.map((pillar, index) => ({ type: "bar", stack: "all", name: pillarNames[index], data: data.activity.byPillar[pillar], itemStyle: { color: PILLAR_COLOURS[pillar] } })),
            }}
          />
          <FigureTable
            name="activity"
            head={[...tableHead(t("charts.pillar")), ...monthLabels]}
            rows={PILLARS.map((pillar, index) => ({ label: pillarNames[index], values: data.activity.byPillar[pillar] }))}
          />
        </ChartCard>
        <ChartCard title={t("charts.burndown")}>
          <DashboardChart
            name="burndown"
            label={t("charts.burndown")}
            height={280}
            option={{
              tooltip: { trigger: "axis" },
              grid: { left: 36, right: 12, top: 16, bottom: 24 },
              xAxis: { type: "category", data: burnLabels },
              yAxis: { type: "value", minInterval: 1 },
              series: [{ type: "line", name: t("charts.open"), data: data.burndown.open, areaStyle: {}, itemStyle: { color: "#c0392b" } }],
            }}
          />
          <FigureTable name="burndown" head={[...tableHead(t("charts.series")), ...burnLabels]} rows={[{ label: t("charts.open"), values: data.burndown.open }]} />
        </ChartCard>
        <ChartCard title={t("charts.coverage")}>
          <DashboardChart
            name="coverage"
            label={t("charts.coverage")}
            height={260}
            option={{
              tooltip: { trigger: "axis" },
              grid: { left: 40, right: 12, top: 16, bottom: 24 },
              xAxis: { type: "category", data: halfLabels },
              yAxis: { type: "value", max: 100 },
              series: [{ type: "line", name: t("charts.coverageSeries"), data: data.coverage.values, itemStyle: { color: "#1f618d" } }],
            }}
          />
          <FigureTable name="coverage" head={[...tableHead(t("charts.series")), ...halfLabels]} rows={[{ label: t("charts.coverageSeries"), values: data.coverage.values }]} />
        </ChartCard>
        <ChartCard title={t("charts.heatmap")}>
          {data.heatmap.branches.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("charts.noBranches")}</p>
          ) : (
            <div className="max-h-[28rem] overflow-y-auto">
              <DashboardChart
                name="heatmap"
                label={t("charts.heatmap")}
                height={Math.max(200, data.heatmap.branches.length * 22 + 70)}
                option={{
                  tooltip: { position: "top" },
                  grid: { left: 110, right: 12, top: 8, bottom: 56 },
                  xAxis: { type: "category", data: monthLabels, splitArea: { show: true } },
                  yAxis: { type: "category", data: data.heatmap.branches, axisLabel: { width: 100, overflow: "truncate" } },
                  visualMap: { min: 0, max: heatMax, orient: "horizontal", left: "center", bottom: 0, itemHeight: 80, inRange: { color: ["#fdecea", "#c0392b"] } },
                  series: [
                    {
                      type: "heatmap",
                      name: t("charts.meetings"),
                      data: data.heatmap.counts.flatMap((row, branchIndex) => row.map((count, monthIndex) => [monthIndex, branchIndex, count])),
                      label: { show: true },
                    },
                  ],
                }}
              />
            </div>
          )}
          <FigureTable
            name="heatmap"
            head={[...tableHead(t("charts.branch")), ...monthLabels]}
            rows={data.heatmap.branches.map((branch, index) => ({ label: branch, values: data.heatmap.counts[index] }))}
          />
        </ChartCard>
      </div>
    </section>
  );
}
