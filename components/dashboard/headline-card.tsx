import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { Headline } from "@/lib/dashboard/leadership";
import { drillHref, halfOf, sameLastYear, type MetricFilter } from "@/lib/metrics/filter";
import { METRICS } from "@/lib/metrics/registry";
import { formatFigure } from "./format";

const linkClass = "rounded-sm underline-offset-4 hover:underline focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none";

/** One headline figure beside the same period last year and, within the year, H1 and H2; every number links to its rows. */
export async function HeadlineCard({ headline, filter }: { headline: Headline; filter: MetricFilter }) {
  const t = await getTranslations();
  const metric = METRICS[headline.key];
  const show = (value: number | null) => formatFigure(value, metric.unit, t);
  const parts = metric.breakdown?.values && headline.current.parts ? metric.breakdown.values : [];
  return (
    <Card className="gap-3 py-4 sm:gap-3 sm:py-4" data-metric={headline.key}>
      <CardHeader className="px-4 sm:px-4">
        <CardTitle as="h3" className="text-sm font-medium text-muted-foreground">
          {t(`dashboard.metrics.${metric.labelKey}`)}
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-2 px-4 sm:px-4">
        <Link href={drillHref(headline.key, filter)} className={`${linkClass} text-3xl font-semibold tabular-nums`} data-testid={`figure-${headline.key}`}>
          {show(headline.current.value)}
        </Link>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs text-muted-foreground">
          <dt>{t("dashboard.headline.lastYear")}</dt>
          <dd className="tabular-nums">
            <Link href={drillHref(headline.key, sameLastYear(filter))} className={linkClass}>
              {show(headline.lastYear.value)}
            </Link>
          </dd>
          <dt>{t("dashboard.headline.halves")}</dt>
          <dd className="tabular-nums">
            <Link href={drillHref(headline.key, halfOf(filter, 1))} className={linkClass}>
              {show(headline.firstHalf.value)}
            </Link>
            {" / "}
            <Link href={drillHref(headline.key, halfOf(filter, 2))} className={linkClass}>
              {show(headline.secondHalf.value)}
            </Link>
          </dd>
        </dl>
        {parts.length > 0 && metric.breakdown?.enumLabels ? (
          <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
            {parts.map((part) => (
              <li key={part}>
                <Link href={drillHref(headline.key, filter, part)} className={linkClass} data-testid={`part-${headline.key}-${part}`}>
                  {t(`${metric.breakdown!.enumLabels}.${part}`)} <span className="font-semibold tabular-nums">{headline.current.parts?.[part] ?? 0}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </CardContent>
    </Card>
  );
}
