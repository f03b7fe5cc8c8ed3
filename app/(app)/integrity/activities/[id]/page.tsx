import { ActivityDetail } from "@/components/integrity/activity-detail";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { getIntegrityActivity } from "@/lib/integrity/service";

export default async function IntegrityActivityPage({ params }: PageProps<"/integrity/activities/[id]">) {
  const user = await requirePageUser("records.read");
  const { id } = await params;
  const activity = await loadForPage(() => getIntegrityActivity(user, id));
  return <ActivityDetail activity={activity} />;
}
