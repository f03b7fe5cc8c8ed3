import { BranchDashboard } from "@/components/dashboard/branch-dashboard";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { loadBranchDashboard } from "@/lib/dashboard/pages";

export default async function BranchDashboardPage() {
  const user = await requirePageUser("dashboard.branch");
  const page = await loadForPage(() => loadBranchDashboard(user));
  return <BranchDashboard {...page} />;
}
