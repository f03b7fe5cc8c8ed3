import { IntegrityOverview } from "@/components/integrity/integrity-overview";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { todayInOrgan } from "@/lib/dates";
import { loadIntegrityOverview, overviewQuerySchema } from "@/lib/integrity/pages";

export default async function IntegrityPage({ searchParams }: PageProps<"/integrity">) {
  const user = await requirePageUser("records.read");
  const query = overviewQuerySchema.parse(await searchParams);
  const data = await loadForPage(() => loadIntegrityOverview(user, query));
  return <IntegrityOverview user={user} query={query} currentYear={todayInOrgan().getUTCFullYear()} data={data} />;
}
