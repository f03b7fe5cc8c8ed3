import { beforeAll, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { deleteRecordAction, restoreRecordAction } from "@/lib/records/actions";
import { listDeletedRecords } from "@/lib/records/service";
import { createOrgan, day, signIn } from "../factories";
import { testDb } from "./helpers";
import { signedInAs } from "./next-runtime";
import { createActivity } from "./records-fixtures";

let organ: Awaited<ReturnType<typeof createOrgan>>;
beforeAll(async () => {
  organ = await createOrgan(testDb());
});

async function actingAs(username: string) {
  signedInAs(await signIn(username));
  return (await getCurrentUser())!;
}

const activityRow = (id: string) => testDb().themedActivity.findUniqueOrThrow({ where: { id }, select: { deletedAt: true, version: true } });

describe("soft delete", () => {
  it("lets a secretary delete their branch's record: hidden, versioned, audited", async () => {
    const record = await createActivity(testDb(), organ.branchA.id);
    await actingAs(organ.secretaryA.username);
    expect(await deleteRecordAction({ type: "ThemedActivity", id: record.id })).toEqual({ ok: true, data: undefined });
    const row = await activityRow(record.id);
    expect(row.deletedAt).not.toBeNull();
    // An edit form still open on the record now carries a stale version.
    expect(row.version).toBe(2);
    expect(await testDb().auditLog.count({ where: { action: "DELETE", entity: "ThemedActivity", entityId: record.id, actorId: organ.secretaryA.id } })).toBe(1);
    expect(await deleteRecordAction({ type: "ThemedActivity", id: record.id })).toMatchObject({ ok: false, error: "记录不存在或已被删除" });
  });

  it("refuses deleting another branch's record, a Party-group record, or as leadership", async () => {
    const [other, organLevel] = await Promise.all([createActivity(testDb(), organ.branchB.id), createActivity(testDb(), null)]);
    await actingAs(organ.secretaryA.username);
    expect(await deleteRecordAction({ type: "ThemedActivity", id: other.id })).toMatchObject({ ok: false, error: "只能查看和修改本支部的记录" });
    expect(await deleteRecordAction({ type: "ThemedActivity", id: organLevel.id })).toMatchObject({ ok: false, error: "您没有权限执行此操作" });
    await actingAs(organ.leader.username);
    expect(await deleteRecordAction({ type: "ThemedActivity", id: other.id })).toMatchObject({ ok: false });
    expect((await activityRow(other.id)).deletedAt).toBeNull();
    expect((await activityRow(organLevel.id)).deletedAt).toBeNull();
    // The Party office deletes Party-group records.
    await actingAs(organ.partyOffice.username);
    expect(await deleteRecordAction({ type: "ThemedActivity", id: organLevel.id })).toMatchObject({ ok: true });
  });

  it("never deletes a rectification item, and refuses unknown types", async () => {
    const item = await testDb().rectificationItem.create({
      data: {
        source: "SUPERVISION",
        problem: "三会一课记录不全",
        measures: "补齐记录",
        class: "DEADLINE",
        orgUnitId: organ.branchA.id,
        ownerId: organ.secretaryA.id,
        verifierId: organ.partyOffice.id,
        deadline: day("2026-06-30"),
      },
    });
    await actingAs(organ.partyOffice.username);
    expect(await deleteRecordAction({ type: "RectificationItem", id: item.id })).toMatchObject({ ok: false, error: "此类记录不能删除" });
    expect(await deleteRecordAction({ type: "User", id: organ.leader.id })).toMatchObject({ ok: false, fieldErrors: { type: expect.any(Array) } });
    expect(await testDb().rectificationItem.count({ where: { id: item.id } })).toBe(1);
  });
});

describe("recycle bin", () => {
  it("lists deleted records of every type for the Party office, newest first, with who deleted them", async () => {
    const activity = await createActivity(testDb(), organ.branchB.id, { title: "回收站里的读书会" });
    const campaign = await testDb().campaign.create({ data: { name: "回收站里的专项活动", startDate: day("2026-01-01") } });
    const office = await actingAs(organ.partyOffice.username);
    expect(await deleteRecordAction({ type: "ThemedActivity", id: activity.id })).toMatchObject({ ok: true });
    expect(await deleteRecordAction({ type: "Campaign", id: campaign.id })).toMatchObject({ ok: true });

    const bin = await listDeletedRecords(office, { page: 1, q: "回收站里" });
    expect(bin.total).toBe(2);
    expect(bin.rows.map((row) => [row.type, row.title, row.orgUnitName, row.deletedBy])).toEqual([
      ["Campaign", "回收站里的专项活动", null, office.displayName],
      ["ThemedActivity", "回收站里的读书会", organ.branchB.name, office.displayName],
    ]);
    expect((await listDeletedRecords(office, { page: 1, type: "Campaign", q: "回收站里" })).rows.map((row) => row.id)).toEqual([campaign.id]);
    // LIKE wildcards in the search are plain characters.
    expect((await listDeletedRecords(office, { page: 1, q: "%" })).total).toBe(0);
  });

  it("restores for the Party office only, with an audit row", async () => {
    const record = await createActivity(testDb(), organ.branchA.id);
    await actingAs(organ.secretaryA.username);
    await deleteRecordAction({ type: "ThemedActivity", id: record.id });
    const secretary = await getCurrentUser();
    await expect(listDeletedRecords(secretary!, { page: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await restoreRecordAction({ type: "ThemedActivity", id: record.id })).toMatchObject({ ok: false, error: "您没有权限执行此操作" });

    await actingAs(organ.partyOffice.username);
    expect(await restoreRecordAction({ type: "ThemedActivity", id: record.id })).toMatchObject({ ok: true });
    expect(await activityRow(record.id)).toEqual({ deletedAt: null, version: 3 });
    expect(await testDb().auditLog.count({ where: { action: "RESTORE", entity: "ThemedActivity", entityId: record.id, actorId: organ.partyOffice.id } })).toBe(1);
    expect(await restoreRecordAction({ type: "ThemedActivity", id: record.id })).toMatchObject({ ok: false, error: "记录不存在或已被删除" });
  });
});
