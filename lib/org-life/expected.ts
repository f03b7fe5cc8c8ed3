import "server-only";
import type { Db, Tx } from "@/lib/db/connect";
import { validationError } from "@/lib/errors";
import { msg } from "@/lib/validation";
import { membersOfUnitOn } from "@/lib/roster/service";
import type { OrgLifeKindName } from "./schema";

export interface MeetingUnit {
  id: string;
  type: "COMMITTEE" | "GENERAL_BRANCH" | "BRANCH" | "GROUP";
  /** The branch the meeting counts for: the unit itself, or a group's parent branch. */
  branchId: string;
}

/** A 党小组会 is held by a 党小组; every other kind by a branch. */
export async function meetingUnit(client: Db | Tx, orgUnitId: string, kind: OrgLifeKindName): Promise<MeetingUnit> {
  const unit = await client.orgUnit.findFirst({ where: { id: orgUnitId, deletedAt: null }, select: { id: true, type: true, parentId: true } });
  const wanted = kind === "GROUP_MEETING" ? "GROUP" : "BRANCH";
  if (!unit || unit.type !== wanted || (unit.type === "GROUP" && !unit.parentId)) throw validationError({ orgUnitId: [msg("wrongUnitForKind")] });
  return { id: unit.id, type: unit.type, branchId: unit.type === "GROUP" ? unit.parentId! : unit.id };
}

/**
 * 应到: who belonged to the meeting on its date — the branch committee (posts in force, not
 * group leaders) for a 支委会, the group's members for a 党小组会, otherwise the branch's members.
 */
export async function expectedAttendees(client: Db | Tx, unit: MeetingUnit, kind: OrgLifeKindName, date: Date): Promise<{ id: string; name: string }[]> {
  if (kind !== "COMMITTEE_MEETING") return membersOfUnitOn(unit.id, date, client);
  const posts = await client.branchPost.findMany({
    where: {
      orgUnitId: unit.branchId,
      kind: { not: "GROUP_LEADER" },
      fromDate: { lte: date },
      OR: [{ toDate: null }, { toDate: { gte: date } }],
      member: { deletedAt: null },
    },
    select: { member: { select: { id: true, name: true } } },
    orderBy: { member: { name: "asc" } },
  });
  // One person may hold two posts (书记 and 组织委员): expected once.
  return [...new Map(posts.map((post) => [post.member.id, post.member])).values()];
}
