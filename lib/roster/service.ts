import "server-only";
import { db } from "@/lib/db/client";
import type { Db, Tx } from "@/lib/db/connect";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit/service";
import { forbidden, notFound, validationError } from "@/lib/errors";
import { msg } from "@/lib/validation";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { todayInOrgan } from "@/lib/dates";
import { assertCanReadUnit, assertCanWriteUnit } from "@/lib/org/scope";
import type { BranchPostInput, CreateMemberInput, TransferMemberInput, UpdateMemberInput } from "./schema";
import { savedStamp, staleVersion, type FieldLabel } from "@/lib/records/conflict";

export const ROSTER_PAGE_SIZE = 20;

const memberSelect = {
  id: true,
  memberNo: true,
  name: true,
  gender: true,
  birthDate: true,
  position: true,
  isSeniorCadre: true,
  joinedPartyOn: true,
  status: true,
  version: true,
} as const;

const memberLabels: Record<string, FieldLabel> = {
  name: "roster.name",
  memberNo: "roster.memberNo",
  gender: { label: "roster.gender", values: "gender" },
  birthDate: "roster.birthDate",
  position: "roster.position",
  isSeniorCadre: "roster.seniorCadre",
  joinedPartyOn: "roster.joinedPartyOn",
  status: { label: "roster.status", values: "memberStatus" },
};

/** Memberships in force on a calendar date (both ends inclusive). */
function activeOn(date: Date): Prisma.MembershipWhereInput {
  return { fromDate: { lte: date }, OR: [{ toDate: null }, { toDate: { gte: date } }] };
}

/**
 * Who belonged to a unit on a date — the basis of 应到 for a meeting, answered from the
 * membership history so that later moves do not rewrite the past.
 */
export async function membersOfUnitOn(unitId: string, date: Date, client: Db | Tx = db) {
  return client.member.findMany({
    where: { deletedAt: null, memberships: { some: { orgUnitId: unitId, ...activeOn(date) } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** The members a branch's roster shows today (optionally searched), with their current posts, in roster order. */
function branchMembersQuery(branchId: string, q: string | undefined) {
  const today = todayInOrgan();
  const where: Prisma.MemberWhereInput = {
    deletedAt: null,
    memberships: { some: { orgUnitId: branchId, ...activeOn(today) } },
    ...(q ? { OR: [{ name: { contains: q } }, { position: { contains: q } }] } : {}),
  };
  return {
    where,
    select: {
      ...memberSelect,
      posts: {
        where: { orgUnitId: branchId, fromDate: { lte: today }, OR: [{ toDate: null }, { toDate: { gte: today } }] },
        select: { id: true, kind: true },
      },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  } satisfies Prisma.MemberFindManyArgs;
}

export async function listBranchMembers(user: CurrentUser, branchId: string, options: { page: number; q?: string }) {
  await assertCanReadUnit(user, branchId);
  const query = branchMembersQuery(branchId, options.q);
  const [total, rows] = await Promise.all([
    db.member.count({ where: query.where }),
    db.member.findMany({ ...query, skip: (options.page - 1) * ROSTER_PAGE_SIZE, take: ROSTER_PAGE_SIZE }),
  ]);
  return { total, rows, page: options.page, pageSize: ROSTER_PAGE_SIZE };
}

/** The whole roster list as filtered on the branch page, unpaginated: the roster ledger (台账). */
export async function listAllBranchMembers(user: CurrentUser, branchId: string, options: { q?: string }) {
  await assertCanReadUnit(user, branchId);
  return db.member.findMany(branchMembersQuery(branchId, options.q));
}

/** The branch whose roster currently holds the member; row rules are checked against it. */
async function currentBranchOf(client: Db | Tx, memberId: string): Promise<string> {
  const membership = await client.membership.findFirst({
    where: { memberId, toDate: null, orgUnit: { type: "BRANCH" }, member: { deletedAt: null } },
    select: { orgUnitId: true },
  });
  if (!membership) throw notFound();
  return membership.orgUnitId;
}

export async function getMember(user: CurrentUser, memberId: string) {
  const branchId = await currentBranchOf(db, memberId);
  await assertCanReadUnit(user, branchId);
  const member = await db.member.findFirst({
    where: { id: memberId, deletedAt: null },
    select: {
      ...memberSelect,
      memberships: {
        select: { id: true, fromDate: true, toDate: true, orgUnit: { select: { id: true, name: true } } },
        orderBy: { fromDate: "desc" },
      },
    },
  });
  if (!member) throw notFound();
  return { ...member, branchId };
}

export async function createMember(user: CurrentUser, input: CreateMemberInput) {
  await assertCanWriteUnit(user, input.branchId, "roster.write");
  const { branchId, joinedBranchOn, ...fields } = input;
  return db.$transaction(async (tx) => {
    const branch = await tx.orgUnit.findFirst({ where: { id: branchId, type: "BRANCH", deletedAt: null } });
    if (!branch) throw notFound();
    if (fields.memberNo && (await tx.member.findUnique({ where: { memberNo: fields.memberNo } }))) {
      throw validationError({ memberNo: [msg("duplicateMemberNo")] });
    }
    const member = await tx.member.create({
      data: { ...fields, createdById: user.id, updatedById: user.id },
      select: memberSelect,
    });
    await tx.membership.create({
      data: { memberId: member.id, orgUnitId: branchId, fromDate: joinedBranchOn, createdById: user.id, updatedById: user.id },
    });
    await writeAudit(tx, {
      actor: user,
      action: "CREATE",
      entity: "Member",
      entityId: member.id,
      after: { ...member, branchId, joinedBranchOn },
    });
    return member;
  });
}

export async function updateMember(user: CurrentUser, input: UpdateMemberInput) {
  const { id, version, ...fields } = input;
  return db.$transaction(async (tx) => {
    await assertCanWriteUnit(user, await currentBranchOf(tx, id), "roster.write");
    const before = await tx.member.findUniqueOrThrow({ where: { id }, select: memberSelect });
    if (fields.memberNo && fields.memberNo !== before.memberNo && (await tx.member.findUnique({ where: { memberNo: fields.memberNo } }))) {
      throw validationError({ memberNo: [msg("duplicateMemberNo")] });
    }
    const { count } = await tx.member.updateMany({
      where: { id, version, deletedAt: null },
      data: { ...fields, version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) {
      const saved = await tx.member.findUniqueOrThrow({ where: { id }, select: savedStamp });
      throw await staleVersion(tx, { entity: "Member", id, loaded: version, current: before, saved, fields: memberLabels });
    }
    const after = await tx.member.findUniqueOrThrow({ where: { id }, select: memberSelect });
    await writeAudit(tx, { actor: user, action: "UPDATE", entity: "Member", entityId: id, before, after });
    return after;
  });
}

/**
 * Moves a member between branches from a date. Only the Party office moves people across
 * branches: a secretary would otherwise write into a branch that is not theirs.
 */
export async function transferMember(user: CurrentUser, input: TransferMemberInput) {
  if (!can(user.role, "branch.manageBusiness")) throw forbidden();
  return db.$transaction(async (tx) => {
    const current = await tx.membership.findFirst({
      where: { memberId: input.memberId, toDate: null, orgUnit: { type: "BRANCH" }, member: { deletedAt: null } },
    });
    if (!current) throw notFound();
    if (current.orgUnitId === input.toBranchId) throw validationError({ toBranchId: [msg("sameBranch")] });
    if (input.onDate <= current.fromDate) throw validationError({ onDate: [msg("transferBeforeJoin")] });
    const target = await tx.orgUnit.findFirst({ where: { id: input.toBranchId, type: "BRANCH", deletedAt: null } });
    if (!target) throw validationError({ toBranchId: [msg("invalidChoice")] });
    const dayBefore = new Date(input.onDate.getTime() - 86_400_000);
    await tx.membership.update({ where: { id: current.id }, data: { toDate: dayBefore, updatedById: user.id } });
    // Group memberships inside the old branch end with it.
    await tx.membership.updateMany({
      where: { memberId: input.memberId, toDate: null, orgUnit: { parentId: current.orgUnitId } },
      data: { toDate: dayBefore, updatedById: user.id },
    });
    const created = await tx.membership.create({
      data: { memberId: input.memberId, orgUnitId: input.toBranchId, fromDate: input.onDate, createdById: user.id, updatedById: user.id },
    });
    await writeAudit(tx, {
      actor: user,
      action: "TRANSFER",
      entity: "Member",
      entityId: input.memberId,
      before: { branchId: current.orgUnitId },
      after: { branchId: input.toBranchId, fromDate: input.onDate, membershipId: created.id },
    });
  });
}

export async function endMembership(user: CurrentUser, input: { memberId: string; branchId: string; onDate: Date }) {
  await assertCanWriteUnit(user, input.branchId, "roster.write");
  return db.$transaction(async (tx) => {
    const current = await tx.membership.findFirst({
      where: { memberId: input.memberId, orgUnitId: input.branchId, toDate: null },
    });
    if (!current) throw notFound();
    if (input.onDate < current.fromDate) throw validationError({ onDate: [msg("transferBeforeJoin")] });
    await tx.membership.updateMany({
      where: { memberId: input.memberId, toDate: null, OR: [{ orgUnitId: input.branchId }, { orgUnit: { parentId: input.branchId } }] },
      data: { toDate: input.onDate, updatedById: user.id },
    });
    await writeAudit(tx, {
      actor: user,
      action: "END_MEMBERSHIP",
      entity: "Member",
      entityId: input.memberId,
      before: { branchId: input.branchId, toDate: null },
      after: { branchId: input.branchId, toDate: input.onDate },
    });
  });
}

export async function listBranchPosts(user: CurrentUser, branchId: string) {
  await assertCanReadUnit(user, branchId);
  return db.branchPost.findMany({
    where: { orgUnitId: branchId },
    select: { id: true, kind: true, fromDate: true, toDate: true, member: { select: { id: true, name: true } } },
    orderBy: [{ toDate: { sort: "desc", nulls: "first" } }, { fromDate: "desc" }],
  });
}

export async function addBranchPost(user: CurrentUser, input: BranchPostInput) {
  await assertCanWriteUnit(user, input.branchId, "roster.write");
  return db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({
      where: { memberId: input.memberId, orgUnitId: input.branchId, toDate: null, member: { deletedAt: null } },
    });
    if (!member) throw validationError({ memberId: [msg("notBranchMember")] });
    const post = await tx.branchPost.create({
      data: {
        orgUnitId: input.branchId,
        memberId: input.memberId,
        kind: input.kind,
        fromDate: input.fromDate,
        toDate: input.toDate,
        createdById: user.id,
        updatedById: user.id,
      },
    });
    await writeAudit(tx, { actor: user, action: "CREATE", entity: "BranchPost", entityId: post.id, after: post });
    return post;
  });
}

export async function endBranchPost(user: CurrentUser, input: { id: string; toDate: Date }) {
  return db.$transaction(async (tx) => {
    const before = await tx.branchPost.findUnique({ where: { id: input.id } });
    if (!before) throw notFound();
    await assertCanWriteUnit(user, before.orgUnitId, "roster.write");
    if (input.toDate < before.fromDate) throw validationError({ toDate: [msg("endBeforeStart")] });
    const after = await tx.branchPost.update({ where: { id: input.id }, data: { toDate: input.toDate, updatedById: user.id } });
    await writeAudit(tx, { actor: user, action: "UPDATE", entity: "BranchPost", entityId: input.id, before, after });
  });
}
