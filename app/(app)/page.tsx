import { redirect } from "next/navigation";
import { HomeOverview } from "@/components/shell/home-overview";
import { homeFor } from "@/components/shell/nav-items";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { listBranchesForUser } from "@/lib/org/service";

export default async function HomePage() {
  const user = await requirePageUser();
  // The three administrators see no Party-building records: straight to their own pages.
  if (!can(user.role, "records.read")) redirect(homeFor(user.role));
  return <HomeOverview user={user} branches={await listBranchesForUser(user)} />;
}
