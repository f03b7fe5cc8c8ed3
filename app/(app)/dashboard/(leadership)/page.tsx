import { LeadershipDashboard } from "@/components/dashboard/leadership-dashboard";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { loadLeadershipDashboard } from "@/lib/dashboard/pages";
import { metricFilterSchema } from "@/lib/metrics/filter";

// No loading.tsx: behind a loading skeleton the figures arrived before the first paint yet
// showed 300 ms after it (React throttles revealing streamed content), which made the
// dashboard's Largest Contentful Paint late. Rendered whole, its cached data paints at once.
export default async function DashboardPage({ searchParams }: PageProps<"/dashboard">) {
  const user = await requirePageUser("dashboard.leadership");
  const filter = metricFilterSchema.parse(await searchParams);
  const page = await loadForPage(() => loadLeadershipDashboard(user, filter));
  return <LeadershipDashboard filter={filter} {...page} />;
}
