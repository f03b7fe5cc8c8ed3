// `npm run audit:verify`: checks the audit log's SM3 hash chain and names the first broken row.
import { createPrismaClient } from "@/lib/db/connect";
import { verifyAuditChain } from "@/lib/audit/verify";

const db = createPrismaClient();
try {
  const verdict = await verifyAuditChain(db);
  if (verdict.ok) {
    console.log(`审计日志完整 Audit chain intact: ${verdict.rows} rows verified.`);
  } else {
    console.error(
      `审计日志被篡改 Audit chain broken at row ${verdict.brokenId} (${verdict.reason === "hash" ? "content changed" : "link to the previous row broken: a row was removed or inserted"}).`,
    );
    process.exitCode = 1;
  }
} finally {
  await db.$disconnect();
}
