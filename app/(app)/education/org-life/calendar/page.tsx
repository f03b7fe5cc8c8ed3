import { BranchCalendar } from "@/components/education/branch-calendar";
import { can } from "@/lib/auth/permissions";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { todayInOrgan } from "@/lib/dates";
import { loadBranchCalendar, parseMonth } from "@/lib/org-life/calendar";
import { readableBranchOptions } from "@/lib/org/unit-options";
import { notFound } from "next/navigation";

export default async function OrgLifeCalendarPage({ searchParams }: PageProps<"/education/org-life/calendar">) {
  const user = await requirePageUser("records.read");
  const params = await searchParams;
  const branches = await readableBranchOptions(user);
  const requested = typeof params.branch === "string" ? params.branch : undefined;
  // A secretary opens their own branch; others the first branch until they pick one.
  const branchId = requested ?? user.branchId ?? branches[0]?.id;
  if (!branchId) notFound();
  const today = todayInOrgan();
  const month = parseMonth(typeof params.month === "string" ? params.month : undefined) ?? { year: today.getUTCFullYear(), month: today.getUTCMonth() + 1 };
  const calendar = await loadForPage(() => loadBranchCalendar(user, branchId, month));
  return <BranchCalendar calendar={calendar} branches={branches} canWrite={can(user.role, "records.write")} />;
}
