import { getTranslations } from "next-intl/server";
import { writeAudit } from "@/lib/audit/service";
import { getClientIp, requirePermission, requireUser, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { contentDisposition, failureResponse } from "@/lib/http/route";
import { LEDGERS } from "@/lib/ledger/registry";
import { buildWorkbook } from "@/lib/ledger/workbook";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** GET /api/ledger/<type>?<the list's filters>: the list as an .xlsx file; every export is audited. */
export async function GET(request: Request, { params }: RouteContext<"/api/ledger/[type]">) {
  let user: CurrentUser | undefined;
  const ip = await getClientIp();
  const { type } = await params;
  try {
    user = await requireUser();
    const ledger = Object.hasOwn(LEDGERS, type) ? LEDGERS[type] : undefined;
    if (!ledger) throw notFound();
    requirePermission(user, ledger.permission);
    const query = new URL(request.url).searchParams;
    const { fileName, sheets } = await ledger.load(user, query);
    const t = await getTranslations("common");
    const bytes = await buildWorkbook(sheets, { yes: t("yes"), no: t("no") });
    await writeAudit(db, {
      actor: user,
      action: "EXPORT",
      entity: "Ledger",
      entityId: type,
      after: { params: Object.fromEntries(query), rows: sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0) },
      ip,
    });
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": XLSX,
        "Content-Length": String(bytes.length),
        "Content-Disposition": contentDisposition("attachment", fileName.endsWith(".xlsx") ? fileName : `${fileName}.xlsx`),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return failureResponse(error, { user, entity: `ledger.${type}`, ip });
  }
}
