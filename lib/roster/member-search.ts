import "server-only";
import { db } from "@/lib/db/client";
import type { Db, Tx } from "@/lib/db/connect";
import type { Prisma } from "@/lib/generated/prisma/client";
import { validationError } from "@/lib/errors";
import { msg } from "@/lib/validation";
import type { CurrentUser } from "@/lib/auth/session";
import { todayInOrgan } from "@/lib/dates";
import { assertCanReadUnit, branchScope, type BranchScope } from "@/lib/org/scope";

// Who a user may pick in a member picker: a secretary their own branch's roster, the Party
// office and leadership anyone on the organ's roster.

export const MEMBER_SEARCH_LIMIT = 20;
/** The most members one "whole branch" pick returns. */
const UNIT_PICK_LIMIT = 500;

function inForce(date: Date): Prisma.MembershipWhereInput {
  return { fromDate: { lte: date }, OR: [{ toDate: null }, { toDate: { gte: date } }] };
}

function scopedMembership(scope: BranchScope, date: Date): Prisma.MembershipWhereInput {
  return { ...inForce(date), ...(scope.kind === "units" ? { orgUnitId: { in: scope.unitIds } } : {}) };
}

export interface MemberOption {
  id: string;
  name: string;
  /** The branch (or group) the member belongs to today, to tell namesakes apart. */
  unitName: string | null;
}

async function toOptions(where: Prisma.MemberWhereInput, take: number, date: Date): Promise<MemberOption[]> {
  const rows = await db.member.findMany({
    where,
    select: {
      id: true,
      name: true,
      memberships: { where: { ...inForce(date), orgUnit: { type: "BRANCH" } }, select: { orgUnit: { select: { name: true } } }, take: 1 },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take,
  });
  return rows.map((row) => ({ id: row.id, name: row.name, unitName: row.memberships[0]?.orgUnit.name ?? null }));
}

/** Members matching a name or member number, among those the user may pick. */
export async function searchMembers(user: CurrentUser, q: string): Promise<MemberOption[]> {
  const scope = await branchScope(user);
  const today = todayInOrgan();
  return toOptions(
    {
      deletedAt: null,
      memberships: { some: scopedMembership(scope, today) },
      ...(q ? { OR: [{ name: { contains: q } }, { memberNo: { startsWith: q } }] } : {}),
    },
    MEMBER_SEARCH_LIMIT,
    today,
  );
}

/** Everyone in a unit on a date, for "pick the whole branch". */
export async function membersOfUnitForPicker(user: CurrentUser, unitId: string, date: Date): Promise<MemberOption[]> {
  await assertCanReadUnit(user, unitId);
  return toOptions({ deletedAt: null, memberships: { some: { orgUnitId: unitId, ...inForce(date) } } }, UNIT_PICK_LIMIT, date);
}

/**
 * Refuses member ids the user may not pick (unknown, deleted, or — for a secretary — never on
 * their branch's roster), reporting on `field`. Returns each member's name, to copy into records
 * kept "as on the day".
 */
export async function assertPickableMembers(client: Db | Tx, user: CurrentUser, ids: string[], field: string): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const scope = await branchScope(user);
  const rows = await client.member.findMany({
    where: {
      id: { in: ids },
      deletedAt: null,
      ...(scope.kind === "units" ? { memberships: { some: { orgUnitId: { in: scope.unitIds } } } } : {}),
    },
    select: { id: true, name: true },
  });
  if (rows.length !== new Set(ids).size) throw validationError({ [field]: [msg("memberOutOfScope")] });
  return new Map(rows.map((row) => [row.id, row.name]));
}
