import { redirect } from "next/navigation";
import { homeFor } from "@/components/shell/nav-items";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";

export default async function HomePage() {
  const user = await requirePageUser();
  // Leadership and the Party office land on the leadership dashboard, a secretary on their
  // branch's; the three administrators see no Party-building records and go to their own pages.
  if (can(user.role, "dashboard.leadership")) redirect("/dashboard");
  if (can(user.role, "dashboard.branch")) redirect("/dashboard/branch");
  redirect(homeFor(user.role));
}
