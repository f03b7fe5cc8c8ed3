import { PlanDetail } from "@/components/rectification/plan-detail";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { loadPlanPage } from "@/lib/rectification/pages";

export default async function RectificationPlanPage({ params }: PageProps<"/management/rectification/plans/[id]">) {
  const user = await requirePageUser("records.read");
  const { id } = await params;
  const data = await loadForPage(() => loadPlanPage(user, id));
  return <PlanDetail {...data} />;
}
