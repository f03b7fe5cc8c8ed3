import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/service";
import { assertCampaignsExist } from "@/lib/campaigns/service";
import type { CurrentUser } from "@/lib/auth/session";
import { notFound } from "@/lib/errors";
import { dateRangeWhere, pageArgs } from "@/lib/records/list-query";
import { assertCanReadRecord, assertCanWriteRecord, assertLiveBranch, branchScope, canWriteRecord, readableRecordsWhere } from "@/lib/org/scope";
import type { CheckListQuery, SupervisionCheckInput, UpdateSupervisionCheckInput } from "./schema";
import { savedStamp, staleVersion, type FieldLabel } from "@/lib/records/conflict";

// 监督检查: checks by the 机关纪委 (organ level, orgUnitId null) or by a branch's 纪检委员.

export const CHECK_PAGE_SIZE = 20;

const checkSelect = {
  id: true,
  kind: true,
  target: true,
  date: true,
  findings: true,
  orgUnitId: true,
  campaignIds: true,
  version: true,
} as const satisfies Prisma.SupervisionCheckSelect;

const checkLabels: Record<string, FieldLabel> = {
  kind: { label: "integrity.checks.kind", values: "integrity.checkKinds" },
  target: "integrity.checks.target",
  date: "integrity.checks.date",
  findings: "integrity.checks.findings",
  orgUnitId: { label: "integrity.checks.level", opaque: true },
  campaignIds: { label: "campaigns.picker", opaque: true },
};

function checkWhere(scope: Awaited<ReturnType<typeof branchScope>>, query: Omit<CheckListQuery, "page">): Prisma.SupervisionCheckWhereInput {
  return {
    deletedAt: null,
    ...readableRecordsWhere(scope),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.branch ? { orgUnitId: query.branch } : {}),
    date: dateRangeWhere(query.from, query.to),
    ...(query.campaign ? { campaignIds: { has: query.campaign } } : {}),
    ...(query.q
      ? { AND: [{ OR: [{ target: { contains: query.q, mode: "insensitive" } }, { findings: { contains: query.q, mode: "insensitive" } }] }] }
      : {}),
  };
}

const listSelect = { ...checkSelect, orgUnit: { select: { name: true } } } as const satisfies Prisma.SupervisionCheckSelect;

export async function listSupervisionChecks(user: CurrentUser, query: CheckListQuery) {
  const where = checkWhere(await branchScope(user), query);
  const [total, rows] = await Promise.all([
    db.supervisionCheck.count({ where }),
    db.supervisionCheck.findMany({
      where,
      select: listSelect,
      orderBy: [{ date: "desc" }, { createdAt: "desc" }, { id: "asc" }],
      ...pageArgs(query.page, CHECK_PAGE_SIZE),
    }),
  ]);
  return { total, rows, page: query.page, pageSize: CHECK_PAGE_SIZE };
}

/** Every row of the filtered list, for the Excel ledger. */
export async function supervisionCheckLedgerRows(user: CurrentUser, query: Omit<CheckListQuery, "page">) {
  return db.supervisionCheck.findMany({
    where: checkWhere(await branchScope(user), query),
    select: listSelect,
    orderBy: [{ date: "desc" }, { createdAt: "desc" }, { id: "asc" }],
  });
}

export async function getSupervisionCheck(user: CurrentUser, id: string) {
  const check = await db.supervisionCheck.findFirst({ where: { id, deletedAt: null }, select: listSelect });
  if (!check) throw notFound();
  await assertCanReadRecord(user, check.orgUnitId);
  return { ...check, canEdit: canWriteRecord(user, await branchScope(user), check.orgUnitId) };
}


function checkData(input: SupervisionCheckInput) {
  return { kind: input.kind, target: input.target, date: input.date, findings: input.findings, orgUnitId: input.orgUnitId, campaignIds: input["campaignIds[]"] };
}

export async function createSupervisionCheck(user: CurrentUser, input: SupervisionCheckInput) {
  await assertCanWriteRecord(user, input.orgUnitId);
  return db.$transaction(async (tx) => {
    await assertLiveBranch(tx, input.orgUnitId);
    await assertCampaignsExist(tx, input["campaignIds[]"]);
    const check = await tx.supervisionCheck.create({
      data: { ...checkData(input), createdById: user.id, updatedById: user.id },
      select: checkSelect,
    });
    await writeAudit(tx, { actor: user, action: "CREATE", entity: "SupervisionCheck", entityId: check.id, after: check });
    return check;
  });
}

export async function updateSupervisionCheck(user: CurrentUser, input: UpdateSupervisionCheckInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.supervisionCheck.findFirst({ where: { id: input.id, deletedAt: null }, select: checkSelect });
    if (!before) throw notFound();
    await assertCanWriteRecord(user, before.orgUnitId);
    await assertCanWriteRecord(user, input.orgUnitId);
    await assertLiveBranch(tx, input.orgUnitId);
    await assertCampaignsExist(tx, input["campaignIds[]"]);
    const { count } = await tx.supervisionCheck.updateMany({
      where: { id: input.id, version: input.version, deletedAt: null },
      data: { ...checkData(input), version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) {
      const saved = await tx.supervisionCheck.findUniqueOrThrow({ where: { id: input.id }, select: savedStamp });
      throw await staleVersion(tx, { entity: "SupervisionCheck", id: input.id, loaded: input.version, current: before, saved, fields: checkLabels });
    }
    const after = await tx.supervisionCheck.findUniqueOrThrow({ where: { id: input.id }, select: checkSelect });
    await writeAudit(tx, { actor: user, action: "UPDATE", entity: "SupervisionCheck", entityId: input.id, before, after });
    return after;
  });
}
