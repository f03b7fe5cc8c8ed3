import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeAudit } from "@/lib/audit/service";
import { verifyAuditChain } from "@/lib/audit/verify";
import { createPrismaClient, type Db } from "@/lib/db/connect";
import { backupDatabase, restoreDatabase } from "../../scripts/lib/backup";
import { createDatabase, databaseUrl, dropDatabase, randomSuffix, withClient } from "../../scripts/lib/pg-admin";
import { createOrgan } from "../factories";
import { testDb } from "./helpers";

const KEY_TABLES = ["User", "OrgUnit", "Member", "Membership", "AuditLog"];
const folder = mkdtempSync(path.join(os.tmpdir(), "partydesk-backup-"));
const restoredName = `partydesk_restore_${randomSuffix(8)}`;
const adminUrl = databaseUrl(process.env.DATABASE_URL!, "postgres");
let restored: Db | undefined;

afterAll(async () => {
  await restored?.$disconnect();
  await withClient(adminUrl, (client) => dropDatabase(client, restoredName));
  rmSync(folder, { recursive: true, force: true });
});

/** Row count and an md5 over every row in primary-key order, per table. */
async function fingerprint(db: Db) {
  const result: Record<string, { rows: number; md5: string }> = {};
  for (const table of KEY_TABLES) {
    const [row] = await db.$queryRawUnsafe<{ rows: number; md5: string }[]>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) AS md5 FROM "${table}" t`,
    );
    result[table] = row;
  }
  return result;
}

describe("backup and restore", () => {
  it("backs up, restores into an empty database and keeps every row and the audit chain", async () => {
    await createOrgan(testDb());
    await writeAudit(testDb(), { actor: null, action: "UPDATE", entity: "Member", after: { name: "备份前" } });
    const file = path.join(folder, "backup.dump");
    await backupDatabase(process.env.DATABASE_URL!, file);

    // Wipe: the restore goes into a brand-new empty database.
    await withClient(adminUrl, (client) => createDatabase(client, restoredName));
    const restoredUrl = databaseUrl(process.env.DATABASE_URL!, restoredName);
    await restoreDatabase(restoredUrl, file);
    restored = createPrismaClient(restoredUrl);

    expect(await fingerprint(restored)).toEqual(await fingerprint(testDb()));
    expect(await verifyAuditChain(restored)).toMatchObject({ ok: true });
    // Restoring again over the now non-empty database is refused.
    await expect(restoreDatabase(restoredUrl, file)).rejects.toThrow(/not empty/);
  });
});
