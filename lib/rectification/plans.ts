import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/connect";
import { writeAudit, type AuditActor } from "@/lib/audit/service";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { forbidden, notFound } from "@/lib/errors";
import { type FieldLabel, savedStamp, staleVersion } from "@/lib/records/conflict";
import { pageArgs } from "@/lib/records/list-query";
import { assertCanReadRecord, assertCanWriteRecord, assertLiveBranch, branchScope, canWriteRecord, readableRecordsWhere } from "@/lib/org/scope";
import type { DemocraticLifeInput, PlanInput, UpdateDemocraticLifeInput, UpdatePlanInput } from "./schema";

// 整改落实方案 (plans grouping the items of one source) and 民主生活会 (the Party group's meetings,
// which raise plans). Plans are a branch's or, with no branch, the Party group's.

export const PLAN_PAGE_SIZE = 20;
export const MEETING_RECORD_TYPE = "DemocraticLifeMeeting";

const planSelect = { id: true, year: true, title: true, source: true, sourceRecordType: true, sourceRecordId: true, orgUnitId: true, version: true } as const satisfies Prisma.RectificationPlanSelect;

/** A plan's fields as the plan form labels them. */
const planLabels: Record<string, FieldLabel> = {
  title: "rectification.plan.name",
  year: "rectification.plan.year",
  source: { label: "rectification.fields.source", values: "rectification.sources" },
  orgUnitId: { label: "rectification.plan.level", opaque: true },
};

async function insertPlan(tx: Tx, actor: AuditActor, data: Pick<Prisma.RectificationPlanUncheckedCreateInput, "year" | "title" | "source" | "orgUnitId" | "sourceRecordType" | "sourceRecordId">) {
  const plan = await tx.rectificationPlan.create({ data: { ...data, createdById: actor.id, updatedById: actor.id }, select: planSelect });
  await writeAudit(tx, { actor, action: "CREATE", entity: "RectificationPlan", entityId: plan.id, after: plan });
  return plan;
}

export async function createRectificationPlan(user: CurrentUser, input: PlanInput) {
  await assertCanWriteRecord(user, input.orgUnitId);
  return db.$transaction(async (tx) => {
    await assertLiveBranch(tx, input.orgUnitId);
    return insertPlan(tx, user, { year: input.year, title: input.title, source: input.source, orgUnitId: input.orgUnitId });
  });
}

export async function updateRectificationPlan(user: CurrentUser, input: UpdatePlanInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.rectificationPlan.findFirst({ where: { id: input.id, deletedAt: null }, select: planSelect });
    if (!before) throw notFound();
    await assertCanWriteRecord(user, before.orgUnitId);
    await assertCanWriteRecord(user, input.orgUnitId);
    await assertLiveBranch(tx, input.orgUnitId);
    // A plan raised from a record keeps that record's source.
    const source = before.sourceRecordId ? before.source : input.source;
    const { count } = await tx.rectificationPlan.updateMany({
      where: { id: input.id, version: input.version, deletedAt: null },
      data: { year: input.year, title: input.title, source, orgUnitId: input.orgUnitId, version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) {
      const saved = await tx.rectificationPlan.findUniqueOrThrow({ where: { id: input.id }, select: savedStamp });
      throw await staleVersion(tx, { entity: "RectificationPlan", id: input.id, loaded: input.version, current: before, saved, fields: planLabels });
    }
    // Items follow their plan's source unless they were raised from a record of their own (a finding).
    await tx.rectificationItem.updateMany({ where: { planId: input.id, findingId: null, sourceRecordId: before.sourceRecordId }, data: { source } });
    const after = await tx.rectificationPlan.findUniqueOrThrow({ where: { id: input.id }, select: planSelect });
    await writeAudit(tx, { actor: user, action: "UPDATE", entity: "RectificationPlan", entityId: input.id, before, after });
    return after;
  });
}

export async function listRectificationPlans(user: CurrentUser, page: number) {
  const where = { deletedAt: null, ...readableRecordsWhere(await branchScope(user)) } satisfies Prisma.RectificationPlanWhereInput;
  const [total, rows, closed] = await Promise.all([
    db.rectificationPlan.count({ where }),
    db.rectificationPlan.findMany({
      where,
      select: { ...planSelect, orgUnit: { select: { name: true } }, _count: { select: { items: { where: { deletedAt: null } } } } },
      orderBy: [{ year: "desc" }, { createdAt: "desc" }, { id: "asc" }],
      ...pageArgs(page, PLAN_PAGE_SIZE),
    }),
    db.rectificationItem.groupBy({ by: ["planId"], where: { deletedAt: null, status: "CLOSED", plan: where }, _count: { _all: true } }),
  ]);
  const closedOf = new Map(closed.map((row) => [row.planId, row._count._all]));
  return { total, rows: rows.map((row) => ({ ...row, closed: closedOf.get(row.id) ?? 0 })), page, pageSize: PLAN_PAGE_SIZE };
}

export async function getRectificationPlan(user: CurrentUser, id: string) {
  const plan = await db.rectificationPlan.findFirst({ where: { id, deletedAt: null }, select: { ...planSelect, orgUnit: { select: { name: true } } } });
  if (!plan) throw notFound();
  await assertCanReadRecord(user, plan.orgUnitId);
  const meeting =
    plan.sourceRecordType === MEETING_RECORD_TYPE && plan.sourceRecordId
      ? await db.democraticLifeMeeting.findFirst({ where: { id: plan.sourceRecordId }, select: { id: true, title: true } })
      : null;
  return { ...plan, meeting, canEdit: canWriteRecord(user, await branchScope(user), plan.orgUnitId) };
}

/** Plans an item may join: the readable ones of recent years, newest first. */
export async function planOptions(user: CurrentUser) {
  return db.rectificationPlan.findMany({
    where: { deletedAt: null, ...readableRecordsWhere(await branchScope(user)) },
    select: { id: true, title: true, year: true, source: true },
    orderBy: [{ year: "desc" }, { createdAt: "desc" }],
    take: 200,
  });
}

// ---- 民主生活会 ----

const meetingSelect = { id: true, date: true, title: true, content: true, version: true } as const satisfies Prisma.DemocraticLifeMeetingSelect;

/** A meeting's fields as the meeting form labels them. */
const meetingLabels: Record<string, FieldLabel> = {
  title: "supervision.democraticLife.name",
  date: "supervision.democraticLife.date",
  content: "supervision.democraticLife.content",
};

function assertWritesOrgan(user: CurrentUser) {
  if (!can(user.role, "records.writeOrgan")) throw forbidden();
}

export async function createDemocraticLifeMeeting(user: CurrentUser, input: DemocraticLifeInput) {
  assertWritesOrgan(user);
  return db.$transaction(async (tx) => {
    const meeting = await tx.democraticLifeMeeting.create({ data: { ...input, createdById: user.id, updatedById: user.id }, select: meetingSelect });
    await writeAudit(tx, { actor: user, action: "CREATE", entity: MEETING_RECORD_TYPE, entityId: meeting.id, after: meeting });
    return meeting;
  });
}

export async function updateDemocraticLifeMeeting(user: CurrentUser, input: UpdateDemocraticLifeInput) {
  assertWritesOrgan(user);
  return db.$transaction(async (tx) => {
    const before = await tx.democraticLifeMeeting.findFirst({ where: { id: input.id, deletedAt: null }, select: meetingSelect });
    if (!before) throw notFound();
    const { count } = await tx.democraticLifeMeeting.updateMany({
      where: { id: input.id, version: input.version, deletedAt: null },
      data: { date: input.date, title: input.title, content: input.content, version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) {
      const saved = await tx.democraticLifeMeeting.findUniqueOrThrow({ where: { id: input.id }, select: savedStamp });
      throw await staleVersion(tx, { entity: MEETING_RECORD_TYPE, id: input.id, loaded: input.version, current: before, saved, fields: meetingLabels });
    }
    const after = await tx.democraticLifeMeeting.findUniqueOrThrow({ where: { id: input.id }, select: meetingSelect });
    await writeAudit(tx, { actor: user, action: "UPDATE", entity: MEETING_RECORD_TYPE, entityId: input.id, before, after });
    return after;
  });
}

/** 民主生活会 → 整改落实方案: a Party-group plan whose items come from the meeting. */
export async function raisePlanFromMeeting(user: CurrentUser, input: { meetingId: string; title: string }) {
  assertWritesOrgan(user);
  return db.$transaction(async (tx) => {
    const meeting = await tx.democraticLifeMeeting.findFirst({ where: { id: input.meetingId, deletedAt: null }, select: { id: true, date: true } });
    if (!meeting) throw notFound();
    return insertPlan(tx, user, {
      year: meeting.date.getUTCFullYear(),
      title: input.title,
      source: "DEMOCRATIC_LIFE",
      orgUnitId: null,
      sourceRecordType: MEETING_RECORD_TYPE,
      sourceRecordId: meeting.id,
    });
  });
}

export async function listDemocraticLifeMeetings(page: number) {
  const where = { deletedAt: null } satisfies Prisma.DemocraticLifeMeetingWhereInput;
  const [total, rows] = await Promise.all([
    db.democraticLifeMeeting.count({ where }),
    db.democraticLifeMeeting.findMany({ where, select: meetingSelect, orderBy: [{ date: "desc" }, { id: "asc" }], ...pageArgs(page, PLAN_PAGE_SIZE) }),
  ]);
  return { total, rows, page, pageSize: PLAN_PAGE_SIZE };
}

export async function getDemocraticLifeMeeting(user: CurrentUser, id: string) {
  const meeting = await db.democraticLifeMeeting.findFirst({ where: { id, deletedAt: null }, select: meetingSelect });
  if (!meeting) throw notFound();
  const plans = await db.rectificationPlan.findMany({
    where: { deletedAt: null, sourceRecordType: MEETING_RECORD_TYPE, sourceRecordId: id, ...readableRecordsWhere(await branchScope(user)) },
    select: { id: true, title: true, _count: { select: { items: { where: { deletedAt: null } } } } },
    orderBy: { createdAt: "asc" },
  });
  return { ...meeting, plans, canEdit: can(user.role, "records.writeOrgan") };
}
