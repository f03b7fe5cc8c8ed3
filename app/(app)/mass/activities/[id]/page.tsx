import { MassActivityDetail } from "@/components/mass/activity-detail";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { getMassActivity } from "@/lib/mass/service";

export default async function MassActivityPage({ params }: PageProps<"/mass/activities/[id]">) {
  const user = await requirePageUser("records.read");
  const { id } = await params;
  const activity = await loadForPage(() => getMassActivity(user, id));
  return <MassActivityDetail activity={activity} />;
}
