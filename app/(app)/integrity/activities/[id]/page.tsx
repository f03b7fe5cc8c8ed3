import { ActivityDetail } from "@/components/integrity/activity-detail";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { loadActivityPage } from "@/lib/integrity/pages";

export default async function IntegrityActivityPage({ params }: PageProps<"/integrity/activities/[id]">) {
  const user = await requirePageUser("records.read");
  const { id } = await params;
  const data = await loadForPage(() => loadActivityPage(user, id));
  return <ActivityDetail {...data} />;
}
