import { redirect } from "next/navigation";
import { BranchList } from "@/components/branches/branch-list";
import { requirePageUser } from "@/lib/auth/session";
import { listBranchesForUser } from "@/lib/org/service";

export default async function BranchesPage() {
  const user = await requirePageUser("roster.read");
  // A secretary has one branch: open it directly.
  if (user.role === "SECRETARY" && user.branchId) redirect(`/branches/${user.branchId}`);
  return <BranchList branches={await listBranchesForUser(user)} />;
}
