import { ChecklistView } from "@/components/education/checklist-view";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { loadChecklistPage } from "@/lib/checklist/page";
import { taskListQuerySchema } from "@/lib/checklist/schema";

export default async function ChecklistPage({ searchParams }: PageProps<"/education/checklist">) {
  const user = await requirePageUser("records.read");
  const params = await searchParams;
  const query = taskListQuerySchema.parse(params);
  const data = await loadChecklistPage(user, query);
  return <ChecklistView data={data} query={query} params={params} canWrite={can(user.role, "records.writeOrgan")} />;
}
