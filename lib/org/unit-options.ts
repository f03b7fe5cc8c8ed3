import "server-only";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { branchScope } from "./scope";

export interface BranchOption {
  id: string;
  name: string;
  groups: { id: string; name: string }[];
}

/** The branches (with their 党小组) a user reads: for filters and forms of branch records. */
export async function readableBranchOptions(user: CurrentUser): Promise<BranchOption[]> {
  const scope = await branchScope(user);
  return db.orgUnit.findMany({
    where: { deletedAt: null, type: "BRANCH", ...(scope.kind === "units" ? { id: { in: scope.unitIds } } : {}) },
    select: {
      id: true,
      name: true,
      children: { where: { deletedAt: null, type: "GROUP" }, select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] },
    },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  }).then((rows) => rows.map(({ children, ...branch }) => ({ ...branch, groups: children })));
}

/** The branches a user may record for: none for leadership, their own for a secretary, all for the Party office. */
export async function writableBranchOptions(user: CurrentUser): Promise<BranchOption[]> {
  return can(user.role, "records.write") ? readableBranchOptions(user) : [];
}
