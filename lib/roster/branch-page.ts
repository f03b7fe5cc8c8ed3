import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getBranch, listLeaders } from "@/lib/org/service";
import { listBranchOptions } from "@/lib/users/service";
import { todayInOrgan } from "@/lib/dates";
import { listBranchMembers, listBranchPosts, membersOfUnitOn } from "./service";

/** Everything a branch page shows, loaded in parallel once the branch itself is known to be readable. */
export async function loadBranchPage(user: CurrentUser, branchId: string, query: { page: number; q?: string }) {
  const branch = await getBranch(user, branchId);
  const managesBusiness = can(user.role, "branch.manageBusiness");
  const [members, memberOptions, posts, leaders, branchOptions] = await Promise.all([
    listBranchMembers(user, branchId, query),
    can(user.role, "roster.write") ? membersOfUnitOn(branchId, todayInOrgan()) : Promise.resolve([]),
    listBranchPosts(user, branchId),
    managesBusiness ? listLeaders() : Promise.resolve([]),
    managesBusiness ? listBranchOptions() : Promise.resolve([]),
  ]);
  return { branch, members, memberOptions, posts, leaders, branchOptions };
}

export type BranchPageData = Awaited<ReturnType<typeof loadBranchPage>>;
