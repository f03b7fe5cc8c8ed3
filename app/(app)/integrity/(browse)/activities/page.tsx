import { ActivityList } from "@/components/integrity/activity-list";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { loadActivityListPage } from "@/lib/integrity/pages";
import { integrityListQuerySchema } from "@/lib/integrity/schema";

export default async function IntegrityActivitiesPage({ searchParams }: PageProps<"/integrity/activities">) {
  const user = await requirePageUser("records.read");
  const params = await searchParams;
  const query = integrityListQuerySchema.parse(params);
  const data = await loadForPage(() => loadActivityListPage(user, query));
  return <ActivityList user={user} query={query} params={params} data={data} />;
}
