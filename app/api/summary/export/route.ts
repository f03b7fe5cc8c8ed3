import { z } from "zod";
import { writeAudit } from "@/lib/audit/service";
import { getClientIp, requirePermission, requireUser, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { validationError } from "@/lib/errors";
import { contentDisposition, failureResponse } from "@/lib/http/route";
import { summaryDocx } from "@/lib/summary/docx";
import { summaryKeySchema } from "@/lib/summary/schema";
import { summaryForExport } from "@/lib/summary/service";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const exportQuerySchema = summaryKeySchema.extend({ version: z.coerce.number().int().min(1).optional() });

/** GET /api/summary/export?year&period&orgUnitId[&version]: the summary (live draft or a frozen version) as an official .docx. */
export async function GET(request: Request) {
  let user: CurrentUser | undefined;
  const ip = await getClientIp();
  try {
    user = await requireUser();
    requirePermission(user, "summary.export");
    const parsed = exportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw validationError({});
    const { version, ...key } = parsed.data;
    const { document, label } = await summaryForExport(user, key, version ?? null);
    const bytes = await summaryDocx(document);
    await writeAudit(db, { actor: user, action: "EXPORT", entity: "Summary", entityId: `${key.year}-${key.period}-${key.orgUnitId ?? "organ"}`, after: { version: label, bytes: bytes.length }, ip });
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": DOCX,
        "Content-Length": String(bytes.length),
        "Content-Disposition": contentDisposition("attachment", `${document.title}（${label === "draft" ? "草稿" : label}）.docx`),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return failureResponse(error, { user, entity: "summary.export", ip });
  }
}
