import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

/** The year's quarterly ideology analyses: how many each quarter, and the begun quarters still without one. */
export async function IdeologyQuarters({ year, quarters }: { year: number; quarters: { quarter: number; analyses: number; missing: boolean }[] }) {
  const t = await getTranslations("management");
  return (
    <Card>
      <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-3">
        <CardTitle>{t("ideology.quartersTitle", { year })}</CardTitle>
        {/* The year's ideology work points and the Party-group meetings that studied ideology live in their own lists. */}
        <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href="/management/work-tasks?kind=IDEOLOGY_POINTS" className="text-primary hover:underline">
            {t("ideology.points")}
          </Link>
          <Link href="/management/party-group-meetings?kind=IDEOLOGY" className="text-primary hover:underline">
            {t("ideology.meetings")}
          </Link>
        </div>
      </CardHeader>
      <CardContent>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {quarters.map((quarter) => (
            <li key={quarter.quarter} className="grid gap-1 rounded-md border p-3 text-sm" data-testid={`quarter-${quarter.quarter}`}>
              <span className="text-muted-foreground">{t("quarterLabel", { period: quarter.quarter })}</span>
              <span className="text-lg font-semibold tabular-nums">{t("ideology.analyses", { count: quarter.analyses })}</span>
              {quarter.missing ? <Badge variant="danger">{t("ideology.missing")}</Badge> : null}
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
