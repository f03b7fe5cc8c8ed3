import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { PILLARS, type LeadershipData } from "@/lib/dashboard/leadership";
import { filterPeriod, type MetricFilter } from "@/lib/metrics/filter";
import { METRICS } from "@/lib/metrics/registry";
import { formatCalendarDate } from "@/lib/dates";
import { BehindLists } from "./behind-lists";
import { DashboardCharts } from "./charts";
import { FilterForm } from "./filter-form";
import { HeadlineCard } from "./headline-card";

interface LeadershipDashboardProps {
  filter: MetricFilter;
  data: LeadershipData;
  branches: { id: string; name: string }[];
  today: string;
}

export async function LeadershipDashboard({ filter, data, branches, today }: LeadershipDashboardProps) {
  const t = await getTranslations("dashboard");
  const period = filterPeriod(filter);
  return (
    <div className="grid gap-6">
      <PageHeader
        title={t("title")}
        description={t("period", { start: formatCalendarDate(period.start), end: formatCalendarDate(period.end) })}
      />
      <FilterForm filter={filter} currentYear={Number(today.slice(0, 4))} branches={branches} />
      {PILLARS.map((pillar) => {
        const headlines = data.headlines.filter((headline) => METRICS[headline.key].pillar === pillar);
        return (
          <section key={pillar} aria-labelledby={`pillar-${pillar}`} className="grid gap-3">
            <h2 id={`pillar-${pillar}`} className="text-lg font-semibold">
              {t(`pillars.${pillar}`)}
            </h2>
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4">
              {headlines.map((headline) => (
                <HeadlineCard key={headline.key} headline={headline} filter={filter} />
              ))}
            </div>
          </section>
        );
      })}
      <DashboardCharts data={data} />
      <BehindLists behind={data.behind} />
    </div>
  );
}
