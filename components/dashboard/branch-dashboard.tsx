import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { BranchDashboardData } from "@/lib/dashboard/branch";
import { drillHref } from "@/lib/metrics/filter";
import { METRICS } from "@/lib/metrics/registry";
import { RECORD_TYPES } from "@/lib/records/registry";
import { LEVEL_VARIANT } from "./behind-lists";
import { formatFigure } from "./format";

const QUICK_LINKS = [
  { href: "/education/org-life/new", labelKey: "orgLife" },
  { href: "/education/study/new", labelKey: "study" },
  { href: "/education/activities/new", labelKey: "themed" },
  { href: "/integrity/activities/new", labelKey: "integrity" },
  { href: "/mass/activities/new", labelKey: "mass" },
] as const;

export async function BranchDashboard({ data }: { data: BranchDashboardData }) {
  const t = await getTranslations();
  const filter = { year: data.year };
  return (
    <div className="grid gap-6">
      <PageHeader title={t("dashboard.branch.title")} description={t("dashboard.branch.description", { branch: data.branchName, year: data.year })} />
      <nav aria-label={t("dashboard.branch.quickLinks")} className="flex flex-wrap gap-2">
        {QUICK_LINKS.map((link) => (
          <Link key={link.href} href={link.href} className={buttonVariants({ variant: "outline", size: "sm" })}>
            {t(`dashboard.branch.links.${link.labelKey}`)}
          </Link>
        ))}
      </nav>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle className="text-base">{t("dashboard.branch.due")}</CardTitle>
          </CardHeader>
          <CardContent>
            {data.dueThisMonth.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t("dashboard.branch.dueEmpty")}</p>
            ) : (
              <ul className="grid gap-2 text-sm" data-testid="due-this-month">
                {data.dueThisMonth.map((row) => (
                  <li key={row.kind} className="flex items-center justify-between gap-2">
                    <span>{t(`orgLife.kinds.${row.kind}`)}</span>
                    <span className="text-xs text-muted-foreground">{t("dashboard.branch.dueBy", { date: row.end, met: row.met, due: row.due })}</span>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle className="text-base">{t("dashboard.branch.items")}</CardTitle>
          </CardHeader>
          <CardContent>
            {data.openItems.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t("dashboard.branch.itemsEmpty")}</p>
            ) : (
              <ul className="grid gap-2 text-sm" data-testid="open-items">
                {data.openItems.map((item) => (
                  <li key={item.id} className="flex min-w-0 items-center gap-2">
                    <Badge variant={LEVEL_VARIANT[item.level]}>{t(`dashboard.levels.${item.level}`)}</Badge>
                    <Link href={RECORD_TYPES.RectificationItem.href(item.id)} className="min-w-0 flex-1 truncate hover:underline">
                      {item.problem}
                    </Link>
                    <span className="shrink-0 text-xs text-muted-foreground tabular-nums">{item.deadline}</span>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>
      <section aria-labelledby="branch-figures" className="grid gap-3">
        <h2 id="branch-figures" className="text-lg font-semibold">
          {t("dashboard.branch.figures", { year: data.year })}
        </h2>
        <Table data-testid="branch-figures">
          <TableHeader>
            <TableRow>
              <TableHead>{t("dashboard.branch.figure")}</TableHead>
              <TableHead className="text-right">{t("dashboard.branch.mine")}</TableHead>
              <TableHead className="text-right">{t("dashboard.branch.organAverage")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.figures.map((figure) => {
              const metric = METRICS[figure.key];
              return (
                <TableRow key={figure.key}>
                  <TableHead scope="row">{t(`dashboard.metrics.${metric.labelKey}`)}</TableHead>
                  <TableCell className="text-right tabular-nums">
                    <Link href={drillHref(figure.key, filter)} className="underline-offset-4 hover:underline" data-testid={`figure-${figure.key}`}>
                      {formatFigure(figure.branch.value, metric.unit, t)}
                    </Link>
                  </TableCell>
                  <TableCell className="text-right text-muted-foreground tabular-nums">{formatFigure(figure.organAverage, metric.unit, t)}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </section>
    </div>
  );
}
