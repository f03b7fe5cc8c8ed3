import type { Db } from "@/lib/db/connect";
import { chainHash } from "./chain";

export type ChainVerdict = { ok: true; rows: number } | { ok: false; rows: number; brokenId: bigint; reason: "hash" | "link" };

const BATCH = 5_000;

/**
 * Walks the audit log in id order and recomputes every hash. Names the first row whose content
 * no longer matches its hash, or whose link to the previous row is broken (a row removed or
 * inserted), so an assessor can see where tampering began.
 */
export async function verifyAuditChain(db: Db): Promise<ChainVerdict> {
  let previousHash: string | null = null;
  let afterId = BigInt(0);
  let rows = 0;
  for (;;) {
    const batch = await db.auditLog.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, take: BATCH });
    if (batch.length === 0) return { ok: true, rows };
    for (const row of batch) {
      rows += 1;
      if (row.prevHash !== previousHash) return { ok: false, rows, brokenId: row.id, reason: "link" };
      const expected = chainHash(row.prevHash, {
        at: row.at,
        actorId: row.actorId,
        actorName: row.actorName,
        actorRole: row.actorRole,
        action: row.action,
        entity: row.entity,
        entityId: row.entityId,
        before: row.before,
        after: row.after,
        ip: row.ip,
      });
      if (row.hash !== expected) return { ok: false, rows, brokenId: row.id, reason: "hash" };
      previousHash = row.hash;
      afterId = row.id;
    }
  }
}
