import { requirePageUser } from "@/lib/auth/session";

export default async function BranchDashboardLayout({ children }: { children: React.ReactNode }) {
  await requirePageUser("dashboard.branch");
  return children;
}
