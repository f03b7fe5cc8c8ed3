import { LeadershipDashboard } from "@/components/dashboard/leadership-dashboard";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { loadLeadershipDashboard } from "@/lib/dashboard/pages";
import { metricFilterSchema } from "@/lib/metrics/filter";

export default async function DashboardPage({ searchParams }: PageProps<"/dashboard">) {
  const user = await requirePageUser("dashboard.leadership");
  const filter = metricFilterSchema.parse(await searchParams);
  const page = await loadForPage(() => loadLeadershipDashboard(user, filter));
  return <LeadershipDashboard filter={filter} {...page} />;
}
