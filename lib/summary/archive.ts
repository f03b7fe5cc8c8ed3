import "server-only";
import JSZip from "jszip";
import { getTranslations } from "next-intl/server";
import { Prisma } from "@/lib/generated/prisma/client";
import { attachmentStorage } from "@/lib/attachments/storage";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { yearLedgerWorkbook } from "@/lib/ledger/year/workbook";
import { assertCanReadUnit, subtreeIds } from "@/lib/org/scope";
import type { PillarKey } from "./metric-keys";

// A branch's yearly archive for the inspections where assessors 看材料: its ledgers as one
// workbook, and every evidence file of its records, filed by pillar and month.

/** The dated records evidence can hang on, with their pillar. */
const DATED_RECORDS: { type: string; table: string; date: string; pillar: PillarKey }[] = [
  { type: "StudySession", table: "StudySession", date: "date", pillar: "education" },
  { type: "OrgLifeMeeting", table: "OrgLifeMeeting", date: "date", pillar: "education" },
  { type: "ThemedActivity", table: "ThemedActivity", date: "date", pillar: "education" },
  { type: "PublicityItem", table: "PublicityItem", date: "date", pillar: "management" },
  { type: "JointActivity", table: "JointActivity", date: "date", pillar: "management" },
  { type: "RectificationItem", table: "RectificationItem", date: "deadline", pillar: "management" },
  { type: "IntegrityActivity", table: "IntegrityActivity", date: "date", pillar: "integrity" },
  { type: "SupervisionCheck", table: "SupervisionCheck", date: "date", pillar: "integrity" },
  { type: "MassActivity", table: "MassActivity", date: "date", pillar: "mass" },
];

const PILLAR_FOLDERS: Record<PillarKey, string> = { education: "一、学习教育", management: "二、标准化管理", integrity: "三、作风建设", mass: "四、群团工作" };

/** A file name safe in every zip reader: no path separators or control characters. */
const safeName = (name: string) => name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").slice(0, 120);

export async function branchArchive(user: CurrentUser, branchId: string, year: number): Promise<{ fileName: string; bytes: Buffer }> {
  await assertCanReadUnit(user, branchId);
  const branch = await db.orgUnit.findFirst({ where: { id: branchId, type: "BRANCH", deletedAt: null }, select: { name: true } });
  if (!branch) throw notFound();
  const units = await subtreeIds(branchId);
  const records = Prisma.join(
    DATED_RECORDS.map((record) => Prisma.sql`SELECT id, ${Prisma.raw(`"${record.date}"`)} AS date, ${record.type} AS type, ${record.pillar} AS pillar FROM ${Prisma.raw(`"${record.table}"`)} WHERE "deletedAt" IS NULL`),
    " UNION ALL ",
  );
  const files = await db.$queryRaw<{ fileName: string; storageKey: string; date: Date; pillar: PillarKey; id: string }[]>(Prisma.sql`
    SELECT a.id, a."fileName", a."storageKey", r.date, r.pillar
    FROM "Attachment" a JOIN (${records}) r ON r.type = a."recordType" AND r.id = a."recordId"
    WHERE a."deletedAt" IS NULL AND a."orgUnitId" = ANY(${units}::text[])
      AND r.date BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date
    ORDER BY r.date, a."createdAt"`);
  const t = await getTranslations("summary.ledger");
  const zip = new JSZip();
  zip.file(`${safeName(t("ledgerFile", { year }))}.xlsx`, await yearLedgerWorkbook(user, year, units));
  const storage = attachmentStorage();
  const taken = new Set<string>();
  for (const file of files) {
    const folder = `${t("evidence")}/${PILLAR_FOLDERS[file.pillar]}/${t("month", { month: String(file.date.getUTCMonth() + 1).padStart(2, "0") })}`;
    let path = `${folder}/${safeName(file.fileName)}`;
    // Two files of the same name in one month: the later one keeps its id in the name.
    if (taken.has(path)) path = `${folder}/${file.id}-${safeName(file.fileName)}`;
    taken.add(path);
    zip.file(path, await storage.get(file.storageKey));
  }
  return { fileName: `${safeName(t("archiveFile", { branch: branch.name, year }))}.zip`, bytes: await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }) };
}
