import { beforeAll, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { uploadAttachments } from "@/lib/attachments/service";
import { formatCalendarDate, parseCalendarDate, todayInOrgan } from "@/lib/dates";
import { runSweeps } from "@/lib/jobs/sweeps";
import {
  acceptRectificationItemAction,
  addRectificationCheckInAction,
  createRectificationItemAction,
  returnRectificationItemAction,
  submitRectificationItemAction,
  updateRectificationItemAction,
} from "@/lib/rectification/actions";
import { escalationOf } from "@/lib/rectification/escalation";
import { rectificationEscalationSweep } from "@/lib/rectification/escalation-sweep";
import { getRectificationItem, rectificationBoard } from "@/lib/rectification/service";
import { boardQuerySchema } from "@/lib/rectification/schema";
import { raiseRectificationFromCheckAction } from "@/lib/integrity/actions";
import { rectificationItemsOfCheck } from "@/lib/integrity/rectification-seam";
import { createOrgan, createSupervisionCheck, createUser, signIn } from "../factories";
import { PNG_BYTES } from "../support/sample-files";
import { testDb } from "./helpers";
import { signedInAs } from "./next-runtime";

let organ: Awaited<ReturnType<typeof createOrgan>>;
beforeAll(async () => {
  organ = await createOrgan(testDb());
  await testDb().orgUnit.update({ where: { id: organ.branchA.id }, data: { supervisingLeaderId: organ.leader.id } });
});

async function actingAs(username: string) {
  signedInAs(await signIn(username));
  return (await getCurrentUser())!;
}

const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

/** A branch-A item owned by its secretary and verified by the leader, as the Party office records it. */
async function newItem(overrides: Record<string, string> = {}) {
  await actingAs(organ.partyOffice.username);
  const result = await createRectificationItemAction({
    source: "ORG_LIFE_MEETING",
    problem: "组织生活会会前谈心谈话不够深入",
    measures: "书记逐一开展谈心谈话并记录",
    class: "DEADLINE",
    responsibleLeaderId: organ.leader.id,
    orgUnitId: organ.branchA.id,
    ownerId: organ.secretaryA.id,
    verifierId: organ.leader.id,
    deadline: "2040-06-30",
    ...overrides,
  });
  if (!result.ok) throw new Error(`fixture item refused: ${result.error} ${JSON.stringify(result.fieldErrors)}`);
  return result.data as string;
}

const itemRow = (id: string) => testDb().rectificationItem.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, closedOn: true } });

async function checkInWithPhoto(itemId: string) {
  const checkIn = await addRectificationCheckInAction({ itemId, date: "2040-03-01", progress: "已完成 8 名党员的谈心谈话" });
  if (!checkIn.ok) throw new Error(checkIn.error);
  const user = (await getCurrentUser())!;
  await uploadAttachments(user, { recordType: "RectificationCheckIn", recordId: checkIn.data as string, files: [new File([new Uint8Array(PNG_BYTES)], "谈话记录.png", { type: "image/png" })] });
  return checkIn.data as string;
}

describe("the rectification workflow", () => {
  it("refuses an item whose verifier is its owner, in the schema and in the service", async () => {
    await actingAs(organ.partyOffice.username);
    const result = await createRectificationItemAction({
      source: "OTHER",
      problem: "问题",
      measures: "措施",
      class: "IMMEDIATE",
      responsibleLeaderId: organ.leader.id,
      orgUnitId: organ.branchA.id,
      ownerId: organ.partyOffice.id,
      verifierId: organ.partyOffice.id,
      deadline: "2040-01-01",
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { verifierId: ["验收人不能是整改责任人本人"] } });
    // A secretary of another branch cannot own branch A's item.
    expect(await createRectificationItemAction({ source: "OTHER", problem: "问题", measures: "措施", class: "IMMEDIATE", responsibleLeaderId: organ.leader.id, orgUnitId: organ.branchA.id, ownerId: organ.secretaryB.id, verifierId: organ.leader.id, deadline: "2040-01-01" })).toMatchObject({
      ok: false,
      fieldErrors: { ownerId: ["整改责任人须为该支部书记或党建办人员"] },
    });
  });

  it("refuses a submission without evidence, then walks 待整改 → 整改中 → 待验收 → 退回 → 待验收 → 已销号 keeping every step", async () => {
    const id = await newItem();
    await actingAs(organ.secretaryA.username);
    const bare = await addRectificationCheckInAction({ itemId: id, date: "2040-02-01", progress: "已制定谈话计划" });
    expect(bare.ok).toBe(true);
    expect(await itemRow(id)).toMatchObject({ status: "IN_PROGRESS" });
    const { version } = await itemRow(id);
    expect(await submitRectificationItemAction({ id, version })).toMatchObject({ ok: false, error: "请先在整改进展中上传佐证材料，再送验收" });
    expect(await itemRow(id)).toMatchObject({ status: "IN_PROGRESS", version });

    await checkInWithPhoto(id);
    expect(await submitRectificationItemAction({ id, version: (await itemRow(id)).version, comment: "请验收" })).toMatchObject({ ok: true, data: "AWAITING_ACCEPTANCE" });

    // The owner cannot accept (even were they named verifier), nor can the Party office when not named.
    expect(await acceptRectificationItemAction({ id, version: (await itemRow(id)).version })).toMatchObject({ ok: false });
    await actingAs(organ.partyOffice.username);
    expect(await acceptRectificationItemAction({ id, version: (await itemRow(id)).version })).toMatchObject({ ok: false, error: "只有指定的验收人可以验收或退回" });

    await actingAs(organ.leader.username);
    expect(await returnRectificationItemAction({ id, version: (await itemRow(id)).version, comment: "" })).toMatchObject({ ok: false });
    expect(await returnRectificationItemAction({ id, version: (await itemRow(id)).version, comment: "谈话记录不完整，请补充" })).toMatchObject({ ok: true, data: "IN_PROGRESS" });

    await actingAs(organ.secretaryA.username);
    await checkInWithPhoto(id);
    expect(await submitRectificationItemAction({ id, version: (await itemRow(id)).version })).toMatchObject({ ok: true });
    await actingAs(organ.leader.username);
    const stale = (await itemRow(id)).version - 1;
    expect(await acceptRectificationItemAction({ id, version: stale })).toMatchObject({ ok: false, error: expect.stringContaining("已被他人修改") });
    expect(await acceptRectificationItemAction({ id, version: (await itemRow(id)).version, comment: "整改到位" })).toMatchObject({ ok: true, data: "CLOSED" });
    expect((await itemRow(id)).closedOn).toEqual(todayInOrgan());

    const events = await testDb().rectificationEvent.findMany({ where: { itemId: id }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { kind: true, fromStatus: true, toStatus: true, comment: true } });
    expect(events.map((event) => event.kind)).toEqual(["CREATED", "CHECK_IN", "CHECK_IN", "SUBMITTED", "RETURNED", "CHECK_IN", "SUBMITTED", "ACCEPTED"]);
    expect(events.find((event) => event.kind === "RETURNED")).toEqual({ kind: "RETURNED", fromStatus: "AWAITING_ACCEPTANCE", toStatus: "IN_PROGRESS", comment: "谈话记录不完整，请补充" });
    // Every change left an audit row against the item.
    const audited = await testDb().auditLog.findMany({ where: { entity: "RectificationItem", entityId: id }, select: { action: true }, orderBy: { id: "asc" } });
    expect(audited.map((row) => row.action)).toEqual(["CREATE", "START", "SUBMIT", "RETURN", "SUBMIT", "ACCEPT"]);

    // Closed is closed: no edit, no more progress.
    await actingAs(organ.partyOffice.username);
    const detail = await getRectificationItem((await getCurrentUser())!, id);
    expect(detail.can).toMatchObject({ edit: false, checkIn: false, submit: false, verify: false });
    expect(detail.events).toHaveLength(8);
    expect(detail.evidenceCount).toBe(2);
  });

  it("refuses a secretary acting on another branch's item, reading it or reporting on it", async () => {
    const id = await newItem();
    const secretaryB = await actingAs(organ.secretaryB.username);
    expect(await addRectificationCheckInAction({ itemId: id, date: "2040-02-01", progress: "越权" })).toMatchObject({ ok: false, error: "只能查看和修改本支部的记录" });
    await expect(getRectificationItem(secretaryB, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { version } = await itemRow(id);
    expect(
      await updateRectificationItemAction({ id, version, source: "OTHER", problem: "改", measures: "改", class: "IMMEDIATE", responsibleLeaderId: organ.leader.id, orgUnitId: organ.branchB.id, ownerId: organ.secretaryB.id, verifierId: organ.leader.id, deadline: "2040-01-01" }),
    ).toMatchObject({ ok: false });
    const board = await rectificationBoard(secretaryB, boardQuerySchema.parse({}));
    expect(board.flatMap((column) => column.items).some((item) => item.id === id)).toBe(false);
    // Leadership reads everything but writes nothing.
    await actingAs(organ.leader.username);
    expect(await addRectificationCheckInAction({ itemId: id, date: "2040-02-01", progress: "领导" })).toMatchObject({ ok: false, error: "您没有权限执行此操作" });
  });
});

describe("raising an item from a supervision check", () => {
  it("links the item to the check, which lists it; another branch's secretary may not raise from it", async () => {
    const check = await createSupervisionCheck(testDb(), { orgUnitId: organ.branchA.id, findings: "廉政风险点台账未更新" });
    const fields = { recordId: check.id, problem: "廉政风险点台账未更新", measures: "逐项更新台账", class: "IMMEDIATE", responsibleLeaderId: organ.leader.id, ownerId: organ.secretaryA.id, verifierId: organ.partyOffice.id, deadline: "2040-05-01" };
    await actingAs(organ.secretaryB.username);
    expect(await raiseRectificationFromCheckAction({ ...fields, ownerId: organ.secretaryB.id })).toMatchObject({ ok: false });
    const secretaryA = await actingAs(organ.secretaryA.username);
    const raised = await raiseRectificationFromCheckAction(fields);
    expect(raised).toMatchObject({ ok: true });
    expect(await testDb().rectificationItem.findUniqueOrThrow({ where: { id: (raised as { data: string }).data } })).toMatchObject({
      source: "INTEGRITY_CHECK",
      sourceRecordType: "SupervisionCheck",
      sourceRecordId: check.id,
      orgUnitId: organ.branchA.id,
      status: "PENDING",
    });
    expect(await rectificationItemsOfCheck(secretaryA, check.id)).toEqual([expect.objectContaining({ id: (raised as { data: string }).data, problem: "廉政风险点台账未更新" })]);
  });
});

describe("the escalation sweep", () => {
  // 17:30 UTC on 10 May is already 11 May in Beijing: days are counted from 11 May whatever TZ the server runs in.
  const now = new Date("2031-05-10T17:30:00Z");
  const today = parseCalendarDate("2031-05-11")!;
  const offsets = [21, 20, 11, 10, 0, -1] as const;
  const expected = { 21: "ON_TRACK", 20: "YELLOW", 11: "YELLOW", 10: "RED", 0: "RED", [-1]: "OVERDUE" } as const;

  for (const tz of ["UTC", "Asia/Shanghai"]) {
    it(`colours and notifies at 21, 20, 11, 10, 0 and −1 days left under TZ=${tz}`, async () => {
      const previous = process.env.TZ;
      process.env.TZ = tz;
      try {
        const owner = await createUser(testDb(), "PARTY_OFFICE");
        const ids: Record<number, string> = {};
        for (const offset of offsets) {
          ids[offset] = await newItem({ ownerId: owner.id, deadline: formatCalendarDate(addDays(today, offset)), problem: `预警测试 ${tz} ${offset}` });
          expect(escalationOf(addDays(today, offset), todayInOrgan(now))).toBe(expected[offset]);
        }
        await rectificationEscalationSweep.run(now);
        for (const offset of offsets) {
          const notices = await testDb().notification.findMany({ where: { recordId: ids[offset] }, select: { userId: true, level: true, dedupeKey: true } });
          const level = expected[offset];
          if (level === "ON_TRACK") {
            expect(notices).toEqual([]);
            continue;
          }
          const recipients = notices.map((notice) => notice.userId).sort();
          const circle = {
            YELLOW: [owner.id],
            RED: [owner.id, organ.secretaryA.id, organ.leader.id],
            OVERDUE: [owner.id, organ.secretaryA.id, organ.leader.id],
          }[level];
          expect(recipients).toEqual([...circle].sort());
          expect(notices.every((notice) => notice.level === level && notice.dedupeKey === `rectification:${ids[offset]}:${level}`)).toBe(true);
        }
      } finally {
        process.env.TZ = previous;
      }
    });
  }

  it("notifies the Party group's whole leadership of an overdue item, not only the branch's supervising leader", async () => {
    const otherLeader = await createUser(testDb(), "LEADER");
    const id = await newItem({ deadline: "2031-06-01", problem: "逾期通知领导" });
    await rectificationEscalationSweep.run(new Date("2031-06-03T04:00:00Z"));
    const recipients = (await testDb().notification.findMany({ where: { recordId: id, level: "OVERDUE" }, select: { userId: true } })).map((row) => row.userId);
    expect(recipients.sort()).toEqual([organ.secretaryA.id, organ.leader.id, otherLeader.id].sort());
  });

  it("notifies each (item, level, recipient) once when two sweeps run at the same time", async () => {
    const id = await newItem({ deadline: "2032-03-01", problem: "并发预警" });
    const at = new Date("2032-03-05T02:00:00Z");
    await Promise.all([rectificationEscalationSweep.run(at), rectificationEscalationSweep.run(at), runSweeps(at, [rectificationEscalationSweep])]);
    const notices = await testDb().notification.findMany({ where: { recordId: id }, select: { userId: true, dedupeKey: true } });
    const leaders = await testDb().user.count({ where: { role: "LEADER", active: true } });
    // Owner (the secretary, also the branch's secretary) and every leader, once each.
    expect(notices).toHaveLength(1 + leaders);
    expect(new Set(notices.map((notice) => notice.userId)).size).toBe(notices.length);
    expect(notices.every((notice) => notice.dedupeKey === `rectification:${id}:OVERDUE`)).toBe(true);
  });

  it("leaves closed items alone", async () => {
    const id = await newItem({ deadline: "2033-01-01" });
    await testDb().rectificationItem.update({ where: { id }, data: { status: "CLOSED" } });
    await rectificationEscalationSweep.run(new Date("2033-02-01T00:00:00Z"));
    expect(await testDb().notification.count({ where: { recordId: id } })).toBe(0);
  });
});

describe("the board", () => {
  it("counts each column in SQL and colours open cards", async () => {
    const partyOffice = await actingAs(organ.partyOffice.username);
    const board = await rectificationBoard(partyOffice, boardQuerySchema.parse({ branch: organ.branchA.id }));
    const total = await testDb().rectificationItem.count({ where: { orgUnitId: organ.branchA.id } });
    expect(board.reduce((sum, column) => sum + column.total, 0)).toBe(total);
    expect(board.map((column) => column.status)).toEqual(["PENDING", "IN_PROGRESS", "AWAITING_ACCEPTANCE", "CLOSED"]);
    expect(board.find((column) => column.status === "CLOSED")!.items.every((item) => item.escalation === null)).toBe(true);
    expect(board.find((column) => column.status === "PENDING")!.items.every((item) => item.escalation !== null)).toBe(true);
  });
});
