import { MassActivityList } from "@/components/mass/activity-list";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { loadMassListPage } from "@/lib/mass/pages";
import { massListQuerySchema } from "@/lib/mass/schema";

export default async function MassActivitiesPage({ searchParams }: PageProps<"/mass/activities">) {
  const user = await requirePageUser("records.read");
  const params = await searchParams;
  const query = massListQuerySchema.parse(params);
  const data = await loadForPage(() => loadMassListPage(user, query));
  return <MassActivityList user={user} query={query} params={params} data={data} />;
}
