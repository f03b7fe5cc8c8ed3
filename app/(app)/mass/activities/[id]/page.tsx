import { MassActivityDetail } from "@/components/mass/activity-detail";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { loadMassActivityPage } from "@/lib/mass/pages";

export default async function MassActivityPage({ params }: PageProps<"/mass/activities/[id]">) {
  const user = await requirePageUser("records.read");
  const { id } = await params;
  const data = await loadForPage(() => loadMassActivityPage(user, id));
  return <MassActivityDetail {...data} />;
}
