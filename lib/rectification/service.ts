import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/connect";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { forbidden, notFound, validationError } from "@/lib/errors";
import { todayInOrgan } from "@/lib/dates";
import { pageArgs } from "@/lib/records/list-query";
import { assertCanReadRecord, assertCanWriteRecord, assertLiveBranch, branchScope, canWriteRecord, readableRecordsWhere } from "@/lib/org/scope";
import { msg } from "@/lib/validation";
import { escalationOf, ESCALATION_SETTING_KEY, thresholdsFromSetting, type EscalationThresholds } from "./escalation";
import { RECTIFICATION_STATUSES, type BoardQuery, type CheckInInput, type RectificationItemInput, type TransitionInput, type UpdateRectificationItemInput } from "./schema";
import { acceptItem, addCheckIn, CHECK_IN_RECORD_TYPE, editItem, insertItem, findLiveItem, returnItem, submitItem, type NewItemData, type StoredItem } from "./workflow";

// 整改事项: who may act on an item, and what the board, the list and the item's page read.
// Secretaries act on their own branch's items, the Party office on any; the owner reports
// progress and submits; the named verifier (leadership or the Party office) accepts or returns.

export const ITEM_PAGE_SIZE = 20;
/** Cards per board column; the list view pages through the rest. */
export const BOARD_COLUMN_SIZE = 30;

export async function escalationThresholds(): Promise<EscalationThresholds> {
  const setting = await db.setting.findUnique({ where: { key: ESCALATION_SETTING_KEY }, select: { value: true } });
  return thresholdsFromSetting(setting?.value);
}

/** The item's source and source record: a plan's items take the plan's. */
async function sourceOf(tx: Tx, user: CurrentUser, input: RectificationItemInput) {
  if (!input.planId) return { planId: null, source: input.source, sourceRecordType: null, sourceRecordId: null };
  const plan = await tx.rectificationPlan.findFirst({ where: { id: input.planId, deletedAt: null }, select: { id: true, source: true, sourceRecordType: true, sourceRecordId: true, orgUnitId: true } });
  if (!plan) throw validationError({ planId: [msg("invalidChoice")] });
  await assertCanReadRecord(user, plan.orgUnitId);
  return { planId: plan.id, source: plan.source, sourceRecordType: plan.sourceRecordType, sourceRecordId: plan.sourceRecordId };
}

/** Where an item raised from a record (a finding, a check) came from; fixed once raised. */
export type ItemLink = Pick<NewItemData, "source" | "sourceRecordType" | "sourceRecordId" | "findingId">;

async function itemData(tx: Tx, user: CurrentUser, input: RectificationItemInput, link?: ItemLink): Promise<NewItemData> {
  await assertLiveBranch(tx, input.orgUnitId);
  if (!input.orgUnitId && !input.department) throw validationError({ department: [msg("rectificationBranchOrDepartment")] });
  return {
    ...(link ?? { ...(await sourceOf(tx, user, input)), findingId: null }),
    ...(link ? { planId: input.planId ? (await sourceOf(tx, user, input)).planId : null } : {}),
    problem: input.problem,
    measures: input.measures,
    class: input.class,
    responsibleLeaderId: input.responsibleLeaderId,
    orgUnitId: input.orgUnitId,
    department: input.department,
    ownerId: input.ownerId,
    verifierId: input.verifierId,
    deadline: input.deadline,
  };
}

/** Creates an item at a level the user writes; `link` ties it to the record it came from. */
export async function createRectificationItem(user: CurrentUser, input: RectificationItemInput, link?: ItemLink) {
  await assertCanWriteRecord(user, input.orgUnitId);
  return db.$transaction(async (tx) => insertItem(tx, user, await itemData(tx, user, input, link)));
}

/** An item raised from a finding, or from a record outside any plan, keeps its link to that record when edited. */
const linkOf = (item: StoredItem): ItemLink | undefined =>
  item.findingId || (!item.planId && item.sourceRecordId) ? { source: item.source, sourceRecordType: item.sourceRecordType, sourceRecordId: item.sourceRecordId, findingId: item.findingId } : undefined;

export async function updateRectificationItem(user: CurrentUser, input: UpdateRectificationItemInput) {
  return db.$transaction(async (tx) => {
    const before = await findLiveItem(tx, input.id);
    await assertCanWriteRecord(user, before.orgUnitId);
    await assertCanWriteRecord(user, input.orgUnitId);
    return editItem(tx, user, before, input.version, await itemData(tx, user, input, linkOf(before)));
  });
}

/** The owner acts on their item, and only while it is still theirs to write (a secretary moved elsewhere is not). */
async function ownedItem(tx: Tx, user: CurrentUser, id: string) {
  const item = await findLiveItem(tx, id);
  await assertCanReadRecord(user, item.orgUnitId);
  if (item.ownerId !== user.id) throw forbidden("rectificationNotOwner");
  await assertCanWriteRecord(user, item.orgUnitId);
  return item;
}

export async function addRectificationCheckIn(user: CurrentUser, input: CheckInInput) {
  return db.$transaction(async (tx) => addCheckIn(tx, user, await ownedItem(tx, user, input.itemId), input));
}

export async function submitRectificationItem(user: CurrentUser, input: TransitionInput) {
  return db.$transaction(async (tx) => submitItem(tx, user, await ownedItem(tx, user, input.id), input.version, input.comment));
}

async function verifiedItem(tx: Tx, user: CurrentUser, id: string) {
  const item = await findLiveItem(tx, id);
  await assertCanReadRecord(user, item.orgUnitId);
  return item;
}

export async function acceptRectificationItem(user: CurrentUser, input: TransitionInput) {
  return db.$transaction(async (tx) => acceptItem(tx, user, await verifiedItem(tx, user, input.id), input.version, input.comment));
}

export async function returnRectificationItem(user: CurrentUser, input: TransitionInput & { comment: string }) {
  return db.$transaction(async (tx) => returnItem(tx, user, await verifiedItem(tx, user, input.id), input.version, input.comment));
}

// ---- Reads ----

function itemWhere(scope: Awaited<ReturnType<typeof branchScope>>, query: Partial<Omit<BoardQuery, "page" | "view">>): Prisma.RectificationItemWhereInput {
  return {
    deletedAt: null,
    ...readableRecordsWhere(scope),
    ...(query.branch ? { orgUnitId: query.branch } : {}),
    ...(query.source ? { source: query.source } : {}),
    ...(query.owner ? { ownerId: query.owner } : {}),
    ...(query.plan ? { planId: query.plan } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.q ? { AND: [{ OR: [{ problem: { contains: query.q, mode: "insensitive" } }, { measures: { contains: query.q, mode: "insensitive" } }] }] } : {}),
  };
}

const cardSelect = {
  id: true,
  problem: true,
  source: true,
  class: true,
  status: true,
  deadline: true,
  closedOn: true,
  department: true,
  orgUnit: { select: { name: true } },
  owner: { select: { displayName: true } },
  verifier: { select: { displayName: true } },
  _count: { select: { checkIns: true } },
} as const satisfies Prisma.RectificationItemSelect;

type CardRow = Prisma.RectificationItemGetPayload<{ select: typeof cardSelect }>;

/** Open items carry their escalation colour; closed ones none. */
function withEscalation(rows: CardRow[], thresholds: EscalationThresholds, today: Date) {
  return rows.map((row) => ({ ...row, escalation: row.status === "CLOSED" ? null : escalationOf(row.deadline, today, thresholds) }));
}
export type ItemCard = ReturnType<typeof withEscalation>[number];

/** The board: one column per status (most urgent first), with each column's full count. */
export async function rectificationBoard(user: CurrentUser, query: BoardQuery) {
  const where = itemWhere(await branchScope(user), { ...query, status: undefined });
  const [thresholds, counts, columns] = await Promise.all([
    escalationThresholds(),
    db.rectificationItem.groupBy({ by: ["status"], where, _count: { _all: true } }),
    Promise.all(
      RECTIFICATION_STATUSES.map((status) =>
        db.rectificationItem.findMany({
          where: { ...where, status },
          select: cardSelect,
          orderBy: status === "CLOSED" ? [{ closedOn: "desc" }, { id: "asc" }] : [{ deadline: "asc" }, { id: "asc" }],
          take: BOARD_COLUMN_SIZE,
        }),
      ),
    ),
  ]);
  const today = todayInOrgan();
  const countOf = new Map(counts.map((row) => [row.status, row._count._all]));
  return RECTIFICATION_STATUSES.map((status, index) => ({ status, total: countOf.get(status) ?? 0, items: withEscalation(columns[index], thresholds, today) }));
}

export async function listRectificationItems(user: CurrentUser, query: BoardQuery) {
  const where = itemWhere(await branchScope(user), query);
  const [thresholds, total, rows] = await Promise.all([
    escalationThresholds(),
    db.rectificationItem.count({ where }),
    db.rectificationItem.findMany({ where, select: cardSelect, orderBy: [{ deadline: "asc" }, { id: "asc" }], ...pageArgs(query.page, ITEM_PAGE_SIZE) }),
  ]);
  return { total, rows: withEscalation(rows, thresholds, todayInOrgan()), page: query.page, pageSize: ITEM_PAGE_SIZE };
}

/** A plan's items on one page: plans hold tens of items ("细化为18项具体落实举措"), not thousands. */
export async function itemsOfPlan(user: CurrentUser, planId: string) {
  const [thresholds, rows] = await Promise.all([
    escalationThresholds(),
    db.rectificationItem.findMany({ where: itemWhere(await branchScope(user), { plan: planId }), select: cardSelect, orderBy: [{ deadline: "asc" }, { id: "asc" }], take: 500 }),
  ]);
  return withEscalation(rows, thresholds, todayInOrgan());
}

/** Every row of the filtered list, for the Excel ledger. */
export async function rectificationLedgerRows(user: CurrentUser, query: Omit<BoardQuery, "page" | "view">) {
  const [thresholds, rows] = await Promise.all([
    escalationThresholds(),
    db.rectificationItem.findMany({
      where: itemWhere(await branchScope(user), query),
      select: { ...cardSelect, measures: true, responsibleLeader: { select: { displayName: true } }, plan: { select: { title: true } } },
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
    }),
  ]);
  const today = todayInOrgan();
  return rows.map((row) => ({ ...row, escalation: row.status === "CLOSED" ? null : escalationOf(row.deadline, today, thresholds) }));
}

const detailSelect = {
  ...cardSelect,
  planId: true,
  sourceRecordType: true,
  sourceRecordId: true,
  findingId: true,
  measures: true,
  orgUnitId: true,
  ownerId: true,
  verifierId: true,
  responsibleLeaderId: true,
  version: true,
  createdAt: true,
  plan: { select: { id: true, title: true } },
  finding: { select: { id: true, roundId: true, description: true } },
  responsibleLeader: { select: { displayName: true } },
  checkIns: { select: { id: true, date: true, progress: true, createdAt: true }, orderBy: [{ date: "desc" }, { createdAt: "desc" }] },
  events: { select: { id: true, at: true, kind: true, fromStatus: true, toStatus: true, comment: true, actorId: true }, orderBy: [{ at: "asc" }, { id: "asc" }] },
} as const satisfies Prisma.RectificationItemSelect;

/** One item with its check-ins (and their evidence), its timeline and what the user may do with it. */
export async function getRectificationItem(user: CurrentUser, id: string) {
  const item = await db.rectificationItem.findFirst({ where: { id, deletedAt: null }, select: detailSelect });
  if (!item) throw notFound();
  await assertCanReadRecord(user, item.orgUnitId);
  const [scope, thresholds, actors, evidence] = await Promise.all([
    branchScope(user),
    escalationThresholds(),
    db.user.findMany({ where: { id: { in: [...new Set(item.events.map((event) => event.actorId))] } }, select: { id: true, displayName: true } }),
    // The item's scope was checked above; its check-ins share it.
    db.attachment.findMany({
      where: { recordType: CHECK_IN_RECORD_TYPE, recordId: { in: item.checkIns.map((checkIn) => checkIn.id) }, deletedAt: null },
      select: { id: true, recordId: true, fileName: true, mimeType: true, size: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  ]);
  const actorName = new Map(actors.map((actor) => [actor.id, actor.displayName]));
  const writable = canWriteRecord(user, scope, item.orgUnitId);
  const isOwner = item.ownerId === user.id && writable;
  const open = item.status === "PENDING" || item.status === "IN_PROGRESS";
  return {
    ...item,
    escalation: item.status === "CLOSED" ? null : escalationOf(item.deadline, todayInOrgan(), thresholds),
    checkIns: item.checkIns.map((checkIn) => ({ ...checkIn, attachments: evidence.filter((file) => file.recordId === checkIn.id) })),
    events: item.events.map((event) => ({ ...event, actorName: actorName.get(event.actorId) ?? "" })),
    evidenceCount: evidence.length,
    can: {
      edit: writable && item.status !== "CLOSED",
      checkIn: isOwner && open,
      /** Evidence may change only while the work is open: what was submitted is what the verifier saw. */
      evidence: isOwner && open,
      submit: isOwner && item.status === "IN_PROGRESS",
      verify: item.status === "AWAITING_ACCEPTANCE" && item.verifierId === user.id && item.ownerId !== user.id,
    },
  };
}

// ---- Form options ----

/** The people an item can name, by part: leaders, owners (secretaries with their branch, Party office), verifiers. */
export async function itemPeopleOptions() {
  const users = await db.user.findMany({
    where: { active: true, role: { in: ["LEADER", "PARTY_OFFICE", "SECRETARY"] } },
    select: { id: true, displayName: true, role: true, branchId: true, branch: { select: { name: true } } },
    orderBy: [{ role: "asc" }, { displayName: "asc" }],
  });
  const label = (user: (typeof users)[number]) => (user.branch ? `${user.displayName}（${user.branch.name}）` : user.displayName);
  return {
    leaders: users.filter((user) => user.role === "LEADER").map((user) => ({ id: user.id, name: label(user) })),
    owners: users.filter((user) => user.role !== "LEADER").map((user) => ({ id: user.id, name: label(user), branchId: user.branchId })),
    verifiers: users.filter((user) => user.role !== "SECRETARY").map((user) => ({ id: user.id, name: label(user) })),
  };
}

/** Whether the user may create items at all (the page offers the button and form). */
export const canCreateItems = (user: CurrentUser) => can(user.role, "records.write");
