import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { writeAudit } from "@/lib/audit/service";
import { getClientIp, requirePermission, requireSameOrigin, requireUser, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { validationError } from "@/lib/errors";
import { contentDisposition, failureResponse, jsonResult } from "@/lib/http/route";
import { importYearWorkbook, yearLedgerWorkbook } from "@/lib/ledger/year/workbook";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** A year of an organ's ledgers is well under this; anything larger is refused before parsing. */
const MAX_BYTES = 20 * 1024 * 1024;

const yearSchema = z.coerce.number().int().min(2000).max(2100);

/** GET /api/summary/ledger?year=2023: the year workbook of every record the user reads, audited. */
export async function GET(request: Request) {
  let user: CurrentUser | undefined;
  const ip = await getClientIp();
  try {
    user = await requireUser();
    requirePermission(user, "records.read");
    const year = yearSchema.safeParse(new URL(request.url).searchParams.get("year"));
    if (!year.success) throw validationError({ year: ["validation.summaryYearRange"] });
    const bytes = await yearLedgerWorkbook(user, year.data);
    await writeAudit(db, { actor: user, action: "EXPORT", entity: "YearLedger", entityId: String(year.data), after: { bytes: bytes.length }, ip });
    const t = await getTranslations("summary.ledger");
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": XLSX,
        "Content-Length": String(bytes.length),
        "Content-Disposition": contentDisposition("attachment", `${t("ledgerFile", { year: year.data })}.xlsx`),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return failureResponse(error, { user, entity: "summary.ledger", ip });
  }
}

/** POST /api/summary/ledger (multipart: file, year, mode=all|valid): imports a year workbook and reports each bad cell. */
export async function POST(request: Request) {
  let user: CurrentUser | undefined;
  const ip = await getClientIp();
  try {
    await requireSameOrigin();
    user = await requireUser();
    requirePermission(user, "records.write");
    const form = await request.formData();
    const file = form.get("file");
    const year = yearSchema.safeParse(form.get("year"));
    const mode = form.get("mode") === "valid" ? "valid" : "all";
    if (!(file instanceof File) || !file.name.toLowerCase().endsWith(".xlsx")) throw validationError({ file: ["validation.summaryLedgerFile"] });
    if (file.size > MAX_BYTES) throw validationError({ file: ["validation.summaryLedgerTooLarge"] });
    if (!year.success) throw validationError({ year: ["validation.summaryYearRange"] });
    const report = await importYearWorkbook(user, Buffer.from(await file.arrayBuffer()), year.data, mode);
    await writeAudit(db, {
      actor: user,
      action: "IMPORT",
      entity: "YearLedger",
      entityId: String(year.data),
      after: { file: file.name, mode, created: report.created, updated: report.updated, unchanged: report.unchanged, problems: report.problems.length },
      ip,
    });
    return jsonResult({ ok: true, data: report }, 200);
  } catch (error) {
    return failureResponse(error, { user, entity: "summary.ledgerImport", ip });
  }
}
