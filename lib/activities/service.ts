import "server-only";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/connect";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit/service";
import { forbidden, notFound, validationError } from "@/lib/errors";
import { msg } from "@/lib/validation";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { assertCanReadRecord, assertCanWriteRecord, branchScope, readableRecordsWhere } from "@/lib/org/scope";
import { assertCampaignsExist } from "@/lib/campaigns/service";
import { dateRangeWhere, pageArgs } from "@/lib/records/list-query";
import type { ActivityListQuery, CreateActivityInput, CreateVehicleInput, UpdateActivityInput, UpdateVehicleInput } from "./schema";
import { savedStamp, staleVersion, type FieldLabel } from "@/lib/records/conflict";

export const ACTIVITY_PAGE_SIZE = 20;

/* ---------- 活动载体 (Party-group level) ---------- */

const vehicleSelect = {
  id: true,
  year: true,
  name: true,
  description: true,
  campaignId: true,
  sortOrder: true,
  version: true,
  campaign: { select: { id: true, name: true } },
} as const;

export async function listVehicles(user: CurrentUser, year: number) {
  if (!can(user.role, "records.read")) throw forbidden();
  return db.activityVehicle.findMany({ where: { year, deletedAt: null }, select: vehicleSelect, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
}

export async function getVehicle(user: CurrentUser, id: string) {
  if (!can(user.role, "records.read")) throw forbidden();
  const vehicle = await db.activityVehicle.findFirst({ where: { id, deletedAt: null }, select: vehicleSelect });
  if (!vehicle) throw notFound();
  return vehicle;
}

async function assertCampaign(tx: Tx, campaignId: string | undefined) {
  if (campaignId && !(await tx.campaign.findFirst({ where: { id: campaignId, deletedAt: null }, select: { id: true } }))) {
    throw validationError({ campaignId: [msg("invalidChoice")] });
  }
}

function vehicleSnapshot(vehicle: Prisma.ActivityVehicleGetPayload<{ select: typeof vehicleSelect }>) {
  const { campaign, ...fields } = vehicle;
  return { ...fields, campaign: campaign?.name ?? null };
}

const vehicleLabels: Record<string, FieldLabel> = {
  name: "activities.vehicleName",
  description: "activities.vehicleDescription",
  campaign: "activities.campaign",
  sortOrder: "checklist.sortOrder",
};

export async function createVehicle(user: CurrentUser, input: CreateVehicleInput) {
  await assertCanWriteRecord(user, null);
  return db.$transaction(async (tx) => {
    await assertCampaign(tx, input.campaignId);
    const vehicle = await tx.activityVehicle.create({
      data: { ...input, campaignId: input.campaignId ?? null, createdById: user.id, updatedById: user.id },
      select: vehicleSelect,
    });
    await writeAudit(tx, { actor: user, action: "CREATE", entity: "ActivityVehicle", entityId: vehicle.id, after: vehicleSnapshot(vehicle) });
    return { id: vehicle.id };
  });
}

export async function updateVehicle(user: CurrentUser, input: UpdateVehicleInput) {
  await assertCanWriteRecord(user, null);
  const { id, version, ...fields } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.activityVehicle.findFirst({ where: { id, deletedAt: null }, select: vehicleSelect });
    if (!before) throw notFound();
    await assertCampaign(tx, fields.campaignId);
    const { count } = await tx.activityVehicle.updateMany({
      where: { id, version, deletedAt: null },
      data: { ...fields, campaignId: fields.campaignId ?? null, version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) {
      const saved = await tx.activityVehicle.findUniqueOrThrow({ where: { id }, select: savedStamp });
      throw await staleVersion(tx, { entity: "ActivityVehicle", id, loaded: version, current: vehicleSnapshot(before), saved, fields: vehicleLabels });
    }
    const after = await tx.activityVehicle.findUniqueOrThrow({ where: { id }, select: vehicleSelect });
    await writeAudit(tx, { actor: user, action: "UPDATE", entity: "ActivityVehicle", entityId: id, before: vehicleSnapshot(before), after: vehicleSnapshot(after) });
    return { id };
  });
}

/* ---------- 主题活动 ---------- */

/** The branch filter's value for the Party group's own activities. */
export const ORGAN_LEVEL = "organ";

export async function activityWhere(user: CurrentUser, query: Omit<ActivityListQuery, "page">): Promise<Prisma.ThemedActivityWhereInput> {
  const scope = await branchScope(user);
  const and: Prisma.ThemedActivityWhereInput[] = [readableRecordsWhere(scope)];
  if (query.q) and.push({ OR: [{ title: { contains: query.q } }, { organiser: { contains: query.q } }, { outcome: { contains: query.q } }] });
  return {
    deletedAt: null,
    AND: and,
    ...(query.branch ? { orgUnitId: query.branch === ORGAN_LEVEL ? null : query.branch } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.vehicle ? { vehicleId: query.vehicle } : {}),
    date: dateRangeWhere(query.from, query.to),
    ...(query.campaign ? { campaignIds: { has: query.campaign } } : {}),
  };
}

export async function listActivities(user: CurrentUser, query: ActivityListQuery) {
  const where = await activityWhere(user, query);
  const [total, rows] = await Promise.all([
    db.themedActivity.count({ where }),
    db.themedActivity.findMany({
      where,
      select: {
        id: true,
        kind: true,
        date: true,
        title: true,
        organiser: true,
        participantCount: true,
        entryCount: true,
        orgUnit: { select: { id: true, name: true } },
        vehicle: { select: { id: true, name: true } },
      },
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      ...pageArgs(query.page, ACTIVITY_PAGE_SIZE),
    }),
  ]);
  return { total, rows, page: query.page, pageSize: ACTIVITY_PAGE_SIZE };
}

const activitySelect = {
  id: true,
  orgUnitId: true,
  vehicleId: true,
  kind: true,
  date: true,
  title: true,
  organiser: true,
  participantCount: true,
  entryCount: true,
  outcome: true,
  campaignIds: true,
  version: true,
  orgUnit: { select: { id: true, name: true } },
  vehicle: { select: { id: true, name: true, year: true } },
} as const satisfies Prisma.ThemedActivitySelect;

export async function getActivity(user: CurrentUser, id: string) {
  const activity = await db.themedActivity.findFirst({ where: { id, deletedAt: null }, select: activitySelect });
  if (!activity) throw notFound();
  await assertCanReadRecord(user, activity.orgUnitId);
  return activity;
}

export type ActivityDetail = Awaited<ReturnType<typeof getActivity>>;

function activitySnapshot(activity: Prisma.ThemedActivityGetPayload<{ select: typeof activitySelect }>) {
  const { orgUnit, vehicle, ...fields } = activity;
  return { ...fields, branch: orgUnit?.name ?? null, vehicle: vehicle?.name ?? null };
}

const activityLabels: Record<string, FieldLabel> = {
  branch: "activities.branch",
  vehicle: "activities.vehicle",
  kind: { label: "activities.kind", values: "activities.kinds" },
  date: "activities.date",
  title: "activities.activityTitle",
  organiser: "activities.organiser",
  participantCount: "activities.participants",
  entryCount: "activities.entries",
  outcome: "activities.outcome",
  campaignIds: { label: "activities.campaign", opaque: true },
};

async function activityFields(tx: Tx, input: CreateActivityInput) {
  if (input.orgUnitId && !(await tx.orgUnit.findFirst({ where: { id: input.orgUnitId, type: "BRANCH", deletedAt: null }, select: { id: true } }))) {
    throw validationError({ orgUnitId: [msg("invalidChoice")] });
  }
  if (input.vehicleId && !(await tx.activityVehicle.findFirst({ where: { id: input.vehicleId, deletedAt: null }, select: { id: true } }))) {
    throw validationError({ vehicleId: [msg("invalidChoice")] });
  }
  await assertCampaignsExist(tx, input["campaignIds[]"]);
  return {
    orgUnitId: input.orgUnitId ?? null,
    vehicleId: input.vehicleId ?? null,
    kind: input.kind,
    date: input.date,
    title: input.title,
    organiser: input.organiser,
    participantCount: input.participantCount,
    entryCount: input.entryCount,
    outcome: input.outcome,
    campaignIds: input["campaignIds[]"],
  };
}

export async function createActivity(user: CurrentUser, input: CreateActivityInput) {
  await assertCanWriteRecord(user, input.orgUnitId ?? null);
  return db.$transaction(async (tx) => {
    const activity = await tx.themedActivity.create({
      data: { ...(await activityFields(tx, input)), createdById: user.id, updatedById: user.id },
      select: activitySelect,
    });
    await writeAudit(tx, { actor: user, action: "CREATE", entity: "ThemedActivity", entityId: activity.id, after: activitySnapshot(activity) });
    return { id: activity.id };
  });
}

export async function updateActivity(user: CurrentUser, input: UpdateActivityInput) {
  await assertCanWriteRecord(user, input.orgUnitId ?? null);
  return db.$transaction(async (tx) => {
    const before = await tx.themedActivity.findFirst({ where: { id: input.id, deletedAt: null }, select: activitySelect });
    if (!before) throw notFound();
    await assertCanWriteRecord(user, before.orgUnitId);
    const { count } = await tx.themedActivity.updateMany({
      where: { id: input.id, version: input.version, deletedAt: null },
      data: { ...(await activityFields(tx, input)), version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) {
      const saved = await tx.themedActivity.findUniqueOrThrow({ where: { id: input.id }, select: savedStamp });
      throw await staleVersion(tx, { entity: "ThemedActivity", id: input.id, loaded: input.version, current: activitySnapshot(before), saved, fields: activityLabels });
    }
    const after = await tx.themedActivity.findUniqueOrThrow({ where: { id: input.id }, select: activitySelect });
    await writeAudit(tx, { actor: user, action: "UPDATE", entity: "ThemedActivity", entityId: input.id, before: activitySnapshot(before), after: activitySnapshot(after) });
    return { id: input.id };
  });
}
