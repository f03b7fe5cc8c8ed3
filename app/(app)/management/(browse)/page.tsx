import { ManagementOverview } from "@/components/management/management-overview";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { loadManagementOverview } from "@/lib/management/pages";

export default async function ManagementPage() {
  const user = await requirePageUser("records.read");
  const sections = await loadForPage(() => loadManagementOverview(user));
  return <ManagementOverview sections={sections} />;
}
