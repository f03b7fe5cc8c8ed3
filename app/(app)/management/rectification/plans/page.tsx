import { PlanList } from "@/components/rectification/plan-list";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { loadPlanListPage } from "@/lib/rectification/pages";
import { pageQuerySchema } from "@/lib/validation";

export default async function RectificationPlansPage({ searchParams }: PageProps<"/management/rectification/plans">) {
  const user = await requirePageUser("records.read");
  const params = await searchParams;
  const { page } = pageQuerySchema.parse(params);
  const data = await loadForPage(() => loadPlanListPage(user, page));
  return <PlanList params={params} data={data} />;
}
