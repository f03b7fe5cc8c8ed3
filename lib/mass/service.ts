import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/connect";
import { writeAudit } from "@/lib/audit/service";
import { assertCampaignsExist } from "@/lib/campaigns/service";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { forbidden, notFound, validationError } from "@/lib/errors";
import { assertCanReadRecord, assertCanWriteRecord, assertLiveBranch, branchScope, canWriteRecord, readableRecordsWhere, type BranchScope } from "@/lib/org/scope";
import { msg } from "@/lib/validation";
import { dateRangeWhere, pageArgs } from "@/lib/records/list-query";
import type { MassActivityInput, MassListQuery, MassOrganizationInput, UpdateMassActivityInput, UpdateMassOrganizationInput } from "./schema";
import { savedStamp, staleVersion, type FieldLabel } from "@/lib/records/conflict";

export const MASS_PAGE_SIZE = 20;

const activitySelect = {
  id: true,
  kind: true,
  organizationId: true,
  orgUnitId: true,
  date: true,
  title: true,
  organiser: true,
  participantCount: true,
  services: true,
  peopleServed: true,
  festival: true,
  outcome: true,
  campaignIds: true,
  version: true,
} as const satisfies Prisma.MassActivitySelect;

const activityLabels: Record<string, FieldLabel> = {
  kind: { label: "mass.fields.kind", values: "mass.kinds" },
  organizationId: { label: "mass.fields.organization", opaque: true },
  orgUnitId: { label: "mass.fields.branch", opaque: true },
  date: "mass.fields.date",
  title: "mass.fields.title",
  organiser: "mass.fields.organiser",
  participantCount: "mass.fields.participantCount",
  services: { label: "mass.fields.services", values: "mass.services" },
  peopleServed: "mass.fields.peopleServed",
  festival: "mass.fields.festival",
  outcome: "mass.fields.outcome",
  campaignIds: { label: "campaigns.picker", opaque: true },
};

const listSelect = {
  ...activitySelect,
  organization: { select: { name: true } },
  orgUnit: { select: { name: true } },
} as const satisfies Prisma.MassActivitySelect;

function activityWhere(scope: BranchScope, query: Omit<MassListQuery, "page">): Prisma.MassActivityWhereInput {
  return {
    deletedAt: null,
    ...readableRecordsWhere(scope),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.branch ? { orgUnitId: query.branch } : {}),
    ...(query.organization ? { organizationId: query.organization } : {}),
    date: dateRangeWhere(query.from, query.to),
    ...(query.campaign ? { campaignIds: { has: query.campaign } } : {}),
    ...(query.q
      ? {
          AND: [
            {
              OR: (["title", "organiser", "festival", "outcome"] as const).map((field) => ({ [field]: { contains: query.q, mode: "insensitive" as const } })),
            },
          ],
        }
      : {}),
  };
}

const ORDER = [{ date: "desc" }, { createdAt: "desc" }, { id: "asc" }] satisfies Prisma.MassActivityOrderByWithRelationInput[];

export async function listMassActivities(user: CurrentUser, query: MassListQuery) {
  const where = activityWhere(await branchScope(user), query);
  const [total, rows] = await Promise.all([
    db.massActivity.count({ where }),
    db.massActivity.findMany({ where, select: listSelect, orderBy: ORDER, ...pageArgs(query.page, MASS_PAGE_SIZE) }),
  ]);
  return { total, rows, page: query.page, pageSize: MASS_PAGE_SIZE };
}

/** Every row of the filtered list, for the Excel ledger. */
export async function massActivityLedgerRows(user: CurrentUser, query: Omit<MassListQuery, "page">) {
  return db.massActivity.findMany({ where: activityWhere(await branchScope(user), query), select: listSelect, orderBy: ORDER });
}

export async function getMassActivity(user: CurrentUser, id: string) {
  const activity = await db.massActivity.findFirst({ where: { id, deletedAt: null }, select: listSelect });
  if (!activity) throw notFound();
  await assertCanReadRecord(user, activity.orgUnitId);
  return { ...activity, canEdit: canWriteRecord(user, await branchScope(user), activity.orgUnitId) };
}

async function assertOrganization(tx: Tx, organizationId: string | null) {
  if (organizationId === null) return;
  const organization = await tx.massOrganization.findFirst({ where: { id: organizationId, deletedAt: null }, select: { id: true } });
  if (!organization) throw validationError({ organizationId: [msg("invalidChoice")] });
}

function activityData(input: MassActivityInput) {
  return {
    kind: input.kind,
    organizationId: input.organizationId,
    orgUnitId: input.orgUnitId,
    date: input.date,
    title: input.title,
    organiser: input.organiser,
    participantCount: input.participantCount,
    services: input.services,
    peopleServed: input.peopleServed,
    festival: input.festival,
    outcome: input.outcome,
    campaignIds: input["campaignIds[]"],
  };
}

export async function createMassActivity(user: CurrentUser, input: MassActivityInput) {
  await assertCanWriteRecord(user, input.orgUnitId);
  return db.$transaction(async (tx) => {
    await assertLiveBranch(tx, input.orgUnitId);
    await assertOrganization(tx, input.organizationId);
    await assertCampaignsExist(tx, input["campaignIds[]"]);
    const activity = await tx.massActivity.create({ data: { ...activityData(input), createdById: user.id, updatedById: user.id }, select: activitySelect });
    await writeAudit(tx, { actor: user, action: "CREATE", entity: "MassActivity", entityId: activity.id, after: activity });
    return activity;
  });
}

export async function updateMassActivity(user: CurrentUser, input: UpdateMassActivityInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.massActivity.findFirst({ where: { id: input.id, deletedAt: null }, select: activitySelect });
    if (!before) throw notFound();
    await assertCanWriteRecord(user, before.orgUnitId);
    await assertCanWriteRecord(user, input.orgUnitId);
    await assertLiveBranch(tx, input.orgUnitId);
    await assertOrganization(tx, input.organizationId);
    await assertCampaignsExist(tx, input["campaignIds[]"]);
    const { count } = await tx.massActivity.updateMany({
      where: { id: input.id, version: input.version, deletedAt: null },
      data: { ...activityData(input), version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) {
      const saved = await tx.massActivity.findUniqueOrThrow({ where: { id: input.id }, select: savedStamp });
      throw await staleVersion(tx, { entity: "MassActivity", id: input.id, loaded: input.version, current: before, saved, fields: activityLabels });
    }
    const after = await tx.massActivity.findUniqueOrThrow({ where: { id: input.id }, select: activitySelect });
    await writeAudit(tx, { actor: user, action: "UPDATE", entity: "MassActivity", entityId: input.id, before, after });
    return after;
  });
}

const organizationSelect = { id: true, kind: true, name: true, version: true } as const satisfies Prisma.MassOrganizationSelect;

const organizationLabels: Record<string, FieldLabel> = {
  kind: { label: "mass.organizations.kind", values: "mass.organizationKinds" },
  name: "mass.organizations.name",
};

/** The organisations (工会、团委、妇委会、文明单位创建领导小组及专班); every business role reads them. */
export async function listMassOrganizations(user: CurrentUser) {
  await branchScope(user);
  return db.massOrganization.findMany({ where: { deletedAt: null }, select: organizationSelect, orderBy: [{ kind: "asc" }, { name: "asc" }] });
}

/** The organisations are the organ's own bodies: only the Party office keeps them. */
function assertKeepsOrganizations(user: CurrentUser) {
  if (!can(user.role, "records.writeOrgan")) throw forbidden();
}

export async function createMassOrganization(user: CurrentUser, input: MassOrganizationInput) {
  assertKeepsOrganizations(user);
  return db.$transaction(async (tx) => {
    const organization = await tx.massOrganization.create({ data: { ...input, createdById: user.id, updatedById: user.id }, select: organizationSelect });
    await writeAudit(tx, { actor: user, action: "CREATE", entity: "MassOrganization", entityId: organization.id, after: organization });
    return organization;
  });
}

export async function updateMassOrganization(user: CurrentUser, input: UpdateMassOrganizationInput) {
  assertKeepsOrganizations(user);
  return db.$transaction(async (tx) => {
    const before = await tx.massOrganization.findFirst({ where: { id: input.id, deletedAt: null }, select: organizationSelect });
    if (!before) throw notFound();
    const { count } = await tx.massOrganization.updateMany({
      where: { id: input.id, version: input.version, deletedAt: null },
      data: { kind: input.kind, name: input.name, version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) {
      const saved = await tx.massOrganization.findUniqueOrThrow({ where: { id: input.id }, select: savedStamp });
      throw await staleVersion(tx, { entity: "MassOrganization", id: input.id, loaded: input.version, current: before, saved, fields: organizationLabels });
    }
    const after = await tx.massOrganization.findUniqueOrThrow({ where: { id: input.id }, select: organizationSelect });
    await writeAudit(tx, { actor: user, action: "UPDATE", entity: "MassOrganization", entityId: input.id, before, after });
    return after;
  });
}
