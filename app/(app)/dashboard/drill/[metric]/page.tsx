import { notFound } from "next/navigation";
import { DrillDown } from "@/components/dashboard/drill-down";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { drillQuerySchema, loadDrillDown } from "@/lib/dashboard/pages";
import { isMetricKey } from "@/lib/metrics/registry";

export default async function DrillDownPage({ params, searchParams }: PageProps<"/dashboard/drill/[metric]">) {
  const user = await requirePageUser("records.read");
  const { metric } = await params;
  if (!isMetricKey(metric)) notFound();
  const query = drillQuerySchema.parse(await searchParams);
  const page = await loadForPage(() => loadDrillDown(user, metric, query));
  return <DrillDown metricKey={metric} query={query} {...page} />;
}
