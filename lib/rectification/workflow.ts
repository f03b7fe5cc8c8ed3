import type { Tx } from "@/lib/db/connect";
import type { Prisma, RectificationStatus } from "@/lib/generated/prisma/client";
import { writeAudit, type AuditActor } from "@/lib/audit/service";
import { conflict, forbidden, notFound, validationError } from "@/lib/errors";
import { type FieldLabel, savedStamp, staleVersion } from "@/lib/records/conflict";
import { todayInOrgan } from "@/lib/dates";
import { msg } from "@/lib/validation";
import type { CheckInInput } from "./schema";

// The rectification workflow's writes, inside a transaction the caller opens: the item's change,
// its RectificationEvent (the timeline) and the audit row land together or not at all. Who may
// act is decided by the caller (lib/rectification/service.ts); the rules that hold whoever acts —
// evidence before acceptance, doer ≠ verifier, the status order — are decided here.
// Free of "server-only" so that the demo seed writes through the same rules.

export const CHECK_IN_RECORD_TYPE = "RectificationCheckIn";

export const itemSelect = {
  id: true,
  planId: true,
  source: true,
  sourceRecordType: true,
  sourceRecordId: true,
  findingId: true,
  problem: true,
  measures: true,
  class: true,
  responsibleLeaderId: true,
  orgUnitId: true,
  department: true,
  ownerId: true,
  verifierId: true,
  deadline: true,
  status: true,
  closedOn: true,
  version: true,
} as const satisfies Prisma.RectificationItemSelect;

export type StoredItem = Prisma.RectificationItemGetPayload<{ select: typeof itemSelect }>;

export type NewItemData = Pick<
  Prisma.RectificationItemUncheckedCreateInput,
  "planId" | "source" | "sourceRecordType" | "sourceRecordId" | "findingId" | "problem" | "measures" | "class" | "responsibleLeaderId" | "orgUnitId" | "department" | "ownerId" | "verifierId" | "deadline"
>;

async function recordEvent(tx: Tx, actor: AuditActor, itemId: string, kind: string, change: { from?: RectificationStatus; to?: RectificationStatus; comment?: string | null } = {}) {
  await tx.rectificationEvent.create({ data: { itemId, actorId: actor.id, kind, fromStatus: change.from ?? null, toStatus: change.to ?? null, comment: change.comment ?? null } });
}

/**
 * The people an item names must fit their parts: the owner reports progress (a secretary of the
 * item's branch, or Party office staff), the responsible leader is leadership, the verifier is
 * leadership or Party office staff and never the owner.
 */
export async function assertItemPeople(tx: Tx, data: Pick<NewItemData, "ownerId" | "verifierId" | "responsibleLeaderId" | "orgUnitId">) {
  const ids = [data.ownerId, data.verifierId, data.responsibleLeaderId].filter((id): id is string => Boolean(id));
  const users = new Map((await tx.user.findMany({ where: { id: { in: ids }, active: true }, select: { id: true, role: true, branchId: true } })).map((user) => [user.id, user]));
  const owner = users.get(data.ownerId);
  const verifier = users.get(data.verifierId);
  const leader = data.responsibleLeaderId ? users.get(data.responsibleLeaderId) : undefined;
  const problems: Record<string, string[]> = {};
  if (!owner || !(owner.role === "PARTY_OFFICE" || (owner.role === "SECRETARY" && data.orgUnitId !== null && owner.branchId === data.orgUnitId))) {
    problems.ownerId = [msg("rectificationOwnerRole")];
  }
  if (!verifier || !(verifier.role === "LEADER" || verifier.role === "PARTY_OFFICE")) problems.verifierId = [msg("rectificationVerifierRole")];
  else if (data.verifierId === data.ownerId) problems.verifierId = [msg("rectificationVerifierIsOwner")];
  if (data.responsibleLeaderId && leader?.role !== "LEADER") problems.responsibleLeaderId = [msg("rectificationLeaderRole")];
  if (Object.keys(problems).length) throw validationError(problems);
}

export async function insertItem(tx: Tx, actor: AuditActor, data: NewItemData): Promise<StoredItem> {
  await assertItemPeople(tx, data);
  const item = await tx.rectificationItem.create({ data: { ...data, createdById: actor.id, updatedById: actor.id }, select: itemSelect });
  await recordEvent(tx, actor, item.id, "CREATED", { to: item.status });
  await writeAudit(tx, { actor, action: "CREATE", entity: "RectificationItem", entityId: item.id, after: item });
  return item;
}

/** The item as it stands; changes to it are guarded by its version, not by a row lock. */
export async function findLiveItem(tx: Tx, id: string): Promise<StoredItem> {
  const item = await tx.rectificationItem.findFirst({ where: { id, deletedAt: null }, select: itemSelect });
  if (!item) throw notFound();
  return item;
}

/** An item's fields as the item form labels them, in its order; the status, which every step changes, last. */
const itemLabels: Record<string, FieldLabel> = {
  problem: "rectification.fields.problem",
  measures: "rectification.fields.measures",
  source: { label: "rectification.fields.source", values: "rectification.sources" },
  planId: { label: "rectification.fields.plan", opaque: true },
  class: { label: "rectification.fields.class", values: "rectification.classes" },
  deadline: "rectification.fields.deadline",
  orgUnitId: { label: "rectification.fields.branch", opaque: true },
  department: "rectification.fields.department",
  responsibleLeaderId: { label: "rectification.fields.responsibleLeader", opaque: true },
  ownerId: { label: "rectification.fields.owner", opaque: true },
  verifierId: { label: "rectification.fields.verifier", opaque: true },
  status: { label: "rectification.fields.status", values: "rectification.statuses" },
};

/** Changes an item at the version the user saw; a concurrent change makes it a conflict. */
async function changeItem(tx: Tx, actor: AuditActor, before: StoredItem, version: number, data: Prisma.RectificationItemUncheckedUpdateManyInput, action: string) {
  const { count } = await tx.rectificationItem.updateMany({
    where: { id: before.id, version, status: before.status, deletedAt: null },
    data: { ...data, version: { increment: 1 }, updatedById: actor.id },
  });
  if (count === 0) {
    const saved = await tx.rectificationItem.findUniqueOrThrow({ where: { id: before.id }, select: savedStamp });
    throw await staleVersion(tx, { entity: "RectificationItem", id: before.id, loaded: version, current: before, saved, fields: itemLabels });
  }
  const after = await tx.rectificationItem.findUniqueOrThrow({ where: { id: before.id }, select: itemSelect });
  await writeAudit(tx, { actor, action, entity: "RectificationItem", entityId: before.id, before, after });
  return after;
}

/** Edits the item's content; a closed item is settled and stays as it was accepted. */
export async function editItem(tx: Tx, actor: AuditActor, before: StoredItem, version: number, data: NewItemData) {
  if (before.status === "CLOSED") throw conflict("rectificationClosed");
  await assertItemPeople(tx, data);
  const after = await changeItem(tx, actor, before, version, data, "UPDATE");
  await recordEvent(tx, actor, before.id, "EDITED");
  return after;
}

/** A dated progress report; the first one starts the work (待整改 → 整改中). */
export async function addCheckIn(tx: Tx, actor: AuditActor, item: StoredItem, input: Omit<CheckInInput, "itemId">) {
  if (item.status === "AWAITING_ACCEPTANCE" || item.status === "CLOSED") throw conflict("rectificationNotOpen");
  const checkIn = await tx.rectificationCheckIn.create({
    data: { itemId: item.id, date: input.date, progress: input.progress, orgUnitId: item.orgUnitId, authorId: actor.id },
    select: { id: true, itemId: true, date: true, progress: true, orgUnitId: true },
  });
  await writeAudit(tx, { actor, action: "CREATE", entity: CHECK_IN_RECORD_TYPE, entityId: checkIn.id, after: checkIn });
  if (item.status === "PENDING") {
    await changeItem(tx, actor, item, item.version, { status: "IN_PROGRESS" }, "START");
    await recordEvent(tx, actor, item.id, "CHECK_IN", { from: "PENDING", to: "IN_PROGRESS", comment: input.progress });
  } else {
    await recordEvent(tx, actor, item.id, "CHECK_IN", { comment: input.progress });
  }
  return checkIn;
}

/** Evidence files still attached to the item's check-ins. */
export async function evidenceCount(tx: Tx, itemId: string): Promise<number> {
  const [{ total }] = await tx.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM "Attachment" a JOIN "RectificationCheckIn" c ON c.id = a."recordId"
    WHERE a."recordType" = ${CHECK_IN_RECORD_TYPE} AND a."deletedAt" IS NULL AND c."itemId" = ${itemId}`;
  return total;
}

/** 送验收: only work in progress with evidence on its check-ins goes to the verifier. */
export async function submitItem(tx: Tx, actor: AuditActor, item: StoredItem, version: number, comment: string | null) {
  if (item.status !== "IN_PROGRESS") throw conflict("rectificationNotInProgress");
  if ((await evidenceCount(tx, item.id)) === 0) throw conflict("rectificationNoEvidence");
  const after = await changeItem(tx, actor, item, version, { status: "AWAITING_ACCEPTANCE" }, "SUBMIT");
  await recordEvent(tx, actor, item.id, "SUBMITTED", { from: item.status, to: after.status, comment });
  return after;
}

/** Only the verifier the item names decides on it, and never the person who did the work. */
function assertVerifier(actor: AuditActor, item: StoredItem) {
  if (actor.id === item.ownerId) throw forbidden("rectificationOwnerCannotVerify");
  if (actor.id !== item.verifierId) throw forbidden("rectificationNotVerifier");
  if (item.status !== "AWAITING_ACCEPTANCE") throw conflict("rectificationNotAwaiting");
}

/** 验收销号: the item is closed on the organ's today. */
export async function acceptItem(tx: Tx, actor: AuditActor, item: StoredItem, version: number, comment: string | null) {
  assertVerifier(actor, item);
  const after = await changeItem(tx, actor, item, version, { status: "CLOSED", closedOn: todayInOrgan() }, "ACCEPT");
  await recordEvent(tx, actor, item.id, "ACCEPTED", { from: item.status, to: after.status, comment });
  return after;
}

/** 退回: back to work, with the verifier's reason on the timeline. */
export async function returnItem(tx: Tx, actor: AuditActor, item: StoredItem, version: number, comment: string) {
  assertVerifier(actor, item);
  const after = await changeItem(tx, actor, item, version, { status: "IN_PROGRESS" }, "RETURN");
  await recordEvent(tx, actor, item.id, "RETURNED", { from: item.status, to: after.status, comment });
  return after;
}
