import "server-only";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/connect";
import { writeAudit } from "@/lib/audit/service";
import { conflict, notFound, validationError } from "@/lib/errors";
import { msg } from "@/lib/validation";
import type { CurrentUser } from "@/lib/auth/session";
import { todayInOrgan } from "@/lib/dates";
import { assertCanReadUnit, branchScope } from "./scope";
import {
  ALLOWED_PARENT_TYPES,
  type BranchBusinessInput,
  type CreateOrgUnitInput,
  type OrgUnitTypeName,
  type UpdateOrgUnitInput,
} from "./schema";
import { savedStamp, staleVersion, type FieldLabel } from "@/lib/records/conflict";

const unitSelect = {
  id: true,
  name: true,
  type: true,
  parentId: true,
  isRetiree: true,
  effectiveFrom: true,
  effectiveTo: true,
  departments: true,
  supervisingLeaderId: true,
  sortOrder: true,
  version: true,
} as const;

// One list for both forms that edit a unit: a field one form does not show can only differ
// when the other form changed it, and then it is worth naming too.
const unitLabels: Record<string, FieldLabel> = {
  name: "admin.unitName",
  parentId: { label: "admin.parent", opaque: true },
  isRetiree: "admin.isRetiree",
  effectiveFrom: "admin.effectiveFrom",
  effectiveTo: "admin.effectiveTo",
  departments: "branches.departments",
  supervisingLeaderId: { label: "branches.supervisingLeader", opaque: true },
};

export type OrgUnitRow = Awaited<ReturnType<typeof listOrgUnits>>[number];

/** Every live unit of the tree, parents before children. Administrators manage the tree; no roster data here. */
export async function listOrgUnits() {
  return db.orgUnit.findMany({
    where: { deletedAt: null },
    select: unitSelect,
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
}

export async function getOrganName(): Promise<{ name: string; isDemo: boolean } | null> {
  return db.organ.findFirst({ select: { name: true, isDemo: true } });
}

async function checkParent(tx: Tx, type: OrgUnitTypeName, parentId: string | null | undefined, selfId?: string) {
  const allowed = ALLOWED_PARENT_TYPES[type];
  if (!parentId) {
    if (!allowed.includes(null)) throw validationError({ parentId: [msg("parentRequired")] });
    return;
  }
  const parent = await tx.orgUnit.findFirst({ where: { id: parentId, deletedAt: null }, select: { id: true, type: true } });
  if (!parent) throw validationError({ parentId: [msg("invalidChoice")] });
  if (!allowed.includes(parent.type)) throw validationError({ parentId: [msg("parentTypeNotAllowed")] });
  if (selfId) {
    // Moving a unit under one of its own descendants would cut the tree into a loop.
    const loop = await tx.$queryRaw<{ id: string }[]>`
      WITH RECURSIVE up AS (
        SELECT id, "parentId" FROM "OrgUnit" WHERE id = ${parentId}
        UNION ALL SELECT o.id, o."parentId" FROM "OrgUnit" o JOIN up ON o.id = up."parentId"
      ) SELECT id FROM up WHERE id = ${selfId}`;
    if (loop.length) throw validationError({ parentId: [msg("parentLoop")] });
  }
}

export async function createOrgUnit(user: CurrentUser, input: CreateOrgUnitInput) {
  return db.$transaction(async (tx) => {
    await checkParent(tx, input.type, input.parentId);
    const unit = await tx.orgUnit.create({
      data: {
        name: input.name,
        type: input.type,
        parentId: input.parentId ?? null,
        isRetiree: input.isRetiree,
        effectiveFrom: input.effectiveFrom,
        effectiveTo: input.effectiveTo,
        createdById: user.id,
        updatedById: user.id,
      },
      select: unitSelect,
    });
    await writeAudit(tx, { actor: user, action: "CREATE", entity: "OrgUnit", entityId: unit.id, after: unit });
    return unit;
  });
}

export async function updateOrgUnit(user: CurrentUser, input: UpdateOrgUnitInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.orgUnit.findFirst({ where: { id: input.id, deletedAt: null }, select: unitSelect });
    if (!before) throw notFound();
    await checkParent(tx, before.type, input.parentId, before.id);
    const { count } = await tx.orgUnit.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        name: input.name,
        parentId: input.parentId ?? null,
        isRetiree: input.isRetiree,
        effectiveFrom: input.effectiveFrom,
        effectiveTo: input.effectiveTo,
        version: { increment: 1 },
        updatedById: user.id,
      },
    });
    if (count === 0) {
      const saved = await tx.orgUnit.findUniqueOrThrow({ where: { id: input.id }, select: savedStamp });
      throw await staleVersion(tx, { entity: "OrgUnit", id: input.id, loaded: input.version, current: before, saved, fields: unitLabels });
    }
    const after = await tx.orgUnit.findUniqueOrThrow({ where: { id: input.id }, select: unitSelect });
    await writeAudit(tx, { actor: user, action: "UPDATE", entity: "OrgUnit", entityId: input.id, before, after });
    return after;
  });
}

/** Soft delete; a unit with live children, members or secretaries must be emptied first. */
export async function deleteOrgUnit(user: CurrentUser, id: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.orgUnit.findFirst({ where: { id, deletedAt: null }, select: unitSelect });
    if (!before) throw notFound();
    const [children, members, users] = await Promise.all([
      tx.orgUnit.count({ where: { parentId: id, deletedAt: null } }),
      tx.membership.count({ where: { orgUnitId: id, toDate: null } }),
      tx.user.count({ where: { branchId: id } }),
    ]);
    if (children + members + users > 0) throw conflict("unitNotEmpty");
    await tx.orgUnit.update({ where: { id }, data: { deletedAt: new Date(), updatedById: user.id } });
    await writeAudit(tx, { actor: user, action: "DELETE", entity: "OrgUnit", entityId: id, before });
  });
}

/** Branches (党支部) a business user may open, with their current member counts. */
export async function listBranchesForUser(user: CurrentUser) {
  const scope = await branchScope(user);
  const branches = await db.orgUnit.findMany({
    where: {
      deletedAt: null,
      type: "BRANCH",
      ...(scope.kind === "units" ? { id: { in: scope.unitIds } } : {}),
    },
    select: { ...unitSelect, parent: { select: { name: true } }, supervisingLeader: { select: { displayName: true } } },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
  const today = todayInOrgan();
  const counts = await db.membership.groupBy({
    by: ["orgUnitId"],
    where: {
      orgUnitId: { in: branches.map((branch) => branch.id) },
      fromDate: { lte: today },
      OR: [{ toDate: null }, { toDate: { gte: today } }],
      member: { deletedAt: null },
    },
    _count: { _all: true },
  });
  const countByUnit = new Map(counts.map((row) => [row.orgUnitId, row._count._all]));
  return branches.map((branch) => ({ ...branch, memberCount: countByUnit.get(branch.id) ?? 0 }));
}

export async function getBranch(user: CurrentUser, id: string) {
  await assertCanReadUnit(user, id);
  const branch = await db.orgUnit.findFirst({
    where: { id, deletedAt: null },
    select: {
      ...unitSelect,
      parent: { select: { id: true, name: true } },
      supervisingLeader: { select: { id: true, displayName: true } },
      children: { where: { deletedAt: null }, select: { id: true, name: true, type: true } },
    },
  });
  if (!branch) throw notFound();
  return branch;
}

export async function updateBranchBusiness(user: CurrentUser, input: BranchBusinessInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.orgUnit.findFirst({ where: { id: input.id, deletedAt: null }, select: unitSelect });
    if (!before) throw notFound();
    if (input.supervisingLeaderId) {
      const leader = await tx.user.findFirst({ where: { id: input.supervisingLeaderId, role: "LEADER", active: true } });
      if (!leader) throw validationError({ supervisingLeaderId: [msg("invalidChoice")] });
    }
    const { count } = await tx.orgUnit.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        departments: input.departments,
        supervisingLeaderId: input.supervisingLeaderId ?? null,
        version: { increment: 1 },
        updatedById: user.id,
      },
    });
    if (count === 0) {
      const saved = await tx.orgUnit.findUniqueOrThrow({ where: { id: input.id }, select: savedStamp });
      throw await staleVersion(tx, { entity: "OrgUnit", id: input.id, loaded: input.version, current: before, saved, fields: unitLabels });
    }
    const after = await tx.orgUnit.findUniqueOrThrow({ where: { id: input.id }, select: unitSelect });
    await writeAudit(tx, { actor: user, action: "UPDATE", entity: "OrgUnit", entityId: input.id, before, after });
    return after;
  });
}

export async function listLeaders() {
  return db.user.findMany({
    where: { role: "LEADER", active: true },
    select: { id: true, displayName: true, title: true },
    orderBy: { displayName: "asc" },
  });
}
