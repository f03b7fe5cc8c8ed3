import { describe, expect, it } from "vitest";
import { writeAudit } from "@/lib/audit/service";
import { verifyAuditChain } from "@/lib/audit/verify";
import { testDb } from "./helpers";

async function appendRows(count: number) {
  for (let index = 0; index < count; index++) {
    await writeAudit(testDb(), {
      actor: null,
      actorName: `用户${index}`,
      action: "UPDATE",
      entity: "Member",
      entityId: `m${index}`,
      before: { name: "张三", tags: ["a"], nested: { b: 2, a: 1 } },
      after: { name: `李四${index}` },
    });
  }
}

/** Changes a row as a database superuser would, bypassing the append-only triggers. */
async function tamper(sql: string) {
  await testDb().$transaction([
    testDb().$executeRawUnsafe(`ALTER TABLE "AuditLog" DISABLE TRIGGER USER`),
    testDb().$executeRawUnsafe(sql),
    testDb().$executeRawUnsafe(`ALTER TABLE "AuditLog" ENABLE TRIGGER USER`),
  ]);
}

describe("audit log hash chain", () => {
  it("verifies an untouched chain, including rows written concurrently", async () => {
    await Promise.all([appendRows(5), appendRows(5), appendRows(5)]);
    expect(await verifyAuditChain(testDb())).toEqual({ ok: true, rows: 15 });
  });

  it("names the first row whose content was changed", async () => {
    const target = (await testDb().auditLog.findMany({ orderBy: { id: "asc" }, skip: 7, take: 1 }))[0];
    await tamper(`UPDATE "AuditLog" SET "actorName" = '篡改者' WHERE id = ${target.id}`);
    expect(await verifyAuditChain(testDb())).toMatchObject({ ok: false, brokenId: target.id, reason: "hash" });
  });

  it("names the row after one that was deleted", async () => {
    const rows = await testDb().auditLog.findMany({ orderBy: { id: "asc" }, take: 4 });
    await tamper(`DELETE FROM "AuditLog" WHERE id = ${rows[2].id}`);
    expect(await verifyAuditChain(testDb())).toMatchObject({ ok: false, brokenId: rows[3].id, reason: "link" });
  });
});
