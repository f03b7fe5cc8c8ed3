import "server-only";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/service";
import type { CurrentUser } from "@/lib/auth/session";
import { periodByIndex, todayInOrgan } from "@/lib/dates";
import { notFound } from "@/lib/errors";
import { assertCanWriteRecord, assertLiveBranch, branchScope, readableRecordsWhere, scopeWhere } from "@/lib/org/scope";
import type { AgendaItemInput, AssessBranchInput } from "./schema";

// What a management record's page shows besides its own fields: a standard's assessments, a
// meeting's agenda, a partner's four lists and activities, a branch's changes of Party-affairs
// cadres during a committee term, the year's quarterly ideology analyses.

/** Each branch's assessment against a standard; a secretary sees their own branch's. */
export async function standardAssessments(user: CurrentUser, standardId: string) {
  const scope = await branchScope(user);
  return db.branchAssessment.findMany({
    where: { standardId, ...scopeWhere(scope) },
    select: { id: true, orgUnitId: true, score: true, met: true, note: true, orgUnit: { select: { name: true } } },
    orderBy: [{ orgUnit: { sortOrder: "asc" } }, { orgUnit: { name: "asc" } }],
  });
}

/** The Party office assesses a branch against a standard; assessing again replaces the assessment. */
export async function assessBranch(user: CurrentUser, input: AssessBranchInput) {
  await assertCanWriteRecord(user, null);
  return db.$transaction(async (tx) => {
    await assertLiveBranch(tx, input.orgUnitId);
    const standard = await tx.branchStandard.count({ where: { id: input.standardId, deletedAt: null } });
    if (!standard) throw notFound();
    const key = { standardId_orgUnitId: { standardId: input.standardId, orgUnitId: input.orgUnitId } };
    const before = await tx.branchAssessment.findUnique({ where: key });
    const values = { score: input.score, met: input.met, note: input.note, updatedById: user.id };
    const after = await tx.branchAssessment.upsert({ where: key, create: { ...values, standardId: input.standardId, orgUnitId: input.orgUnitId, createdById: user.id }, update: values });
    await writeAudit(tx, { actor: user, action: before ? "UPDATE" : "CREATE", entity: "BranchAssessment", entityId: after.id, before, after });
    return { id: after.id };
  });
}

export function agendaItems(meetingId: string) {
  return db.agendaItem.findMany({ where: { meetingId }, select: { id: true, topic: true, title: true, decision: true }, orderBy: { id: "asc" } });
}

async function liveMeeting(meetingId: string) {
  const meeting = await db.partyGroupMeeting.count({ where: { id: meetingId, deletedAt: null } });
  if (!meeting) throw notFound();
}

export async function addAgendaItem(user: CurrentUser, input: AgendaItemInput) {
  await assertCanWriteRecord(user, null);
  await liveMeeting(input.meetingId);
  return db.$transaction(async (tx) => {
    const item = await tx.agendaItem.create({ data: { meetingId: input.meetingId, topic: input.topic, title: input.title, decision: input.decision } });
    await writeAudit(tx, { actor: user, action: "CREATE", entity: "AgendaItem", entityId: item.id, after: item });
    return { id: item.id };
  });
}

export async function removeAgendaItem(user: CurrentUser, id: string) {
  await assertCanWriteRecord(user, null);
  await db.$transaction(async (tx) => {
    const item = await tx.agendaItem.findUnique({ where: { id } });
    if (!item) throw notFound();
    await liveMeeting(item.meetingId);
    await tx.agendaItem.delete({ where: { id } });
    await writeAudit(tx, { actor: user, action: "DELETE", entity: "AgendaItem", entityId: id, before: item });
  });
}

/** A partner's 四张清单 entries and the joint activities held with it that the user may read. */
export async function partnerRecords(user: CurrentUser, partnerId: string) {
  const scope = await branchScope(user);
  const activityScope = scope.kind === "all" ? {} : { OR: [...readableRecordsWhere(scope).OR!, { branches: { some: { orgUnitId: { in: scope.unitIds } } } }] };
  const [entries, activities] = await Promise.all([
    db.jointListEntry.findMany({ where: { partnerId, deletedAt: null }, select: { id: true, listKind: true, content: true, date: true }, orderBy: [{ listKind: "asc" }, { date: "desc" }] }),
    db.jointActivity.findMany({ where: { partnerId, deletedAt: null, ...activityScope }, select: { id: true, title: true, date: true }, orderBy: { date: "desc" }, take: 50 }),
  ]);
  return { entries, activities };
}

/**
 * The Party-affairs cadres (党务干部) of a branch whose post began or ended within a committee
 * term: the turnover the reference complains of, from the roster's posts.
 */
export function cadreChanges(orgUnitId: string, startDate: Date, endDate: Date) {
  return db.branchPost.findMany({
    where: { orgUnitId, OR: [{ fromDate: { gte: startDate, lte: endDate } }, { toDate: { gte: startDate, lte: endDate } }] },
    select: { id: true, kind: true, fromDate: true, toDate: true, member: { select: { name: true } } },
    orderBy: [{ fromDate: "desc" }, { id: "asc" }],
  });
}

/**
 * The year's quarterly ideology analyses (按季度分析研判) the user may read, per quarter; a quarter
 * that has begun without any is flagged missing.
 */
export async function ideologyQuarters(user: CurrentUser, year: number, now: Date = new Date()) {
  const scope = await branchScope(user);
  const counts = await db.ideologyRecord.groupBy({
    by: ["period"],
    where: { kind: "QUARTERLY_ANALYSIS", year, deletedAt: null, ...readableRecordsWhere(scope) },
    _count: { _all: true },
  });
  const today = todayInOrgan(now);
  return [1, 2, 3, 4].map((quarter) => {
    const analyses = counts.find((row) => row.period === quarter)?._count._all ?? 0;
    return { quarter, analyses, missing: analyses === 0 && periodByIndex("quarter", year, quarter).start <= today };
  });
}
