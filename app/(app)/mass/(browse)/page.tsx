import { MassOverview } from "@/components/mass/mass-overview";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { todayInOrgan } from "@/lib/dates";
import { overviewQuerySchema } from "@/lib/integrity/pages";
import { loadMassOverview } from "@/lib/mass/pages";

export default async function MassPage({ searchParams }: PageProps<"/mass">) {
  const user = await requirePageUser("records.read");
  const query = overviewQuerySchema.parse(await searchParams);
  const data = await loadForPage(() => loadMassOverview(user, query));
  return <MassOverview user={user} query={query} currentYear={todayInOrgan().getUTCFullYear()} data={data} />;
}
